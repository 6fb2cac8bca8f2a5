/* A small styled document for the shell: wrapped lines with a colour role and a tag. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "../core/assets.h"
#include "../core/i18n.h"
#include "../core/layout.h"
#include "../core/text.h"
#include "screen.h"

void doc_init(Doc *d)
{
    memset(d, 0, sizeof *d);
}

void doc_clear(Doc *d)
{
    for (size_t i = 0; i < d->n; i++) {
        free(d->lines[i].text);
        free(d->lines[i].emph);
        free(d->lines[i].pic);
    }
    d->n = 0;
}

void doc_done(Doc *d)
{
    doc_clear(d);
    free(d->lines);
    doc_init(d);
}

/* Appends a line; takes ownership of text. The pointer is valid until the next push. */
static DocLine *line_push(Doc *d, char *text, int indent, Role role, int tag)
{
    d->lines = xgrow(d->lines, d->n, &d->cap, sizeof *d->lines);
    d->lines[d->n] = (DocLine){.text = text, .indent = indent, .role = role, .tag = tag};
    return &d->lines[d->n++];
}

void doc_line(Doc *d, const char *text, int indent, Role role, int tag)
{
    line_push(d, xstrdup(text), indent, role, tag);
}

void doc_blank(Doc *d)
{
    doc_line(d, "", 0, ROLE_NORMAL, -1);
}

void doc_text(Doc *d, const char *text, int width, int indent, Role role, int tag)
{
    Layout l;
    layout_init(&l);
    layout_text(&l, text, width - indent, term_utf8());
    for (size_t i = 0; i < l.n; i++)
        doc_line(d, l.lines[i].text, indent + l.lines[i].indent, role, tag);
    layout_done(&l);
}

void doc_markup(Doc *d, const char *text, int width, int indent, Role role, int tag)
{
    const char *nb = term_glyph(GLYPH_NOTE_BAR), *wb = term_glyph(GLYPH_WARNING_BAR);
    char *note_first = xasprintf("%s %s ", nb, tr("Note:"));
    char *note_rest = xasprintf("%s ", nb);
    char *warn_first = xasprintf("%s %s ", wb, tr("Warning:"));
    char *warn_rest = xasprintf("%s ", wb);
    LayoutMarks marks = {note_first, note_rest, warn_first, warn_rest};
    Layout l;
    layout_init(&l);
    layout_markup(&l, text, width - indent, term_utf8(), &marks);
    for (size_t i = 0; i < l.n; i++) {
        LayoutLine *ll = &l.lines[i];
        Role r = ll->style == LAYOUT_HEADING   ? ROLE_HEADING
                 : ll->style == LAYOUT_NOTE    ? ROLE_NOTE
                 : ll->style == LAYOUT_WARNING ? ROLE_WARNING
                                               : role;
        DocLine *dl = line_push(d, ll->text, indent + ll->indent, r, tag);
        dl->emph = ll->emph;
        dl->n_emph = ll->n_emph;
        ll->text = NULL; /* the doc owns them now */
        ll->emph = NULL;
    }
    layout_done(&l);
    free(note_first);
    free(note_rest);
    free(warn_first);
    free(warn_rest);
}

/* n copies of s appended to b. */
static void repeat(StrBuf *b, const char *s, int n)
{
    for (int i = 0; i < n; i++)
        strbuf_puts(b, s);
}

void doc_box(Doc *d, const char *label, const char *body, int width, int indent, Role role,
             int tag)
{
    int box = width - indent, inner = box - 4;
    if (box < 12) {
        doc_text(d, body, width, indent, role, tag);
        return;
    }
    const char *h = term_glyph(GLYPH_HLINE), *v = term_glyph(GLYPH_VLINE);
    char *safe_label = text_sanitize(label, false, term_utf8());
    int lw = text_width(safe_label);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, term_glyph(GLYPH_CORNER_TL));
    if (lw > 0 && lw + 6 <= box) {
        strbuf_printf(&b, "%s %s ", h, safe_label);
        repeat(&b, h, box - lw - 5);
    } else {
        repeat(&b, h, box - 2);
    }
    strbuf_puts(&b, term_glyph(GLYPH_CORNER_TR));
    line_push(d, strbuf_take(&b), indent, role, tag);

    Layout l;
    layout_init(&l);
    layout_text(&l, body, inner, term_utf8());
    for (size_t i = 0; i < l.n; i++) {
        int pad = inner - l.lines[i].indent - text_width(l.lines[i].text);
        strbuf_printf(&b, "%s %*s%s%*s %s", v, l.lines[i].indent, "", l.lines[i].text,
                      pad > 0 ? pad : 0, "", v);
        line_push(d, strbuf_take(&b), indent, role, tag);
    }
    layout_done(&l);

    strbuf_puts(&b, term_glyph(GLYPH_CORNER_BL));
    repeat(&b, h, box - 2);
    strbuf_puts(&b, term_glyph(GLYPH_CORNER_BR));
    line_push(d, strbuf_take(&b), indent, role, tag);
    free(safe_label);
}

