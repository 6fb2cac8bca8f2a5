/* Pictures as terminal cells and the questions that point at them: fitting a picture into a box,
 * the rule for a right cell of a locate grid, a locate question through the module stream, the
 * loader and lint, and a real store; the libchafa plugin in every mode; `rastro picture`. */
#include <check.h>
#include <limits.h>
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

/* ---- the locate grid ---------------------------------------------------------------------- */

/* A locate question on an 800x400 picture, with a 4x4 grid of 200x100-pixel cells (a quarter of
 * a cell: 5000 square pixels), and one region. Caller frees with question_done. */
static void locate_question(Question *q, Region r)
{
    memset(q, 0, sizeof *q);
    q->id = xstrdup("where");
    q->type = QUESTION_LOCATE;
    q->grid_cols = 4;
    q->grid_rows = 4;
    q->pic_w = 800;
    q->pic_h = 400;
    q->regions = xcalloc(1, sizeof *q->regions);
    q->regions[0] = r;
    q->n_regions = 1;
}

/* The names of q's right cells, "A1 B1". */
static void right_names(const Question *q, char *out, size_t len)
{
    out[0] = '\0';
    for (unsigned r = 0; r < q->grid_rows; r++)
        for (unsigned c = 0; c < q->grid_cols; c++)
            if (locate_cell_right(q, c, r)) {
                char name[8];
                locate_cell_name(c, r, name, sizeof name);
                snprintf(out + strlen(out), len - strlen(out), "%s%s", out[0] ? " " : "", name);
            }
}

static void expect_right(Region r, const char *want, unsigned count)
{
    Question q;
    locate_question(&q, r);
    char got[200];
    right_names(&q, got, sizeof got);
    ck_assert_msg(strcmp(got, want) == 0, "region {%g, %g, %g, %g}: right cells '%s', want '%s'",
                  r.x, r.y, r.w, r.h, got, want);
    ck_assert_uint_eq(locate_right_cells(&q), count);
    question_done(&q);
}

START_TEST(cell_right_quarter_of_the_cell)
{
    /* A wide region (40000 px, so no cell covers half of it): A1 overlaps it by 50x100 = 5000,
     * exactly a quarter of the cell, and is right; one pixel further it is 4900, and not. */
    expect_right((Region){150, 0, 400, 100}, "A1 B1 C1", 3);
    expect_right((Region){151, 0, 400, 100}, "B1 C1", 2);
    /* The same threshold downwards: B2 overlaps by 200x25. */
    expect_right((Region){200, 75, 200, 300}, "B1 B2 B3 B4", 4);
    expect_right((Region){200, 76, 200, 300}, "B2 B3 B4", 3);
}
END_TEST

START_TEST(cell_right_half_of_the_region)
{
    /* A small region (40x20 = 800 px) across the line between A2 and B2: each holds 400 px, half
     * of it, so both are right; moved one pixel right, A2 holds 380 and is not. */
    expect_right((Region){180, 150, 40, 20}, "A2 B2", 2);
    expect_right((Region){181, 150, 40, 20}, "B2", 1);
    /* A small region at the corner of four cells: each holds a quarter, none is right. */
    expect_right((Region){180, 90, 40, 20}, "", 0);
    /* Inside one cell: that cell. */
    expect_right((Region){420, 310, 10, 10}, "C4", 1);
    /* A region that fills a cell exactly: only that cell; touching edges do not count. */
    expect_right((Region){200, 100, 200, 100}, "B2", 1);
    /* The whole picture: every cell. */
    expect_right((Region){0, 0, 800, 400},
                 "A1 B1 C1 D1 A2 B2 C2 D2 A3 B3 C3 D3 A4 B4 C4 D4", 16);
}
END_TEST

