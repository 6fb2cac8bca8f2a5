/* Pictures as terminal cells: fitting a picture into a box of cells, the libchafa converter (a
 * helper program) in every mode, without it and when it dies, and `rastro picture`. */
#include <check.h>
#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/assets.h"
#include "../tui/core/model_io.h"
#include "../tui/core/picture.h"
#include "../tui/core/quiz.h"
#include "../tui/core/render.h"
#include "../tui/core/store.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

/* ---- render_fit --------------------------------------------------------------------------- */

static void fit(unsigned w, unsigned h, int max_cols, int max_rows, int cw, int ch, int want_cols,
                int want_rows)
{
    int cols = -1, rows = -1;
    render_fit(w, h, max_cols, max_rows, cw, ch, &cols, &rows);
    ck_assert_msg(cols == want_cols && rows == want_rows,
                  "%ux%u px in %dx%d cells of %dx%d px: got %dx%d, want %dx%d", w, h, max_cols,
                  max_rows, cw, ch, cols, rows, want_cols, want_rows);
}

START_TEST(fit_wide_tall_exact)
{
    /* Wide: the width is the limit (800x450 needs 22.5 rows of 1x2 cells at 80 columns). */
    fit(800, 450, 80, 24, 1, 2, 80, 23);
    fit(800, 450, 40, 24, 1, 2, 40, 11);
    /* Tall: the height is the limit, the width follows the shape. */
    fit(450, 800, 80, 24, 1, 2, 27, 24);
    fit(100, 1000, 80, 20, 1, 2, 4, 20);
    /* Exactly the box. */
    fit(80, 48, 80, 24, 1, 2, 80, 24);
    fit(160, 96, 80, 24, 1, 2, 80, 24);
    /* Never more than the box, whatever the picture. */
    for (unsigned w = 1; w < 3000; w = w * 3 + 7)
        for (unsigned h = 1; h < 3000; h = h * 5 + 3) {
            int cols, rows;
            render_fit(w, h, 60, 17, 1, 2, &cols, &rows);
            ck_assert_msg(cols >= 1 && cols <= 60 && rows >= 1 && rows <= 17, "%ux%u: %dx%d", w,
                          h, cols, rows);
            /* One side always reaches the box. */
            ck_assert_msg(cols == 60 || rows == 17, "%ux%u: %dx%d fills neither side", w, h,
                          cols, rows);
        }
}
END_TEST

START_TEST(fit_cell_sizes)
{
    /* Sixel cells of 10x20 pixels have the 1x2 shape: the same box. */
    fit(800, 450, 80, 24, 10, 20, 80, 23);
    /* Square cells: the picture needs twice the rows, so the height limits it. */
    fit(800, 450, 80, 24, 10, 10, 43, 24);
    fit(800, 450, 80, 50, 10, 10, 80, 45);
    /* Cells of no size are taken as 1x2. */
    fit(800, 450, 80, 24, 0, 0, 80, 23);
    fit(800, 450, 80, 24, -3, 20, 80, 23);
}
END_TEST

START_TEST(fit_minimums)
{
    /* A thread of a picture still gets one cell across or down. */
    fit(1, 1000, 80, 24, 1, 2, 1, 24);
    fit(1000, 1, 80, 24, 1, 2, 80, 1);
    /* A box of no size is one cell. */
    fit(800, 450, 0, 0, 1, 2, 1, 1);
    fit(800, 450, -5, 24, 1, 2, 1, 1);
    /* A picture of no size takes the whole box. */
    fit(0, 450, 30, 10, 1, 2, 30, 10);
    fit(800, 0, 30, 10, 1, 2, 30, 10);
}
END_TEST

/* ---- the converter, a helper program ------------------------------------------------------ */

/* The converter the tests use (see tu_helper_path), unless $RASTRO_CHAFA_HELPER names one. */
static void helper_setup(void)
{
    const char *env = getenv("RASTRO_CHAFA_HELPER");
    if (env && env[0])
        return;
    char *path = tu_helper_path("rastro-chafa");
    setenv("RASTRO_CHAFA_HELPER", path, 1);
    free(path);
}

static Picture fixture;

