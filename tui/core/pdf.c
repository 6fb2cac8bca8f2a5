/* PDF pages built as drawing operations, and written through the renderer plugin, which is
 * loaded the first time a PDF is written. */
#include "pdf.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plugin.h"
#include "text.h"

#define PLUGIN_NAME "rastro-pdf.so"

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

/* The renderer, loaded once and kept (see plugin.h). */
static PdfRenderFn load_renderer(char *why, size_t len)
{
    static PdfRenderFn render;
    if (!render)
        render = (PdfRenderFn)(uintptr_t)plugin_symbol(PLUGIN_NAME, "RASTRO_PDF_PLUGIN",
                                                       PDF_RENDER_SYMBOL, "PDF renderer", why, len);
    return render;
}

typedef struct {
    FILE *f;
    int err; /* errno of the first failed write */
} Sink;

static bool sink_write(void *ctx, const unsigned char *data, size_t len)
{
    Sink *s = ctx;
    if (fwrite(data, 1, len, s->f) == len)
        return true;
    if (!s->err)
        s->err = errno ? errno : EIO;
    return false;
}

bool pdf_write(FILE *f, const PdfPage *page, char *err, size_t errlen)
{
    char why[512] = "";
    Sink sink = {f, 0};
    PdfRenderFn render = load_renderer(why, sizeof why);
    bool ok = render && render(page, sink_write, &sink, why, sizeof why);
    /* The sink's own record first: a renderer may finish without seeing that a write failed. */
    if (sink.err)
        snprintf(why, sizeof why, "%s", strerror(sink.err));
    if (!ok || sink.err)
        snprintf(err, errlen, "%s", why[0] ? why : "unknown error");
    return ok && !sink.err;
}
