/* Editing a multi-line text value from keys, with a cursor: typed characters inserted where it
 * is, Enter a new line, Backspace removes the character before it, the arrows, Home, End and the
 * page keys move it; lines wrap at spaces to the width drawn. Evidence of an assessment, the
 * sources consulted. The text never holds a control character other than the line break. */
#ifndef RASTRO_EDITOR_H
#define RASTRO_EDITOR_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/text.h"

typedef struct {
    StrBuf text; /* UTF-8; lines separated by '\n' */
    size_t cur;  /* byte offset of the cursor in text */
    int chars;   /* characters in text */
    int max;     /* most characters accepted */
    int cols;    /* width of the last draw, for Up and Down */
    int rows;    /* rows of the last draw, for the page keys */
    int top;     /* first wrapped line shown */
    int goal;    /* column Up and Down keep to, -1 for the cursor's own */
} Editor;

void editor_init(Editor *e, int max);
void editor_done(Editor *e);
/* Replaces the text with text, as if typed, the cursor at its end: a tab becomes a space, and
 * a character that could not be typed (a control character, a bidirectional override, a byte
 * that is not UTF-8) the replacement character U+FFFD, as the shell draws it. */
void editor_set(Editor *e, const char *text);
/* Applies key (a screen key code, see screen.h). True when it changed the text or moved the
 * cursor. */
bool editor_key(Editor *e, int key);
/* Wrapped lines of the text at width cols (at least one). */
int editor_lines(const Editor *e, int cols);
/* Draws the text in rows rows at (y, x), cols wide, scrolled to keep the cursor in view; the
 * cursor is drawn (a highlighted cell) when focused. */
void editor_draw(Editor *e, int y, int x, int rows, int cols, bool focused);

#endif
