/* ISO 3166-1 alpha-2 country codes. */
#ifndef RASTRO_COUNTRY_H
#define RASTRO_COUNTRY_H

#include <stdbool.h>

/* True when code is an officially assigned alpha-2 code; case-insensitive. On success, when out
 * is not NULL, writes the upper-case code (3 bytes with the NUL). */
bool country_valid(const char *code, char out[3]);

#endif
