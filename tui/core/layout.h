/* Word-wrapping of lesson text into display lines: paragraphs, "- " bullets, UTF-8 widths, and
 * in page markup also headings, notes, warnings and *emphasis*. */
#ifndef RASTRO_LAYOUT_H
#define RASTRO_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

/* What a line is part of, so the UI can draw it in its own role. */
typedef enum {
    LAYOUT_PLAIN,   /* paragraph text, and the blank line between blocks */
    LAYOUT_HEADING, /* "# " heading */
    LAYOUT_BULLET,  /* "- " bullet item */
    LAYOUT_NOTE,    /* "! " note paragraph; every line starts with the note mark */
    LAYOUT_WARNING, /* "!! " warning paragraph; every line starts with the warning mark */
} LayoutStyle;

/* A run of bytes of LayoutLine.text, e.g. an emphasised span. */
typedef struct {
    size_t start, len;
} LayoutSpan;

typedef struct {
    char *text; /* sanitised, owned; never wider than width - indent columns */
    int indent; /* blank columns before text */
    LayoutStyle style;
    LayoutSpan *emph; /* emphasised runs of text, in order, not overlapping; owned, NULL if none */
    size_t n_emph;
} LayoutLine;

typedef struct {
    LayoutLine *lines;
    size_t n, cap;
} Layout;

/* The marks that begin the lines of note and warning paragraphs, chosen (and translated) by the
 * caller: first on the paragraph's first line, rest on the others, e.g. "| Note: " and "| ".
 * They are sanitised like the text. A mark wider than half the box is replaced by the rest mark
 * (and that by nothing), so that text always has room. NULL fields count as "". */
typedef struct {
    const char *note_first, *note_rest;
    const char *warning_first, *warning_rest;
} LayoutMarks;

/* Lays out untrusted text for a box width columns wide (width >= 8) and appends the lines to
 * out (call layout_init first). Paragraphs are separated by blank lines, and line breaks inside a
 * paragraph are joined with a space; a line starting with "- " opens a bullet item drawn with the
 * bullet glyph and a hanging indent. An empty line separates paragraphs in the output. No other
 * markup: asterisks, "#" and "!" are text. Every line is LAYOUT_PLAIN or LAYOUT_BULLET. */
void layout_text(Layout *out, const char *text, int width, bool utf8);

/* Lays out untrusted page markup like layout_text, and also:
 * - a line starting with "# " (or "## "...) is a heading of its own, followed by no blank line;
 * - a paragraph starting with "! " is a note and one starting with "!! " a warning: its lines
 *   begin with marks' note or warning marks;
 * - *words* between asterisks are emphasised: the asterisks are dropped and the words listed in
 *   the line's emph spans. An asterisk opens only before a non-space and not inside a word, and
 *   closes only after a non-space and not before a word character; one that does not pair up
 *   stays a literal "*", as do "**" and "2 * 3".
 * A heading, bullet, note or warning line also ends the block before it. */
void layout_markup(Layout *out, const char *text, int width, bool utf8, const LayoutMarks *marks);

void layout_init(Layout *l);
void layout_done(Layout *l);
void layout_add(Layout *l, const char *text, int indent); /* copies text; LAYOUT_PLAIN */

#endif
