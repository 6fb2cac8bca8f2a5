/* Pictures on the screen: the terminal's picture mode (asked once, on the first picture), a small
 * cache of decoded pictures and of their conversions, drawing into curses cells, and the sixel
 * images written after each refresh. */
#define NCURSES_WIDECHAR 1
#include "gfx.h"

#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/wire.h"
#include "term.h"

/* What the terminal can show, found once (or set for the run by gfx_set_mode). */
static RenderMode mode;
static bool decided;
static int cell_w = 10, cell_h = 20; /* pixels, for sixel; 10 x 20 until the terminal says */

void gfx_set_mode(const RenderMode *forced)
{
    decided = forced != NULL;
    if (forced)
        mode = *forced;
}

/* ---- asking the terminal ---- */

/* Length of the terminal reply at s (CSI ... final byte), 0 when s does not start one or it is
 * not complete in n bytes. */
static size_t reply_len(const char *s, size_t n)
{
    if (n < 3 || s[0] != '\033' || s[1] != '[')
        return 0;
    for (size_t i = 2; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x40 && c <= 0x7e)
            return i + 1;
        if (c < 0x20 || c > 0x3f)
            return 0;
    }
    return 0;
}

/* Reads one reply: a Device Attributes answer "ESC [ ? 63 ; 4 ; ... c" (4: sixel graphics) or
 * a cell size "ESC [ 6 ; height ; width t". */
static void take_reply(const char *s, size_t n, bool *sixel, bool *done)
{
    if (s[n - 1] == 'c' && n > 3 && s[2] == '?') {
        *done = true;
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s", (int)(n - 4), s + 3);
        for (char *tok = strtok(buf, ";"); tok; tok = strtok(NULL, ";"))
            if (strcmp(tok, "4") == 0)
                *sixel = true;
    } else if (s[n - 1] == 't') {
        int h, w;
        if (sscanf(s, "\033[6;%d;%dt", &h, &w) == 2 && h >= 4 && h <= 200 && w >= 2 && w <= 100) {
            cell_h = h;
            cell_w = w;
        }
    }
}

/* Asks for the cell size and the device attributes, and waits (at most 300 ms) for the answer
 * to the latter, which every VT100-like terminal gives and which comes last. Keys typed
 * meanwhile are handed back to curses. */
static bool ask_sixel(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col && ws.ws_row && ws.ws_xpixel &&
        ws.ws_ypixel) {
        cell_w = ws.ws_xpixel / ws.ws_col;
        cell_h = ws.ws_ypixel / ws.ws_row;
    }
    if (!isatty(STDIN_FILENO) || !fd_write_all(STDOUT_FILENO, "\033[16t\033[c", 8))
        return false;
    char buf[512], other[512];
    size_t n = 0, n_other = 0;
    bool sixel = false, done = false;
    double deadline = clock_seconds() + 0.3;
    while (!done && n < sizeof buf) {
        int left = (int)((deadline - clock_seconds()) * 1000);
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        if (left <= 0 || poll(&p, 1, left) <= 0)
            break;
        ssize_t got = read(STDIN_FILENO, buf + n, sizeof buf - n);
        if (got <= 0)
            break;
        n += (size_t)got;
        /* Replies out; anything else (keys) kept, in order. */
        size_t i = 0;
        while (i < n) {
            size_t len = reply_len(buf + i, n - i);
            if (len) {
                take_reply(buf + i, len, &sixel, &done);
                i += len;
            } else if (buf[i] == '\033' && n - i < 32 && !done) {
                break; /* perhaps the start of a reply still on its way */
            } else {
                if (n_other < sizeof other)
                    other[n_other++] = buf[i];
                i++;
            }
        }
        memmove(buf, buf + i, n - i);
        n -= i;
    }
    for (size_t i = 0; i < n && n_other < sizeof other; i++)
        other[n_other++] = buf[i];
    while (n_other > 0)
        ungetch((unsigned char)other[--n_other]);
    return sixel;
}

RenderMode gfx_mode(void)
{
    if (decided)
        return mode;
    decided = true;
    const char *no_color = getenv("NO_COLOR");
    if (!term_is_active()) {
        mode = RENDER_NONE;
    } else if (no_color && no_color[0]) {
        mode = RENDER_ASCII;
    } else if (ask_sixel()) {
        mode = RENDER_SIXEL;
    } else if (!term_utf8() || !term_has_colours()) {
        mode = RENDER_ASCII;
    } else {
        mode = COLORS >= 256 ? RENDER_256 : COLORS >= 16 ? RENDER_16 : RENDER_8;
    }
    return mode;
}

