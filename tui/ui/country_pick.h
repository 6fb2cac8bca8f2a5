/* A country field for forms: the country's name or code typed, and the countries it names listed
 * under it to pick from with the arrows (the new-trainee form, a new assessment). */
#ifndef RASTRO_COUNTRY_PICK_H
#define RASTRO_COUNTRY_PICK_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/country.h"
#include "input.h"

/* Countries a typed query can offer at once: enough for any name's start. */
#define COUNTRY_PICK_MAX 250

typedef struct {
    Input text;
    const Country *matches[COUNTRY_PICK_MAX];
    size_t n_matches;
    size_t sel, top;
} CountryPick;

void country_pick_init(CountryPick *p);
void country_pick_done(CountryPick *p);
/* Sets the text (as if typed) and the list it names. */
void country_pick_set(CountryPick *p, const char *text, Lang lang);
/* Text typed into the field (input_key), and while the list is there the arrows and page keys
 * move through it. True when the key was taken; *typed (may be NULL) says the text changed. */
bool country_pick_key(CountryPick *p, int key, Lang lang, bool *typed);
/* Text is typed and names countries: the arrows pick among them. */
bool country_pick_picking(const CountryPick *p);
/* The country highlighted, NULL when the text names none. */
const Country *country_pick_chosen(const CountryPick *p);
/* The list of the countries the text names, in rows rows from y (at least one), between column
 * 4 and cols - 2: the one highlighted marked, and how many more when they do not all fit. */
void country_pick_draw(CountryPick *p, Lang lang, int y, int rows, int cols);

#endif
