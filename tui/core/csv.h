/* CSV output shared by the reports (RFC 4180 quoting). */
#ifndef RASTRO_CSV_H
#define RASTRO_CSV_H

#include <stdio.h>

/* Writes raw as one CSV field, control characters made inert (text may come from an imported
 * bundle): quoted when it holds a comma, a quote or a line break. */
void csv_field(FILE *f, const char *raw);

#endif
