/* PDF pages, documents and PNG pictures of pages written through the renderer, a helper program
 * (rastro-pdf) started the first time one is written (see helper.h). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "helper.h"
#include "pdf.h"

static Helper renderer = HELPER_INIT("rastro-pdf", "RASTRO_PDF_HELPER", "PDF renderer");

/* Sends the request in req, then writes the bytes of the answer to f until its end: true when
 * the renderer finished and every byte was written. A failed write does not stop the reading:
 * the answer is read to its end so that the next request starts clean. The first failed write's
 * reason is the one given. */
static bool render(char kind, const StrBuf *req, FILE *f, int *pages, char *err, size_t errlen)
{
    char why[512] = "";
    int write_errno = 0;
    bool done = false;
    StrBuf ans;
    strbuf_init(&ans);
    if (!helper_request(&renderer, kind, req, why, sizeof why))
        goto out;
    for (;;) {
        char got = helper_answer(&renderer, &ans, why, sizeof why);
        if (got == PDF_ANSWER_DATA) {
            if (!write_errno && fwrite(ans.s, 1, ans.len, f) != ans.len)
                write_errno = errno ? errno : EIO;
            continue;
        }
        if (got == PDF_ANSWER_DONE) {
            WireIn in;
            wire_in_init(&in, ans.s, ans.len);
            uint32_t n = wire_get_u32(&in);
            if (pages)
                *pages = (int)n;
            done = !in.bad;
            if (!done)
                snprintf(why, sizeof why, "the PDF renderer gave a malformed answer");
        } else if (got == PDF_ANSWER_ERROR) {
            snprintf(why, sizeof why, "%s", ans.len ? ans.s : "unknown error");
        } else if (got) {
            snprintf(why, sizeof why, "the PDF renderer gave a malformed answer");
            helper_stop(&renderer);
        }
        break;
    }
out:
    strbuf_done(&ans);
    if (write_errno)
        snprintf(why, sizeof why, "%s", strerror(write_errno));
    if (!done || write_errno)
        snprintf(err, errlen, "%s", why[0] ? why : "unknown error");
    return done && !write_errno;
}

bool pdf_write(FILE *f, const PdfPage *page, char *err, size_t errlen)
{
    StrBuf req;
    strbuf_init(&req);
    pdf_wire_page(&req, page);
    bool ok = render(PDF_REQUEST_PAGE, &req, f, NULL, err, errlen);
    strbuf_done(&req);
    return ok;
}

bool pdf_write_png(FILE *f, const PdfPage *page, double scale, char *err, size_t errlen)
{
    StrBuf req;
    strbuf_init(&req);
    wire_put_f64(&req, scale);
    pdf_wire_page(&req, page);
    bool ok = render(PDF_REQUEST_PNG, &req, f, NULL, err, errlen);
    strbuf_done(&req);
    return ok;
}

bool pdf_write_doc(FILE *f, const PdfDoc *d, int *pages, char *err, size_t errlen)
{
    StrBuf req;
    strbuf_init(&req);
    pdf_wire_doc(&req, d);
    bool ok = render(PDF_REQUEST_DOC, &req, f, pages, err, errlen);
    strbuf_done(&req);
    return ok;
}