void gfx_cell_size(int *w, int *h)
{
    bool sixel = gfx_mode() == RENDER_SIXEL;
    *w = sixel ? cell_w : 1;
    *h = sixel ? cell_h : 2;
}

/* ---- decoded pictures ---- */

#define PICTURES_KEPT 6

static struct {
    char *path;
    Picture pic;
    char err[200];
    bool ok;
    unsigned long used;
} pictures[PICTURES_KEPT];
static unsigned long clock_uses;

const Picture *gfx_picture(const char *path, char *err, size_t errlen)
{
    int slot = 0;
    for (int i = 0; i < PICTURES_KEPT; i++) {
        if (pictures[i].path && strcmp(pictures[i].path, path) == 0) {
            pictures[i].used = ++clock_uses;
            if (!pictures[i].ok)
                snprintf(err, errlen, "%s", pictures[i].err);
            return pictures[i].ok ? &pictures[i].pic : NULL;
        }
        if (pictures[i].used < pictures[slot].used)
            slot = i;
    }
    free(pictures[slot].path);
    picture_done(&pictures[slot].pic);
    pictures[slot].path = xstrdup(path);
    pictures[slot].used = ++clock_uses;
    pictures[slot].ok = picture_load_file(path, &pictures[slot].pic, pictures[slot].err,
                                          sizeof pictures[slot].err);
    if (!pictures[slot].ok)
        snprintf(err, errlen, "%s", pictures[slot].err);
    return pictures[slot].ok ? &pictures[slot].pic : NULL;
}

/* ---- conversions ---- */

typedef struct {
    char *path;
    RenderMode mode;
    int cols, rows, first, n;
    GfxView view;
    GfxGrid grid; /* sixel only: the grid is in the pixels */
    Rendered r;
    unsigned long used;
} Conversion;

#define CONVERSIONS_KEPT 8
static Conversion conversions[CONVERSIONS_KEPT];

static bool same_conversion(const Conversion *c, const char *path, int cols, int rows, int first,
                            int n, const GfxView *v, const GfxGrid *g)
{
    /* Field by field: the structs' padding bytes are not set. */
    return c->path && strcmp(c->path, path) == 0 && c->mode == mode && c->cols == cols &&
           c->rows == rows && c->first == first && c->n == n && c->view.x == v->x &&
           c->view.y == v->y && c->view.w == v->w && c->view.h == v->h &&
           c->grid.cols == g->cols && c->grid.rows == g->rows && c->grid.cur_col == g->cur_col &&
           c->grid.cur_row == g->cur_row && c->grid.cursor == g->cursor;
}

/* Blends colour (r, g, b) over the pixel at p with weight a (0..255). */
static void blend(unsigned char *p, int r, int g, int b, int a)
{
    p[0] = (unsigned char)((p[0] * (255 - a) + r * a) / 255);
    p[1] = (unsigned char)((p[1] * (255 - a) + g * a) / 255);
    p[2] = (unsigned char)((p[2] * (255 - a) + b * a) / 255);
    p[3] = 255;
}

/* Fills the rectangle [x0, x1) x [y0, y1) of a w x h RGBA buffer. */
static void fill(unsigned char *px, unsigned w, unsigned h, double x0, double y0, double x1,
                 double y1, int r, int g, int b, int a)
{
    long xa = (long)(x0 < 0 ? 0 : x0), ya = (long)(y0 < 0 ? 0 : y0);
    long xb = (long)(x1 > w ? w : x1), yb = (long)(y1 > h ? h : y1);
    for (long y = ya; y < yb; y++)
        for (long x = xa; x < xb; x++)
            blend(px + ((size_t)y * w + (size_t)x) * 4, r, g, b, a);
}

/* A copy of the view's pixels with the grid drawn on: thin lines between cells and a bold frame
 * around the cursor's cell, sized to stay visible once scaled to the box. */
