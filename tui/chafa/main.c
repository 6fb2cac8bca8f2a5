/* The picture converter's program (rastro-chafa), which rastro starts on the first picture it
 * draws and keeps (see tui/core/helper.h): it reads requests on its standard input (the wire is
 * in render.h), converts each with convert.c and answers on its standard output. It ends when
 * its input does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/wire.h"
#include "convert.h"

/* Converts the request in req and puts the answer's kind and payload in ans. */
static char serve(const StrBuf *req, StrBuf *ans)
{
    WireIn in;
    RenderRequest rq = {0};
    wire_in_init(&in, req->s, req->len);
    unsigned mode = wire_get_u8(&in);
    rq.mode = mode < RENDER_MODE_COUNT ? (RenderMode)mode : RENDER_NONE;
    int *sizes[] = {&rq.cols, &rq.rows, &rq.cell_w, &rq.cell_h};
    for (size_t i = 0; i < 4; i++) {
        uint32_t v = wire_get_u32(&in);
        *sizes[i] = v > 100000 ? 0 : (int)v;
    }
    rq.width = wire_get_u32(&in);
    rq.height = wire_get_u32(&in);
    rq.stride = (size_t)rq.width * 4;
    if (!in.bad && rq.height && rq.stride <= in.left / rq.height)
        rq.rgba = wire_get_bytes(&in, rq.stride * rq.height);
    strbuf_clear(ans);
    Rendered r;
    char err[256] = "";
    if (in.bad || !rq.rgba) {
        strbuf_puts(ans, "the picture reached the converter damaged");
        return RENDER_ANSWER_ERROR;
    }
    if (!convert_picture(&rq, &r, err, sizeof err)) {
        strbuf_puts(ans, err);
        return RENDER_ANSWER_ERROR;
    }
    wire_put_u32(ans, (uint32_t)r.cols);
    wire_put_u32(ans, (uint32_t)r.rows);
    if (rq.mode == RENDER_SIXEL) {
        wire_put_u32(ans, (uint32_t)r.sixel_len);
        strbuf_append(ans, r.sixel, r.sixel_len);
    } else {
        strbuf_append(ans, (const char *)r.cells,
                      (size_t)r.cols * (size_t)r.rows * sizeof *r.cells);
    }
    free(r.cells);
    free(r.sixel);
    return RENDER_ANSWER_DONE;
}

int main(void)
{
    StrBuf req, ans;
    strbuf_init(&req);
    strbuf_init(&ans);
    while (wire_frame_recv(STDIN_FILENO, &req) == RENDER_REQUEST) {
        char kind = serve(&req, &ans);
        if (!wire_frame_send(STDOUT_FILENO, kind, ans.s, ans.len))
            break;
    }
    strbuf_done(&req);
    strbuf_done(&ans);
    return 0;
}