START_TEST(cell_right_outside_the_grid)
{
    Question q;
    locate_question(&q, (Region){0, 0, 800, 400});
    ck_assert(locate_cell_right(&q, 3, 3));
    ck_assert(!locate_cell_right(&q, 4, 0));
    ck_assert(!locate_cell_right(&q, 0, 4));
    ck_assert(!locate_cell_right(&q, UINT_MAX, 0));
    /* Not a locate question, or a picture whose size is not known: nothing is right. */
    q.type = QUESTION_CHOICE;
    ck_assert(!locate_cell_right(&q, 0, 0));
    ck_assert_uint_eq(locate_right_cells(&q), 0);
    q.type = QUESTION_LOCATE;
    q.pic_w = 0;
    ck_assert(!locate_cell_right(&q, 0, 0));
    question_done(&q);
}
END_TEST

START_TEST(cell_names_and_parsing)
{
    char name[8];
    locate_cell_name(0, 0, name, sizeof name);
    ck_assert_str_eq(name, "A1");
    locate_cell_name(2, 3, name, sizeof name);
    ck_assert_str_eq(name, "C4");
    locate_cell_name(11, 11, name, sizeof name);
    ck_assert_str_eq(name, "L12");

    Question q;
    locate_question(&q, (Region){0, 0, 10, 10});
    unsigned c = 99, r = 99;
    ck_assert(locate_parse_cell(&q, "C4", &c, &r));
    ck_assert_uint_eq(c, 2);
    ck_assert_uint_eq(r, 3);
    ck_assert(locate_parse_cell(&q, "a1", &c, &r));
    ck_assert_uint_eq(c, 0);
    ck_assert_uint_eq(r, 0);
    ck_assert(locate_parse_cell(&q, " d4 ", &c, &r));
    ck_assert_uint_eq(c, 3);
    ck_assert_uint_eq(r, 3);
    /* Every name made for the grid reads back as its cell. */
    for (unsigned y = 0; y < q.grid_rows; y++)
        for (unsigned x = 0; x < q.grid_cols; x++) {
            locate_cell_name(x, y, name, sizeof name);
            ck_assert(locate_parse_cell(&q, name, &c, &r));
            ck_assert_uint_eq(c, x);
            ck_assert_uint_eq(r, y);
        }
    /* Refused, and the outputs left alone: off the grid, malformed. */
    static const char *const bad[] = {"", "C", "4C", "C0", "C5", "E1", "C4x", "C-1", "CC4",
                                      "C 4", "@1", "C+4"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        c = r = 77;
        ck_assert_msg(!locate_parse_cell(&q, bad[i], &c, &r), "'%s' was taken", bad[i]);
        ck_assert_uint_eq(c, 77);
        ck_assert_uint_eq(r, 77);
    }
    /* A larger grid has the fifth column and row. */
    q.grid_cols = q.grid_rows = 12;
    ck_assert(locate_parse_cell(&q, "L12", &c, &r));
    ck_assert_uint_eq(c, 11);
    ck_assert_uint_eq(r, 11);
    ck_assert(!locate_parse_cell(&q, "M1", &c, &r));
    ck_assert(!locate_parse_cell(&q, "A13", &c, &r));
    question_done(&q);
}
END_TEST

/* ---- modules with pictures: a temporary folder with an assets/ folder beside the module --- */

static char *dir, *assets;
static Catalog cat;

static void module_setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&assets, "%s/assets", dir), 0);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    static const char *const copies[] = {"pistol-plain.png", "pistol_en.png", "pistol_es.png",
                                         "marking-sheet_en.png"};
    for (size_t i = 0; i < sizeof copies / sizeof copies[0]; i++) {
        char src[256];
        snprintf(src, sizeof src, "assets/%s", copies[i]);
        free(tu_copy(src, assets, copies[i]));
    }
    free(tu_write(assets, "junk.png", "this is a text file and not a PNG at all\n"));
    catalog_init(&cat);
}

static void module_teardown(void)
{
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
    free(assets);
}

#define HEAD "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
#define T(s) "{ en = '" s "', es = '" s "' }"

