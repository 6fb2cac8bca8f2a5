/* The picture converter (rastro-chafa): libchafa turns RGBA pixels into terminal cells or sixel
 * graphics for render.h. Only this program links chafa; rastro starts it on the first picture it
 * draws. */
#include "convert.h"

#include <chafa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static const ChafaCanvasMode canvas_modes[RENDER_MODE_COUNT] = {
    [RENDER_ASCII] = CHAFA_CANVAS_MODE_FGBG,
    [RENDER_8] = CHAFA_CANVAS_MODE_INDEXED_8,
    [RENDER_16] = CHAFA_CANVAS_MODE_INDEXED_16,
    [RENDER_256] = CHAFA_CANVAS_MODE_INDEXED_240,
    [RENDER_SIXEL] = CHAFA_CANVAS_MODE_TRUECOLOR,
};

/* Whether most of the picture is light (transparent parts count as light paper), from a sample
 * of at most 64x64 pixels. */
static bool mostly_light(const RenderRequest *rq)
{
    unsigned step_x = rq->width / 64 + 1, step_y = rq->height / 64 + 1;
    unsigned long light = 0, all = 0;
    for (unsigned y = 0; y < rq->height; y += step_y) {
        const unsigned char *row = rq->rgba + (size_t)y * rq->stride;
        for (unsigned x = 0; x < rq->width; x += step_x) {
            const unsigned char *p = row + (size_t)x * 4;
            unsigned luma = (299u * p[0] + 587u * p[1] + 114u * p[2]) / 1000u;
            light += p[3] < 128 || luma >= 128;
            all++;
        }
    }
    return light * 2 >= all;
}

/* The cells of a symbol canvas into out->cells. */
static bool take_cells(ChafaCanvas *canvas, const RenderRequest *rq, Rendered *out)
{
    out->cells = malloc((size_t)rq->cols * (size_t)rq->rows * sizeof *out->cells);
    if (!out->cells)
        return false;
    for (int y = 0; y < rq->rows; y++) {
        for (int x = 0; x < rq->cols; x++) {
            RenderCell *c = &out->cells[(size_t)y * (size_t)rq->cols + (size_t)x];
            gint fg = -1, bg = -1;
            c->ch = chafa_canvas_get_char_at(canvas, x, y);
            if (rq->mode != RENDER_ASCII)
                chafa_canvas_get_raw_colors_at(canvas, x, y, &fg, &bg);
            /* Transparent is the terminal's own colour; so is anything out of the palette. */
            c->fg = (int16_t)(fg >= 0 && fg < 256 ? fg : -1);
            c->bg = (int16_t)(bg >= 0 && bg < 256 ? bg : -1);
            if (c->ch < 0x20 || (c->ch >= 0x7f && c->ch < 0xa0) || c->ch > 0x10ffff)
                c->ch = ' ';
        }
    }
    return true;
}

/* The sixel sequence of canvas into out->sixel. */
static bool take_sixel(ChafaCanvas *canvas, Rendered *out)
{
    ChafaTermInfo *ti = chafa_term_info_new();
    chafa_term_info_set_seq(ti, CHAFA_TERM_SEQ_BEGIN_SIXELS, "\033P%1;%2;%3q", NULL);
    chafa_term_info_set_seq(ti, CHAFA_TERM_SEQ_END_SIXELS, "\033\\", NULL);
    GString *gs = chafa_canvas_print(canvas, ti);
    chafa_term_info_unref(ti);
    if (!gs)
        return false;
    out->sixel = malloc(gs->len + 1);
    if (out->sixel) {
        memcpy(out->sixel, gs->str, gs->len + 1);
        out->sixel_len = gs->len;
    }
    g_string_free(gs, TRUE);
    return out->sixel != NULL;
}

bool convert_picture(const RenderRequest *rq, Rendered *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (rq->mode <= RENDER_NONE || rq->mode >= RENDER_MODE_COUNT || rq->cols < 1 || rq->rows < 1 ||
        rq->cols > 1000 || rq->rows > 1000 || !rq->rgba || rq->width < 1 || rq->height < 1 ||
        rq->stride < (size_t)rq->width * 4) {
        snprintf(err, errlen, "nothing to draw (%dx%d cells, %ux%u pixels)", rq->cols, rq->rows,
                 rq->width, rq->height);
        return false;
    }
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    ChafaSymbolMap *symbols = chafa_symbol_map_new();
    chafa_canvas_config_set_geometry(config, rq->cols, rq->rows);
    chafa_canvas_config_set_canvas_mode(config, canvas_modes[rq->mode]);
    if (rq->mode == RENDER_SIXEL) {
        chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SIXELS);
        chafa_canvas_config_set_cell_geometry(config, rq->cell_w > 0 ? rq->cell_w : 10,
                                              rq->cell_h > 0 ? rq->cell_h : 20);
    } else if (rq->mode == RENDER_ASCII) {
        chafa_symbol_map_add_by_tags(symbols, CHAFA_SYMBOL_TAG_ASCII);
        /* Characters are ink on the terminal's plain background: the ink is what stands out
         * from the picture's own dominant tone (dark lines on white paper; light on dark). */
        bool paper_light = mostly_light(rq);
        chafa_canvas_config_set_fg_color(config, paper_light ? 0x000000 : 0xffffff);
        chafa_canvas_config_set_bg_color(config, paper_light ? 0xffffff : 0x000000);
    } else {
        /* chafa's own choice for terminals: blocks, borders and space, none double width. */
        chafa_symbol_map_add_by_tags(symbols, CHAFA_SYMBOL_TAG_BLOCK | CHAFA_SYMBOL_TAG_BORDER |
                                                  CHAFA_SYMBOL_TAG_SPACE);
        chafa_symbol_map_remove_by_tags(symbols, CHAFA_SYMBOL_TAG_WIDE | CHAFA_SYMBOL_TAG_INVERTED);
    }
    chafa_canvas_config_set_symbol_map(config, symbols);
    ChafaCanvas *canvas = chafa_canvas_new(config);
    bool ok = canvas != NULL;
    if (ok) {
        chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, rq->rgba,
                                     (gint)rq->width, (gint)rq->height, (gint)rq->stride);
        ok = rq->mode == RENDER_SIXEL ? take_sixel(canvas, out) : take_cells(canvas, rq, out);
        chafa_canvas_unref(canvas);
    }
    chafa_symbol_map_unref(symbols);
    chafa_canvas_config_unref(config);
    if (!ok) {
        free(out->cells);
        memset(out, 0, sizeof *out);
        snprintf(err, errlen, "out of memory while converting the picture");
        return false;
    }
    out->cols = rq->cols;
    out->rows = rq->rows;
    return true;
}