static void fixture_setup(void)
{
    helper_setup();
    char err[200];
    ck_assert_msg(picture_load_file("tests/fixtures/png/rgb8-17x11.png", &fixture, err, sizeof err),
                  "%s", err);
}

static void fixture_teardown(void)
{
    picture_done(&fixture);
}

static Rendered render(RenderMode mode, int cols, int rows)
{
    RenderRequest rq = {.mode = mode, .cols = cols, .rows = rows, .cell_w = 10, .cell_h = 20,
                        .rgba = fixture.rgba, .width = fixture.width, .height = fixture.height,
                        .stride = (size_t)fixture.width * 4};
    Rendered r;
    char err[300] = "";
    ck_assert_msg(render_picture(&rq, &r, err, sizeof err), "mode %d: %s", (int)mode, err);
    return r;
}

static bool is_symbol(uint32_t ch)
{
    return ch == ' ' || (ch >= 0x2500 && ch <= 0x259f);
}

START_TEST(cells_in_each_colour_mode)
{
    static const struct { RenderMode mode; int colours; } modes[] = {
        {RENDER_8, 8}, {RENDER_16, 16}, {RENDER_256, 256}};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        Rendered r = render(modes[i].mode, 12, 5);
        ck_assert_int_eq(r.cols, 12);
        ck_assert_int_eq(r.rows, 5);
        ck_assert_ptr_nonnull(r.cells);
        ck_assert_ptr_null(r.sixel);
        int blocks = 0, coloured = 0;
        for (int k = 0; k < r.cols * r.rows; k++) {
            const RenderCell *c = &r.cells[k];
            ck_assert_msg(is_symbol(c->ch), "mode %d: cell %d is U+%04X", (int)modes[i].mode,
                          k, (unsigned)c->ch);
            ck_assert_int_ge(c->fg, -1);
            ck_assert_int_lt(c->fg, modes[i].colours);
            ck_assert_int_ge(c->bg, -1);
            ck_assert_int_lt(c->bg, modes[i].colours);
            blocks += c->ch >= 0x2580;
            coloured += c->fg >= 0 || c->bg >= 0;
        }
        ck_assert_int_gt(blocks, 0);
        ck_assert_int_eq(coloured, r.cols * r.rows); /* an opaque picture: every cell coloured */

        /* As text: one line per row, colours as SGR, reset at each line's end. */
        StrBuf out;
        strbuf_init(&out);
        render_to_text(&r, modes[i].mode, &out);
        int lines = 0;
        for (size_t k = 0; k < out.len; k++)
            lines += out.s[k] == '\n';
        ck_assert_int_eq(lines, 5);
        ck_assert_ptr_nonnull(strstr(out.s, "\033[0m\n"));
        bool extended = strstr(out.s, "\033[38;5;") || strstr(out.s, "\033[48;5;");
        ck_assert_int_eq(extended, modes[i].mode == RENDER_256);
        strbuf_done(&out);
        rendered_done(&r);
        ck_assert_ptr_null(r.cells);
    }
}
END_TEST

START_TEST(ascii_is_printable)
{
    Rendered r = render(RENDER_ASCII, 17, 6);
    ck_assert_int_eq(r.cols * r.rows, 17 * 6);
    int ink = 0;
    for (int k = 0; k < r.cols * r.rows; k++) {
        ck_assert_msg(r.cells[k].ch >= 0x20 && r.cells[k].ch <= 0x7e, "cell %d is U+%04X", k,
                      (unsigned)r.cells[k].ch);
        ck_assert_int_eq(r.cells[k].fg, -1);
        ck_assert_int_eq(r.cells[k].bg, -1);
        ink += r.cells[k].ch != ' ';
    }
    ck_assert_int_gt(ink, 0);
    StrBuf out;
    strbuf_init(&out);
    render_to_text(&r, RENDER_ASCII, &out);
    ck_assert_uint_eq(out.len, (size_t)(17 + 1) * 6);
    for (size_t k = 0; k < out.len; k++)
        ck_assert(out.s[k] == '\n' || (out.s[k] >= 0x20 && out.s[k] <= 0x7e));
    strbuf_done(&out);
    rendered_done(&r);
}
END_TEST