/* A module with one locate question on picture file, with grid and regions as written. */
static char *locate_src(const char *file, const char *grid, const char *regions)
{
    char *src = NULL;
    ck_assert_int_ge(
        asprintf(&src,
                 HEAD " quiz = {\n"
                      "  locate { id = 'frame', prompt = " T("Point at the frame.") ",\n"
                      "    explain = " T("The lower part.") ",\n"
                      "    image = { file = %s, alt = " T("A pistol") " },\n"
                      "    grid = %s,\n"
                      "    regions = { %s } } } }\n",
                 file, grid, regions),
        0);
    return src;
}

static bool load_locate(const char *file, const char *grid, const char *regions)
{
    char *src = locate_src(file, grid, regions);
    bool ok = tu_load_module(&cat, dir, src);
    free(src);
    return ok;
}

/* The problem whose message holds text, failing the test (listing them all) when none does. */
static const Problem *problem(const char *text)
{
    const Problem *p = tu_problem_with(&cat, text);
    if (!p) {
        StrBuf all;
        strbuf_init(&all);
        for (size_t i = 0; i < cat.problems.n; i++)
            strbuf_printf(&all, "\n  %d %s", cat.problems.items[i].level,
                          cat.problems.items[i].message);
        ck_abort_msg("no problem with '%s'; problems:%s", text, all.s);
    }
    return p;
}

START_TEST(per_language_picture_files)
{
    const char *src =
        HEAD " pages = { page { title = " T("P") ", text = " T("Look.") ",\n"
             "   image = { file = { en = 'pistol_en.png', es = 'pistol_es.png' },\n"
             "             caption = " T("A pistol") ", alt = " T("Left side") " } } } }\n";
    ck_assert(tu_load_module(&cat, dir, src));
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_ERROR), 0);
    ck_assert_ptr_null(tu_problem_with(&cat, "picture"));
    const Module *m = cat.modules[0];
    const Image *im = &m->pages[0].image;
    ck_assert(image_present(im));
    ck_assert_str_eq(ltext_get(&im->file, LANG_EN), "pistol_en.png");
    ck_assert_str_eq(ltext_get(&im->file, LANG_ES), "pistol_es.png");
    /* Each language's file is the one found beside the module. */
    char path[4200], want[4200];
    ck_assert(assets_find(m->file, ltext_get(&im->file, LANG_ES), path, sizeof path));
    snprintf(want, sizeof want, "%s/assets/pistol_es.png", dir);
    ck_assert_str_eq(path, want);
    ck_assert(assets_find(m->file, ltext_get(&im->file, LANG_EN), path, sizeof path));
    snprintf(want, sizeof want, "%s/assets/pistol_en.png", dir);
    ck_assert_str_eq(path, want);

    /* An es file only is refused: en is what other languages fall back to. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!tu_load_module(&cat, dir, HEAD " pages = { page { title = " T("P") ", text = "
                                          T("T") ",\n image = { file = { es = 'pistol_es.png' },"
                                          " alt = " T("A") " } } } }\n"));
    ck_assert_int_eq(problem("needs an en picture")->level, PROBLEM_ERROR);
}
END_TEST

START_TEST(per_language_locate_pictures_of_one_size)
{
    /* Both pistols are 800x450: fine, and the size is read. */
    ck_assert(load_locate("{ en = 'pistol_en.png', es = 'pistol_es.png' }", "{ 4, 3 }",
                          "{ x = 147, y = 165, w = 477, h = 56 }"));
    ck_assert_uint_eq(cat.modules[0]->questions[0].pic_w, 800);
    ck_assert_uint_eq(cat.modules[0]->questions[0].pic_h, 450);
    /* One language's picture of another size cannot share the places. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!load_locate("{ en = 'pistol_en.png', es = 'marking-sheet_en.png' }", "{ 4, 3 }",
                           "{ x = 147, y = 165, w = 477, h = 56 }"));
    const Problem *p = problem("all of one size");
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    ck_assert_ptr_nonnull(strstr(p->message, "960x695"));
}
END_TEST

START_TEST(missing_picture_warning_on_page_error_on_locate)
{
    const char *page =
        HEAD " pages = { page { title = " T("P") ", text = " T("T") ",\n"
             "   image = { file = 'nowhere.png', alt = " T("Gone") " } } } }\n";
    ck_assert(tu_load_module(&cat, dir, page));
    const Problem *p = problem("no picture 'nowhere.png' in assets/");
    ck_assert_int_eq(p->level, PROBLEM_WARNING);
    ck_assert_int_eq(p->line, 2);
    ck_assert_ptr_nonnull(strstr(p->message, "pages[1].image.file"));
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_ERROR), 0);

    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!load_locate("'nowhere.png'", "{ 4, 3 }", "{ x = 1, y = 1, w = 100, h = 100 }"));
    p = problem("no picture 'nowhere.png' in assets/");
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    ck_assert_ptr_nonnull(strstr(p->message, "quiz[1].image.file"));
    ck_assert_uint_eq(cat.n, 0);
}
END_TEST

START_TEST(region_past_the_edge)
{
    ck_assert(!load_locate("'pistol-plain.png'", "{ 4, 3 }",
                           "{ x = 100, y = 100, w = 50, h = 50 }, "
                           "{ x = 700, y = 100, w = 200, h = 50 }"));
    const Problem *p = problem("goes past the picture's edge");
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    ck_assert_ptr_nonnull(strstr(p->message, "quiz[1].regions[2]"));
    ck_assert_ptr_nonnull(strstr(p->message, "800x450 pixels"));
    /* Down too; the first region is fine and named nowhere. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!load_locate("'pistol-plain.png'", "{ 4, 3 }",
                           "{ x = 0, y = 400, w = 100, h = 51 }"));
    p = problem("goes past the picture's edge");
    ck_assert_ptr_nonnull(strstr(p->message, "regions[1]"));
    /* Up to the edge is on the picture. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(load_locate("'pistol-plain.png'", "{ 4, 3 }", "{ x = 600, y = 300, w = 200, h = 150 }"));
    ck_assert_ptr_null(tu_problem_with(&cat, "edge"));
}
END_TEST

START_TEST(region_no_cell_can_point_at)
{
    /* 200x150-pixel cells; a 20x20 region at the corner of four of them: each holds a quarter of
     * the region and a sliver of the cell. */
    ck_assert(!load_locate("'pistol-plain.png'", "{ 4, 3 }",
                           "{ x = 190, y = 140, w = 20, h = 20 }"));
    const Problem *p = problem("no cell of the 4x3 grid is right");
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    /* The same region on a grid whose lines miss it (cells of 266.7x112.5 pixels). */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(load_locate("'pistol-plain.png'", "{ 3, 4 }",
                          "{ x = 190, y = 140, w = 20, h = 20 }"));
    ck_assert_uint_eq(locate_right_cells(&cat.modules[0]->questions[0]), 1);
}
END_TEST

