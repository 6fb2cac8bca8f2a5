/* Pictures on the screen: which way this terminal can show them (sixel graphics, block symbols
 * in 256/16/8 colours, ASCII shapes, or not at all), decoded pictures kept for reuse, and drawing
 * a picture, or part of it, into a box of cells. Block symbols and ASCII are ordinary curses
 * cells; sixel images are written to the terminal after each refresh over cells curses keeps
 * blank, and the screen is cleared whenever they move, so no stray pixels stay behind. */
#ifndef RASTRO_GFX_H
#define RASTRO_GFX_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/picture.h"
#include "../core/render.h"

/* Sets the mode pictures are drawn in for this run: *forced (the application's choice, App's
 * pictures), or when forced is NULL the terminal's, asked on first use. */
void gfx_set_mode(const RenderMode *forced);
/* The mode pictures are drawn in. Unless set, decided on first use: sixel when the terminal says
 * it has sixel graphics (its reply to a Device Attributes request), else block symbols in as many
 * colours as it has, else ASCII in monochrome or without UTF-8. */
RenderMode gfx_mode(void);
/* A cell's size in pixels (sixel), or 1 x 2 (its shape) in the other modes. */
void gfx_cell_size(int *w, int *h);

/* The picture at path, decoded once and kept (a few at a time). NULL with why in err. */
const Picture *gfx_picture(const char *path, char *err, size_t errlen);

/* The part of a picture shown, in its pixels (a zoomed view); NULL means all of it. */
typedef struct {
    double x, y, w, h;
} GfxView;

/* A grid over the picture (locate questions): cols x rows, the cursor's cell and whether it
 * shows. The caller draws the labels around the box. */
typedef struct {
    unsigned cols, rows;
    unsigned cur_col, cur_row;
    bool cursor;
} GfxGrid;

/* Draws the picture at path fitted to a box of cols x rows cells whose top-left cell is at
 * (y, x); only box rows [first, first + n) are drawn (the rest is scrolled away). False with why
 * in err when it cannot be drawn (the caller shows the alt text). */
bool gfx_draw(const char *path, int y, int x, int cols, int rows, int first, int n,
              const GfxView *view, const GfxGrid *grid, char *err, size_t errlen);

/* Drops every decoded picture and conversion kept (a preview reloaded: the files may have
 * changed; the shell closing). */
void gfx_forget(void);

/* Around each frame: begin before drawing; end refreshes the screen and writes the frame's
 * sixel images (clearing the screen first when the images moved). */
void gfx_frame_begin(void);
void gfx_frame_end(void);

#endif
