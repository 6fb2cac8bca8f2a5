/* End to end, the lesson side: the real rastro binary in a pseudo-terminal on a fixture content
 * directory: page markup on screen, a branch taken and Back along the path taken, the picture
 * placeholder, and a module locked until its prerequisite is passed. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;

static const char basics_lua[] =
    "return lesson {\n"
    "  id = 'basics',\n"
    "  title = { en = 'Basics', es = 'Lo basico' },\n"
    "  summary = { en = 'The first module.', es = 'El primer modulo.' },\n"
    "  pages = { page { title = 'Start', text = 'Plain page.' } },\n"
    "  quiz = {\n"
    "    choice { id = 'q1', prompt = { en = 'Pick Alpha.', es = 'Elija Alfa.' },\n"
    "             options = { 'Alpha', 'Beta' }, answer = 1, explain = 'Alpha it is.' },\n"
    "  },\n"
    "}\n";

/* Pages in file order intro, pistols, rifles, summary: Back from rifles to intro is along the
 * path taken; index - 1 would be pistols. %s: the requires line. */
static const char branching_lua[] =
    "return lesson {\n"
    "  id = 'branching',\n"
    "  title = 'Branching lesson',\n"
    "  summary = 'Pages that branch.',\n"
    "  %s\n"
    "  pages = {\n"
    "    page { id = 'intro', title = 'Which firearm?',\n"
    "      text = [[# Frame and receiver\n"
    "The *frame* holds the *trigger mechanism* and carries the serial number.\n"
    "\n"
    "! Record the serial number before anything else.\n"
    "\n"
    "!! Never point the muzzle at anyone.\n"
    "\n"
    "Which firearm was recovered?]],\n"
    "      choices = { { label = 'A pistol', go = 'pistols' }, { label = 'A rifle', go = 'rifles' } } },\n"
    "    page { id = 'pistols', title = 'Pistols', text = 'Marked on the left side.',\n"
    "      image = { file = 'pistol-frame.png', caption = 'Markings on a pistol frame',\n"
    "                alt = 'Left side of a pistol' },\n"
    "      next = 'end' },\n"
    "    page { id = 'rifles', title = 'Rifles', text = 'The receiver is marked.', next = 'summary' },\n"
    "    page { id = 'summary', title = 'Summary', text = 'Read the markings *before* the form.' },\n"
    "  },\n"
    "}\n";

static void write_content(bool with_requires)
{
    ck_assert_int_ge(asprintf(&content, "%s/content", dir), 0);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(tu_write(content, "basics.lua", basics_lua));
    char *branching = NULL;
    ck_assert_int_ge(asprintf(&branching, branching_lua,
                              with_requires ? "requires = { 'basics' }," : ""), 0);
    free(tu_write(content, "branching.lua", branching));
    free(branching);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db, "%s/data/rastro.db", dir), 0);
    content = NULL;
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

static PtyTerm *start(const char *lang_env, char **extra_env, int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    return tu_pty(argv, lang_env, extra_env, rows, cols);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

static void expect_absent(PtyTerm *t, const char *text)
{
    tu_expect_absent(t, text);
}

/* Presses Enter until text shows (a quiz's feedback and results take a few). */
static void enter_until(PtyTerm *t, const char *text)
{
    for (int i = 0; i < 6; i++) {
        ptyterm_settle(t, 150, 3000);
        if (ptyterm_contains(t, text))
            return;
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    expect(t, text);
}

/* The cell of the offset-th character of text (ASCII) where text first shows. */
static VTermScreenCell cell_at(PtyTerm *t, const char *text, int offset)
{
    int row, col;
    ck_assert_msg(ptyterm_find(t, text, &row, &col), "'%s' is not on screen", text);
    VTermScreenCell cell;
    ck_assert(ptyterm_cell(t, row, col + offset, &cell));
    ck_assert_uint_eq(cell.chars[0], (uint32_t)(unsigned char)text[offset]);
    return cell;
}

/* On the first page: markup drawn, emphasis in bold; Enter alone does not go on. */
static void check_first_page(PtyTerm *t)
{
    expect(t, "Page 1 of 3");
    expect(t, "Which firearm?");
    expect(t, "Frame and receiver");
    expect(t, "The frame holds the trigger mechanism and carries");
    expect(t, "\xE2\x94\x82 Note: Record the serial number before anything else.");
    expect(t, "\xE2\x94\x83 Warning: Never point the muzzle at anyone.");
    expect_absent(t, "*");
    expect_absent(t, "# Frame");
    ck_assert(cell_at(t, "The frame holds", 4).attrs.bold);
    ck_assert(!cell_at(t, "The frame holds", 0).attrs.bold);
    ck_assert(!cell_at(t, "The frame holds", 10).attrs.bold);
    ck_assert(cell_at(t, "the trigger mechanism", 4).attrs.bold);
    ck_assert(cell_at(t, "the trigger mechanism", 11).attrs.bold); /* the space inside */
    expect(t, "1) A pistol");
    expect(t, "2) A rifle");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "This page goes on through a choice");
    expect(t, "Page 1 of 3");
}

START_TEST(branch_back_along_path_and_picture)
{
    write_content(false);
    PtyTerm *t = start("C.UTF-8", NULL, 24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "2");
    expect(t, "Read the lesson (4 pages)");
    ptyterm_send(t, "1");
    check_first_page(t);

    /* The rifle branch, picked with the arrows and Enter, then on to the summary. */
    for (int i = 0; i < 3; i++)
        ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_settle(t, 100, 2000);
    ck_assert(ptyterm_text_reverse(t, "2) A rifle"));
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Page 2 of 3");
    expect(t, "The receiver is marked.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Page 3 of 3");
    expect(t, "Read the markings before the form.");
    ck_assert(cell_at(t, "Read the markings before", 18).attrs.bold);
    ck_assert(!cell_at(t, "Read the markings before", 0).attrs.bold);

    /* Back retraces the path: summary, rifles, the first page; never the pistol page. */
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "The receiver is marked.");
    expect(t, "Page 2 of 3");
    ptyterm_send(t, "p");
    expect(t, "Page 1 of 3");
    expect(t, "Which firearm?");
    expect_absent(t, "Pistols");
    /* The choice that was taken is selected again. */
    ck_assert(ptyterm_text_reverse(t, "2) A rifle"));

    /* The pistol branch: a picture placeholder with its caption, and the end of the lesson. */
    ptyterm_send(t, "1");
    expect(t, "Pistols");
    expect(t, "Page 2 of 2");
    expect(t, "\xE2\x94\x8C\xE2\x94\x80 Picture \xE2\x94\x80");
    expect(t, "\xE2\x94\x82 Left side of a pistol");
    expect(t, "Markings on a pistol frame");
    expect(t, "End of the lesson. Enter: back");
    ptyterm_key(t, VTERM_KEY_LEFT);
    expect(t, "Page 1 of 3");
    ptyterm_send(t, "1");
    expect(t, "Pistols");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Read the lesson (4 pages)");
    ptyterm_send(t, "q");
    expect(t, "Choose a module.");
    ptyterm_send(t, "q");
    expect(t, "Who is training?");
    ptyterm_free(t);
}
END_TEST

