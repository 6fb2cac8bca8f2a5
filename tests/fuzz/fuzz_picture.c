/* libFuzzer harness for pictures, decode and draw: any input is decoded by tui/core/picture.c or
 * refused, never a crash, a leak or a read out of bounds; a decoded picture is within the limits
 * and is then converted as the shell converts it (tui/chafa/convert.c, linked in directly, without its program) in
 * every mode, whole or a part of it, and written out with render_to_text, whose output must hold
 * nothing a terminal would act on but the colour and sixel sequences rastro means to send. */
#include <chafa.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../tui/core/picture.h"
#include "../../tui/core/render.h"
#include "../../tui/core/text.h"
#include "../../tui/chafa/convert.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Pictures larger than this on either side are decoded but not drawn, to keep a run fast. */
#define DRAW_MAX_SIDE 1024u

static void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

/* The drawing choices (box, cell size, part of the picture) come from the input's bytes, mixed
 * so that every input, the seeds included, draws in different boxes: FNV-1a over all of it,
 * then splitmix64 steps. */
static uint64_t state;

static void choices_seed(const uint8_t *data, size_t size)
{
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 0x100000001b3u;
    state = h;
}

static unsigned choose(unsigned lo, unsigned hi)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    z ^= z >> 31;
    return lo + (unsigned)(z % ((uint64_t)hi - lo + 1));
}

static bool is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/* One row of symbols as render_to_text writes it: SGR sequences (ESC [ digits and ';' ... m),
 * and exactly cols characters, each valid UTF-8 and no control; ASCII mode: printable ASCII and
 * no sequence at all. Returns the bytes up to and including the row's '\n'. */
static size_t check_row(const char *s, size_t len, RenderMode mode, int cols)
{
    size_t i = 0;
    int chars = 0;
    while (i < len && s[i] != '\n') {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1b) {
            check(mode != RENDER_ASCII && i + 2 < len && s[i + 1] == '[');
            i += 2;
            while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
                i++;
            check(i < len && s[i] == 'm');
            i++;
            continue;
        }
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        check(n >= 1 && cp >= 0 && !is_control((uint32_t)cp));
        check(mode != RENDER_ASCII || cp <= 0x7e);
        i += (size_t)n;
        chars++;
    }
    check(i < len && chars == cols);
    return i + 1;
}

static void check_cells(const Rendered *r, RenderMode mode)
{
    check(r->cells && !r->sixel);
    for (size_t i = 0; i < (size_t)r->cols * (size_t)r->rows; i++) {
        const RenderCell *c = &r->cells[i];
        check(c->ch <= 0x10ffff && !(c->ch >= 0xd800 && c->ch <= 0xdfff) && !is_control(c->ch));
        check(mode != RENDER_ASCII || (c->ch >= 0x20 && c->ch <= 0x7e));
        check(c->fg >= -1 && c->fg <= 255 && c->bg >= -1 && c->bg <= 255);
    }
}

