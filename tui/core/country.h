/* ISO 3166-1 countries: alpha-2 codes with their short names in English and Spanish, and the
 * search that a country picker narrows its list with. */
#ifndef RASTRO_COUNTRY_H
#define RASTRO_COUNTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

typedef struct {
    const char *code; /* "GT" */
    const char *en;   /* "Guatemala" */
    const char *es;
} Country;

/* True when code is an officially assigned alpha-2 code; case-insensitive. On success, when out
 * is not NULL, writes the upper-case code (3 bytes with the NUL). */
bool country_valid(const char *code, char out[3]);

/* The country of code (case-insensitive), or NULL. */
const Country *country_find(const char *code);

/* The country's name in lang; for a code that is not a country (an old record, "XX"), the code
 * itself. Never NULL. */
const char *country_name(const char *code, Lang lang);

/* The countries a typed query names, best first, at most max of them in out: its code, or names
 * in English or Spanish (case and accents ignored) with a word starting with each word of the
 * query ("guate", "rep dom", "mexico", "Perú"). Countries whose name starts with the query come
 * before the others, then alphabetical order of their name in lang. An empty query gives every
 * country. Returns how many matched (may exceed max). */
size_t country_search(const char *query, Lang lang, const Country **out, size_t max);

#endif
