/* Tables of the instructor's screens (the roster, a trainee's answers, the item analysis):
 * columns shared out across the width, cells cut short with an ellipsis, a scrolled selection,
 * times as "3 min ago", and reading the records again every few seconds. */
#ifndef RASTRO_TABLE_H
#define RASTRO_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "screen.h"

typedef struct {
    const char *head; /* translated */
    int min;          /* columns at least; a fixed column's heading's width counts too */
    int flex;         /* share of the width left over (0: fixed width) */
    bool right;       /* right-aligned (numbers) */
    int x, w;         /* placed by table_place */
} Col;

/* Places n columns from x over width columns, one column apart. Flexible columns share what the
 * fixed ones leave by their weights, never going below their minimum (the screen clips what does
 * not fit). */
void table_place(Col *c, int n, int x, int width);
/* Draws text (untrusted is fine) in column c of row y; text cut short ends in an ellipsis. */
void table_cell(const Col *c, int y, Role role, const char *text);
/* The headings of n columns on row y. */
void table_heads(const Col *c, int n, int y);
/* Marks row y of area as the selected one: filled across it, with the pointer in its first column. */
void table_select_row(Rect area, int y);

/* A scrolled selection over n rows, visible rows at a time. */
typedef struct {
    size_t sel, top;
} Scroll;

/* Keeps the selection within n rows and in view. */
void scroll_fit(Scroll *s, size_t n, int visible);
/* Moves the selection for arrows, j/k, Home/End and the page keys; true when key was one. */
bool scroll_key(Scroll *s, size_t n, int key, int page);

/* The keys of a table screen one reads and leaves: moving the selection (by pages of a table
 * drawn in area), r to read the records again now (*read_at set to 0), and back (the screen is
 * popped). True when key was one. */
bool table_key(Ui *ui, Scroll *sc, size_t n, double *read_at, int key, Rect area);
/* The key bar of such a screen. */
void table_hints(Screen *s, Ui *ui, Rect area, KeyHints *out);
/* Rows a page key moves the selection of a table drawn in area: its body less the summary, the
 * headings and the margins. */
int table_page_rows(Rect area);

/* "3 min ago" and the like; "never" for a negative count. */
void table_format_ago(char *buf, size_t len, int64_t secs);
/* Columns the widest table_format_ago text takes in the interface language. */
int table_ago_width(void);
/* The module's title in the interface language, else its id (both untrusted). */
const char *table_module_name(Ui *ui, const char *id);
/* True (and *last set to now) when every seconds have passed since *last, or it is 0. */
bool table_due(double *last, double every);

#endif
