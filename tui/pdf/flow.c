/* Documents laid out on pages (pdf.h's PdfDoc): text wrapped by pango, page breaks that keep a
 * heading with what follows it and leave no line of a paragraph alone at a page's foot or head,
 * tables whose head rows repeat on every page they run onto, and on every page the running head,
 * the mark (DRAFT) and "Page n of N". The document is laid out twice, once to count its pages
 * and once to draw them, from the same measured layouts. Text is set with pango_layout_set_text:
 * never markup. */
#include "draw.h"

#include <cairo-pdf.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 2.5
#define RULE_GREY 0.72
#define HEAD_SHADE 0.90

/* A wrapped text: its layout and where each line lies, in points from the layout's top. */
typedef struct {
    PangoLayout *layout;
    int n;
    double *top, *bottom, *base, *x;
} Text;

typedef struct {
    Text text;        /* heading, paragraph */
    Text *cells;      /* table: n_rows x n_cols */
    double *row_h;    /* table: each row's whole height, padding included */
    double head_h;    /* table: its head rows' height */
    double *col_x, *col_w;
} Prepared;

typedef struct {
    cairo_t *cr;
    const PdfDoc *doc;
    bool draw;        /* the second pass: draw (the first only counts pages) */
    int page, pages;  /* the page being laid out (from 1) and, when drawing, how many */
    double y, top, bottom, left, width;
    bool fresh;       /* nothing placed on this page yet */
} Flow;