static unsigned char *with_grid(const Picture *pic, unsigned x0, unsigned y0, unsigned w,
                                unsigned h, const GfxGrid *g, double line)
{
    unsigned char *px = malloc((size_t)w * h * 4);
    if (!px)
        return NULL;
    for (unsigned y = 0; y < h; y++)
        memcpy(px + (size_t)y * w * 4, pic->rgba + ((size_t)(y0 + y) * pic->width + x0) * 4,
               (size_t)w * 4);
    double gw = (double)pic->width / g->cols, gh = (double)pic->height / g->rows;
    for (unsigned c = 1; c < g->cols; c++)
        fill(px, w, h, c * gw - x0 - line / 2, 0, c * gw - x0 + line / 2, h, 40, 40, 40, 110);
    for (unsigned r = 1; r < g->rows; r++)
        fill(px, w, h, 0, r * gh - y0 - line / 2, w, r * gh - y0 + line / 2, 40, 40, 40, 110);
    if (g->cursor) {
        double cx = g->cur_col * gw - x0, cy = g->cur_row * gh - y0, t = line * 3;
        /* A thick blue frame edged in white: seen on the yellows, greys and blacks of the
         * drawings and on photographs alike. */
        for (int pass = 0; pass < 2; pass++) {
            double o = pass ? 0 : -line, k = pass ? t : t + 2 * line;
            int r = pass ? 20 : 255, gg = pass ? 100 : 255, b = 255;
            fill(px, w, h, cx + o, cy + o, cx + gw - o, cy + o + k, r, gg, b, 255);
            fill(px, w, h, cx + o, cy + gh - o - k, cx + gw - o, cy + gh - o, r, gg, b, 255);
            fill(px, w, h, cx + o, cy + o, cx + o + k, cy + gh - o, r, gg, b, 255);
            fill(px, w, h, cx + gw - o - k, cy + o, cx + gw - o, cy + gh - o, r, gg, b, 255);
        }
    }
    return px;
}

/* The conversion of the picture for this box, from the cache or made now. */
static const Rendered *convert(const char *path, const Picture *pic, int cols, int rows,
                               int first, int n, const GfxView *view, const GfxGrid *grid,
                               char *err, size_t errlen)
{
    bool sixel = mode == RENDER_SIXEL;
    GfxView v = view ? *view : (GfxView){0, 0, pic->width, pic->height};
    GfxGrid g = sixel && grid ? *grid : (GfxGrid){0};
    if (!sixel) { /* cells are converted whole and the rows shown are picked when drawing */
        first = 0;
        n = rows;
    }
    int slot = 0;
    for (int i = 0; i < CONVERSIONS_KEPT; i++) {
        if (same_conversion(&conversions[i], path, cols, rows, first, n, &v, &g)) {
            conversions[i].used = ++clock_uses;
            return &conversions[i].r;
        }
        if (conversions[i].used < conversions[slot].used)
            slot = i;
    }
    Conversion *c = &conversions[slot];
    free(c->path);
    rendered_done(&c->r);
    memset(c, 0, sizeof *c);

    /* The source: the view, cut to the box rows shown, in whole pixels within the picture. */
    double sy = v.y + v.h * first / rows, sh = v.h * n / rows;
    unsigned x0 = (unsigned)(v.x < 0 ? 0 : v.x), y0 = (unsigned)(sy < 0 ? 0 : sy);
    unsigned w = (unsigned)(v.w + 0.5), h = (unsigned)(sh + 0.5);
    if (x0 >= pic->width)
        x0 = pic->width - 1;
    if (y0 >= pic->height)
        y0 = pic->height - 1;
    if (w < 1)
        w = 1;
    if (h < 1)
        h = 1;
    if (x0 + w > pic->width)
        w = pic->width - x0;
    if (y0 + h > pic->height)
        h = pic->height - y0;
    unsigned char *own = NULL;
    if (g.cols && g.rows) {
        double line = (double)v.w / (cols * cell_w) * 1.5; /* about 1.5 screen pixels */
        own = with_grid(pic, x0, y0, w, h, &g, line < 1 ? 1 : line);
        if (!own) {
            snprintf(err, errlen, "out of memory");
            return NULL;
        }
    }
    RenderRequest rq = {.mode = mode, .cols = cols, .rows = n, .cell_w = cell_w,
                        .cell_h = cell_h, .width = w, .height = h};
    rq.rgba = own ? own : pic->rgba + ((size_t)y0 * pic->width + x0) * 4;
    rq.stride = own ? (size_t)w * 4 : (size_t)pic->width * 4;
    bool ok = render_picture(&rq, &c->r, err, errlen);
    free(own);
    if (!ok)
        return NULL;
    c->path = xstrdup(path);
    c->mode = mode;
    c->cols = cols;
    c->rows = rows;
    c->first = first;
    c->n = n;
    c->view = v;
    c->grid = g;
    c->used = ++clock_uses;
    return &c->r;
}

