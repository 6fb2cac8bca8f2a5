/* Word-wrapping of lesson text into display lines: paragraphs, "- " bullets, UTF-8 widths. */
#ifndef RASTRO_LAYOUT_H
#define RASTRO_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *text; /* sanitised, owned; never wider than width - indent columns */
    int indent; /* blank columns before text */
} LayoutLine;

typedef struct {
    LayoutLine *lines;
    size_t n, cap;
} Layout;

/* Lays out untrusted text for a box width columns wide (width >= 8) and appends the lines to
 * out (call layout_init first). Paragraphs are separated by blank lines, and line breaks inside a
 * paragraph are joined with a space; a line starting with "- " opens a bullet item drawn with the
 * bullet glyph and a hanging indent. An empty line separates paragraphs in the output. */
void layout_text(Layout *out, const char *text, int width, bool utf8);

void layout_init(Layout *l);
void layout_done(Layout *l);
void layout_add(Layout *l, const char *text, int indent); /* copies text */

#endif
