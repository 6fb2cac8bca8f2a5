/* CSV output shared by the reports (RFC 4180 quoting). */
#ifndef RASTRO_CSV_H
#define RASTRO_CSV_H

#include <stdio.h>

/* Writes raw as one CSV field, quoted when it holds a comma, a quote or a line break (kept as
 * they are); other control characters are made inert (text may come from an imported bundle),
 * and a field a spreadsheet would take as a formula (starting with = + - @, a tab or a carriage
 * return) is quoted with an apostrophe first, so that it shows as text. */
void csv_field(FILE *f, const char *raw);

#endif
