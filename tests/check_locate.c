/* Questions that point at a place on a picture: the rule for a right cell of a locate grid and
 * cell names, the loader and lint on pictures and locate questions, a locate question through
 * the module stream, and answering one in a real store. */
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
    snprintf(want, sizeof want, "%s:3: warning: pages[1].image.file: picture 'junk.png' cannot be "
                                "read: not a PNG file", path);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err), free(path);

    char *src = locate_src("'junk.png'", "{ 4, 3 }", "{ x = 1, y = 1, w = 100, h = 100 }");
    path = tu_write(dir, "locate.lua", src);
    free(src);
    ck_assert_int_eq(lint(path, &out, &err), 1);
    snprintf(want, sizeof want, "%s:5: quiz[1].image.file: picture 'junk.png' cannot be read: not "
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

/* A picture whose header reads but whose data does not decode. The shell's load reads only the
 * header (decoding every picture would slow each start), so the module loads; before a quiz
 * opens, assets_check_locate decodes its locate pictures and reports this one as lint does. */
START_TEST(undecodable_locate_picture_found_before_the_quiz)
{
    char *damaged = tu_copy("assets/pistol-plain.png", assets, "damaged.png");
    tu_damage_png(damaged);
    free(damaged);
    ck_assert(load_locate("'damaged.png'", "{ 4, 3 }", "{ x = 147, y = 165, w = 477, h = 56 }"));
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_ERROR), 0);
    const Module *m = cat.modules[0];
    Problems found = {0};
    ck_assert_int_eq(assets_check_locate(m, LANG_ES, NULL, 0, &found), 1);
    ck_assert_uint_eq(found.n, 1);
    ck_assert_int_eq(found.items[0].level, PROBLEM_ERROR);
    ck_assert_int_eq(found.items[0].line, 3);
    ck_assert_str_eq(found.items[0].file, m->file);
    ck_assert_msg(strstr(found.items[0].message,
                         "quiz[1].image.file: picture 'damaged.png' cannot be read: ") ==
                      found.items[0].message,
                  "%s", found.items[0].message);
    /* The same words lint uses, which refuses the module. */
    Catalog linted;
    catalog_init(&linted);
    ck_assert(!tu_load_file(&linted, m->file, &host_load_lint));
    ck_assert_ptr_nonnull(tu_problem_with(&linted, found.items[0].message));
    catalog_done(&linted);
    problems_done(&found);
    /* A review that does not ask it has nothing to check. */
    const char *const other[] = {"another"}, *const frame[] = {"frame"};
    ck_assert_int_eq(assets_check_locate(m, LANG_EN, other, 1, &found), 0);
    ck_assert_int_eq(assets_check_locate(m, LANG_EN, frame, 1, &found), 1);
    problems_done(&found);

    /* A picture that decodes passes. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(load_locate("'pistol-plain.png'", "{ 4, 3 }", "{ x = 147, y = 165, w = 477, h = 56 }"));
    ck_assert_int_eq(assets_check_locate(cat.modules[0], LANG_EN, NULL, 0, &found), 0);
    ck_assert_uint_eq(found.n, 0);
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
    tu_modelio_write(&b, m, &none);
    Module *back = NULL;
    Problems got = {0};
    ck_assert(tu_modelio_read(b.s, b.len, &back, &got));
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
        tu_modelio_write(&b, bad, &none);
        Module *x = NULL;
        ck_assert_msg(!tu_modelio_read(b.s, b.len, &x, &got), "break %zu was read", i);
        ck_assert_ptr_null(x);
        strbuf_done(&b);
        *breaks[i].field = keep;
    }
    size_t n = bqm->n_regions;
    bqm->n_regions = 0;
    strbuf_init(&b);
    tu_modelio_write(&b, bad, &none);
    Module *x = NULL;
    ck_assert(!tu_modelio_read(b.s, b.len, &x, &got));
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
    Store *store = tu_store_open(db, err, sizeof err);
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
    ck_assert_msg(tu_quiz_begin(&run, store, t.id, m, err, sizeof err), "%s", err);
    Verdict v;
    /* Off the grid and a cell that is not there: refused, nothing stored. */
    ck_assert(!quiz_submit(&run, (QuizAnswer){ANSWER_CELL, .col = 4, .row = 0}, &v, err, sizeof err));
    ck_assert(!quiz_submit(&run, (QuizAnswer){ANSWER_CELL, .col = 0, .row = 4}, &v, err, sizeof err));
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 0);
    ck_assert_msg(quiz_submit(&run, (QuizAnswer){ANSWER_CELL, .col = 2, .row = 3}, &v, err, sizeof err), "%s", err);
    ck_assert(v.correct);
    ck_assert_double_eq_tol(v.score, 1.0, 1e-12);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'where' "
                                    "AND response = 'C4' AND score = 1.0 AND max_score = 1.0"),
                     1);
    /* A second answer to the same question is refused. */
    ck_assert(!quiz_submit(&run, (QuizAnswer){ANSWER_CELL, .col = 0, .row = 0}, &v, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 1);
    ck_assert(quiz_finish(&run, err, sizeof err));
    quiz_done(&run);

    /* Another attempt, pointing at D3, beside it: wrong, stored as D3 with no score. */
    ck_assert_msg(tu_quiz_begin(&run, store, t.id, m, err, sizeof err), "%s", err);
    ck_assert_msg(quiz_submit(&run, (QuizAnswer){ANSWER_CELL, .col = 3, .row = 2}, &v, err, sizeof err), "%s", err);
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

Suite *locate_suite(void)
{
    Suite *s = suite_create("locate");
    TCase *tc = tcase_create("grid");
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
    tcase_add_test(tc, undecodable_locate_picture_found_before_the_quiz);
    tcase_add_test(tc, model_io_round_trip_locate);
    tcase_add_test(tc, submit_locate_stores_the_cell);
    suite_add_tcase(s, tc);
    return s;
}