/* ---- drawing ---- */

typedef struct {
    int y, x, cols, rows;
    char *data; /* the sixel sequence, owned */
    size_t len;
} Placement;

#define MAX_PLACEMENTS 8
static Placement now[MAX_PLACEMENTS], last[MAX_PLACEMENTS];
static int n_now, n_last;

/* Whether the terminal's rows [y, y + rows) between columns x and x + cols stay as they are in
 * the update about to be made: the cells curses is about to write there (newscr) are those it
 * wrote last time (curscr). Read between wnoutrefresh and doupdate. */
static bool rows_unchanged(int y, int x, int cols, int rows)
{
    for (int r = y; r < y + rows && r < LINES; r++)
        for (int c = x; c < x + cols && c < COLS; c++) {
            cchar_t a, b;
            wchar_t wa[CCHARW_MAX + 1], wb[CCHARW_MAX + 1];
            attr_t aa, ab;
            short pa, pb;
            if (mvwin_wch(newscr, r, c, &a) == ERR || mvwin_wch(curscr, r, c, &b) == ERR ||
                getcchar(&a, wa, &aa, &pa, NULL) == ERR || getcchar(&b, wb, &ab, &pb, NULL) == ERR)
                return false;
            if (wcscmp(wa, wb) != 0 || aa != ab || pa != pb)
                return false;
        }
    return true;
}

/* Whether a line of an n-cell grid falls on cell i of a box size cells long: the first cell of
 * each band but the first, where the cursor's bands start too. */
static bool grid_line_at(int i, unsigned n, int size)
{
    for (unsigned k = 1; k < n; k++)
        if ((int)(k * (unsigned)size / n) == i)
            return true;
    return false;
}

static void put_cells(const Rendered *r, int y, int x, int first, int n, const GfxGrid *grid)
{
    RenderMode m = mode;
    /* In ASCII the picture is a solid silhouette of characters and the cursor's reverse video is
     * all there is to find a cell by: the lines between cells are drawn over it in characters, as
     * `rastro picture --grid --mode ascii` draws them, and the cursor's cell is bold as well. */
    bool lines = grid && m == RENDER_ASCII && grid->cols && grid->rows;
    for (int row = first; row < first + n; row++) {
        if (y + row < 0 || y + row >= LINES)
            continue;
        bool hline = lines && grid_line_at(row, grid->rows, r->rows);
        for (int col = 0; col < r->cols && x + col < COLS; col++) {
            const RenderCell *c = &r->cells[(size_t)row * (size_t)r->cols + (size_t)col];
            wchar_t wc[2] = {(wchar_t)c->ch, 0};
            if (m == RENDER_ASCII && (c->ch < 0x20 || c->ch > 0x7e))
                wc[0] = ' ';
            if (lines) {
                bool vline = grid_line_at(col, grid->cols, r->cols);
                if (vline || hline)
                    wc[0] = vline && hline ? L'+' : vline ? L'|' : L'-';
            }
            attr_t a = 0;
            int pair = 0;
            if (m != RENDER_ASCII && term_has_colours()) {
                pair = alloc_pair(c->fg < COLORS ? c->fg : -1, c->bg < COLORS ? c->bg : -1);
                if (pair < 0)
                    pair = 0;
            }
            if (grid && grid->cursor) {
                int c0 = (int)(grid->cur_col * (unsigned)r->cols / grid->cols);
                int c1 = (int)((grid->cur_col + 1) * (unsigned)r->cols / grid->cols);
                int r0 = (int)(grid->cur_row * (unsigned)r->rows / grid->rows);
                int r1 = (int)((grid->cur_row + 1) * (unsigned)r->rows / grid->rows);
                if (col >= c0 && col < c1 && row >= r0 && row < r1)
                    a |= m == RENDER_ASCII ? A_REVERSE | A_BOLD : A_REVERSE;
            }
            cchar_t cc;
            setcchar(&cc, wc, a, 0, &pair);
            mvadd_wch(y + row, x + col, &cc);
        }
    }
}

