/* A vertical menu widget: items with an optional right-hand detail, a selection and scrolling.
 * Only the label of the selected item is highlighted, so a move redraws few cells. */
#include "menu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "screen.h"

void menu_init(Menu *m)
{
    memset(m, 0, sizeof *m);
}

void menu_clear(Menu *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->items[i].label);
        free(m->items[i].detail);
    }
    m->n = 0;
}

void menu_done(Menu *m)
{
    menu_clear(m);
    free(m->items);
    menu_init(m);
}

void menu_add(Menu *m, const char *label, const char *detail, int tag)
{
    m->items = xgrow(m->items, m->n, &m->cap, sizeof *m->items);
    m->items[m->n++] = (MenuItem){xstrdup(label), detail ? xstrdup(detail) : NULL, tag};
}

bool menu_key(Menu *m, int key, int rows)
{
    if (m->n == 0)
        return false;
    size_t page = rows > 1 ? (size_t)rows - 1 : 1;
    switch (key) {
    /* Up and Down stop at the ends: wrapping round would take a trainee pressing Up at the top to
     * the bottom of a list they cannot see whole. */
    case K_UP:
    case 'k':
        if (m->sel > 0)
            m->sel--;
        return true;
    case K_DOWN:
    case 'j':
        if (m->sel + 1 < m->n)
            m->sel++;
        return true;
    case K_HOME: m->sel = 0; return true;
    case K_END: m->sel = m->n - 1; return true;
    case K_PGUP: m->sel = m->sel > page ? m->sel - page : 0; return true;
    case K_PGDN: m->sel = m->sel + page < m->n ? m->sel + page : m->n - 1; return true;
    default: return false;
    }
}

bool menu_digit(Menu *m, int key)
{
    if (key < '1' || key > '9' || (size_t)(key - '1') >= m->n)
        return false;
    m->sel = (size_t)(key - '1');
    return true;
}

int menu_selected_tag(const Menu *m)
{
    return m->n ? m->items[m->sel].tag : -1;
}

void menu_draw_item(const Menu *m, size_t i, int y, int x, int width, bool numbered)
{
    const MenuItem *it = &m->items[i];
    bool sel = i == m->sel;
    int col = x;
    if (sel)
        term_print(y, col, 2, ROLE_NORMAL, term_glyph(GLYPH_POINTER));
    col += 2;
    if (numbered && i < 9) {
        char num[8];
        snprintf(num, sizeof num, "%zu ", i + 1);
        term_print(y, col, 2, ROLE_DIM, num);
    }
    col += numbered ? 2 : 0;
    int dw = it->detail ? text_width(it->detail) : 0;
    int avail = x + width - col;
    char *detail = NULL;
    if (dw > 0 && dw + 12 > avail) {
        /* Too long beside the label: its start, cut short, rather than nothing. It gets what
         * the label leaves, and at least half the row. */
        int room = avail - 2 - (text_width(it->label) + 2);
        if (room < (avail - 2) / 2)
            room = (avail - 2) / 2;
        if (room >= 8) {
            detail = text_clip(it->detail, room, term_utf8(), term_glyph(GLYPH_ELLIPSIS));
            dw = text_width(detail);
        }
    }
    if (dw > 0 && (detail || dw + 12 <= avail))
        avail -= dw + (m->detail_beside ? 3 : 2); /* beside: " · " before it */
    else
        dw = 0;
    char *label = xasprintf(" %s ", it->label);
    int used = term_print(y, col, avail, sel ? ROLE_SELECTED : ROLE_NORMAL, label);
    bool cut = used < text_width(label); /* its last column an ellipsis, not the space */
    free(label);
    if (sel)
        term_cursor_hint(y, col + used);
    const char *shown = detail ? detail : it->detail;
    if (dw > 0 && m->detail_beside) {
        /* After a dot, which tells it from the label without colours too: "Ana, PNC · Peru". */
        char *beside = xasprintf("%s%s %s", cut ? " " : "", term_glyph(GLYPH_DOT), shown);
        term_print(y, col + used, dw + 3, ROLE_DIM, beside);
        free(beside);
    } else if (dw > 0) {
        term_print(y, x + width - dw, dw, ROLE_DIM, shown);
    }
    free(detail);
}

void menu_draw(Menu *m, int top, int rows, int x, int width, bool numbered)
{
    if (rows <= 0 || m->n == 0)
        return;
    if (m->sel >= m->n)
        m->sel = m->n - 1;
    if (m->sel < m->top)
        m->top = m->sel;
    if (m->sel >= m->top + (size_t)rows)
        m->top = m->sel - (size_t)rows + 1;
    if (m->top + (size_t)rows > m->n)
        m->top = m->n > (size_t)rows ? m->n - (size_t)rows : 0;
    for (int r = 0; r < rows && m->top + (size_t)r < m->n; r++)
        menu_draw_item(m, m->top + (size_t)r, top + r, x, width, numbered);
}