START_TEST(huge_region_is_a_warning)
{
    ck_assert(load_locate("'pistol-plain.png'", "{ 4, 3 }", "{ x = 0, y = 0, w = 800, h = 450 }"));
    const Problem *p = problem("12 of the 12 cells are right");
    ck_assert_int_eq(p->level, PROBLEM_WARNING);
    /* Half of the cells is still fine; one more is not. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(load_locate("'pistol-plain.png'", "{ 4, 3 }", "{ x = 0, y = 0, w = 400, h = 450 }"));
    ck_assert_ptr_null(tu_problem_with(&cat, "cells are right"));
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(load_locate("'pistol-plain.png'", "{ 4, 3 }", "{ x = 0, y = 0, w = 600, h = 300 }, "
                                                        "{ x = 0, y = 300, w = 200, h = 150 }"));
    ck_assert_ptr_nonnull(problem("7 of the 12 cells are right"));
}
END_TEST

static int lint(const char *file, char **out, char **err)
{
    char *argv[] = {(char *)tu_rastro(), "lint", (char *)file, NULL};
    return tu_run(argv, out, err);
}

START_TEST(lint_reads_every_picture)
{
    /* A file that is not a PNG: a warning on a page, an error on a locate question. */
    char *path = tu_write(dir, "page.lua",
                          HEAD " pages = { page { title = " T("P") ", text = " T("T") ",\n"
                               "   image = { file = 'junk.png', alt = " T("Junk") " } } } }\n");
    char *out, *err;
    ck_assert_int_eq(lint(path, &out, &err), 0);
    char want[600];
    snprintf(want, sizeof want, "%s:2: warning: pages[1].image.file: picture 'junk.png' cannot be "
                                "read: not a PNG file", path);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err), free(path);

    char *src = locate_src("'junk.png'", "{ 4, 3 }", "{ x = 1, y = 1, w = 100, h = 100 }");
    path = tu_write(dir, "locate.lua", src);
    free(src);
    ck_assert_int_eq(lint(path, &out, &err), 1);
    snprintf(want, sizeof want, "%s:3: quiz[1].image.file: picture 'junk.png' cannot be read: not "
                                "a PNG file", path);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err), free(path);

    /* The real pictures pass. */
    src = locate_src("'pistol-plain.png'", "{ 4, 3 }", "{ x = 147, y = 165, w = 477, h = 56 }");
    path = tu_write(dir, "good.lua", src);
    free(src);
    ck_assert_int_eq(lint(path, &out, &err), 0);
    ck_assert_msg(strstr(err, "1 module loaded; 0 errors"), "lint said:\n%s%s", out, err);
    free(out), free(err), free(path);
}
END_TEST

