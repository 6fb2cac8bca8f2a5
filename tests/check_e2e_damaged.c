/* End to end, pictures whose header reads but whose data does not decode (a CRC error in the
 * image data): a locate question on one is never answered by guessing cells. The shell refuses
 * its quiz before an attempt begins and lists the problem as lint does; a picture that breaks
 * during a quiz leaves its question unanswerable; `rastro preview` lists what `rastro lint`
 * reports, with the same counts. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content, *assets;

#define REGIONS "{ { x = 147, y = 165, w = 477, h = 56 }, { x = 172, y = 221, w = 263, h = 72 } }"

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db = xasprintf("%s/data/rastro.db", dir);
    content = xasprintf("%s/content", dir);
    assets = xasprintf("%s/assets", content);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    free(tu_copy("assets/pistol-plain.png", assets, "pistol-plain.png"));
    free(tu_copy("assets/marking-sheet-plain.png", assets, "sheet.png"));
    char *damaged = tu_copy("assets/pistol-plain.png", assets, "pistol-damaged.png");
    tu_damage_png(damaged);
    free(damaged);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
    free(assets);
}

static PtyTerm *shell(int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    return tu_pty(argv, "C.UTF-8", NULL, rows, cols);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

/* A module whose only question points at a picture that does not decode. */
static const char damaged_lua[] =
    "return lesson {\n"
    "  id = 'dmg', title = 'Damaged', summary = 'A quiz on a damaged picture.',\n"
    "  pages = { page { title = 'Read me', text = 'The lesson still opens.' } },\n"
    "  quiz = {\n"
    "    locate { id = 'where', prompt = 'Point at the frame.',\n"
    "      image = { file = 'pistol-damaged.png', alt = 'A pistol' }, grid = { 4, 3 },\n"
    "      regions = " REGIONS ", explain = 'The lower part.' },\n"
    "  },\n"
    "}\n";

/* The shell loads the module (its pictures are only looked for, to keep the start fast) but
 * will not open its quiz: no attempt begins, no cell can be answered, the lesson still opens
 * and the main menu lists the problem in lint's words. */
START_TEST(quiz_with_an_undecodable_locate_picture_does_not_open)
{
    char *path = tu_write(content, "dmg.lua", damaged_lua);
    PtyTerm *t = shell(24, 160);
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Take the quiz");
    ptyterm_send(t, "2");
    expect(t, "The quiz cannot open: one of its pictures cannot be read.");
    tu_expect_absent(t, "Point at the frame.");
    tu_expect_absent(t, "Pointing at");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt"), 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 0);
    /* The lesson is not affected. */
    ptyterm_send(t, "1");
    expect(t, "The lesson still opens.");
    ptyterm_send(t, "q");
    expect(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect(t, "Content problems (1)");
    ptyterm_send(t, "2");
    char *want = xasprintf("%s:5: quiz[1].image.file: picture 'pistol-damaged.png' cannot be "
                           "read: ", path);
    tu_expect_wrapped(t, want, 10000); /* longer than a line of text may be */
    free(want);
    /* Asked again, the problem is not listed twice. */
    ptyterm_send(t, "q");
    ptyterm_send(t, "1");
    expect(t, "Take the quiz");
    ptyterm_send(t, "2");
    expect(t, "The quiz cannot open");
    ptyterm_send(t, "q");
    expect(t, "Content problems (1)");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt"), 0);
    ptyterm_free(t);
    free(path);
}
END_TEST

/* Two questions on two pictures that decode when the quiz opens; the second picture is damaged
 * while the first question is answered. */
static const char two_lua[] =
    "return lesson {\n"
    "  id = 'two', title = 'Two', summary = 'Two pictures.',\n"
    "  quiz = {\n"
    "    locate { id = 'frame', prompt = 'Point at the frame.',\n"
    "      image = { file = 'pistol-plain.png', alt = 'A pistol' }, grid = { 4, 3 },\n"
    "      regions = " REGIONS ", explain = 'The lower part.' },\n"
    "    locate { id = 'import', prompt = 'Point at the import marks.',\n"
    "      image = { file = 'sheet.png', alt = 'Six plates' }, grid = { 4, 3 },\n"
    "      regions = { { x = 24, y = 394, w = 432, h = 157 } }, explain = 'Bottom left.' },\n"
    "  },\n"
    "}\n";

START_TEST(locate_question_whose_picture_breaks_cannot_be_answered)
{
    free(tu_write(content, "two.lua", two_lua));
    PtyTerm *t = shell(24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "1");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "1"); /* no pages: the quiz is first */
    expect(t, "Point at the frame.");
    expect(t, "Pointing at C2: column C, row 2.");
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Pointing at B2: column B, row 2.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Saved. Enter: next question");
    char *sheet = xasprintf("%s/sheet.png", assets);
    tu_damage_png(sheet);
    free(sheet);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Point at the import marks.");
    expect(t, "This picture cannot be shown, so the question cannot be answered.");
    tu_expect_absent(t, "Pointing at");
    /* Neither Enter nor the arrows answer it. */
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_send(t, " ");
    ptyterm_settle(t, 200, 3000);
    tu_expect_absent(t, "Saved.");
    tu_expect_absent(t, "Not quite");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE question_id = 'import'"), 0);
    /* Leaving keeps the answer given and the attempt open. */
    ptyterm_send(t, "q");
    expect(t, "Leave the quiz?");
    ptyterm_send(t, "y");
    expect(t, "Carry on with the quiz (1 answered)");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NULL"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 1);
    ptyterm_free(t);
}
END_TEST

