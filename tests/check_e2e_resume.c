/* End to end in a pseudo-terminal, as a workshop would use the shell: a workshop's roster, an
 * exam whose clock keeps running while rastro is killed and restarted, missed questions coming
 * back for review with the count due on the main menu, and the trainee's progress page. */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;

#define T(s) "{ en = '" s "', es = '" s "' }"

static const char *const EXAM =
    "return lesson { id = 'x', title = " T("Timed exam") ",\n"
    " exam = { time_limit = 20, attempts = 1, pass = 50, shuffle = false },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("First statement") ", answer = true, explain = " T("e") ", "
    "tags = { 'marking' } },\n"
    "  truefalse { id = 'b', prompt = " T("Second statement") ", answer = false, explain = " T("e") ", "
    "tags = { 'marking' } },\n"
    "  truefalse { id = 'c', prompt = " T("Third statement") ", answer = false, explain = " T("e") ", "
    "tags = { 'marking' } } } }\n";

static const char *const PRACTICE =
    "return lesson { id = 'p', title = " T("Practice run") ",\n"
    " quiz = {\n"
    "  truefalse { id = 'one', prompt = " T("Statement one") ", answer = true, "
    "explain = " T("Because one") ", tags = { 'tracing' } },\n"
    "  truefalse { id = 'two', prompt = " T("Statement two") ", answer = true, "
    "explain = " T("Because two") ", tags = { 'records' } } } }\n";

static void cli(const char *a1, const char *a2, const char *a3, const char *a4, const char *a5,
                const char *a6, const char *a7, const char *a8)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, (char *)a1, (char *)a2, (char *)a3,
                    (char *)a4, (char *)a5, (char *)a6, (char *)a7, (char *)a8, NULL};
    char *out = NULL, *err = NULL;
    int rc = tu_run(argv, &out, &err);
    ck_assert_msg(rc == 0, "rastro %s %s: %s", a1, a2, err);
    free(out);
    free(err);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db = xasprintf("%s/rastro.db", dir);
    char *content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(content);
    free(tu_write(dir, "content/exam.lua", EXAM));
    free(tu_write(dir, "content/practice.lua", PRACTICE));
    cli("workshop", "add", "--name", "Taller Kingston", "--country", "JM", "--starts",
        "2020-01-01");
    cli("trainee", "add", "--name", "Kim", "--country", "JM", "--workshop", "Taller Kingston");
    cli("trainee", "add", "--name", "Someone Else", "--country", "MX", NULL, NULL);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
}

static PtyTerm *shell(const char *workshop)
{
    char *content = xasprintf("%s/content", dir);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en",
                    workshop ? "--workshop" : NULL, (char *)workshop, NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    free(content);
    return t;
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 15000);
}

/* The seconds shown after "time left m:" on screen. */
static int seconds_left(PtyTerm *t)
{
    char *screen = ptyterm_screen(t);
    char *p = strstr(screen, "time left ");
    int m = -1, s = -1;
    if (p)
        sscanf(p + 10, "%d:%d", &m, &s);
    free(screen);
    ck_assert_msg(m >= 0 && s >= 0, "no countdown on screen");
    return 60 * m + s;
}

START_TEST(exam_clock_runs_on_across_a_kill)
{
    PtyTerm *t = shell(NULL); /* the workshop running today is the default roster */
    expect(t, "Who is training? \xC2\xB7 Taller Kingston");
    tu_expect_absent(t, "Someone Else");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_send(t, "1");
    expect(t, "Take the exam (3 questions, 1 min)");
    ptyterm_send(t, "1");
    expect(t, "First statement");
    ptyterm_send(t, "1"); /* True: right */
    expect(t, "Answer saved.");
    kill(ptyterm_pid(t), SIGKILL);
    ptyterm_wait_exit(t, 5000);
    ptyterm_free(t);
    sleep(3);
    /* Back after three seconds away: the same exam, its clock still running from its start. */
    t = shell(NULL);
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Taken up where you stopped: question 2 of 3.");
    expect(t, "Second statement");
    int left = seconds_left(t);
    ck_assert_msg(left <= 17 && left >= 5, "%d s left after 3 s away from a 20 s exam", left);
    ptyterm_send(t, "2"); /* False: right */
    expect(t, "Answer saved.");
    ptyterm_free(t);
    /* Away past the time limit: the exam ends on return, with the answers given. */
    sleep(left + 1);
    t = shell("Taller Kingston");
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Time is up. The answers given are kept.");
    expect(t, "Your score: 2 of 3 (67%)");
    expect(t, "Not answered.");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NOT NULL "
                                    "AND mode = 'exam' AND score = 2 AND max_score = 3"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt"), 1);
}
END_TEST