/* ---- a locate question through the module stream ---------------------------------------- */

START_TEST(model_io_round_trip_locate)
{
    ck_assert(load_locate("'pistol-plain.png'", "{ 5, 4 }",
                          "{ x = 147, y = 165, w = 477, h = 56 }, "
                          "{ x = 172.5, y = 221, w = 263, h = 72.25 }"));
    const Module *m = cat.modules[0];
    const Question *q = &m->questions[0];
    ck_assert_int_eq(q->type, QUESTION_LOCATE);
    Problems none = {0};
    StrBuf b;
    strbuf_init(&b);
    modelio_write(&b, m, &none);
    Module *back = NULL;
    Problems got = {0};
    ck_assert(modelio_read(b.s, b.len, &back, &got));
    const Question *bq = &back->questions[0];
    ck_assert_int_eq(bq->type, QUESTION_LOCATE);
    ck_assert_uint_eq(bq->grid_cols, 5);
    ck_assert_uint_eq(bq->grid_rows, 4);
    ck_assert_uint_eq(bq->pic_w, 800);
    ck_assert_uint_eq(bq->pic_h, 450);
    ck_assert_uint_eq(bq->n_regions, 2);
    ck_assert_double_eq(bq->regions[0].x, 147);
    ck_assert_double_eq(bq->regions[0].w, 477);
    ck_assert_double_eq(bq->regions[1].x, 172.5);
    ck_assert_double_eq(bq->regions[1].h, 72.25);
    ck_assert_str_eq(ltext_get(&bq->image.file, LANG_EN), "pistol-plain.png");
    ck_assert_str_eq(ltext_get(&bq->image.alt, LANG_ES), "A pistol");
    /* The same cells are right on both sides. */
    for (unsigned r = 0; r < 4; r++)
        for (unsigned c = 0; c < 5; c++)
            ck_assert_int_eq(locate_cell_right(bq, c, r), locate_cell_right(q, c, r));
    ck_assert_uint_gt(locate_right_cells(bq), 0);
    module_free(back);
    strbuf_done(&b);

    /* A locate question without places, grid or picture size is refused. */
    Module *bad = cat.modules[0];
    Question *bqm = &bad->questions[0];
    struct { unsigned *field; unsigned value; } breaks[] = {
        {&bqm->grid_cols, 0}, {&bqm->grid_rows, LOCATE_MAX_GRID + 1}, {&bqm->pic_w, 0},
        {&bqm->pic_h, 0}};
    for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
        unsigned keep = *breaks[i].field;
        *breaks[i].field = breaks[i].value;
        strbuf_init(&b);
        modelio_write(&b, bad, &none);
        Module *x = NULL;
        ck_assert_msg(!modelio_read(b.s, b.len, &x, &got), "break %zu was read", i);
        ck_assert_ptr_null(x);
        strbuf_done(&b);
        *breaks[i].field = keep;
    }
    size_t n = bqm->n_regions;
    bqm->n_regions = 0;
    strbuf_init(&b);
    modelio_write(&b, bad, &none);
    Module *x = NULL;
    ck_assert(!modelio_read(b.s, b.len, &x, &got));
    strbuf_done(&b);
    bqm->n_regions = n;
    problems_done(&got);
}
END_TEST