/* The counts at the end of lint's summary ("...; 1 error, 3 warnings") as the preview writes
 * them ("1 error, 3 warnings."). Caller frees. */
static char *preview_counts(const char *lint_err)
{
    const char *semi = strrchr(lint_err, ';');
    ck_assert_ptr_nonnull(semi);
    char *counts = xstrdup(semi + 2);
    char *nl = strchr(counts, '\n');
    if (nl)
        *nl = '\0';
    char *s = xasprintf("%s.", counts);
    free(counts);
    return s;
}

/* Everything lint finds here: a text in one language, a prerequisite that a file alone cannot
 * judge, no sources, a page picture that does not decode (a warning) and a locate picture
 * that does not decode (an error). */
static const char problems_lua[] =
    "return lesson {\n"
    "  id = 'prob', title = 'Only English', requires = { 'elsewhere' },\n"
    "  pages = { page { title = { en = 'P', es = 'P' }, text = { en = 'T', es = 'T' },\n"
    "    image = { file = 'pistol-damaged.png', alt = { en = 'A', es = 'A' } } } },\n"
    "  quiz = {\n"
    "    locate { id = 'where', prompt = { en = 'Where?', es = '¿Dónde?' },\n"
    "      image = { file = 'pistol-damaged.png', alt = { en = 'A', es = 'A' } },\n"
    "      grid = { 4, 3 }, regions = " REGIONS ",\n"
    "      explain = { en = 'Low.', es = 'Abajo.' } },\n"
    "  },\n"
    "}\n";

START_TEST(preview_lists_what_lint_reports)
{
    char *path = tu_write(content, "prob.lua", problems_lua);
    char *argv[] = {(char *)tu_rastro(), "lint", path, NULL};
    char *out, *err;
    ck_assert_int_eq(tu_run(argv, &out, &err), 1);
    ck_assert_msg(strstr(out, "quiz[1].image.file: picture 'pistol-damaged.png' cannot be read"),
                  "lint said:\n%s%s", out, err);
    ck_assert_msg(strstr(out, "warning: pages[1].image.file: picture 'pistol-damaged.png' cannot "
                              "be read"), "lint said:\n%s%s", out, err);
    char *counts = preview_counts(err);

    char *pargv[] = {(char *)tu_rastro(), "preview", path, NULL};
    char *tmp = xasprintf("TMPDIR=%s", dir);
    char *extra[] = {tmp, NULL};
    PtyTerm *t = tu_pty(pargv, "C.UTF-8", extra, 40, 220);
    free(tmp);
    expect(t, "The module did not load.");
    expect(t, counts);
    /* Every line lint printed is on the preview's screen, in full. */
    int lines = 0;
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        ck_assert_msg(text_width(line) < 216, "line too wide for the test: %s", line);
        expect(t, line);
        lines++;
    }
    ck_assert_int_ge(lines, 4);
    ptyterm_send(t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(t, 5000), 0);
    ptyterm_free(t);
    free(counts);
    free(out), free(err), free(path);
}
END_TEST

Suite *e2e_damaged_suite(void)
{
    Suite *s = suite_create("e2e_damaged");
    TCase *tc = tcase_create("shell");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, quiz_with_an_undecodable_locate_picture_does_not_open);
    tcase_add_test(tc, locate_question_whose_picture_breaks_cannot_be_answered);
    tcase_add_test(tc, preview_lists_what_lint_reports);
    suite_add_tcase(s, tc);
    return s;
}
