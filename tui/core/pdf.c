/* PDF pages built as drawing operations and documents built as flowing blocks (written through
 * the renderer by pdf_write.c). */
#include "pdf.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text.h"

void pdf_page_init(PdfPage *p, double width, double height)
{
    memset(p, 0, sizeof *p);
    p->width = width;
    p->height = height;
}

void pdf_page_done(PdfPage *p)
{
    for (size_t i = 0; i < p->n_ops; i++) {
        free((char *)p->ops[i].text);
        free((char *)p->ops[i].font);
    }
    free(p->ops);
    memset(p, 0, sizeof *p);
}

void pdf_ink(PdfPage *p, double r, double g, double b)
{
    p->ink[0] = r;
    p->ink[1] = g;
    p->ink[2] = b;
}

static PdfOp *add(PdfPage *p, PdfOpKind kind)
{
    p->ops = xgrow(p->ops, p->n_ops, &p->cap, sizeof *p->ops);
    PdfOp *op = &p->ops[p->n_ops++];
    memset(op, 0, sizeof *op);
    op->kind = kind;
    memcpy(op->rgb, p->ink, sizeof op->rgb);
    return op;
}

void pdf_text(PdfPage *p, const char *text, const char *font, double size, double x, double y,
              double w, PdfAlign align)
{
    PdfOp *op = add(p, PDF_TEXT);
    op->text = xstrdup(text ? text : "");
    op->font = xstrdup(font);
    op->size = size;
    op->x = x;
    op->y = y;
    op->w = w;
    op->align = align;
}

void pdf_text_fit(PdfPage *p, const char *text, const char *font, double size, double x, double y,
                  double w)
{
    pdf_text(p, text, font, size, x, y, w, PDF_CENTER);
    p->ops[p->n_ops - 1].fit = true;
}

void pdf_line(PdfPage *p, double x0, double y0, double x1, double y1, double width)
{
    PdfOp *op = add(p, PDF_LINE);
    op->x = x0;
    op->y = y0;
    op->w = x1 - x0;
    op->h = y1 - y0;
    op->size = width;
}

void pdf_rect(PdfPage *p, double x, double y, double w, double h, double width)
{
    PdfOp *op = add(p, PDF_RECT);
    op->x = x;
    op->y = y;
    op->w = w;
    op->h = h;
    op->size = width;
}

void pdf_fill(PdfPage *p, double x, double y, double w, double h)
{
    PdfOp *op = add(p, PDF_FILL);
    op->x = x;
    op->y = y;
    op->w = w;
    op->h = h;
}

/* ---- documents ---- */

static char *safe_copy(const char *s)
{
    return text_sanitize(s ? s : "", true, true);
}

void pdf_doc_init(PdfDoc *d, double width, double height, double margin)
{
    memset(d, 0, sizeof *d);
    d->width = width;
    d->height = height;
    d->margin = margin;
}

void pdf_doc_done(PdfDoc *d)
{
    for (size_t i = 0; i < d->n_blocks; i++) {
        PdfBlock *b = &d->blocks[i];
        free((char *)b->text);
        free((char *)b->font);
        free(b->widths);
        for (size_t k = 0; k < b->n_rows * b->n_cols; k++)
            free((char *)b->cells[k].text);
        free(b->cells);
        pdf_page_done(&b->drawing);
    }
    free(d->blocks);
    free((char *)d->title);
    free((char *)d->create_date);
    free((char *)d->header);
    free((char *)d->mark);
    free((char *)d->page_label);
    memset(d, 0, sizeof *d);
}

double pdf_doc_text_width(const PdfDoc *d)
{
    return d->width - 2 * d->margin;
}

static const char *copy_or_null(const char *s)
{
    return s ? safe_copy(s) : NULL;
}

void pdf_doc_set(PdfDoc *d, const char *title, const char *create_date, const char *header,
                 const char *mark, const char *page_label)
{
    free((char *)d->title);
    free((char *)d->create_date);
    free((char *)d->header);
    free((char *)d->mark);
    free((char *)d->page_label);
    d->title = copy_or_null(title);
    d->create_date = copy_or_null(create_date);
    d->header = copy_or_null(header);
    d->mark = copy_or_null(mark);
    d->page_label = copy_or_null(page_label);
}

static PdfBlock *block(PdfDoc *d, PdfBlockKind kind, const char *text, const char *font,
                       double size)
{
    d->blocks = xgrow(d->blocks, d->n_blocks, &d->cap, sizeof *d->blocks);
    PdfBlock *b = &d->blocks[d->n_blocks++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->text = text ? safe_copy(text) : NULL;
    b->font = xstrdup(font ? font : "Sans");
    b->size = size;
    b->rgb[0] = b->rgb[1] = b->rgb[2] = 0.1;
    return b;
}

PdfBlock *pdf_doc_heading(PdfDoc *d, const char *text, const char *font, double size)
{
    return block(d, PDF_BLOCK_HEADING, text, font, size);
}

PdfBlock *pdf_doc_paragraph(PdfDoc *d, const char *text, const char *font, double size)
{
    return block(d, PDF_BLOCK_PARAGRAPH, text, font, size);
}

void pdf_doc_space(PdfDoc *d, double points)
{
    block(d, PDF_BLOCK_SPACE, NULL, NULL, points);
}

void pdf_doc_break(PdfDoc *d)
{
    block(d, PDF_BLOCK_BREAK, NULL, NULL, 0);
}

PdfBlock *pdf_doc_table(PdfDoc *d, size_t n_cols, const double *widths, size_t head_rows,
                        const char *font, double size)
{
    PdfBlock *b = block(d, PDF_BLOCK_TABLE, NULL, font, size);
    b->n_cols = n_cols;
    b->widths = xcalloc(n_cols, sizeof *b->widths);
    memcpy(b->widths, widths, n_cols * sizeof *widths);
    b->head_rows = head_rows;
    return b;
}

PdfCell *pdf_table_row(PdfBlock *t, const char *const *texts)
{
    if (t->n_rows == t->cap_rows) {
        t->cap_rows = t->cap_rows ? 2 * t->cap_rows : 8;
        t->cells = xrealloc(t->cells, t->cap_rows * t->n_cols * sizeof *t->cells);
    }
    PdfCell *row = &t->cells[t->n_rows++ * t->n_cols];
    for (size_t c = 0; c < t->n_cols; c++) {
        memset(&row[c], 0, sizeof row[c]);
        row[c].text = safe_copy(texts[c]);
        memcpy(row[c].rgb, t->rgb, sizeof row[c].rgb);
        row[c].bold = t->n_rows <= t->head_rows;
    }
    return row;
}

PdfPage *pdf_doc_drawing(PdfDoc *d, double height)
{
    PdfBlock *b = block(d, PDF_BLOCK_DRAWING, NULL, NULL, 0);
    pdf_page_init(&b->drawing, pdf_doc_text_width(d), height);
    return &b->drawing;
}