/* ---- answering a locate question in a real store ---------------------------------------- */

START_TEST(submit_locate_stores_the_cell)
{
    char err[512] = "";
    char *db = xasprintf("%s/rastro.db", dir);
    Store *store = store_open(db, err, sizeof err);
    ck_assert_msg(store != NULL, "%s", err);
    Trainee t = {.name = "Ana", .agency = "", .country = "MX"};
    ck_assert(store_trainee_add(store, &t, err, sizeof err));

    Module *m = module_new();
    m->id = xstrdup("where.m");
    m->version = 1;
    m->file = xstrdup("where.lua");
    m->title = (LText){{xstrdup("Where"), NULL}};
    m->questions = xcalloc(1, sizeof *m->questions);
    m->n_questions = 1;
    /* The right place lies inside C4 (x 400-600, y 300-400). */
    locate_question(&m->questions[0], (Region){420, 310, 100, 50});

    QuizRun run;
    ck_assert_msg(quiz_begin(&run, store, t.id, m, err, sizeof err), "%s", err);
    Verdict v;
    /* Off the grid and a cell that is not there: refused, nothing stored. */
    ck_assert(!quiz_submit_locate(&run, 4, 0, &v, err, sizeof err));
    ck_assert(!quiz_submit_locate(&run, 0, 4, &v, err, sizeof err));
    ck_assert(!quiz_submit(&run, 0, &v, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 0);
    ck_assert_msg(quiz_submit_locate(&run, 2, 3, &v, err, sizeof err), "%s", err);
    ck_assert(v.correct);
    ck_assert_double_eq_tol(v.score, 1.0, 1e-12);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'where' "
                                    "AND response = 'C4' AND score = 1.0 AND max_score = 1.0"),
                     1);
    /* A second answer to the same question is refused. */
    ck_assert(!quiz_submit_locate(&run, 0, 0, &v, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 1);
    ck_assert(quiz_finish(&run, err, sizeof err));
    quiz_done(&run);

    /* Another attempt, pointing at D3, beside it: wrong, stored as D3 with no score. */
    ck_assert_msg(quiz_begin(&run, store, t.id, m, err, sizeof err), "%s", err);
    ck_assert_msg(quiz_submit_locate(&run, 3, 2, &v, err, sizeof err), "%s", err);
    ck_assert(!v.correct);
    ck_assert_double_eq_tol(v.score, 0.0, 1e-12);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE response = 'D3' AND "
                                    "score = 0.0 AND attempt_id = (SELECT max(id) FROM attempt)"),
                     1);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 2);
    ck_assert_int_eq(tu_sql_int(db, "SELECT group_concat(response, ',') = 'C4,D3' FROM "
                                    "(SELECT response FROM answer ORDER BY id)"),
                     1);
    quiz_done(&run);
    module_free(m);
    store_close(store);
    free(db);
}
END_TEST

/* ---- the converter plugin ----------------------------------------------------------------- */

/* The tests find the plugin beside run_tests (build/ or build/asan/); when the runner was moved,
 * beside the rastro under test. */