void doc_prefixed(Doc *d, const char *prefix, const char *text, int width, Role role, int tag)
{
    int pw = text_width(prefix);
    size_t first = d->n;
    doc_text(d, text, width, pw, role, tag);
    if (d->n > first) {
        /* Put the prefix in front of the first line. */
        DocLine *l = &d->lines[first];
        char *joined = xasprintf("%s%*s%s", prefix, l->indent - pw, "", l->text);
        free(l->text);
        l->text = joined;
        l->indent = 0;
    } else {
        doc_line(d, prefix, 0, role, tag);
    }
}

int doc_find_tag(const Doc *d, int tag, int *last)
{
    int first = -1;
    for (size_t i = 0; i < d->n; i++) {
        if (d->lines[i].tag == tag) {
            if (first < 0)
                first = (int)i;
            if (last)
                *last = (int)i;
        }
    }
    return first;
}

int doc_draw(const Doc *d, size_t first, int top, int rows, int x, int width, int highlight_tag)
{
    int drawn = 0;
    for (size_t i = first; i < d->n && drawn < rows; i++, drawn++) {
        const DocLine *l = &d->lines[i];
        Role role = l->tag >= 0 && l->tag == highlight_tag ? ROLE_SELECTED : l->role;
        if (l->n_emph)
            term_print_emph(top + drawn, x + l->indent, width - l->indent, role, l->text, l->emph,
                            l->n_emph);
        else
            term_print(top + drawn, x + l->indent, width - l->indent, role, l->text);
        /* A picture is drawn once, from its first row on screen, for all its rows shown. */
        if (l->pic && (i == first || l->pic_row == 0)) {
            int n = l->pic_rows - l->pic_row;
            if (n > rows - drawn)
                n = rows - drawn;
            char err[256];
            if (!gfx_draw(l->pic, top + drawn - l->pic_row, x + l->indent + l->pic_x, l->pic_cols,
                          l->pic_rows, l->pic_row, n, NULL, l->grid, err, sizeof err))
                term_print(top + drawn, x + l->indent + l->pic_x, l->pic_cols, ROLE_WARNING, err);
        }
    }
    return drawn;
}

size_t doc_clamp_scroll(const Doc *d, long scroll, int rows)
{
    long max = (long)d->n - rows;
    if (max < 0)
        max = 0;
    if (scroll > max)
        scroll = max;
    if (scroll < 0)
        scroll = 0;
    return (size_t)scroll;
}

void doc_view_fit(DocView *v, const Doc *d, int rows)
{
    if (rows < 1)
        rows = 1;
    v->pinned = v->pin <= d->n && v->pin * 2 <= (size_t)rows ? v->pin : 0;
    v->rows = rows - (int)v->pinned;
    long lo = (long)v->pinned, hi = (long)d->n - v->rows;
    if (hi < lo)
        hi = lo;
    if (v->scroll > hi)
        v->scroll = hi;
    if (v->scroll < lo)
        v->scroll = lo;
}

void doc_view_show(DocView *v, size_t first, size_t last)
{
    if (last < v->pinned)
        return;
    if (first < v->pinned)
        first = v->pinned;
    if ((long)last >= v->scroll + v->rows)
        v->scroll = (long)last - v->rows + 1;
    if ((long)first < v->scroll || (long)first >= v->scroll + v->rows)
        v->scroll = (long)first;
}

void doc_view_show_tag(DocView *v, const Doc *d, int tag)
{
    int last, first = doc_find_tag(d, tag, &last);
    if (first >= 0)
        doc_view_show(v, (size_t)first, (size_t)last);
}

void doc_view_draw(DocView *v, const Doc *d, int top, int rows, int x, int width,
                   int highlight_tag)
{
    doc_view_fit(v, d, rows);
    int pinned = (int)v->pinned;
    doc_draw(d, 0, top, pinned, x, width, highlight_tag);
    doc_draw(d, (size_t)v->scroll, top + pinned, v->rows, x, width, highlight_tag);
}

void doc_view_marks(const DocView *v, const Doc *d, int top, int x)
{
    bool utf8 = term_utf8();
    if (v->scroll > (long)v->pinned)
        term_print(top + (int)v->pinned, x, 1, ROLE_DIM, utf8 ? "\xE2\x86\x91" : "^");
    if (doc_view_more_below(v, d))
        term_print(top + (int)v->pinned + v->rows - 1, x, 1, ROLE_DIM,
                   utf8 ? "\xE2\x86\x93" : "v");
}

int doc_view_row(const DocView *v, size_t i)
{
    if (i < v->pinned)
        return (int)i;
    if ((long)i < v->scroll || (long)i >= v->scroll + v->rows)
        return -1;
    return (int)v->pinned + (int)((long)i - v->scroll);
}

bool doc_view_more_below(const DocView *v, const Doc *d)
{
    return v->scroll + v->rows < (long)d->n;
}