START_TEST(sixel_is_one_dcs)
{
    Rendered r = render(RENDER_SIXEL, 4, 2);
    ck_assert_ptr_null(r.cells);
    ck_assert_ptr_nonnull(r.sixel);
    ck_assert_uint_gt(r.sixel_len, 10);
    ck_assert_uint_eq(strlen(r.sixel), r.sixel_len);
    ck_assert_int_eq(memcmp(r.sixel, "\033P", 2), 0);
    ck_assert_int_eq(memcmp(r.sixel + r.sixel_len - 2, "\033\\", 2), 0);
    ck_assert_ptr_nonnull(memchr(r.sixel, 'q', r.sixel_len));
    /* Nothing else of the terminal's in it: one ESC to open, one to close. */
    int escapes = 0;
    for (size_t k = 0; k < r.sixel_len; k++)
        escapes += r.sixel[k] == '\033';
    ck_assert_int_eq(escapes, 2);
    /* Its raster is 4x2 cells of 10x20 pixels: 40 wide, 40 high less what sixel rows of 6
     * pixels leave over. */
    int pw = 0, ph = 0;
    ck_assert_int_eq(sscanf(r.sixel, "\033P%*[0-9;]q\"1;1;%d;%d", &pw, &ph), 2);
    ck_assert_int_eq(pw, 40);
    ck_assert_int_ge(ph, 35);
    ck_assert_int_le(ph, 40);
    StrBuf out;
    strbuf_init(&out);
    render_to_text(&r, RENDER_SIXEL, &out);
    ck_assert_uint_eq(out.len, r.sixel_len);
    strbuf_done(&out);
    rendered_done(&r);
}
END_TEST

START_TEST(nothing_to_draw_is_refused)
{
    RenderRequest rq = {.mode = RENDER_256, .cols = 0, .rows = 5, .rgba = fixture.rgba,
                        .width = fixture.width, .height = fixture.height,
                        .stride = (size_t)fixture.width * 4};
    Rendered r;
    char err[300] = "";
    ck_assert(!render_picture(&rq, &r, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "nothing to draw"));
    ck_assert_ptr_null(r.cells);
    rq.cols = 5;
    rq.mode = RENDER_NONE;
    ck_assert(!render_picture(&rq, &r, err, sizeof err));
    rq.mode = RENDER_256;
    rq.stride = 4; /* shorter than a row */
    ck_assert(!render_picture(&rq, &r, err, sizeof err));
    ck_assert_ptr_null(r.cells);
    ck_assert_ptr_null(r.sixel);
}
END_TEST

/* A picture of 2x2 pixels asked of the converter in a box of 2x1 cells. */
static bool render_tiny(Rendered *r, char *err, size_t errlen)
{
    static const unsigned char px[4 * 4] = {255, 0, 0, 255, 0,   255, 0, 255,
                                            0,   0, 255, 255, 9, 9, 9,   255};
    RenderRequest rq = {.mode = RENDER_256, .cols = 2, .rows = 1, .rgba = px, .width = 2,
                        .height = 2, .stride = 8};
    memset(r, 0x5a, sizeof *r);
    return render_picture(&rq, r, err, errlen);
}

/* Runs before any test has started the converter (each test runs in its own process, unless
 * CK_FORK=no, when this test case comes first). */
