/* Terminal set-up and drawing primitives: colour roles with a monochrome scheme, UTF-8 or ASCII
 * glyphs, and drawing of untrusted text with control characters made inert. */
#ifndef RASTRO_TERM_H
#define RASTRO_TERM_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "../core/layout.h"

typedef enum {
    ROLE_NORMAL,
    ROLE_TITLE,    /* title bar */
    ROLE_HEADING,  /* headings inside a screen */
    ROLE_SELECTED, /* the highlighted menu item */
    ROLE_BAR,      /* bottom key bar */
    ROLE_KEY,      /* a key name inside the key bar */
    ROLE_DIM,      /* secondary text */
    ROLE_CORRECT,
    ROLE_WRONG,
    ROLE_WARNING,
    ROLE_ERROR,
    ROLE_NOTE,     /* a note paragraph in a lesson */
    ROLE_COUNT
} Role;

typedef enum {
    GLYPH_BULLET,
    GLYPH_POINTER, /* marks the selected item */
    GLYPH_CHECK,
    GLYPH_CROSS,
    GLYPH_HLINE,
    GLYPH_ELLIPSIS,
    GLYPH_DOT, /* separator in the title bar */
    GLYPH_VLINE,
    GLYPH_CORNER_TL, /* box corners: top left, top right, bottom left, bottom right */
    GLYPH_CORNER_TR,
    GLYPH_CORNER_BL,
    GLYPH_CORNER_BR,
    GLYPH_NOTE_BAR,    /* begins each line of a note */
    GLYPH_WARNING_BAR, /* begins each line of a warning */
    GLYPH_COUNT
} Glyph;

/* Starts curses. Colours unless the terminal has none or NO_COLOR is set. */
void term_init(void);
void term_done(void);
/* Why the shell cannot draw here, translated: standard output is not a terminal, or the terminal
 * cannot place text (TERM=dumb). NULL when it can. Set by term_init, which then leaves curses
 * off. */
const char *term_unusable(void);
bool term_is_active(void);
attr_t term_attr(Role role);
const char *term_glyph(Glyph g);
/* Colours are in use (the terminal has them and NO_COLOR is not set). */
bool term_has_colours(void);
bool term_utf8(void);

/* Draws untrusted UTF-8 text at (y, x), at most width columns, in role; returns columns drawn.
 * Control characters and escape sequences are drawn as inert marks, never sent raw. Text longer
 * than width ends in an ellipsis in its last column, so that a cut never passes for the whole. */
int term_print(int y, int x, int width, Role role, const char *text);
/* Like term_print, with the n runs of text in emph drawn emphasised: bold, or underlined where
 * role is bold already and in monochrome. Runs are byte ranges of text as sanitised (as
 * layout_markup gives them); for text that sanitising changes they are ignored. */
int term_print_emph(int y, int x, int width, Role role, const char *text, const LayoutSpan *emph,
                    size_t n);
/* Fills width columns at (y, x) with spaces in role. */
void term_fill(int y, int x, int width, Role role);

/* Where the (hidden) cursor should rest after the next refresh: next to the selection, so that
 * moving the selection sends no extra cursor motion. term_cursor_apply moves it there. */
void term_cursor_hint(int y, int x);
void term_cursor_apply(void);

/* Restores the terminal, prints the message to stderr and exits with status 1. */
void term_fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

#endif