static void text_make(Text *t, cairo_t *cr, const char *s, const char *font, double size,
                      bool bold, double width, PdfAlign align, double hang)
{
    static const PangoAlignment aligns[] = {PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                            PANGO_ALIGN_RIGHT};
    memset(t, 0, sizeof *t);
    t->layout = pango_cairo_create_layout(cr);
    PangoFontDescription *desc = pdfr_font(font, size, bold);
    pango_layout_set_font_description(t->layout, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(t->layout, (int)(fmax(width, 1) * PANGO_SCALE));
    pango_layout_set_wrap(t->layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(t->layout, aligns[align <= PDF_RIGHT ? align : 0]);
    if (hang > 0)
        pango_layout_set_indent(t->layout, -(int)(hang * PANGO_SCALE));
    pango_layout_set_text(t->layout, s ? s : "", -1);
    t->n = pango_layout_get_line_count(t->layout);
    t->top = calloc((size_t)t->n + 1, sizeof *t->top);
    t->bottom = calloc((size_t)t->n + 1, sizeof *t->bottom);
    t->base = calloc((size_t)t->n + 1, sizeof *t->base);
    t->x = calloc((size_t)t->n + 1, sizeof *t->x);
    PangoLayoutIter *it = pango_layout_get_iter(t->layout);
    int i = 0;
    do {
        PangoRectangle logical;
        int y0, y1;
        pango_layout_iter_get_line_extents(it, NULL, &logical);
        pango_layout_iter_get_line_yrange(it, &y0, &y1);
        t->top[i] = (double)y0 / PANGO_SCALE;
        t->bottom[i] = (double)y1 / PANGO_SCALE;
        t->base[i] = (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
        t->x[i] = (double)logical.x / PANGO_SCALE;
        i++;
    } while (i < t->n && pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
    t->n = i;
}

static void text_free(Text *t)
{
    if (t->layout)
        g_object_unref(t->layout);
    free(t->top);
    free(t->bottom);
    free(t->base);
    free(t->x);
    memset(t, 0, sizeof *t);
}

/* The height of lines a to b - 1 (0 when none). */
static double text_span(const Text *t, int a, int b)
{
    return b > a ? t->bottom[b - 1] - t->top[a] : 0;
}

/* How many lines from a fit in room points. */
static int text_fit(const Text *t, int a, double room)
{
    int k = 0;
    while (a + k < t->n && t->bottom[a + k] - t->top[a] <= room + 0.01)
        k++;
    return k;
}

/* Draws lines a to b - 1 with the top of line a at (x, y). */
static void text_draw(cairo_t *cr, const Text *t, int a, int b, double x, double y)
{
    for (int i = a; i < b; i++) {
        PangoLayoutLine *line = pango_layout_get_line_readonly(t->layout, i);
        cairo_move_to(cr, x + t->x[i], y + t->base[i] - t->top[a]);
        pango_cairo_show_layout_line(cr, line);
    }
}

static void set_rgb(cairo_t *cr, const double rgb[3])
{
    cairo_set_source_rgb(cr, rgb[0], rgb[1], rgb[2]);
}

/* ---- preparing the blocks: every text measured once for both passes ---- */

static void prepare_table(Prepared *p, cairo_t *cr, const PdfBlock *b, double width)
{
    size_t n = b->n_rows * b->n_cols;
    p->cells = calloc(n ? n : 1, sizeof *p->cells);
    p->row_h = calloc(b->n_rows ? b->n_rows : 1, sizeof *p->row_h);
    p->col_x = calloc(b->n_cols ? b->n_cols : 1, sizeof *p->col_x);
    p->col_w = calloc(b->n_cols ? b->n_cols : 1, sizeof *p->col_w);
    double x = 0;
    for (size_t c = 0; c < b->n_cols; c++) {
        p->col_x[c] = x;
        p->col_w[c] = width * b->widths[c];
        x += p->col_w[c];
    }
    for (size_t r = 0; r < b->n_rows; r++) {
        double h = 0;
        for (size_t c = 0; c < b->n_cols; c++) {
            const PdfCell *cell = &b->cells[r * b->n_cols + c];
            Text *t = &p->cells[r * b->n_cols + c];
            text_make(t, cr, cell->text, b->font, b->size, cell->bold,
                      p->col_w[c] - 2 * CELL_PAD_X, cell->align, 0);
            h = fmax(h, text_span(t, 0, t->n));
        }
        p->row_h[r] = h + 2 * CELL_PAD_Y;
        if (r < b->head_rows)
            p->head_h += p->row_h[r];
    }
}

static void prepare(Prepared *p, cairo_t *cr, const PdfBlock *b, double width)
{
    memset(p, 0, sizeof *p);
    if (b->kind == PDF_BLOCK_HEADING || b->kind == PDF_BLOCK_PARAGRAPH)
        text_make(&p->text, cr, b->text, b->font, b->size, false, width - b->indent, b->align,
                  b->hang);
    else if (b->kind == PDF_BLOCK_TABLE)
        prepare_table(p, cr, b, width);
}

static void prepared_free(Prepared *p, const PdfBlock *b)
{
    text_free(&p->text);
    for (size_t i = 0; p->cells && i < b->n_rows * b->n_cols; i++)
        text_free(&p->cells[i]);
    free(p->cells);
    free(p->row_h);
    free(p->col_x);
    free(p->col_w);
}

/* ---- pages ---- */

/* The page label with its first %d the page and the second the count (nothing else is read
 * from it: it is a translation, not a format). */
static void page_label(const char *label, int page, int pages, char *out, size_t len)
{
    size_t o = 0;
    int nums = 0;
    for (const char *s = label; *s && o + 1 < len; s++) {
        if (s[0] == '%' && s[1] == 'd' && nums < 2) {
            int w = snprintf(out + o, len - o, "%d", nums++ ? pages : page);
            o += w > 0 ? (size_t)w : 0;
            if (o >= len)
                o = len - 1;
            s++;
        } else {
            out[o++] = *s;
        }
    }
    out[o] = '\0';
}

/* A single line of text at (x, y) in a box of width w, ellipsised. */
static void draw_line_text(cairo_t *cr, const char *s, const char *font, double size, bool bold,
                           double x, double y, double w, PdfAlign align)
{
    static const PangoAlignment aligns[] = {PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                            PANGO_ALIGN_RIGHT};
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoFontDescription *desc = pdfr_font(font, size, bold);
    pango_layout_set_font_description(l, desc);
    pango_font_description_free(desc);
    pango_layout_set_width(l, (int)(w * PANGO_SCALE));
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    pango_layout_set_alignment(l, aligns[align]);
    pango_layout_set_single_paragraph_mode(l, TRUE);
    pango_layout_set_text(l, s, -1);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, l);
    g_object_unref(l);
}

/* The width of s in font at size, in points. */
static double text_width_of(cairo_t *cr, const char *s, const char *font, double size, bool bold)
{
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoFontDescription *desc = pdfr_font(font, size, bold);
    pango_layout_set_font_description(l, desc);
    pango_font_description_free(desc);
    pango_layout_set_text(l, s, -1);
    int w, h;
    pango_layout_get_size(l, &w, &h);
    g_object_unref(l);
    return (double)w / PANGO_SCALE;
}

/* The mark across the page, large and pale, over everything else (a shaded cell would hide it
 * underneath). */
static void draw_watermark(cairo_t *cr, const PdfDoc *d)
{
    double diag = hypot(d->width, d->height), angle = -atan2(d->height, d->width);
    double w = text_width_of(cr, d->mark, "Sans", 100, true);
    double size = fmin(140, 100 * diag * 0.6 / fmax(w, 1));
    PangoLayout *l = pango_cairo_create_layout(cr);
    PangoFontDescription *desc = pdfr_font("Sans", size, true);
    pango_layout_set_font_description(l, desc);
    pango_font_description_free(desc);
    pango_layout_set_text(l, d->mark, -1);
    int lw, lh;
    pango_layout_get_size(l, &lw, &lh);
    cairo_save(cr);
    cairo_translate(cr, d->width / 2, d->height / 2);
    cairo_rotate(cr, angle);
    cairo_move_to(cr, -(double)lw / PANGO_SCALE / 2, -(double)lh / PANGO_SCALE / 2);
    cairo_set_source_rgba(cr, 0.80, 0.10, 0.10, 0.09);
    pango_cairo_show_layout(cr, l);
    cairo_restore(cr);
    g_object_unref(l);
}

/* What every page carries: the mark, the running head and the page's number. */
static void page_furniture(Flow *f)
{
    const PdfDoc *d = f->doc;
    cairo_t *cr = f->cr;
    double head_y = d->margin * 0.45, mark_w = 0;
    if (d->mark && d->mark[0]) {
        mark_w = text_width_of(cr, d->mark, "Sans", 9, true) + 12;
        cairo_set_source_rgb(cr, 0.75, 0.08, 0.08);
        draw_line_text(cr, d->mark, "Sans", 9, true, f->left + f->width - mark_w, head_y, mark_w,
                       PDF_RIGHT);
    }
    cairo_set_source_rgb(cr, 0.38, 0.38, 0.40);
    if (d->header && d->header[0])
        draw_line_text(cr, d->header, "Sans", 8, false, f->left, head_y + 1,
                       f->width - mark_w, PDF_LEFT);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, f->left, head_y + 14);
    cairo_line_to(cr, f->left + f->width, head_y + 14);
    cairo_stroke(cr);
    if (d->page_label && d->page_label[0]) {
        char label[256];
        page_label(d->page_label, f->page, f->pages, label, sizeof label);
        draw_line_text(cr, label, "Sans", 8, false, f->left, d->height - d->margin * 0.55,
                       f->width, PDF_CENTER);
    }
}

static void page_begin(Flow *f)
{
    f->y = f->top;
    f->fresh = true;
    if (f->draw)
        page_furniture(f);
}

static void page_end(Flow *f)
{
    if (f->draw && f->doc->mark && f->doc->mark[0])
        draw_watermark(f->cr, f->doc);
}

static void new_page(Flow *f)
{
    page_end(f);
    if (f->draw)
        cairo_show_page(f->cr);
    f->page++;
    page_begin(f);
}

static double room(const Flow *f)
{
    return f->bottom - f->y;
}

/* ---- placing the blocks ---- */

/* The part of block i that must share a page with a heading before it. */
static double lead(const PdfDoc *d, const Prepared *p, size_t i, double body)
{
    if (i >= d->n_blocks)
        return 0;
    const PdfBlock *b = &d->blocks[i];
    switch (b->kind) {
    case PDF_BLOCK_HEADING: return text_span(&p[i].text, 0, p[i].text.n) + lead(d, p, i + 1, body);
    case PDF_BLOCK_PARAGRAPH: return text_span(&p[i].text, 0, p[i].text.n < 2 ? p[i].text.n : 2);
    case PDF_BLOCK_TABLE:
        return p[i].head_h + (b->n_rows > b->head_rows
                                  ? fmin(p[i].row_h[b->head_rows], body * 0.25)
                                  : 0);
    case PDF_BLOCK_DRAWING: return b->drawing.height;
    case PDF_BLOCK_SPACE: return b->size + lead(d, p, i + 1, body);
    case PDF_BLOCK_BREAK: return 0;
    }
    return 0;
}

static void place_text(Flow *f, const PdfBlock *b, const Text *t, bool heading, double need)
{
    if (!f->fresh && need > room(f))
        new_page(f);
    int a = 0;
    while (a < t->n) {
        int k = text_fit(t, a, room(f)), left = t->n - a;
        if (!heading && k < left) {
            if (k >= 2 && left - k == 1)
                k--; /* no last line alone at the head of the next page */
            if (k == 1 && left > 1)
                k = 0; /* nor a first line alone at the foot of this one */
        }
        if (k == 0) {
            if (!f->fresh) {
                new_page(f);
                continue;
            }
            k = 1; /* a line taller than the page: placed all the same */
        }
        if (f->draw) {
            set_rgb(f->cr, b->rgb);
            text_draw(f->cr, t, a, a + k, f->left + b->indent, f->y);
        }
        f->y += text_span(t, a, a + k);
        f->fresh = false;
        a += k;
        if (a < t->n)
            new_page(f);
    }
}

/* Part of row r: each cell's lines from from[c] to to[c], the piece h points high. */
static void draw_row(Flow *f, const PdfBlock *b, const Prepared *p, size_t r, const int *from,
                     const int *to, double h)
{
    cairo_t *cr = f->cr;
    for (size_t c = 0; c < b->n_cols; c++) {
        const PdfCell *cell = &b->cells[r * b->n_cols + c];
        double x = f->left + p->col_x[c];
        if (cell->filled || r < b->head_rows) {
            if (cell->filled)
                set_rgb(cr, cell->fill);
            else
                cairo_set_source_rgb(cr, HEAD_SHADE, HEAD_SHADE, HEAD_SHADE + 0.03);
            cairo_rectangle(cr, x, f->y, p->col_w[c], h);
            cairo_fill(cr);
        }
        set_rgb(cr, cell->rgb);
        text_draw(cr, &p->cells[r * b->n_cols + c], from[c], to[c], x + CELL_PAD_X,
                  f->y + CELL_PAD_Y);
    }
    cairo_set_source_rgb(cr, RULE_GREY, RULE_GREY, RULE_GREY);
    cairo_set_line_width(cr, r + 1 == b->head_rows ? 0.8 : 0.4);
    cairo_move_to(cr, f->left, f->y + h);
    cairo_line_to(cr, f->left + f->width, f->y + h);
    cairo_stroke(cr);
}

/* Places row r, whole when it fits on a page, else split between pages at its cells' lines;
 * every page it starts on gets the head rows first (heads: false for the head rows
 * themselves). */
static void place_row(Flow *f, const PdfBlock *b, const Prepared *p, size_t r, bool heads);

static void place_heads(Flow *f, const PdfBlock *b, const Prepared *p)
{
    for (size_t r = 0; r < b->head_rows && r < b->n_rows; r++)
        place_row(f, b, p, r, false);
}

static void place_row(Flow *f, const PdfBlock *b, const Prepared *p, size_t r, bool heads)
{
    double body = f->bottom - f->top - (heads ? p->head_h : 0);
    bool top = f->fresh; /* at the top of a page's body (under the head rows, if any) */
    if (p->row_h[r] > room(f) && p->row_h[r] <= body && !f->fresh) {
        new_page(f);
        if (heads)
            place_heads(f, b, p);
        top = true;
    }
    int *from = calloc(b->n_cols, sizeof *from), *to = calloc(b->n_cols, sizeof *to);
    for (;;) {
        double inner = room(f) - 2 * CELL_PAD_Y, h = 0;
        bool rest = false, any = false;
        for (size_t c = 0; c < b->n_cols; c++) {
            const Text *t = &p->cells[r * b->n_cols + c];
            to[c] = from[c] + text_fit(t, from[c], inner);
            any = any || to[c] > from[c];
        }
        if (!any && !top) {
            new_page(f);
            if (heads)
                place_heads(f, b, p);
            top = true;
            continue;
        }
        for (size_t c = 0; c < b->n_cols; c++) {
            const Text *t = &p->cells[r * b->n_cols + c];
            if (!any && from[c] < t->n)
                to[c] = from[c] + 1; /* a line taller than the page: placed all the same */
            h = fmax(h, text_span(t, from[c], to[c]));
            rest = rest || to[c] < t->n;
        }
        h += 2 * CELL_PAD_Y;
        if (f->draw)
            draw_row(f, b, p, r, from, to, h);
        f->y += h;
        f->fresh = false;
        if (!rest)
            break;
        memcpy(from, to, b->n_cols * sizeof *from);
        new_page(f);
        if (heads)
            place_heads(f, b, p);
        top = true;
    }
    free(from);
    free(to);
}

static void place_table(Flow *f, const PdfBlock *b, const Prepared *p, double need)
{
    if (!f->fresh && need > room(f))
        new_page(f);
    place_heads(f, b, p);
    for (size_t r = b->head_rows; r < b->n_rows; r++)
        place_row(f, b, p, r, true);
}

static void place_drawing(Flow *f, const PdfBlock *b)
{
    if (!f->fresh && b->drawing.height > room(f))
        new_page(f);
    if (f->draw) {
        cairo_save(f->cr);
        cairo_translate(f->cr, f->left, f->y);
        pdfr_draw_ops(f->cr, &b->drawing);
        cairo_restore(f->cr);
    }
    f->y += b->drawing.height;
    f->fresh = false;
}

/* Lays the document out from its first page; returns how many pages it takes. */
static int flow(Flow *f, const Prepared *p)
{
    const PdfDoc *d = f->doc;
    double body = f->bottom - f->top;
    f->page = 1;
    page_begin(f);
    for (size_t i = 0; i < d->n_blocks; i++) {
        const PdfBlock *b = &d->blocks[i];
        switch (b->kind) {
        case PDF_BLOCK_HEADING:
            place_text(f, b, &p[i].text, true, lead(d, p, i, body));
            break;
        case PDF_BLOCK_PARAGRAPH: place_text(f, b, &p[i].text, false, 0); break;
        case PDF_BLOCK_TABLE: place_table(f, b, &p[i], lead(d, p, i, body)); break;
        case PDF_BLOCK_DRAWING: place_drawing(f, b); break;
        case PDF_BLOCK_SPACE:
            if (!f->fresh)
                f->y += b->size;
            break;
        case PDF_BLOCK_BREAK:
            if (!f->fresh)
                new_page(f);
            break;
        }
    }
    page_end(f);
    return f->page;
}

bool rastro_pdf_render_doc(const PdfDoc *doc, int *pages,
                           bool (*write)(void *ctx, const unsigned char *data, size_t len),
                           void *ctx, char *err, size_t errlen)
{
    PdfrStream stream = {write, ctx};
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(pdfr_stream_write, &stream,
                                                                   doc->width, doc->height);
    pdfr_metadata(surface, doc->title, doc->create_date);
    cairo_t *cr = cairo_create(surface);
    Flow f = {.cr = cr, .doc = doc, .top = doc->margin, .bottom = doc->height - doc->margin,
              .left = doc->margin, .width = doc->width - 2 * doc->margin};
    Prepared *p = calloc(doc->n_blocks ? doc->n_blocks : 1, sizeof *p);
    for (size_t i = 0; i < doc->n_blocks; i++)
        prepare(&p[i], cr, &doc->blocks[i], f.width);
    f.pages = flow(&f, p);
    f.draw = true;
    flow(&f, p);
    cairo_show_page(cr);
    if (pages)
        *pages = f.pages;
    for (size_t i = 0; i < doc->n_blocks; i++)
        prepared_free(&p[i], &doc->blocks[i]);
    free(p);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        snprintf(err, errlen, "%s", cairo_status_to_string(status));
    return status == CAIRO_STATUS_SUCCESS;
}
