/* CSV output shared by the reports. */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

void csv_field(FILE *f, const char *raw)
{
    char *s = text_sanitize(raw, false, true);
    if (!strpbrk(s, ",\"")) {
        fputs(s, f);
    } else {
        fputc('"', f);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                fputc('"', f);
            fputc(*p, f);
        }
        fputc('"', f);
    }
    free(s);
}