START_TEST(missing_helper_is_a_clear_error)
{
    char *keep = getenv("RASTRO_CHAFA_HELPER") ? xstrdup(getenv("RASTRO_CHAFA_HELPER")) : NULL;
    setenv("RASTRO_CHAFA_HELPER", "/nonexistent/rastro-chafa", 1);
    Rendered r;
    char err[300] = "";
    ck_assert(!render_tiny(&r, err, sizeof err));
    ck_assert_ptr_null(r.cells);
    ck_assert_ptr_null(r.sixel);
    ck_assert_msg(strstr(err, "picture converter (rastro-chafa) cannot be started"), "%s", err);
    ck_assert_msg(strstr(err, "/nonexistent/rastro-chafa: No such file"), "%s", err);

    /* rastro picture says the same and fails. */
    char *argv[] = {(char *)tu_rastro(), "picture", "assets/pistol-plain.png", NULL};
    char *out, *e;
    ck_assert_int_eq(tu_run(argv, &out, &e), 1);
    ck_assert_str_eq(out, "");
    ck_assert_msg(strstr(e, "rastro-chafa) cannot be started"), "%s", e);
    free(out), free(e);
    /* A path with escape sequences in it is named inertly. */
    setenv("RASTRO_CHAFA_HELPER", "/nonexistent/\033]0;title\a\033[31mrastro-chafa", 1);
    ck_assert_int_eq(tu_run(argv, &out, &e), 1);
    e[strcspn(e, "\n")] = '\0'; /* the message's one line */
    ck_assert_msg(strstr(e, "cannot be started") && !tu_has_unsafe_bytes(e), "%s", e);
    free(out), free(e);

    /* A program that ends without answering is named as such, and no picture is made. */
    setenv("RASTRO_CHAFA_HELPER", "/bin/false", 1);
    ck_assert(!render_tiny(&r, err, sizeof err));
    ck_assert_ptr_null(r.cells);
    ck_assert_msg(strstr(err, "picture converter (rastro-chafa) stopped without an answer"), "%s",
                  err);
    if (keep)
        setenv("RASTRO_CHAFA_HELPER", keep, 1);
    else
        unsetenv("RASTRO_CHAFA_HELPER");
    free(keep);
}
END_TEST

/* The pid of this process's child running rastro-chafa (not yet ended), or 0. */
static pid_t converter_pid(void)
{
    DIR *proc = opendir("/proc");
    pid_t found = 0;
    for (struct dirent *e; proc && !found && (e = readdir(proc));) {
        char path[300], comm[64], state;
        int ppid = 0;
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        FILE *f = e->d_name[0] >= '1' && e->d_name[0] <= '9' ? fopen(path, "r") : NULL;
        if (!f)
            continue;
        if (fscanf(f, "%*d (%63[^)]) %c %d", comm, &state, &ppid) == 3 && ppid == getpid() &&
            strcmp(comm, "rastro-chafa") == 0 && state != 'Z')
            found = (pid_t)atoi(e->d_name);
        fclose(f);
    }
    if (proc)
        closedir(proc);
    return found;
}

/* The converter is kept between pictures; when it has died (killed, crashed), the next picture
 * starts another one. */
START_TEST(a_dead_converter_is_replaced)
{
    Rendered r;
    char err[300] = "";
    ck_assert_msg(render_tiny(&r, err, sizeof err), "%s", err);
    rendered_done(&r);
    pid_t first = converter_pid();
    ck_assert_int_gt(first, 0);
    ck_assert_msg(render_tiny(&r, err, sizeof err), "%s", err);
    rendered_done(&r);
    ck_assert_int_eq(converter_pid(), first);
    ck_assert_int_eq(kill(first, SIGKILL), 0);
    /* Dead (a zombie, not reaped here: rastro reaps its own). */
    char path[64], stat[256] = "";
    snprintf(path, sizeof path, "/proc/%d/stat", (int)first);
    for (int i = 0; i < 500 && !strstr(stat, ") Z "); i++) {
        FILE *f = fopen(path, "r");
        ck_assert_ptr_nonnull(f);
        ck_assert_ptr_nonnull(fgets(stat, sizeof stat, f));
        fclose(f);
        usleep(10000);
    }
    ck_assert_msg(render_tiny(&r, err, sizeof err), "%s", err);
    ck_assert_int_eq(r.cols, 2);
    ck_assert_ptr_nonnull(r.cells);
    rendered_done(&r);
    pid_t second = converter_pid();
    ck_assert_int_gt(second, 0);
    ck_assert_int_ne(second, first);
    ck_assert_int_ne(access(path, F_OK), 0); /* the dead one reaped */
}
END_TEST

/* ---- rastro picture ----------------------------------------------------------------------- */

