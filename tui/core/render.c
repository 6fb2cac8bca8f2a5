/* Pictures into terminal cells or sixels through the picture converter (a helper program around
 * libchafa), and the fitting of a picture into a box of cells. */
#include "render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helper.h"
#include "wire.h"

static const char *const mode_names[RENDER_MODE_COUNT] = {
    [RENDER_NONE] = "none", [RENDER_ASCII] = "ascii", [RENDER_8] = "8",
    [RENDER_16] = "16",     [RENDER_256] = "256",     [RENDER_SIXEL] = "sixel",
};

bool render_mode_parse(const char *s, RenderMode *out)
{
    for (int m = 0; m < RENDER_MODE_COUNT; m++) {
        if (strcmp(s, mode_names[m]) == 0) {
            *out = (RenderMode)m;
            return true;
        }
    }
    return false;
}

static Helper converter = HELPER_INIT("rastro-chafa", "RASTRO_CHAFA_HELPER", "picture converter");

/* The request for rq into req; false when it has no size or more pixels than a frame holds. */
static bool request_of(const RenderRequest *rq, StrBuf *req)
{
    if (rq->mode <= RENDER_NONE || rq->mode >= RENDER_MODE_COUNT || rq->cols < 1 || rq->rows < 1 ||
        rq->cols > 1000 || rq->rows > 1000 || !rq->rgba || rq->width < 1 || rq->height < 1 ||
        rq->stride < (size_t)rq->width * 4 ||
        (size_t)rq->width * 4 * rq->height > WIRE_FRAME_MAX - 64)
        return false;
    size_t row = (size_t)rq->width * 4;
    strbuf_reserve(req, 64 + row * rq->height);
    wire_put_u8(req, rq->mode);
    int sizes[] = {rq->cols, rq->rows, rq->cell_w, rq->cell_h};
    for (size_t i = 0; i < 4; i++)
        wire_put_u32(req, (uint32_t)(sizes[i] > 0 ? sizes[i] : 0));
    wire_put_u32(req, rq->width);
    wire_put_u32(req, rq->height);
    for (unsigned y = 0; y < rq->height; y++)
        strbuf_append(req, (const char *)rq->rgba + (size_t)y * rq->stride, row);
    return true;
}

/* The converter's answer for rq into out; false when it is not one. */
static bool answer_of(const RenderRequest *rq, const StrBuf *ans, Rendered *out)
{
    WireIn in;
    wire_in_init(&in, ans->s, ans->len);
    out->cols = (int)wire_get_u32(&in);
    out->rows = (int)wire_get_u32(&in);
    if (in.bad || out->cols != rq->cols || out->rows != rq->rows)
        return false;
    if (rq->mode == RENDER_SIXEL) {
        out->sixel_len = wire_get_count(&in, 1);
        const unsigned char *at = wire_get_bytes(&in, out->sixel_len);
        if (!at)
            return false;
        out->sixel = xmalloc(out->sixel_len + 1);
        memcpy(out->sixel, at, out->sixel_len);
        out->sixel[out->sixel_len] = '\0';
        return true;
    }
    size_t n = (size_t)out->cols * (size_t)out->rows;
    const unsigned char *at = wire_get_bytes(&in, n * sizeof *out->cells);
    if (!at)
        return false;
    out->cells = xmalloc(n * sizeof *out->cells);
    memcpy(out->cells, at, n * sizeof *out->cells);
    /* Only characters a terminal draws as themselves, and colours of the palette. */
    for (size_t i = 0; i < n; i++) {
        RenderCell *c = &out->cells[i];
        if (c->ch < 0x20 || (c->ch >= 0x7f && c->ch < 0xa0) || c->ch > 0x10ffff)
            c->ch = ' ';
        if (c->fg < -1 || c->fg > 255)
            c->fg = -1;
        if (c->bg < -1 || c->bg > 255)
            c->bg = -1;
    }
    return true;
}

