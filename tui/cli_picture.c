/* `rastro picture FILE`: a PNG decoded and converted as the shell would draw it, printed on
 * standard output, so that an author can see a picture at a given size and mode without a lesson
 * around it (and so that the conversion can be timed beside other tools). With --grid, the grid
 * of a locate question over it, each cell named as trainees answer, and each cell's rectangle in
 * the picture's pixels, so that an author chooses a question's regions by looking at it. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/model.h"
#include "core/picture.h"
#include "core/render.h"

/* Columns left of the picture for the row numbers, and rows above it for the column letters. */
#define GRID_LEFT 3
#define GRID_TOP 1
/* Sixel cells are taken as 10x20 pixels, a common terminal font. */
#define SIXEL_CELL_W 10
#define SIXEL_CELL_H 20

/* "COLSxROWS" with each from lo to hi into *a and *b. */
static bool parse_dims(const char *s, long lo, long hi, int *a, int *b)
{
    char *x = NULL, *end = NULL;
    long av = strtol(s, &x, 10), bv = 0;
    if (x == s || *x != 'x')
        return false;
    bv = strtol(x + 1, &end, 10);
    if (end == x + 1 || *end || av < lo || bv < lo || av > hi || bv > hi)
        return false;
    *a = (int)av;
    *b = (int)bv;
    return true;
}

/* Where grid line k (0 to n) falls across size pixels, rounded down to a whole pixel. */
static unsigned grid_at(unsigned k, unsigned n, unsigned size)
{
    return (unsigned)((unsigned long long)k * size / n);
}

static int digits(unsigned v)
{
    int n = 1;
    while (v >= 10)
        v /= 10, n++;
    return n;
}

/* Each cell of a cols x rows grid over a w x h picture as a region a locate question takes,
 * named as trainees answer it: lines to copy into regions = { ... }. */
static void print_cells(StrBuf *out, const char *file, unsigned w, unsigned h, unsigned cols,
                        unsigned rows)
{
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
    strbuf_printf(out, "-- %s (%ux%u pixels) with grid = { %u, %u }: each cell as a region\n",
                  base, w, h, cols, rows);
    int dx = digits(w), dy = digits(h), dw = digits(w / cols + 1), dh = digits(h / rows + 1);
    for (unsigned r = 0; r < rows; r++)
        for (unsigned c = 0; c < cols; c++) {
            unsigned x0 = grid_at(c, cols, w), x1 = grid_at(c + 1, cols, w);
            unsigned y0 = grid_at(r, rows, h), y1 = grid_at(r + 1, rows, h);
            char name[8];
            locate_cell_name(c, r, name, sizeof name);
            strbuf_printf(out, "{ x = %*u, y = %*u, w = %*u, h = %*u }, -- %s\n", dx, x0, dy, y0,
                          dw, x1 - x0, dh, y1 - y0, name);
        }
}

/* Rough brightness (0 to 255) of a palette colour as terminals show it; the default colour
 * (-1) is taken as a dark background. */
static int palette_luma(int index)
{
    static const unsigned char basic[16][3] = {
        {0, 0, 0},     {128, 0, 0},   {0, 128, 0},   {128, 128, 0},   {0, 0, 128},   {128, 0, 128},
        {0, 128, 128}, {192, 192, 192}, {128, 128, 128}, {255, 0, 0}, {0, 255, 0},   {255, 255, 0},
        {0, 0, 255},   {255, 0, 255}, {0, 255, 255}, {255, 255, 255}};
    static const unsigned char level[6] = {0, 95, 135, 175, 215, 255};
    int r, g, b;
    if (index < 0) {
        r = g = b = 0;
    } else if (index < 16) {
        r = basic[index][0], g = basic[index][1], b = basic[index][2];
    } else if (index < 232) {
        r = level[(index - 16) / 36], g = level[(index - 16) / 6 % 6], b = level[(index - 16) % 6];
    } else {
        r = g = b = 8 + 10 * (index - 232);
    }
    return (299 * r + 587 * g + 114 * b) / 1000;
}

