/* Pictures turned into what a terminal shows: a grid of character cells (Unicode block symbols
 * in 256, 16 or 8 colours, or ASCII shapes without colour) or sixel graphics. The conversion is
 * libchafa's, in the helper program rastro-chafa (see helper.h), started on the first picture
 * drawn and kept, so that rastro itself never links chafa and glib. No curses here: the shell
 * places the cells. */
#ifndef RASTRO_RENDER_H
#define RASTRO_RENDER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef enum {
    RENDER_NONE,  /* not drawn: the shell shows a captioned placeholder with the alt text */
    RENDER_ASCII, /* ASCII characters shaped like the picture, terminal colours only */
    RENDER_8,     /* block symbols in the 8 basic colours */
    RENDER_16,    /* block symbols in 16 colours */
    RENDER_256,   /* block symbols in 256 colours */
    RENDER_SIXEL, /* sixel graphics */
    RENDER_MODE_COUNT
} RenderMode;

/* The mode named s: "none", "ascii", "8", "16", "256" or "sixel"; false for any other name. */
bool render_mode_parse(const char *s, RenderMode *out);

/* One cell: a character (a code point) in colour fg on bg, palette indices, -1 for the
 * terminal's default colour. */
typedef struct {
    uint32_t ch;
    int16_t fg, bg;
} RenderCell;

typedef struct {
    RenderMode mode;
    int cols, rows;        /* the box, in cells: the picture is stretched to fill it */
    int cell_w, cell_h;    /* a cell's size in pixels (sixel) */
    const unsigned char *rgba; /* 8-bit RGBA, straight alpha, rows top to bottom */
    unsigned width, height;    /* pixels used from rgba */
    size_t stride;             /* bytes from one row of rgba to the next */
} RenderRequest;

typedef struct {
    RenderCell *cells; /* cols * rows, row by row (every mode but sixel); malloc'd */
    char *sixel;       /* RENDER_SIXEL: the whole DCS ... ST sequence; malloc'd */
    size_t sixel_len;
    int cols, rows;
} Rendered;

/* Converts rq into out. False with why in err: the converter cannot be started or stopped, a box
 * or picture of no size, out of memory. out is empty then. */
bool render_picture(const RenderRequest *rq, Rendered *out, char *err, size_t errlen);
void rendered_done(Rendered *r);

/* The cells of r as text for a terminal, appended to out: 256/16/8-colour SGR sequences (the
 * attributes reset at each line's end), UTF-8 symbols (ASCII mode: plain characters), one line
 * per row; or r's sixel sequence. For `rastro picture` and tests; the shell places cells itself. */
void render_to_text(const Rendered *r, RenderMode mode, StrBuf *out);

/* The largest box of at most max_cols x max_rows cells (cells cell_w x cell_h pixels) that
 * shows a w x h picture with its shape kept: out_cols x out_rows, each at least 1. */
void render_fit(unsigned w, unsigned h, int max_cols, int max_rows, int cell_w, int cell_h,
                int *out_cols, int *out_rows);

/* The converter's wire (wire.h): a request of kind RENDER_REQUEST is the mode (u8), cols, rows,
 * cell_w, cell_h, width and height (u32 each), then the pixels, width x 4 bytes a row, rows top to
 * bottom. The answer is RENDER_ANSWER_DONE: cols and rows (u32), then for sixel the sequence's
 * length (u32) and bytes, else cols x rows RenderCells as they lie in memory; or
 * RENDER_ANSWER_ERROR with why. */
#define RENDER_REQUEST 'R'
#define RENDER_ANSWER_DONE 'k'
#define RENDER_ANSWER_ERROR 'e'

#endif