static int picture_cmd(char **out, char **err, const char *a1, const char *a2, const char *a3,
                       const char *a4, const char *a5)
{
    char *argv[] = {(char *)tu_rastro(), "picture", (char *)a1, (char *)a2, (char *)a3,
                    (char *)a4, (char *)a5, NULL};
    return tu_run(argv, out, err);
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

START_TEST(picture_command)
{
    char *out, *err;
    /* 256 colours, fitted to 20x6: 800x450 is 20 columns by 6 rows of 1x2 cells. */
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--mode", "256",
                                 "--size", "20x6"), 0);
    ck_assert_str_eq(err, "");
    ck_assert_ptr_nonnull(strstr(out, "\033[38;5;"));
    ck_assert_ptr_nonnull(strstr(out, "\033[48;5;"));
    ck_assert_int_eq(count_lines(out), 6);
    ck_assert_ptr_nonnull(strstr(out, "\xE2\x96")); /* U+2580..U+25BF */
    free(out), free(err);

    /* The options may come before the file; 16 colours use the basic SGR codes only. */
    ck_assert_int_eq(picture_cmd(&out, &err, "--mode", "16", "assets/pistol-plain.png", NULL,
                                 NULL), 0);
    ck_assert_ptr_null(strstr(out, ";5;"));
    ck_assert_ptr_nonnull(strstr(out, "\033["));
    ck_assert_int_eq(count_lines(out), 23); /* 80x24 by default: 80 columns, 22.5 rows */
    free(out), free(err);

    /* ASCII: printable characters and newlines only. */
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--mode", "ascii",
                                 "--size", "40x10"), 0);
    ck_assert_int_eq(count_lines(out), 10); /* the height limits it: 36x10 */
    for (const char *p = out; *p; p++)
        ck_assert_msg(*p == '\n' || (*p >= 0x20 && *p <= 0x7e), "byte 0x%02x", (unsigned char)*p);
    free(out), free(err);

    /* Sixel: one DCS sequence and a newline. */
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--mode", "sixel",
                                 "--size", "40x10"), 0);
    size_t len = strlen(out);
    ck_assert_uint_gt(len, 100);
    ck_assert_int_eq(memcmp(out, "\033P", 2), 0);
    ck_assert_ptr_nonnull(strchr(out, 'q'));
    ck_assert_str_eq(out + len - 3, "\033\\\n");
    free(out), free(err);
}
END_TEST

/* The grid of a locate question over a picture: each cell's region to copy, then the picture
 * with the grid, cell names, letters and numbers drawn in. */
START_TEST(picture_command_grid)
{
    char *out, *err;
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--grid", "8x6", "--mode",
                                 "ascii"), 0);
    ck_assert_str_eq(err, "");
    ck_assert_ptr_nonnull(strstr(out, "-- pistol-plain.png (800x450 pixels) with grid = { 8, 6 }"));
    /* 800 / 8 and 450 / 6: cells of 100x75 pixels, named as trainees answer. */
    ck_assert_ptr_nonnull(strstr(out, "\n{ x =   0, y =   0, w = 100, h = 75 }, -- A1\n"));
    ck_assert_ptr_nonnull(strstr(out, "\n{ x = 400, y = 150, w = 100, h = 75 }, -- E3\n"));
    ck_assert_ptr_nonnull(strstr(out, "\n{ x = 700, y = 375, w = 100, h = 75 }, -- H6\n\n"));
    int regions = 0;
    for (const char *p = out; (p = strstr(p, " }, -- ")); p++)
        regions++;
    ck_assert_int_eq(regions, 48);
    /* The picture: letters over it, numbers beside it, lines and names in it. */
    char *pic = strstr(out, "\n\n") + 2;
    char *letters = xstrndup(pic, (size_t)(strchr(pic, '\n') - pic));
    const char *at = letters;
    for (char c = 'A'; c <= 'H'; c++) {
        at = strchr(at, c);
        ck_assert_msg(at, "column %c missing: '%s'", c, letters);
    }
    free(letters);
    ck_assert_ptr_nonnull(strstr(pic, "\n 6 "));
    ck_assert_ptr_nonnull(strstr(pic, "|E3"));
    ck_assert_ptr_nonnull(strstr(pic, "-+-"));
    /* Fitted to 80x24 with room for the letters and numbers: 77x22 cells, and the letters. */
    ck_assert_int_eq(count_lines(pic), 23);
    for (char *l = pic; *l; l = strchr(l, '\n') + 1)
        ck_assert_int_le(strchr(l, '\n') - l, 80);
    free(out), free(err);

    /* Cells of fractional size: whole pixels that cover the picture without a gap. */
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--grid", "12x7", "--mode",
                                 "256"), 0);
    ck_assert_ptr_nonnull(strstr(out, "{ x =  66, y =   0, w = 67, h = 64 }, -- B1\n"));
    ck_assert_ptr_nonnull(strstr(out, "{ x = 733, y = 385, w = 67, h = 65 }, -- L7\n"));
    ck_assert_ptr_nonnull(strstr(out, "\xE2\x94\xBC")); /* a crossing line */
    ck_assert_ptr_nonnull(strstr(out, "L7"));
    free(out), free(err);

    /* Sixel: the grid is drawn in the picture's pixels. */
    char *plain = NULL;
    ck_assert_int_eq(picture_cmd(&plain, &err, "assets/pistol-plain.png", "--mode", "sixel", NULL,
                                 NULL), 0);
    free(err);
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--mode", "sixel",
                                 "--grid", "4x3"), 0);
    char *dcs = strstr(out, "\033P");
    ck_assert_ptr_nonnull(dcs);
    ck_assert_ptr_nonnull(strstr(out, "}, -- D3\n"));
    ck_assert_str_ne(dcs, plain);
    free(plain), free(out), free(err);

    /* Grids a locate question cannot have. */
    static const char *const bad[] = {"1x6", "13x2", "8", "8x", "x6", "8x6x"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--grid", bad[i], NULL,
                                     NULL), 2);
        ck_assert_msg(strstr(err, "--grid takes COLSxROWS") && strstr(err, bad[i]), "%s", err);
        free(out), free(err);
    }
}
END_TEST