bool doc_view_page_key(DocView *v, int key)
{
    long page = v->rows > 1 ? v->rows - 1 : 1;
    switch (key) {
    case K_PGUP: v->scroll -= page; return true;
    case K_PGDN: v->scroll += page; return true;
    case K_HOME: v->scroll = 0; return true;
    case K_END: v->scroll = 1L << 30; return true;
    default: return false;
    }
}

bool doc_view_key(DocView *v, int key)
{
    switch (key) {
    case K_UP: case 'k': v->scroll--; return true;
    case K_DOWN: case 'j': v->scroll++; return true;
    default: return doc_view_page_key(v, key);
    }
}

char *doc_image_path(const Image *im, Lang lang, const char *module_file)
{
    const char *name = ltext_get(&im->file, lang);
    char path[4200];
    return name[0] && assets_find(module_file, name, path, sizeof path) ? xstrdup(path) : NULL;
}

/* The placeholder: the alt text in a frame, and why the picture is not shown. */
static void image_placeholder(Doc *d, const Image *im, Lang lang, int width, const char *why)
{
    const char *alt = ltext_get(&im->alt, lang);
    if (!alt[0])
        alt = ltext_get(&im->file, lang);
    doc_box(d, tr("Picture"), alt, width < 64 ? width : 64, 0, ROLE_DIM, -1);
    if (why) {
        char *msg = xasprintf(tr("(not shown: %s)"), why);
        doc_text(d, msg, width, 1, ROLE_DIM, -1);
        free(msg);
    }
}

/* The column letters of grid over a box cols wide starting at column x, the cursor's
 * emphasised. */
static void grid_letters(Doc *d, const GfxGrid *g, int x, int cols)
{
    char *line = xcalloc((size_t)(x + cols + 2), 1);
    memset(line, ' ', (size_t)(x + cols));
    size_t at = 0;
    for (unsigned c = 0; c < g->cols; c++) {
        int mid = x + (int)((2 * c + 1) * (unsigned)cols / (2 * g->cols));
        line[mid] = (char)('A' + c);
        if (c == g->cur_col)
            at = (size_t)mid;
    }
    DocLine *l = line_push(d, line, 0, ROLE_DIM, -1);
    if (g->cursor) {
        l->emph = xcalloc(1, sizeof *l->emph);
        l->emph[0] = (LayoutSpan){at, 1};
        l->n_emph = 1;
    }
}

/* The rows of a decoded picture (and the grid's labels) fitted into width x max_rows. */
static void image_lines(Doc *d, const Picture *pic, const char *path, int width, int max_rows,
                        const GfxGrid *grid)
{
    int label = grid ? 3 : 0; /* room for the row numbers */
    int cw, ch, cols, rows;
    gfx_cell_size(&cw, &ch);
    render_fit(pic->width, pic->height, width - label, max_rows < 3 ? 3 : max_rows, cw, ch,
               &cols, &rows);
    if (grid)
        grid_letters(d, grid, label, cols);
    for (int r = 0; r < rows; r++) {
        char *text = xstrdup("");
        if (grid) {
            /* The row's number beside the middle of its band of cells. */
            for (unsigned g = 0; g < grid->rows; g++)
                if ((int)((2 * g + 1) * (unsigned)rows / (2 * grid->rows)) == r) {
                    free(text);
                    text = xasprintf("%2u", g + 1);
                }
        }
        DocLine *l = line_push(d, text, 0, ROLE_DIM, -1);
        if (grid && grid->cursor && text[0] &&
            (unsigned)atoi(text) == grid->cur_row + 1) {
            l->emph = xcalloc(1, sizeof *l->emph);
            l->emph[0] = (LayoutSpan){0, 2};
            l->n_emph = 1;
        }
        l->pic = xstrdup(path);
        l->pic_x = label;
        l->pic_row = r;
        l->pic_rows = rows;
        l->pic_cols = cols;
        l->grid = grid;
    }
}

bool doc_image(Doc *d, const Image *im, Lang lang, int width, int max_rows,
               const char *module_file, const GfxGrid *grid)
{
    if (!image_present(im))
        return false;
    doc_blank(d);
    char err[256];
    char *path = doc_image_path(im, lang, module_file);
    const Picture *pic = NULL;
    bool off = gfx_mode() == RENDER_NONE;
    if (!off && !path)
        snprintf(err, sizeof err, tr("no picture file '%s'"), ltext_get(&im->file, lang));
    else if (!off && !(pic = gfx_picture(path, err, sizeof err))) {
        char why[sizeof err];
        memcpy(why, err, sizeof why);
        snprintf(err, sizeof err, "%.100s: %.150s", ltext_get(&im->file, lang), why);
    }
    if (pic)
        image_lines(d, pic, path, width, max_rows, grid);
    else
        image_placeholder(d, im, lang, width, off ? NULL : err);
    if (!ltext_empty(&im->caption))
        doc_text(d, ltext_get(&im->caption, lang), width, 1, ROLE_NORMAL, -1);
    free(path);
    return pic != NULL;
}
