/* CSV output shared by the reports. */
#include "csv.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

void csv_field(FILE *f, const char *raw)
{
    /* Line breaks and tabs are data, kept inside quotes; other control characters are made
     * inert. */
    char *s = text_sanitize_keeping(raw, "\n\r\t", true);
    /* A spreadsheet takes a cell starting with one of these as a formula: the apostrophe that
     * spreadsheets read as "this is text" goes first. */
    bool formula = s[0] && strchr("=+-@\t\r", s[0]);
    if (!formula && !strpbrk(s, ",\"\n\r")) {
        fputs(s, f);
    } else {
        fputc('"', f);
        if (formula)
            fputc('\'', f);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                fputc('"', f);
            fputc(*p, f);
        }
        fputc('"', f);
    }
    free(s);
}