START_TEST(missed_questions_come_back_for_review)
{
    PtyTerm *t = shell("Taller Kingston");
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    tu_expect_absent(t, "Review:");
    ptyterm_send(t, "2");
    expect(t, "Take the quiz (2 questions)");
    ptyterm_send(t, "1");
    expect(t, "Statement one");
    ptyterm_send(t, "2"); /* False: wrong */
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Statement two");
    ptyterm_send(t, "1"); /* True: right */
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Your score: 1 of 2 (50%)");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect(t, "Review: 1 question due");
    ptyterm_send(t, "3");
    expect(t, "Practice run");
    expect(t, "1 due");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 1 of 1");
    expect(t, "Statement one");
    ptyterm_send(t, "1");
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Review results");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "1 later");
    ptyterm_send(t, "q");
    expect(t, "Review: nothing due now");
    /* My progress: the attempts, the competencies and what waits for review. */
    ptyterm_send(t, "4");
    expect(t, "Past attempts");
    expect(t, "Practice run (review): 100%");
    expect(t, "Practice run (quiz): 50%");
    expect(t, "records: 100% (1 answer)");
    expect(t, "tracing: 0% (1 answer)");
    expect(t, "Statement one (");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT box FROM review WHERE question_id = 'one'"), 2);
}
END_TEST

static const char *const HANDLING =
    "return lesson { id = 'h', title = " T("Handling drill") ",\n"
    " quiz = {\n"
    "  truefalse { id = 'h1', prompt = " T("Handling one") ", answer = true, explain = " T("e") ", "
    "tags = { 'safe-handling' } },\n"
    "  truefalse { id = 'h2', prompt = " T("Handling two") ", answer = true, explain = " T("e") ", "
    "tags = { 'records' } } } }\n";

static const char *const COMPETENCIES =
    "return competencies {\n"
    "  { id = 'safe-handling', title = { en = 'Safe handling', es = 'Manipulaci\xC3\xB3n segura' } },\n"
    "  { id = 'records', title = { en = 'Records', es = 'Registros' } },\n"
    "}\n";

/* A Spanish trainee's progress names each competency by the title the content declares for it,
 * in Spanish, not by the tag the questions carry. */
START_TEST(progress_names_competencies_in_the_trainees_language)
{
    free(tu_write(dir, "content/handling.lua", HANDLING));
    free(tu_write(dir, "content/competencies.lua", COMPETENCIES));
    cli("trainee", "add", "--name", "Luz D\xC3\xAD" "az", "--country", "HN", "--lang", "es");
    cli("workshop", "join", "Taller Kingston", "Luz D\xC3\xAD" "az", NULL, NULL, NULL, NULL);
    char *content = xasprintf("%s/content", dir);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "es",
                    "--workshop", "Taller Kingston", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    free(content);
    expect(t, "Luz D\xC3\xAD" "az");
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Elija un m\xC3\xB3" "dulo.");
    ptyterm_send(t, "2");
    expect(t, "Resolver el cuestionario (2 preguntas)");
    ptyterm_send(t, "1");
    expect(t, "Handling one");
    ptyterm_send(t, "1"); /* Verdadero: right */
    expect(t, "Respuesta guardada");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Handling two");
    ptyterm_send(t, "2"); /* Falso: wrong */
    expect(t, "Respuesta guardada");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Su puntuaci\xC3\xB3n: 1 de 2 (50%)");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Resolver el cuestionario");
    ptyterm_send(t, "q");
    expect(t, "Mi progreso");
    /* Picked by the number the menu shows beside it. */
    int row;
    ck_assert(ptyterm_find(t, "Mi progreso", &row, NULL));
    char *line = ptyterm_row(t, row);
    const char *digit = strpbrk(line, "123456789");
    ck_assert_ptr_nonnull(digit);
    char key[2] = {*digit, 0};
    free(line);
    ptyterm_send(t, key);
    expect(t, "Puntuaci\xC3\xB3n por competencia");
    expect(t, "Manipulaci\xC3\xB3n segura: 100% (1 respuesta)");
    expect(t, "Registros: 0% (1 respuesta)");
    tu_expect_absent(t, "safe-handling");
    tu_expect_absent(t, "records");
    ptyterm_free(t);
}
END_TEST

START_TEST(a_new_trainee_joins_the_workshop_shown)
{
    PtyTerm *t = shell("taller kingston");
    expect(t, "Taller Kingston");
    ptyterm_send(t, "n"); /* opens the new trainee form */
    expect(t, "Country (type its name or code)");
    ptyterm_send(t, "Luz D\xC3\xAD" "az");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "JCF");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "JM");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM workshop_member m JOIN trainee t ON "
                                    "t.id = m.trainee_id WHERE t.name = 'Luz D\xC3\xAD" "az'"), 1);
    /* An unknown workshop: a clear message, no shell. */
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--workshop", "Nowhere", NULL};
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &err), 1);
    ck_assert_msg(strstr(err, "no workshop named \"Nowhere\""), "%s", err);
    free(out);
    free(err);
}
END_TEST

Suite *e2e_resume_suite(void)
{
    Suite *s = suite_create("e2e_resume");
    TCase *tc = tcase_create("workshop");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, exam_clock_runs_on_across_a_kill);
    tcase_add_test(tc, missed_questions_come_back_for_review);
    tcase_add_test(tc, a_new_trainee_joins_the_workshop_shown);
    tcase_add_test(tc, progress_names_competencies_in_the_trainees_language);
    suite_add_tcase(s, tc);
    return s;
}
