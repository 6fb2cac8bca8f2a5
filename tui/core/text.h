/* Localised text, untrusted-text sanitising and UTF-8 helpers shared by every layer. */
#ifndef RASTRO_TEXT_H
#define RASTRO_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { LANG_EN, LANG_ES, LANG_COUNT } Lang;

/* A text field in every supported language; each string is owned, NULL when missing. */
typedef struct {
    char *s[LANG_COUNT];
} LText;

/* Returns the text in lang, else English, else any language, else "". Never NULL. */
const char *ltext_get(const LText *t, Lang lang);
bool ltext_has(const LText *t, Lang lang);
bool ltext_empty(const LText *t);
void ltext_done(LText *t);

const char *lang_code(Lang lang);           /* "en", "es" */
bool lang_parse(const char *code, Lang *out); /* accepts "en", "es", "es_MX.UTF-8", ... */

/* Returns a copy of untrusted text with every control character (C0 but '\n' when keep_newlines,
 * DEL, C1), bidirectional override and invalid UTF-8 byte replaced by a visible inert mark
 * (U+FFFD in UTF-8, '?' otherwise). Caller frees. Never NULL (aborts on out of memory). */
char *text_sanitize(const char *s, bool keep_newlines, bool utf8);
/* The same, keeping the control characters in keep (e.g. "\n\r\t") as they are. */
char *text_sanitize_keeping(const char *s, const char *keep, bool utf8);
/* Untrusted text made inert (text_sanitize) in at most cols columns: whole, or its start with
 * ellipsis after it. Caller frees. */
char *text_clip(const char *text, int cols, bool utf8, const char *ellipsis);
/* Untrusted text as one column of a plain-text table: made inert, cut to width columns with an
 * ellipsis, and padded with spaces to width. */
void text_put_cell(FILE *f, const char *text, int width);
/* Trusted text (a heading, a number) right-aligned in width columns. */
void text_put_right(FILE *f, const char *text, int width);
/* A plain-text table's heading row, without its line end: head[i] in width[i] columns, one
 * space apart, the first n_left as text (cut and padded), the others right-aligned over numbers. */
void text_put_heads(FILE *f, const char *const head[], const int width[], size_t n,
                    size_t n_left);
/* s's width in columns, or min when it is narrower: a column as wide as its heading. */
int text_width_min(const char *s, int min);
/* Whether s is empty or only white space (ASCII or Unicode spaces): no name at all. */
bool text_is_blank(const char *s);

/* What text_fold keeps; by default case, accents and spacing are ignored. */
enum { TEXT_KEEP_CASE = 1, TEXT_KEEP_ACCENTS = 2, TEXT_KEEP_SPACING = 4 };

/* A typed answer reduced for comparison: lower-cased ("Alemán" = "alemán"), accents of Latin
 * letters dropped ("alemán" = "aleman") and runs of white space made one space, trimmed, unless
 * flags keep them. Caller frees. */
char *text_fold(const char *s, unsigned flags);

/* Display columns of a UTF-8 string (after sanitising; invalid bytes count 1). */
int text_width(const char *s);

/* Decodes one UTF-8 sequence at s (len bytes available). Returns bytes consumed (>= 1) and the
 * code point in *cp, or -1 in *cp for an invalid sequence (1 byte consumed). */
int utf8_decode(const char *s, size_t len, long *cp);

/* Encodes code point cp as UTF-8 into out (at least 4 bytes); returns the length, 0 if invalid. */
int utf8_encode(long cp, char *out);

/* Columns of code point cp as a terminal draws it (0 for combining marks, 2 for wide). */
int text_cp_width(long cp);

/* Allocation helpers that abort with a message on out of memory (a programming-level failure
 * for an interactive program of this size). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Room for one more element in an array of n elements of size bytes that holds *cap: the array,
 * grown (doubling, from 16) when it is full. */
void *xgrow(void *p, size_t n, size_t *cap, size_t size);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A growable string. init/done; buf.s is always NUL-terminated after any append. */
typedef struct {
    char *s;
    size_t len, cap;
} StrBuf;
void strbuf_init(StrBuf *b);
void strbuf_done(StrBuf *b);
/* Empties b, keeping its memory. */
void strbuf_clear(StrBuf *b);
/* Makes room for n more bytes (and the NUL), so that appending them does not move b. */
void strbuf_reserve(StrBuf *b, size_t n);
void strbuf_append(StrBuf *b, const char *s, size_t n);
void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the string (caller frees); b is left empty and needs no strbuf_done, but may be
 * appended to again. */
char *strbuf_take(StrBuf *b);

/* CLOCK_MONOTONIC in seconds. */
double clock_seconds(void);
/* Seconds since the epoch (CLOCK_REALTIME): for times that must hold across restarts. */
double clock_wall(void);

#endif