/* r (cols x rows cells) with the grid drawn in, and its names around it: in out, GRID_LEFT
 * columns wider and GRID_TOP rows taller. A line between cells is drawn in the column or row of
 * cells where it falls, black or white to stand out from the picture there; each cell's name is
 * written in its top left corner, black on white, where it fits; the column letters are above
 * and the row numbers beside, as a locate question shows them. */
static void draw_grid_cells(const Rendered *r, RenderMode mode, unsigned cols, unsigned rows,
                            Rendered *out)
{
    bool ascii = mode == RENDER_ASCII;
    int w = r->cols + GRID_LEFT, h = r->rows + GRID_TOP;
    *out = (Rendered){.cols = w, .rows = h, .cells = xcalloc((size_t)w * (size_t)h,
                                                             sizeof *out->cells)};
    for (int i = 0; i < w * h; i++)
        out->cells[i] = (RenderCell){' ', -1, -1};
    bool *vline = xcalloc((size_t)r->cols, sizeof *vline);
    bool *hline = xcalloc((size_t)r->rows, sizeof *hline);
    for (unsigned c = 1; c < cols; c++)
        vline[grid_at(c, cols, (unsigned)r->cols)] = true;
    for (unsigned g = 1; g < rows; g++)
        hline[grid_at(g, rows, (unsigned)r->rows)] = true;
    for (int y = 0; y < r->rows; y++)
        for (int x = 0; x < r->cols; x++) {
            RenderCell c = r->cells[(size_t)y * (size_t)r->cols + (size_t)x];
            if (vline[x] || hline[y]) {
                c.ch = vline[x] && hline[y] ? (ascii ? '+' : 0x253C)
                       : vline[x]           ? (ascii ? '|' : 0x2502)
                                            : (ascii ? '-' : 0x2500);
                c.fg = palette_luma(c.bg) > 128 ? 0 : 15;
            }
            out->cells[(size_t)(y + GRID_TOP) * (size_t)w + (size_t)(x + GRID_LEFT)] = c;
        }
    /* Names: in each cell, past the lines at its top and left, when the cell has room. */
    for (unsigned g = 0; g < rows; g++)
        for (unsigned c = 0; c < cols; c++) {
            char name[8];
            locate_cell_name(c, g, name, sizeof name);
            int x0 = (int)grid_at(c, cols, (unsigned)r->cols) + (c > 0);
            int x1 = (int)grid_at(c + 1, cols, (unsigned)r->cols);
            int y0 = (int)grid_at(g, rows, (unsigned)r->rows) + (g > 0);
            int y1 = (int)grid_at(g + 1, rows, (unsigned)r->rows);
            int n = (int)strlen(name);
            if (x1 - x0 < n + 1 || y1 <= y0)
                continue;
            for (int k = 0; k < n; k++)
                out->cells[(size_t)(y0 + GRID_TOP) * (size_t)w + (size_t)(x0 + GRID_LEFT + k)] =
                    (RenderCell){(unsigned char)name[k], ascii ? -1 : 0, ascii ? -1 : 15};
        }
    /* Letters over the middle of each column, numbers beside the middle of each row. */
    for (unsigned c = 0; c < cols; c++) {
        int mid = (int)((2 * c + 1) * (unsigned)r->cols / (2 * cols));
        out->cells[GRID_LEFT + mid].ch = 'A' + c % 26;
    }
    for (unsigned g = 0; g < rows; g++) {
        int mid = (int)((2 * g + 1) * (unsigned)r->rows / (2 * rows));
        char num[16];
        snprintf(num, sizeof num, "%2u", g + 1);
        for (int k = 0; k < 2; k++)
            out->cells[(size_t)(mid + GRID_TOP) * (size_t)w + (size_t)k].ch = (unsigned char)num[k];
    }
    free(vline);
    free(hline);
}

/* Blends colour (r, g, b) over the pixels [x0, x1) x [y0, y1) of a w x h RGBA buffer, with
 * weight a (0 to 255). */
