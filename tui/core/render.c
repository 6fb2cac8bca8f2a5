/* Pictures into terminal cells or sixels through the libchafa plugin, and the fitting of a
 * picture into a box of cells. */
#include "render.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugin.h"

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

bool render_picture(const RenderRequest *rq, Rendered *out, char *err, size_t errlen)
{
    static RenderFn convert;
    memset(out, 0, sizeof *out);
    if (!convert)
        convert = (RenderFn)(uintptr_t)plugin_symbol("rastro-chafa.so", "RASTRO_CHAFA_PLUGIN",
                                                     RENDER_PLUGIN_SYMBOL, "picture converter",
                                                     err, errlen);
    return convert && convert(rq, out, err, errlen);
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