bool render_picture(const RenderRequest *rq, Rendered *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    StrBuf buf;
    strbuf_init(&buf);
    bool ok = false;
    if (!request_of(rq, &buf)) {
        snprintf(err, errlen, "nothing to draw (%dx%d cells, %ux%u pixels)", rq->cols, rq->rows,
                 rq->width, rq->height);
        goto done;
    }
    if (!helper_request(&converter, RENDER_REQUEST, &buf, err, errlen))
        goto done;
    char kind = helper_answer(&converter, &buf, err, errlen);
    if (kind == RENDER_ANSWER_DONE && answer_of(rq, &buf, out)) {
        ok = true;
    } else if (kind == RENDER_ANSWER_ERROR) {
        snprintf(err, errlen, "%s", buf.len ? buf.s : "unknown error");
    } else if (kind) {
        snprintf(err, errlen, "the picture converter gave a malformed answer");
        helper_stop(&converter);
    }
done:
    strbuf_done(&buf);
    if (!ok)
        rendered_done(out);
    return ok;
}

void rendered_done(Rendered *r)
{
    free(r->cells);
    free(r->sixel);
    memset(r, 0, sizeof *r);
}

/* SGR for a colour index: 30-37/90-97 (40-47/100-107) where that is all the mode has. */
static void put_colour(StrBuf *out, int index, bool bg, RenderMode mode)
{
    if (index < 0)
        strbuf_printf(out, "\033[%dm", bg ? 49 : 39);
    else if (mode == RENDER_256)
        strbuf_printf(out, "\033[%d;5;%dm", bg ? 48 : 38, index);
    else
        strbuf_printf(out, "\033[%dm", (bg ? 40 : 30) + (index & 7) + (index & 8 ? 60 : 0));
}

void render_to_text(const Rendered *r, RenderMode mode, StrBuf *out)
{
    if (mode == RENDER_SIXEL) {
        if (r->sixel)
            strbuf_append(out, r->sixel, r->sixel_len);
        return;
    }
    for (int y = 0; r->cells && y < r->rows; y++) {
        int fg = -2, bg = -2;
        for (int x = 0; x < r->cols; x++) {
            const RenderCell *c = &r->cells[(size_t)y * (size_t)r->cols + (size_t)x];
            if (mode != RENDER_ASCII && c->fg != fg) {
                put_colour(out, c->fg, false, mode);
                fg = c->fg;
            }
            if (mode != RENDER_ASCII && c->bg != bg) {
                put_colour(out, c->bg, true, mode);
                bg = c->bg;
            }
            char u[8];
            int n = utf8_encode(mode == RENDER_ASCII && c->ch > 0x7e ? '?' : (long)c->ch, u);
            strbuf_append(out, u, (size_t)(n > 0 ? n : 0));
        }
        strbuf_puts(out, mode == RENDER_ASCII ? "\n" : "\033[0m\n");
    }
}

void render_fit(unsigned w, unsigned h, int max_cols, int max_rows, int cell_w, int cell_h,
                int *out_cols, int *out_rows)
{
    if (max_cols < 1)
        max_cols = 1;
    if (max_rows < 1)
        max_rows = 1;
    if (cell_w < 1 || cell_h < 1) {
        cell_w = 1;
        cell_h = 2;
    }
    if (!w || !h) {
        *out_cols = max_cols;
        *out_rows = max_rows;
        return;
    }
    /* Rows the picture needs at full width, in cells of cell_w x cell_h. */
    double rows = (double)max_cols * cell_w * h / ((double)w * cell_h);
    int cols = max_cols;
    if (rows > max_rows) {
        rows = max_rows;
        cols = (int)((double)max_rows * cell_h * w / ((double)h * cell_w) + 0.5);
    }
    int r = (int)(rows + 0.5);
    *out_cols = cols < 1 ? 1 : cols > max_cols ? max_cols : cols;
    *out_rows = r < 1 ? 1 : r > max_rows ? max_rows : r;
}