static void fill(unsigned char *px, unsigned w, unsigned h, double x0, double y0, double x1,
                 double y1, int r, int g, int b, int a)
{
    long xa = (long)(x0 < 0 ? 0 : x0), ya = (long)(y0 < 0 ? 0 : y0);
    long xb = (long)(x1 > w ? w : x1), yb = (long)(y1 > h ? h : y1);
    for (long y = ya; y < yb; y++)
        for (long x = xa; x < xb; x++) {
            unsigned char *p = px + ((size_t)y * w + (size_t)x) * 4;
            p[0] = (unsigned char)((p[0] * (255 - a) + r * a) / 255);
            p[1] = (unsigned char)((p[1] * (255 - a) + g * a) / 255);
            p[2] = (unsigned char)((p[2] * (255 - a) + b * a) / 255);
            p[3] = 255;
        }
}

/* The letters and digits of cell names, 3 pixels wide and 5 high, a row of 3 bits per line. */
static unsigned glyph(char ch)
{
    static const unsigned short digits_[10] = {
        075557, 026227, 071747, 071717, 055711, 074717, 074757, 071111, 075757, 075717};
    static const unsigned short letters[12] = {
        025755, 065656, 034443, 065556, 074647, 074644, 034553, 055755, 072227, 011152,
        055655, 044447};
    if (ch >= '0' && ch <= '9')
        return digits_[ch - '0'];
    if (ch >= 'A' && ch <= 'L')
        return letters[ch - 'A'];
    return 0;
}

/* For sixel, which shows pixels: the grid drawn into a copy of the picture (caller frees), its
 * lines about line pixels thick and each cell's name in its top left corner, black on white,
 * in a pixel font of dot x dot pixels. NULL when out of memory. */
static unsigned char *draw_grid_pixels(const Picture *pic, unsigned cols, unsigned rows,
                                       double line, double dot)
{
    unsigned w = pic->width, h = pic->height;
    unsigned char *px = malloc((size_t)w * h * 4);
    if (!px)
        return NULL;
    memcpy(px, pic->rgba, (size_t)w * h * 4);
    for (unsigned c = 1; c < cols; c++) {
        double x = (double)grid_at(c, cols, w);
        fill(px, w, h, x - line, 0, x + line, h, 255, 255, 255, 200);
        fill(px, w, h, x - line / 2, 0, x + line / 2, h, 0, 0, 0, 255);
    }
    for (unsigned r = 1; r < rows; r++) {
        double y = (double)grid_at(r, rows, h);
        fill(px, w, h, 0, y - line, w, y + line, 255, 255, 255, 200);
        fill(px, w, h, 0, y - line / 2, w, y + line / 2, 0, 0, 0, 255);
    }
    for (unsigned r = 0; r < rows; r++)
        for (unsigned c = 0; c < cols; c++) {
            char name[8];
            locate_cell_name(c, r, name, sizeof name);
            size_t n = strlen(name);
            double x0 = grid_at(c, cols, w) + line, y0 = grid_at(r, rows, h) + line;
            fill(px, w, h, x0, y0, x0 + dot * (4.0 * (double)n + 1), y0 + dot * 7, 255, 255, 255,
                 255);
            for (size_t k = 0; k < n; k++)
                for (int gy = 0; gy < 5; gy++)
                    for (int gx = 0; gx < 3; gx++)
                        if (glyph(name[k]) >> ((4 - gy) * 3 + (2 - gx)) & 1) {
                            double x = x0 + dot * (1.0 + 4.0 * (double)k + gx), y = y0 + dot * (1 + gy);
                            fill(px, w, h, x, y, x + dot, y + dot, 0, 0, 0, 255);
                        }
        }
    return px;
}