/* A sixel sequence: ESC P, parameters, q, sixel data in printable ASCII, ESC \ and no other ESC. */
static void check_sixel(const char *s, size_t len)
{
    check(len >= 5 && s[0] == 0x1b && s[1] == 'P' && s[len - 2] == 0x1b && s[len - 1] == '\\');
    size_t i = 2;
    while (i < len - 2 && ((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
        i++;
    check(i < len - 2 && s[i] == 'q');
    for (; i < len - 2; i++)
        check(s[i] >= 0x20 && s[i] <= 0x7e);
}

/* Converts the part of p chosen from the input in mode and checks what comes out. */
static void draw(const Picture *p, RenderMode mode, StrBuf *text)
{
    /* Boxes up to 120x60 cells, small ones more often: a large box (a sixel of 120x60 cells of
     * 20x40 pixels is 2400x2400 pixels) costs far more than a small one finds. */
    int cols = (int)choose(1, choose(1, 120)), rows = (int)choose(1, choose(1, 60));
    int cell_w = (int)choose(6, 20), cell_h = (int)choose(12, 40);
    if (choose(0, 3) == 0) {
        /* The shell fits the picture into its box; so do we, sometimes. */
        int fc, fr;
        render_fit(p->width, p->height, cols, rows, cell_w, cell_h, &fc, &fr);
        check(fc >= 1 && fc <= cols && fr >= 1 && fr <= rows);
        cols = fc;
        rows = fr;
    }
    RenderRequest rq = {.mode = mode, .cols = cols, .rows = rows, .cell_w = cell_w,
                        .cell_h = cell_h, .rgba = p->rgba, .width = p->width,
                        .height = p->height, .stride = (size_t)p->width * 4};
    unsigned char *own = NULL;
    switch (choose(0, 3)) {
    case 0: /* the whole picture */
        break;
    case 1: /* a part, in place, as the viewer draws a zoomed or scrolled picture */
    case 2: {
        unsigned x0 = choose(0, p->width - 1), y0 = choose(0, p->height - 1);
        rq.width = choose(1, p->width - x0);
        rq.height = choose(1, p->height - y0);
        rq.rgba = p->rgba + ((size_t)y0 * p->width + x0) * 4;
        break;
    }
    case 3: { /* a part copied into rows with padding, the last row ending the buffer */
        unsigned x0 = choose(0, p->width - 1), y0 = choose(0, p->height - 1);
        rq.width = choose(1, p->width - x0);
        rq.height = choose(1, p->height - y0);
        rq.stride = (size_t)rq.width * 4 + choose(0, 3) * 4;
        own = malloc((rq.height - 1) * rq.stride + (size_t)rq.width * 4);
        if (!own)
            return;
        for (unsigned y = 0; y < rq.height; y++)
            memcpy(own + y * rq.stride, p->rgba + ((size_t)(y0 + y) * p->width + x0) * 4,
                   (size_t)rq.width * 4);
        rq.rgba = own;
        break;
    }
    }

    Rendered r;
    char err[256];
    check(convert_picture(&rq, &r, err, sizeof err));
    check(r.cols == cols && r.rows == rows);
    if (mode == RENDER_SIXEL) {
        check(r.sixel && !r.cells && r.sixel_len == strlen(r.sixel));
        check_sixel(r.sixel, r.sixel_len);
    } else {
        check_cells(&r, mode);
    }

    strbuf_clear(text);
    render_to_text(&r, mode, text);
    if (mode == RENDER_SIXEL) {
        check(text->len == r.sixel_len && memcmp(text->s, r.sixel, r.sixel_len) == 0);
    } else {
        size_t at = 0;
        for (int y = 0; y < rows; y++)
            at += check_row(text->s + at, text->len - at, mode, cols);
        check(at == text->len);
    }
    rendered_done(&r);
    free(own);
}

/* chafa draws in one thread here: with worker threads, one ending while libFuzzer looks for
 * leaks has its thread-local glib memory reported as leaked, and a crash would not always recur. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    chafa_set_n_threads(1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Picture p;
    char err[256];
    if (picture_load_memory(data, size, &p, err, sizeof err)) {
        if (!p.rgba || p.width == 0 || p.height == 0 || p.width > PICTURE_MAX_SIDE ||
            p.height > PICTURE_MAX_SIDE || (uint64_t)p.width * p.height > PICTURE_MAX_PIXELS)
            abort();
        /* Touch the last byte so that a buffer shorter than promised is caught. */
        volatile unsigned char last = p.rgba[(size_t)p.width * p.height * 4 - 1];
        (void)last;
        if (p.width <= DRAW_MAX_SIDE && p.height <= DRAW_MAX_SIDE) {
            static const RenderMode modes[] = {RENDER_ASCII, RENDER_8, RENDER_16, RENDER_256,
                                               RENDER_SIXEL};
            StrBuf text;
            strbuf_init(&text);
            choices_seed(data, size);
            for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++)
                draw(&p, modes[m], &text);
            strbuf_done(&text);
        }
    } else if (p.rgba || !err[0]) {
        abort();
    }
    picture_done(&p);
    return 0;
}