static void plugin_setup(void)
{
    const char *env = getenv("RASTRO_CHAFA_PLUGIN");
    if (env && env[0])
        return;
    char exe[PATH_MAX], path[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    snprintf(path, sizeof path, "%s/rastro-chafa.so", exe);
    if (access(path, R_OK) == 0)
        return;
    snprintf(path, sizeof path, "%s", tu_rastro());
    slash = strrchr(path, '/');
    snprintf(slash ? slash + 1 : path, sizeof path - (size_t)(slash ? slash + 1 - path : 0),
             "rastro-chafa.so");
    setenv("RASTRO_CHAFA_PLUGIN", path, 1);
}

static Picture fixture;

static void fixture_setup(void)
{
    plugin_setup();
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
    ck_assert_msg(render_picture(&rq, &r, err, sizeof err), "%s: %s", render_mode_name(mode),
                  err);
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
            ck_assert_msg(is_symbol(c->ch), "%s: cell %d is U+%04X", render_mode_name(modes[i].mode),
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

/* Runs before any test has loaded the plugin (each test runs in its own process, unless
 * CK_FORK=no, when this test case comes first). */
START_TEST(missing_plugin_is_a_clear_error)
{
    char *keep = getenv("RASTRO_CHAFA_PLUGIN") ? xstrdup(getenv("RASTRO_CHAFA_PLUGIN")) : NULL;
    setenv("RASTRO_CHAFA_PLUGIN", "/nonexistent/rastro-chafa.so", 1);
    unsigned char px[4 * 4] = {255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 9, 9, 9, 255};
    RenderRequest rq = {.mode = RENDER_256, .cols = 2, .rows = 1, .rgba = px, .width = 2,
                        .height = 2, .stride = 8};
    Rendered r;
    memset(&r, 0x5a, sizeof r);
    char err[300] = "";
    ck_assert(!render_picture(&rq, &r, err, sizeof err));
    ck_assert_ptr_null(r.cells);
    ck_assert_ptr_null(r.sixel);
    ck_assert_msg(strstr(err, "picture converter (rastro-chafa.so) cannot be loaded"), "%s", err);
    ck_assert_msg(strstr(err, "/nonexistent/rastro-chafa.so"), "%s", err);

    /* rastro picture says the same and fails. */
    char *argv[] = {(char *)tu_rastro(), "picture", "assets/pistol-plain.png", NULL};
    char *out, *e;
    ck_assert_int_eq(tu_run(argv, &out, &e), 1);
    ck_assert_str_eq(out, "");
    ck_assert_msg(strstr(e, "rastro-chafa.so) cannot be loaded"), "%s", e);
    free(out), free(e);
    if (keep)
        setenv("RASTRO_CHAFA_PLUGIN", keep, 1);
    else
        unsetenv("RASTRO_CHAFA_PLUGIN");
    free(keep);
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

    tc = tcase_create("grid");
    tcase_add_test(tc, cell_right_quarter_of_the_cell);
    tcase_add_test(tc, cell_right_half_of_the_region);
    tcase_add_test(tc, cell_right_outside_the_grid);
    tcase_add_test(tc, cell_names_and_parsing);
    suite_add_tcase(s, tc);

    tc = tcase_create("modules");
    tcase_add_checked_fixture(tc, module_setup, module_teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, per_language_picture_files);
    tcase_add_test(tc, per_language_locate_pictures_of_one_size);
    tcase_add_test(tc, missing_picture_warning_on_page_error_on_locate);
    tcase_add_test(tc, region_past_the_edge);
    tcase_add_test(tc, region_no_cell_can_point_at);
    tcase_add_test(tc, huge_region_is_a_warning);
    tcase_add_test(tc, lint_reads_every_picture);
    tcase_add_test(tc, model_io_round_trip_locate);
    tcase_add_test(tc, submit_locate_stores_the_cell);
    suite_add_tcase(s, tc);

    tc = tcase_create("no_plugin");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, missing_plugin_is_a_clear_error);
    suite_add_tcase(s, tc);

    tc = tcase_create("plugin");
    tcase_add_checked_fixture(tc, fixture_setup, fixture_teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, cells_in_each_colour_mode);
    tcase_add_test(tc, ascii_is_printable);
    tcase_add_test(tc, sixel_is_one_dcs);
    tcase_add_test(tc, nothing_to_draw_is_refused);
    tcase_add_test(tc, picture_command);
    tcase_add_test(tc, picture_command_errors);
    suite_add_tcase(s, tc);
    return s;
}