int cli_picture(App *app, int argc, char **argv)
{
    (void)app;
    static const struct option opts[] = {
        {"size", required_argument, NULL, 's'},
        {"mode", required_argument, NULL, 'm'},
        {"grid", required_argument, NULL, 'g'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    static const char usage[] =
        "usage: rastro picture FILE.png [--size COLSxROWS] [--mode 256|16|8|ascii|sixel]\n"
        "                               [--grid COLSxROWS]\n";
    int cols = 80, rows = 24, grid_cols = 0, grid_rows = 0, c;
    RenderMode mode = RENDER_256;
    optind = 0; /* a full restart of getopt: options may follow the file */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case 's':
            if (!parse_dims(optarg, 1, 1000, &cols, &rows)) {
                fprintf(stderr, "rastro picture: --size takes COLSxROWS, e.g. 80x24 (1 to 1000 "
                                "each), not '%s'\n", cli_shown(optarg));
                return 2;
            }
            break;
        case 'm':
            if (!render_mode_parse(optarg, &mode) || mode == RENDER_NONE) {
                fprintf(stderr, "rastro picture: --mode is 256, 16, 8, ascii or sixel, not '%s'\n",
                        cli_shown(optarg));
                return 2;
            }
            break;
        case 'g':
            if (!parse_dims(optarg, 2, LOCATE_MAX_GRID, &grid_cols, &grid_rows)) {
                fprintf(stderr, "rastro picture: --grid takes COLSxROWS as a locate question's "
                                "grid = { columns, rows }, e.g. 8x6 (2 to %d each), not '%s'\n",
                        LOCATE_MAX_GRID, cli_shown(optarg));
                return 2;
            }
            break;
        case 'h': fputs(usage, stdout); return 0;
        default: fputs(usage, stderr); return 2;
        }
    }
    if (optind + 1 != argc) {
        fputs(usage, stderr);
        return 2;
    }
    const char *file = argv[optind];
    bool grid = grid_cols > 0;
    if (grid && mode != RENDER_SIXEL && (cols <= GRID_LEFT + 1 || rows <= GRID_TOP + 1)) {
        fprintf(stderr, "rastro picture: --size %dx%d leaves no room for the grid's names\n", cols,
                rows);
        return 2;
    }
    char err[512];
    Picture pic;
    if (!picture_load_file(file, &pic, err, sizeof err)) {
        fprintf(stderr, "rastro picture: %s: %s\n", cli_shown(file), cli_shown(err));
        return 1;
    }
    bool sixel = mode == RENDER_SIXEL;
    int cell_w = sixel ? SIXEL_CELL_W : 1, cell_h = sixel ? SIXEL_CELL_H : 2;
    int fc, fr;
    /* Cells drawn as text keep room for the grid's letters and numbers around the picture. */
    int room_c = grid && !sixel ? cols - GRID_LEFT : cols, room_r = grid && !sixel ? rows - GRID_TOP : rows;
    render_fit(pic.width, pic.height, room_c, room_r, cell_w, cell_h, &fc, &fr);
    unsigned char *own = NULL;
    if (grid && sixel) {
        double per = (double)pic.width / (fc * SIXEL_CELL_W); /* picture pixels per screen pixel */
        own = draw_grid_pixels(&pic, (unsigned)grid_cols, (unsigned)grid_rows,
                               per < 0.67 ? 1 : 1.5 * per, per < 0.5 ? 1 : 2 * per);
        if (!own) {
            fprintf(stderr, "rastro picture: out of memory\n");
            picture_done(&pic);
            return 1;
        }
    }
    RenderRequest rq = {.mode = mode, .cols = fc, .rows = fr, .cell_w = SIXEL_CELL_W,
                        .cell_h = SIXEL_CELL_H, .rgba = own ? own : pic.rgba, .width = pic.width,
                        .height = pic.height, .stride = (size_t)pic.width * 4};
    Rendered r;
    int rc = 0;
    if (!render_picture(&rq, &r, err, sizeof err)) {
        fprintf(stderr, "rastro picture: %s\n", cli_shown(err));
        rc = 1;
    } else {
        StrBuf out;
        strbuf_init(&out);
        /* The cells first, then the picture, which stays in view in the terminal. */
        if (grid) {
            print_cells(&out, file, pic.width, pic.height, (unsigned)grid_cols, (unsigned)grid_rows);
            strbuf_puts(&out, "\n");
        }
        if (grid && !sixel) {
            Rendered framed;
            draw_grid_cells(&r, mode, (unsigned)grid_cols, (unsigned)grid_rows, &framed);
            render_to_text(&framed, mode, &out);
            rendered_done(&framed);
        } else {
            render_to_text(&r, mode, &out);
        }
        if (sixel)
            strbuf_puts(&out, "\n");
        if (fwrite(out.s, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
            fprintf(stderr, "rastro picture: cannot write to standard output: %s\n",
                    strerror(errno));
            rc = 1;
        }
        strbuf_done(&out);
        rendered_done(&r);
    }
    free(own);
    picture_done(&pic);
    return rc;
}