START_TEST(picture_command_errors)
{
    char *d = tu_tmpdir();
    char *junk = tu_write(d, "not-a-picture.png", "GIF89a, or so it says\n");
    char *out, *err;
    ck_assert_int_eq(picture_cmd(&out, &err, junk, NULL, NULL, NULL, NULL), 1);
    ck_assert_str_eq(out, "");
    ck_assert_msg(strstr(err, junk) && strstr(err, "not a PNG file"), "%s", err);
    free(out), free(err);
    /* A file that is not there. */
    char *gone = xasprintf("%s/gone.png", d);
    ck_assert_int_eq(picture_cmd(&out, &err, gone, NULL, NULL, NULL, NULL), 1);
    ck_assert_ptr_nonnull(strstr(err, gone));
    free(out), free(err), free(gone);
    /* Usage errors: exit 2. */
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--size", "0x3", NULL,
                                 NULL), 2);
    ck_assert_ptr_nonnull(strstr(err, "--size takes COLSxROWS"));
    ck_assert_ptr_nonnull(strstr(err, "'0x3'"));
    free(out), free(err);
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--size", "80x", NULL,
                                 NULL), 2);
    free(out), free(err);
    ck_assert_int_eq(picture_cmd(&out, &err, "assets/pistol-plain.png", "--mode", "none", NULL,
                                 NULL), 2);
    ck_assert_ptr_nonnull(strstr(err, "--mode"));
    free(out), free(err);
    ck_assert_int_eq(picture_cmd(&out, &err, NULL, NULL, NULL, NULL, NULL), 2);
    ck_assert_ptr_nonnull(strstr(err, "usage: rastro picture"));
    free(out), free(err);
    free(junk);
    tu_rmrf(d);
    free(d);
}
END_TEST

Suite *render_suite(void)
{
    Suite *s = suite_create("render");
    TCase *tc = tcase_create("fit");
    tcase_add_test(tc, fit_wide_tall_exact);
    tcase_add_test(tc, fit_cell_sizes);
    tcase_add_test(tc, fit_minimums);
    suite_add_tcase(s, tc);

    tc = tcase_create("no_helper");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, missing_helper_is_a_clear_error);
    suite_add_tcase(s, tc);

    tc = tcase_create("helper");
    tcase_add_checked_fixture(tc, fixture_setup, fixture_teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, cells_in_each_colour_mode);
    tcase_add_test(tc, ascii_is_printable);
    tcase_add_test(tc, sixel_is_one_dcs);
    tcase_add_test(tc, nothing_to_draw_is_refused);
    tcase_add_test(tc, a_dead_converter_is_replaced);
    tcase_add_test(tc, picture_command);
    tcase_add_test(tc, picture_command_grid);
    tcase_add_test(tc, picture_command_errors);
    suite_add_tcase(s, tc);
    return s;
}
