/* End to end, as an author previewing a module would: `rastro preview` in a pseudo-terminal,
 * a form with a retry and a hint, a generated question, an exam with a countdown, and r to
 * reload the file after an edit. */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"


static PtyTerm *preview(const char *file)
{
    char *argv[] = {(char *)tu_rastro(), "preview", (char *)file, NULL};
    char *tmp = xasprintf("TMPDIR=%s", tu_dir);
    char *extra[] = {tmp, NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", extra, 24, 80);
    free(tmp);
    return t;
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 15000);
}

/* Scratch directories the previews left in dir. */
static int leftovers(void)
{
    DIR *d = opendir(tu_dir);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        n += strncmp(e->d_name, "rastro-preview-", 15) == 0;
    closedir(d);
    return n;
}

#define T(s) "{ en = '" s "', es = '" s "' }"

static const char *const PRACTICE =
    "return lesson { id = 'p', title = " T("TITLE") ",\n"
    " practice = { retries = 1, penalty = 0.5, hint_cost = 0.25 },\n"
    " pages = { page { title = " T("Page") ", text = " T("Text") " } },\n"
    " quiz = {\n"
    "  form { id = 'f', prompt = " T("Complete the trace request") ", explain = " T("Forms explained") ",\n"
    "   hint = " T("Read the slide") ",\n"
    "   fields = {\n"
    "    { name = 'serial', label = " T("Serial number") ", rule = 'serial', answer = 'AB12' },\n"
    "    { name = 'make', label = " T("Manufacturer") ", answers = { 'Acme' } },\n"
    "    { name = 'imp', label = " T("Importer") ", answer = 'ACME SA',\n"
    "      check = function(v) return v:upper():find('ACME') ~= nil, 'checked ' .. v end } } },\n"
    "  function(rng)\n"
    "    local n = rng:int(2, 9)\n"
    "    return numeric { id = 'g', prompt = { en = 'Add one to ' .. n, es = 'Sume uno a ' .. n },\n"
    "      answer = n + 1, explain = " T("Counting") " }\n"
    "  end } }\n";

START_TEST(preview_form_retry_hint_generated_and_reload)
{
    char *file = tu_write(tu_dir, "mod.lua", PRACTICE);
    PtyTerm *t = preview(file);
    expect(t, "TITLE");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "2");
    expect(t, "Complete the trace request");
    expect(t, "Serial number");
    ptyterm_send(t, "\x14"); /* Ctrl-T: the hint */
    expect(t, "Hint: Read the slide");
    ptyterm_send(t, "AB1Z");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "acme");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "Acme imports\r");
    expect(t, "Try again: 1 try left");
    expect(t, "Saved. Enter: try again");
    ptyterm_key(t, VTERM_KEY_ENTER);
    /* Back to the serial field: fix it. */
    ptyterm_key(t, VTERM_KEY_TAB);
    for (int i = 0; i < 4; i++)
        ptyterm_key(t, VTERM_KEY_BACKSPACE);
    ptyterm_send(t, "AB12\r\r\r");
    expect(t, "checked Acme imports");
    /* Right on the second try with the hint: 1 - 0.5 - 0.25 of the marks. */
    expect(t, "Correct, for 25% of the marks");
    expect(t, "Forms explained");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Add one to ");
    char *screen = ptyterm_screen(t);
    char *at = strstr(screen, "Add one to ");
    ck_assert_ptr_nonnull(at);
    int n = at[11] - '0';
    free(screen);
    char answer[8];
    snprintf(answer, sizeof answer, "%d\r", n + 1);
    ptyterm_send(t, answer);
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "of 2 (62%)");

    /* The author edits the file; r loads it again. */
    char *edited = xstrdup(PRACTICE);
    memcpy(strstr(edited, "TITLE"), "NEWER", 5);
    free(tu_write(tu_dir, "mod.lua", edited));
    free(edited);
    ptyterm_send(t, "r");
    expect(t, "Loaded again.");
    expect(t, "NEWER");
    ptyterm_send(t, "q");
    expect(t, "0 errors, 1 warning.");
    expect(t, "sources: missing");
    ptyterm_send(t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(t, 5000), 0);
    ptyterm_free(t);
    ck_assert_int_eq(leftovers(), 0); /* the scratch database is gone */
    free(file);
}
END_TEST

static const char *const EXAM =
    "return lesson { id = 'x', title = " T("Exam") ",\n"
    " exam = { time_limit = 10, attempts = 1, pass = 50, shuffle = false },\n"
    " pages = { page { title = " T("Page") ", text = " T("Text") " } },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("First statement") ", answer = true, explain = " T("Why the first") " },\n"
    "  truefalse { id = 'b', prompt = " T("Second statement") ", answer = false, "
    "explain = " T("Why the second") " } } }\n";