START_TEST(monochrome_ascii_markup)
{
    write_content(false);
    char *env[] = {"NO_COLOR=1", "TERM=vt100", NULL};
    PtyTerm *t = start("C", env, 24, 80);
    tu_create_trainee(t);
    ptyterm_send(t, "2");
    expect(t, "Read the lesson");
    ptyterm_send(t, "1");
    expect(t, "Frame and receiver");
    expect(t, "| Note: Record the serial number before anything else.");
    expect(t, "! Warning: Never point the muzzle at anyone.");
    /* Emphasis is underlined where there is no colour; the heading is bold. */
    ck_assert(cell_at(t, "The frame holds", 4).attrs.underline);
    ck_assert(!cell_at(t, "The frame holds", 0).attrs.underline);
    ck_assert(cell_at(t, "Frame and receiver", 0).attrs.bold);
    ptyterm_send(t, "1");
    expect(t, "+- Picture ---");
    expect(t, "| Left side of a pistol");
    expect(t, "Markings on a pistol frame");
    ptyterm_free(t);
}
END_TEST

START_TEST(locked_until_prerequisite_passed)
{
    write_content(true);
    PtyTerm *t = start("C.UTF-8", NULL, 24, 80);
    tu_create_trainee(t);
    expect(t, "requires: Basics");
    /* Opening it says why instead. */
    ptyterm_send(t, "2");
    expect(t, "Locked: first pass \"Basics\" with 70% or more.");
    expect(t, "Choose a module.");
    expect_absent(t, "Read the lesson");

    /* A wrong answer (0%) leaves it locked. */
    ptyterm_send(t, "1");
    expect(t, "Take the quiz");
    ptyterm_send(t, "2");
    expect(t, "Pick Alpha.");
    ptyterm_send(t, "2");
    enter_until(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect(t, "best 0%");
    expect(t, "requires: Basics");
    ptyterm_send(t, "2");
    expect(t, "Locked: first pass \"Basics\"");

    /* Passing it opens the module. */
    ptyterm_send(t, "1");
    expect(t, "Take the quiz");
    ptyterm_send(t, "2");
    expect(t, "Pick Alpha.");
    ptyterm_send(t, "1");
    expect(t, "Correct.");
    enter_until(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect(t, "best 100%");
    expect_absent(t, "requires: Basics");
    ptyterm_send(t, "2");
    expect(t, "Read the lesson (4 pages)");
    ptyterm_send(t, "1");
    expect(t, "Page 1 of 3");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE module_id = 'basics' "
                                    "AND finished_at IS NOT NULL"), 2);
}
END_TEST

Suite *e2e_lesson_suite(void)
{
    Suite *s = suite_create("e2e_lesson");
    TCase *tc = tcase_create("lesson");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, branch_back_along_path_and_picture);
    tcase_add_test(tc, monochrome_ascii_markup);
    tcase_add_test(tc, locked_until_prerequisite_passed);
    suite_add_tcase(s, tc);
    return s;
}
