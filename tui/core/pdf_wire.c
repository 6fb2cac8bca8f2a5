/* Pages and documents written to, and read back from, the frames that carry them to the PDF
 * renderer (see pdf.h). The reader trusts no count: each is checked against the bytes left. */
#include <stdlib.h>
#include <string.h>

#include "pdf.h"

/* The fewest bytes an operation, a block and a cell take on the wire (their fixed fields), so
 * that a count is never larger than the bytes behind it. */
#define OP_MIN (1 + 8 * 8 + 2 * 4 + 2)
#define BLOCK_MIN (1 + 2 * 4 + 7 * 8 + 1 + 4 * 4)
#define CELL_MIN (4 + 3 + 6 * 8)

static void put_rgb(StrBuf *out, const double rgb[3])
{
    for (int i = 0; i < 3; i++)
        wire_put_f64(out, rgb[i]);
}

static void get_rgb(WireIn *in, double rgb[3])
{
    for (int i = 0; i < 3; i++)
        rgb[i] = wire_get_f64(in);
}

/* A string the renderer draws as it is: never NULL on its side. */
static const char *get_text(WireIn *in)
{
    char *s = wire_get_str(in);
    return s ? s : xstrdup("");
}

static PdfAlign get_align(WireIn *in)
{
    unsigned a = wire_get_u8(in);
    if (a > PDF_RIGHT)
        in->bad = true;
    return (PdfAlign)(a > PDF_RIGHT ? PDF_LEFT : a);
}

void pdf_wire_page(StrBuf *out, const PdfPage *page)
{
    wire_put_f64(out, page->width);
    wire_put_f64(out, page->height);
    wire_put_str(out, page->title);
    wire_put_str(out, page->create_date);
    wire_put_u32(out, (uint32_t)page->n_ops);
    for (size_t i = 0; i < page->n_ops; i++) {
        const PdfOp *op = &page->ops[i];
        wire_put_u8(out, op->kind);
        wire_put_f64(out, op->x);
        wire_put_f64(out, op->y);
        wire_put_f64(out, op->w);
        wire_put_f64(out, op->h);
        wire_put_f64(out, op->size);
        put_rgb(out, op->rgb);
        wire_put_str(out, op->text);
        wire_put_str(out, op->font);
        wire_put_u8(out, op->align);
        wire_put_u8(out, op->fit);
    }
}

bool pdf_unwire_page(WireIn *in, PdfPage *p)
{
    memset(p, 0, sizeof *p);
    p->width = wire_get_f64(in);
    p->height = wire_get_f64(in);
    p->title = wire_get_str(in);
    p->create_date = wire_get_str(in);
    size_t n = wire_get_count(in, OP_MIN);
    p->ops = xcalloc(n ? n : 1, sizeof *p->ops);
    p->cap = n;
    for (; p->n_ops < n && !in->bad; p->n_ops++) {
        PdfOp *op = &p->ops[p->n_ops];
        unsigned kind = wire_get_u8(in);
        in->bad |= kind > PDF_FILL;
        op->kind = (PdfOpKind)(kind > PDF_FILL ? PDF_LINE : kind);
        op->x = wire_get_f64(in);
        op->y = wire_get_f64(in);
        op->w = wire_get_f64(in);
        op->h = wire_get_f64(in);
        op->size = wire_get_f64(in);
        get_rgb(in, op->rgb);
        op->text = wire_get_str(in);
        op->font = wire_get_str(in);
        if (op->kind == PDF_TEXT && !op->text)
            op->text = xstrdup("");
        if (op->kind == PDF_TEXT && !op->font)
            op->font = xstrdup("Sans");
        op->align = get_align(in);
        op->fit = wire_get_u8(in) != 0;
    }
    return !in->bad;
}

