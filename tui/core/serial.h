/* Comparing a transcribed serial number with the marking: each difference named, with the
 * characters that are easily confused on stamped metal (O/0, I/1/l, S/5, B/8, Z/2, G/6). */
#ifndef RASTRO_SERIAL_H
#define RASTRO_SERIAL_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    SERIAL_WRONG,    /* a different character in this place */
    SERIAL_CONFUSED, /* a character easily taken for the marked one */
    SERIAL_MISSING,  /* a marked character left out */
    SERIAL_EXTRA,    /* a character that is not in the marking */
} SerialDiffKind;

typedef struct {
    SerialDiffKind kind;
    size_t pos;   /* 1-based place in the marking (for EXTRA: after this many marked characters) */
    long marked;  /* the marked character (code point), -1 for EXTRA */
    long typed;   /* the typed character, -1 for MISSING */
} SerialDiff;

/* Compares typed with marked (outer spaces of typed ignored) by the fewest edits and lists the
 * differences in order into out (at most max); returns how many there are in all, 0 when the
 * transcription is exact. */
size_t serial_compare(const char *marked, const char *typed, SerialDiff *out, size_t max);

/* True when a and b are a pair easily confused on a marking. */
bool serial_confusable(long a, long b);

#endif
