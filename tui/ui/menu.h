/* A vertical menu widget: items with an optional detail (at the right-hand end of the row, or
 * beside the label), a selection and scrolling. */
#ifndef RASTRO_MENU_H
#define RASTRO_MENU_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *label;  /* owned; untrusted text is fine */
    char *detail; /* owned, may be NULL */
    int tag;      /* caller's value for the item */
} MenuItem;

typedef struct {
    MenuItem *items;
    size_t n, cap;
    size_t sel;
    size_t top; /* first visible item */
    /* The detail just after the label, after a dot, rather than at the end of the row: for a
     * list read across (a name and its country), where a wide row would leave it far from what
     * it is about. It is also cheaper to draw: a long blank gap is a cursor jump, and a screen
     * of them a tenth of a millisecond for the terminal library to work out. */
    bool detail_beside;
} Menu;

void menu_init(Menu *m);
void menu_done(Menu *m);
void menu_clear(Menu *m); /* keeps the selection index where possible */
void menu_add(Menu *m, const char *label, const char *detail, int tag);
/* Moves the selection for arrows (stopping at the ends), Home/End and PgUp/PgDn. True when the
 * key was one of those. */
bool menu_key(Menu *m, int key, int rows);
/* For a digit key 1-9 naming an item, selects it and returns true. */
bool menu_digit(Menu *m, int key);
int menu_selected_tag(const Menu *m);
/* Draws the menu in rows at (top, x), width columns; numbers items when numbered. */
void menu_draw(Menu *m, int top, int rows, int x, int width, bool numbered);
/* Draws item i alone on row y, as menu_draw would (for a menu laid out inside a scrolled page). */
void menu_draw_item(const Menu *m, size_t i, int y, int x, int width, bool numbered);

#endif