bool gfx_draw(const char *path, int y, int x, int cols, int rows, int first, int n,
              const GfxView *view, const GfxGrid *grid, char *err, size_t errlen)
{
    if (gfx_mode() == RENDER_NONE) {
        snprintf(err, errlen, "%s", tr("pictures are off"));
        return false;
    }
    if (cols < 1 || rows < 1 || n < 1 || first < 0 || first + n > rows)
        return true;
    const Picture *pic = gfx_picture(path, err, errlen);
    if (!pic)
        return false;
    const Rendered *r = convert(path, pic, cols, rows, first, n, view, grid, err, errlen);
    if (!r)
        return false;
    if (mode != RENDER_SIXEL) {
        put_cells(r, y, x, first, n, grid);
        return true;
    }
    /* The cells stay blank for curses; the image goes over them after the refresh. */
    for (int row = first; row < first + n; row++)
        if (y + row >= 0 && y + row < LINES)
            mvhline(y + row, x, ' ', cols);
    if (n_now < MAX_PLACEMENTS && r->sixel) {
        Placement *p = &now[n_now++];
        *p = (Placement){.y = y + first, .x = x, .cols = cols, .rows = n, .len = r->sixel_len};
        p->data = xstrndup(r->sixel, r->sixel_len);
    }
    return true;
}

void gfx_forget(void)
{
    for (int i = 0; i < PICTURES_KEPT; i++) {
        free(pictures[i].path);
        picture_done(&pictures[i].pic);
        memset(&pictures[i], 0, sizeof pictures[i]);
    }
    for (int i = 0; i < CONVERSIONS_KEPT; i++) {
        free(conversions[i].path);
        rendered_done(&conversions[i].r);
        memset(&conversions[i], 0, sizeof conversions[i]);
    }
    gfx_frame_begin();
    for (int i = 0; i < n_last; i++)
        free(last[i].data);
    n_last = 0;
}

void gfx_frame_begin(void)
{
    for (int i = 0; i < n_now; i++)
        free(now[i].data);
    n_now = 0;
}

void gfx_frame_end(void)
{
    bool moved = n_now != n_last;
    for (int i = 0; i < n_now && !moved; i++)
        moved = now[i].y != last[i].y || now[i].x != last[i].x || now[i].cols != last[i].cols ||
                now[i].rows != last[i].rows;
    /* Images that moved or went: a full repaint clears the screen, and their pixels with it. */
    if (moved && n_last > 0)
        clearok(curscr, TRUE);
    /* An image already on the terminal, the same bytes at the same place, whose cells this
     * update leaves alone, is still there: it is not sent again (a sixel image is tens of
     * kilobytes, seconds a key over a thin link). */
    bool keep[MAX_PLACEMENTS] = {false};
    bool repaint = is_cleared(curscr) || is_cleared(stdscr);
    wnoutrefresh(stdscr);
    for (int i = 0; i < n_now && !moved && !repaint; i++)
        keep[i] = last[i].data && last[i].len == now[i].len &&
                  memcmp(last[i].data, now[i].data, now[i].len) == 0 &&
                  rows_unchanged(now[i].y, now[i].x, now[i].cols, now[i].rows);
    doupdate();
    for (int i = 0; i < n_now; i++) {
        if (keep[i])
            continue;
        /* Save the cursor, go to the box, draw, and put the cursor back where curses has it. */
        char go[32];
        int len = snprintf(go, sizeof go, "\0337\033[%d;%dH", now[i].y + 1, now[i].x + 1);
        fd_write_all(STDOUT_FILENO, go, (size_t)len);
        fd_write_all(STDOUT_FILENO, now[i].data, now[i].len);
        fd_write_all(STDOUT_FILENO, "\0338", 2);
    }
    for (int i = 0; i < n_last; i++)
        free(last[i].data);
    for (int i = 0; i < n_now; i++)
        last[i] = (Placement){now[i].y, now[i].x, now[i].cols, now[i].rows,
                              memcpy(xmalloc(now[i].len), now[i].data, now[i].len), now[i].len};
    n_last = n_now;
}
