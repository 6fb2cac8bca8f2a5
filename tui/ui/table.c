/* Tables of the instructor's screens: columns placed across the width, cells clipped with an
 * ellipsis, a scrolled selection and times said as people say them. */
#include "table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "screens.h"

/* Places n columns from x over width columns, one column apart. Flexible columns share what the
 * fixed ones leave by their weights, never going below their minimum (the screen clips what does
 * not fit). */
void table_place(Col *c, int n, int x, int width)
{
    int used = n > 1 ? n - 1 : 0, weights = 0;
    for (int i = 0; i < n; i++) {
        int hw = text_width(c[i].head);
        c[i].w = c[i].flex ? c[i].min : (hw > c[i].min ? hw : c[i].min);
        used += c[i].w;
        weights += c[i].flex;
    }
    int spare = width - used;
    for (int i = 0; i < n && spare > 0 && weights > 0; i++) {
        if (!c[i].flex)
            continue;
        int share = (spare * c[i].flex + weights - 1) / weights;
        c[i].w += share;
        spare -= share;
        weights -= c[i].flex;
    }
    for (int i = 0; i < n; i++) {
        c[i].x = x;
        x += c[i].w + 1;
    }
}

/* Draws text (untrusted is fine) in column c of row y; text cut short ends in an ellipsis. */
void table_cell(const Col *c, int y, Role role, const char *text)
{
    char *safe = text_sanitize(text, false, term_utf8());
    int tw = text_width(safe), x = c->x;
    if (c->right && tw < c->w)
        x += c->w - tw;
    term_print(y, x, c->x + c->w - x, role, safe); /* cut short with an ellipsis */
    free(safe);
}

void table_heads(const Col *c, int n, int y)
{
    for (int i = 0; i < n; i++)
        table_cell(&c[i], y, ROLE_HEADING, c[i].head);
}

void table_select_row(Rect area, int y)
{
    term_fill(y, area.left, area.cols, ROLE_SELECTED);
    term_print(y, area.left, 1, ROLE_SELECTED, term_glyph(GLYPH_POINTER));
    term_cursor_hint(y, area.left);
}

void scroll_fit(Scroll *s, size_t n, int visible)
{
    size_t v = visible > 0 ? (size_t)visible : 1;
    if (n == 0) {
        s->sel = s->top = 0;
        return;
    }
    if (s->sel >= n)
        s->sel = n - 1;
    if (s->sel < s->top)
        s->top = s->sel;
    if (s->sel >= s->top + v)
        s->top = s->sel + 1 - v;
    if (s->top + v > n)
        s->top = n > v ? n - v : 0;
}

/* Moves the selection for arrows, j/k, Home/End and the page keys; true when key was one. */
bool scroll_key(Scroll *s, size_t n, int key, int page)
{
    if (page < 1)
        page = 1;
    switch (key) {
    case K_UP: case 'k': if (s->sel > 0) s->sel--; return true;
    case K_DOWN: case 'j': if (s->sel + 1 < n) s->sel++; return true;
    case K_HOME: s->sel = 0; return true;
    case K_END: s->sel = n ? n - 1 : 0; return true;
    case K_PGUP: s->sel = s->sel > (size_t)page ? s->sel - (size_t)page : 0; return true;
    case K_PGDN: s->sel = s->sel + (size_t)page < n ? s->sel + (size_t)page : (n ? n - 1 : 0);
        return true;
    default: return false;
    }
}

/* "3 min ago" and the like; "never" for a negative count. */
void table_format_ago(char *buf, size_t len, int64_t secs)
{
    if (secs < 0)
        snprintf(buf, len, "%s", tr("never"));
    else if (secs < 60)
        snprintf(buf, len, "%s", tr("just now"));
    else if (secs < 3600)
        snprintf(buf, len, tr("%d min ago"), (int)(secs / 60));
    else if (secs < 86400)
        snprintf(buf, len, tr("%d h ago"), (int)(secs / 3600));
    else {
        unsigned long days = (unsigned long)(secs / 86400);
        snprintf(buf, len, trn("%lu day ago", "%lu days ago", days), days);
    }
}

/* Columns the widest table_format_ago text takes in the interface language. */
int table_ago_width(void)
{
    static const int64_t samples[] = {-1, 0, 59 * 60, 23 * 3600, 2 * 86400, 99 * 86400};
    int w = 0;
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char buf[64];
        table_format_ago(buf, sizeof buf, samples[i]);
        if (text_width(buf) > w)
            w = text_width(buf);
    }
    return w;
}

/* The module's title in the interface language, else its id (both untrusted). */
const char *table_module_name(Ui *ui, const char *id)
{
    return catalog_title(&ui->app->catalog, id, ui->app->lang);
}

bool table_due(double *last, double every)
{
    double now = clock_seconds();
    if (*last > 0 && now - *last < every)
        return false;
    *last = now;
    return true;
}

int table_page_rows(Rect area)
{
    return area.rows - 6;
}

bool table_key(Ui *ui, Scroll *sc, size_t n, double *read_at, int key, Rect area)
{
    if (key == K_TICK)
        return true; /* drawn next, reading the records when it is time */
    if (scroll_key(sc, n, key, table_page_rows(area)))
        return true;
    if (key == 'r') {
        *read_at = 0;
        return true;
    }
    if (ui_is_back(key)) {
        ui_pop(ui);
        return true;
    }
    return false;
}

void table_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}