void pdf_wire_doc(StrBuf *out, const PdfDoc *d)
{
    wire_put_f64(out, d->width);
    wire_put_f64(out, d->height);
    wire_put_f64(out, d->margin);
    wire_put_str(out, d->title);
    wire_put_str(out, d->create_date);
    wire_put_str(out, d->header);
    wire_put_str(out, d->mark);
    wire_put_str(out, d->page_label);
    wire_put_u32(out, (uint32_t)d->n_blocks);
    for (size_t i = 0; i < d->n_blocks; i++) {
        const PdfBlock *b = &d->blocks[i];
        wire_put_u8(out, b->kind);
        wire_put_str(out, b->text);
        wire_put_str(out, b->font);
        wire_put_f64(out, b->size);
        put_rgb(out, b->rgb);
        wire_put_f64(out, b->indent);
        wire_put_f64(out, b->hang);
        wire_put_u8(out, b->align);
        wire_put_u32(out, (uint32_t)b->n_cols);
        for (size_t c = 0; c < b->n_cols; c++)
            wire_put_f64(out, b->widths[c]);
        wire_put_u32(out, (uint32_t)b->head_rows);
        wire_put_u32(out, (uint32_t)b->n_rows);
        for (size_t k = 0; k < b->n_rows * b->n_cols; k++) {
            const PdfCell *cell = &b->cells[k];
            wire_put_str(out, cell->text);
            wire_put_u8(out, cell->bold);
            wire_put_u8(out, cell->filled);
            wire_put_u8(out, cell->align);
            put_rgb(out, cell->fill);
            put_rgb(out, cell->rgb);
        }
        pdf_wire_page(out, &b->drawing);
    }
}

/* The cells of table b: n_rows x n_cols of them. */
static void get_cells(WireIn *in, PdfBlock *b)
{
    b->n_rows = wire_get_count(in, 0);
    size_t n = b->n_cols && b->n_rows <= in->left / CELL_MIN / b->n_cols ? b->n_rows * b->n_cols
                                                                          : 0;
    if (b->n_rows && !n) {
        in->bad = true;
        b->n_rows = 0;
        return;
    }
    b->cells = xcalloc(n ? n : 1, sizeof *b->cells);
    b->cap_rows = b->n_rows;
    for (size_t k = 0; k < n; k++) {
        PdfCell *cell = &b->cells[k];
        cell->text = get_text(in);
        cell->bold = wire_get_u8(in) != 0;
        cell->filled = wire_get_u8(in) != 0;
        cell->align = get_align(in);
        get_rgb(in, cell->fill);
        get_rgb(in, cell->rgb);
    }
}

bool pdf_unwire_doc(WireIn *in, PdfDoc *d)
{
    memset(d, 0, sizeof *d);
    d->width = wire_get_f64(in);
    d->height = wire_get_f64(in);
    d->margin = wire_get_f64(in);
    d->title = wire_get_str(in);
    d->create_date = wire_get_str(in);
    d->header = wire_get_str(in);
    d->mark = wire_get_str(in);
    d->page_label = wire_get_str(in);
    size_t n = wire_get_count(in, BLOCK_MIN);
    d->blocks = xcalloc(n ? n : 1, sizeof *d->blocks);
    d->cap = n;
    for (; d->n_blocks < n && !in->bad; d->n_blocks++) {
        PdfBlock *b = &d->blocks[d->n_blocks];
        unsigned kind = wire_get_u8(in);
        in->bad |= kind > PDF_BLOCK_BREAK;
        b->kind = (PdfBlockKind)(kind > PDF_BLOCK_BREAK ? PDF_BLOCK_SPACE : kind);
        b->text = wire_get_str(in);
        b->font = get_text(in);
        b->size = wire_get_f64(in);
        get_rgb(in, b->rgb);
        b->indent = wire_get_f64(in);
        b->hang = wire_get_f64(in);
        b->align = get_align(in);
        b->n_cols = wire_get_count(in, 8);
        b->widths = xcalloc(b->n_cols ? b->n_cols : 1, sizeof *b->widths);
        for (size_t c = 0; c < b->n_cols; c++)
            b->widths[c] = wire_get_f64(in);
        b->head_rows = wire_get_u32(in);
        get_cells(in, b);
        if (b->head_rows > b->n_rows)
            b->head_rows = b->n_rows;
        pdf_unwire_page(in, &b->drawing);
    }
    return !in->bad;
}
