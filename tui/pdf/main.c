/* The PDF renderer's program (rastro-pdf), which rastro starts the first time it writes a PDF or
 * a chart's PNG (see tui/core/helper.h): it reads requests on its standard input, a page or a
 * document each (tui/core/pdf_wire.c), draws them with render.c and flow.c, and answers on its
 * standard output with the bytes to write and then the outcome. It ends when its input does. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "draw.h"

/* Bytes gathered before they go to rastro in one frame: cairo hands them over in small pieces. */
#define CHUNK (64 * 1024)

typedef struct {
    StrBuf buf;
    bool lost; /* rastro is gone: nothing more can be sent */
} Out;

static bool flush(Out *o)
{
    if (o->buf.len && !o->lost)
        o->lost = !wire_frame_send(STDOUT_FILENO, PDF_ANSWER_DATA, o->buf.s, o->buf.len);
    strbuf_clear(&o->buf);
    return !o->lost;
}

static bool out_write(void *ctx, const unsigned char *data, size_t len)
{
    Out *o = ctx;
    strbuf_append(&o->buf, (const char *)data, len);
    return o->buf.len < CHUNK || flush(o);
}

/* Draws the request of kind in req; false when rastro can no longer be answered. */
static bool serve(char kind, const StrBuf *req, Out *o)
{
    char err[512] = "";
    int pages = 1;
    bool ok = false;
    WireIn in;
    wire_in_init(&in, req->s, req->len);
    if (kind == PDF_REQUEST_DOC) {
        PdfDoc d;
        if (pdf_unwire_doc(&in, &d))
            ok = rastro_pdf_render_doc(&d, &pages, out_write, o, err, sizeof err);
        else
            snprintf(err, sizeof err, "the document reached the renderer damaged");
        pdf_doc_done(&d);
    } else if (kind == PDF_REQUEST_PAGE || kind == PDF_REQUEST_PNG) {
        double scale = kind == PDF_REQUEST_PNG ? wire_get_f64(&in) : 1;
        PdfPage page;
        if (!pdf_unwire_page(&in, &page) || !(scale > 0 && scale <= 64))
            snprintf(err, sizeof err, "the page reached the renderer damaged");
        else if (kind == PDF_REQUEST_PNG)
            ok = rastro_png_render(&page, scale, out_write, o, err, sizeof err);
        else
            ok = rastro_pdf_render(&page, out_write, o, err, sizeof err);
        pdf_page_done(&page);
    } else {
        snprintf(err, sizeof err, "the renderer has no request of kind %d", kind);
    }
    if (!flush(o))
        return false;
    if (!ok)
        return wire_frame_send(STDOUT_FILENO, PDF_ANSWER_ERROR, err, strlen(err));
    StrBuf done;
    strbuf_init(&done);
    wire_put_u32(&done, (uint32_t)pages);
    bool sent = wire_frame_send(STDOUT_FILENO, PDF_ANSWER_DONE, done.s, done.len);
    strbuf_done(&done);
    return sent;
}

int main(void)
{
    StrBuf req;
    Out o = {.lost = false};
    strbuf_init(&req);
    strbuf_init(&o.buf);
    char kind;
    while ((kind = wire_frame_recv(STDIN_FILENO, &req)) && serve(kind, &req, &o))
        ;
    strbuf_done(&req);
    strbuf_done(&o.buf);
    return 0;
}
