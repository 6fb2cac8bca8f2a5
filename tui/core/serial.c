/* Comparing a transcribed serial number with the marking by edit distance, naming each
 * difference and the characters easily confused on stamped metal. */
#include "serial.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Groups of characters taken for one another when read off a marking. */
static const char *const confusable_groups[] = {"O0", "I1l", "S5", "B8", "Z2", "G6"};

bool serial_confusable(long a, long b)
{
    if (a == b || a < 0 || b < 0 || a > 127 || b > 127)
        return false;
    for (size_t i = 0; i < sizeof confusable_groups / sizeof confusable_groups[0]; i++)
        if (strchr(confusable_groups[i], (int)a) && strchr(confusable_groups[i], (int)b))
            return true;
    return false;
}

/* Code points of s (caller frees), count in *n. */
static long *decode_all(const char *s, size_t *n)
{
    size_t len = strlen(s);
    long *cps = xcalloc(len + 1, sizeof *cps);
    *n = 0;
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(s + i, len - i, &cp);
        cps[(*n)++] = cp;
    }
    return cps;
}

size_t serial_compare(const char *marked, const char *typed, SerialDiff *out, size_t max)
{
    size_t m, t;
    long *a = decode_all(marked, &m);
    long *b = decode_all(typed, &t);
    /* Outer spaces of the transcription do not count. */
    size_t b0 = 0;
    while (b0 < t && b[b0] == ' ')
        b0++;
    while (t > b0 && b[t - 1] == ' ')
        t--;
    size_t tn = t - b0;
    /* Edit distance table, (m + 1) x (tn + 1); a confusable substitution costs the same as any
     * other, so the alignment is the plain fewest-edits one. */
    size_t w = tn + 1;
    size_t *d = xcalloc((m + 1) * w, sizeof *d);
    for (size_t i = 0; i <= m; i++)
        d[i * w] = i;
    for (size_t j = 0; j <= tn; j++)
        d[j] = j;
    for (size_t i = 1; i <= m; i++)
        for (size_t j = 1; j <= tn; j++) {
            size_t sub = d[(i - 1) * w + j - 1] + (a[i - 1] != b[b0 + j - 1]);
            size_t del = d[(i - 1) * w + j] + 1, ins = d[i * w + j - 1] + 1;
            d[i * w + j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
    /* Walk back from the end, collecting differences last to first. */
    size_t total = d[m * w + tn];
    SerialDiff *rev = xcalloc(total ? total : 1, sizeof *rev);
    size_t k = 0, i = m, j = tn;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && d[i * w + j] == d[(i - 1) * w + j - 1] + (a[i - 1] != b[b0 + j - 1])) {
            if (a[i - 1] != b[b0 + j - 1])
                rev[k++] = (SerialDiff){serial_confusable(a[i - 1], b[b0 + j - 1]) ? SERIAL_CONFUSED
                                                                                    : SERIAL_WRONG,
                                        i, a[i - 1], b[b0 + j - 1]};
            i--, j--;
        } else if (i > 0 && d[i * w + j] == d[(i - 1) * w + j] + 1) {
            rev[k++] = (SerialDiff){SERIAL_MISSING, i, a[i - 1], -1};
            i--;
        } else {
            rev[k++] = (SerialDiff){SERIAL_EXTRA, i, -1, b[b0 + j - 1]};
            j--;
        }
    }
    for (size_t n = 0; n < k && n < max; n++)
        out[n] = rev[k - 1 - n];
    free(rev);
    free(d);
    free(a);
    free(b);
    return k;
}