START_TEST(exam_hides_feedback_counts_down_and_ends_in_time)
{
    char *file = tu_write(tu_dir, "exam.lua", EXAM);
    PtyTerm *t = preview(file);
    expect(t, "Take the exam (2 questions, 1 min)");
    ptyterm_send(t, "2");
    expect(t, "First statement");
    expect(t, "time left 0:");
    ptyterm_send(t, "2"); /* False: wrong */
    expect(t, "Answer saved. You see how you did at the end of the exam.");
    char *screen = ptyterm_screen(t);
    ck_assert_msg(!strstr(screen, "Why the first") && !strstr(screen, "Not quite"),
                  "an exam shows no feedback:\n%s", screen);
    free(screen);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Second statement");
    /* Leave the second unanswered: the countdown ends the exam. */
    expect(t, "Time is up");
    expect(t, "Your score: 0 of 2 (0%)");
    expect(t, "Not passed yet (pass mark 50%).");
    expect(t, "Why the first");
    expect(t, "Not answered.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    /* One attempt allowed: a second is refused. */
    expect(t, "Take the exam");
    ptyterm_send(t, "2");
    expect(t, "You have used all 1 attempts at this exam.");
    ptyterm_free(t);
    free(file);
}
END_TEST

static const char *const CRITICAL =
    "return lesson { id = 'safe', title = " T("Safe handling") ",\n"
    " practice = { pass = 70 },\n"
    " pages = { page { title = " T("Page") ", text = " T("Text") " } },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("Every firearm is treated as loaded") ", answer = true,\n"
    "    explain = " T("Always") ", critical = true },\n"
    "  truefalse { id = 'b', prompt = " T("Second statement") ", answer = true, explain = " T("e") " },\n"
    "  truefalse { id = 'c', prompt = " T("Third statement") ", answer = true, explain = " T("e") " },\n"
    "  truefalse { id = 'd', prompt = " T("Fourth statement") ", answer = true, explain = " T("e") " } } }\n";

/* A trainee in the shell misses the question that must be right and scores 75% against a 70%
 * mark: the results say it is not passed, and why; no certificate names the module. */
START_TEST(critical_question_missed_is_not_passed_and_says_why)
{
    char *content = xasprintf("%s/content", tu_dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(tu_write(content, "safe.lua", CRITICAL));
    free(tu_write(content, "z.lua", "return lesson { id = 'z', title = " T("Zulu next") ",\n"
                  " requires = { 'safe' }, quiz = { truefalse { id = 'a', prompt = " T("Z") ",\n"
                  " answer = true, explain = " T("e") " } } }\n"));
    char *db = xasprintf("%s/r.db", tu_dir);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    tu_create_trainee(t);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Take the quiz (4 questions)");
    ptyterm_send(t, "2");
    expect(t, "Every firearm is treated as loaded");
    ptyterm_send(t, "2"); /* False: wrong */
    expect(t, "Not quite.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    static const char *const next[] = {"Second statement", "Third statement", "Fourth statement"};
    for (int i = 0; i < 3; i++) {
        expect(t, next[i]);
        ptyterm_send(t, "1");
        expect(t, "Correct.");
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    expect(t, "Your score: 3 of 4 (75%)");
    expect(t, "Not passed: you missed a question that must be right to pass:");
    expect(t, "- Every firearm is treated as loaded");
    expect(t, "Must be right to pass.");
    char *screen = ptyterm_screen(t);
    ck_assert_msg(!strstr(screen, "Passed (pass mark"), "%s", screen);
    free(screen);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect(t, "Choose a module.");
    /* The module that requires it stays locked, and says what passing takes. */
    expect(t, "requires: Safe handling");
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Locked: first pass \"Safe handling\" with 70% or more and every");
    ptyterm_send(t, "q");
    expect(t, "Choose your name");
    ptyterm_send(t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(t, 5000), 0);
    ptyterm_free(t);
    char *out = NULL, *errout = NULL;
    ck_assert_int_eq(tu_rastro_run(tu_in_dir(NULL, tu_dir), &out, &errout, "--db", db, "--content",
                                   content, "certificate", "--trainee", "Ana", NULL), 1);
    ck_assert_msg(strstr(errout, "Ana has not passed any module yet"), "%s", errout);
    free(out);
    free(errout);
    free(db);
    free(content);
}
END_TEST

/* The same reason in Spanish, in an author's preview. */
START_TEST(critical_question_missed_says_why_in_spanish)
{
    char *file = tu_write(tu_dir, "safe.lua", CRITICAL);
    char *argv[] = {(char *)tu_rastro(), "--lang", "es", "preview", file, NULL};
    char *tmp = xasprintf("TMPDIR=%s", tu_dir);
    char *extra[] = {tmp, NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", extra, 24, 80);
    free(tmp);
    expect(t, "Resolver el cuestionario");
    ptyterm_send(t, "2");
    expect(t, "Every firearm is treated as loaded");
    ptyterm_send(t, "2");
    expect(t, "Respuesta guardada");
    ptyterm_key(t, VTERM_KEY_ENTER);
    for (int i = 0; i < 3; i++) {
        expect(t, i == 0 ? "Second statement" : i == 1 ? "Third statement" : "Fourth statement");
        ptyterm_send(t, "1");
        expect(t, "Correcto.");
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    expect(t, "Su puntuación: 3 de 4 (75%)");
    expect(t, "No aprobado: falló una pregunta que debe responderse bien para aprobar:");
    expect(t, "Debe responderse bien para aprobar.");
    ptyterm_free(t);
    free(file);
}
END_TEST

static const char *const RELOAD =
    "return lesson { id = 'r', title = " T("Reload") ",\n"
    " pages = {\n"
    "  page { title = " T("First page") ", text = " T("One") " },\n"
    "  page { title = " T("Second page") ", text = " T("TWO-OLD") " },\n"
    "  page { title = " T("Third page") ", text = " T("Three") " } },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("Statement A") ", answer = true, explain = " T("Why A") " },\n"
    "  truefalse { id = 'b', prompt = " T("Statement B-OLD") ",\n"
    "    answer = false, explain = " T("Why B") " },\n"
    "  truefalse { id = 'c', prompt = " T("Statement C") ", answer = true, explain = " T("Why C") " } } }\n";

/* Writes RELOAD with from replaced by to as the previewed file. */
static void edit(const char *from, const char *to)
{
    char *text = xstrdup(RELOAD);
    char *at = strstr(text, from);
    ck_assert_ptr_nonnull(at);
    char *edited = xasprintf("%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
    free(tu_write(tu_dir, "mod.lua", edited));
    free(edited);
    free(text);
}

/* r after an edit: the author stays on the page or the question being edited; a file that no
 * longer loads says why and where, and once mended, loads back at the same place. */
START_TEST(reload_stays_on_the_page_or_question_being_edited)
{
    char *file = tu_write(tu_dir, "mod.lua", RELOAD);
    char *argv[] = {(char *)tu_rastro(), "preview", file, NULL};
    char *tmp = xasprintf("TMPDIR=%s", tu_dir);
    char *extra[] = {tmp, NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", extra, 24, 160);
    free(tmp);
    expect(t, "Read the lesson");
    ptyterm_send(t, "1");
    expect(t, "First page");
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "TWO-OLD");
    edit("TWO-OLD", "TWO-NEW");
    ptyterm_send(t, "r");
    expect(t, "Loaded again.");
    expect(t, "TWO-NEW");
    expect(t, "Page 2 of 3");

    /* On to the quiz's second question, answered. */
    ptyterm_send(t, "q");
    expect(t, "Take the quiz (3 questions)");
    ptyterm_send(t, "2");
    expect(t, "Statement A");
    ptyterm_send(t, "1");
    expect(t, "Why A");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Statement B-OLD");
    ptyterm_send(t, "1");
    expect(t, "Why B");
    edit("B-OLD", "B-NEW");
    ptyterm_send(t, "r");
    expect(t, "Loaded again.");
    expect(t, "Statement B-NEW");
    expect(t, "Question 2 of 3");
    expect(t, "Choose an answer"); /* asked afresh */

    /* A mistake: the file does not load, and the status says where. */
    edit("answer = false", "answer = 3");
    ptyterm_send(t, "r");
    char *want = xasprintf("Not loaded: 1 error: %s:9: quiz[2].answer: must be true or false", file);
    expect(t, want);
    free(want);
    tu_expect_absent(t, "Loaded again.");
    /* Mended: back on the question. */
    edit("B-OLD", "B-MENDED");
    ptyterm_send(t, "r");
    expect(t, "Loaded again.");
    expect(t, "Statement B-MENDED");
    expect(t, "Question 2 of 3");
    /* A question whose id went: the module, and why. */
    edit("id = 'b'", "id = 'bb'");
    ptyterm_send(t, "r");
    expect(t, "Loaded again. No question has the id 'b' now.");
    expect(t, "Carry on with the quiz");
    ptyterm_free(t);
    free(file);
}
END_TEST

Suite *e2e_quiz_suite(void)
{
    Suite *s = suite_create("e2e_quiz");
    TCase *tc = tcase_create("preview");
    tcase_set_timeout(tc, 90);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_test(tc, preview_form_retry_hint_generated_and_reload);
    tcase_add_test(tc, exam_hides_feedback_counts_down_and_ends_in_time);
    tcase_add_test(tc, reload_stays_on_the_page_or_question_being_edited);
    tcase_add_test(tc, critical_question_missed_is_not_passed_and_says_why);
    tcase_add_test(tc, critical_question_missed_says_why_in_spanish);
    suite_add_tcase(s, tc);
    return s;
}
