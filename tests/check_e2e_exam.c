/* End to end in a pseudo-terminal: a module with a practice quiz and an exam side by side. Each
 * opens in its own mode from the module's menu and says which it is; practice passed opens
 * nothing, the exam passed opens the module that requires it and is what reports and
 * certificates count; an exam taken up after a kill is the exam, not the practice quiz left open
 * beside it; and the menu's counts are singular or plural as they should be, in both languages. */
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

static char *dir, *db, *content;
static const char *saved; /* what the foot says once an answer is saved, in the shell's language */

#define T(s) "{ en = '" s "', es = '" s "' }"
/* A true/false question whose prompt says its answer, so that the test answers right whatever
 * the draw put first. */
#define SAY(id, word, right) \
    "  truefalse { id = '" id "', prompt = " T("Say " word ": " id) ", answer = " right \
    ", explain = " T("e") ", tags = { 'marking' } },\n"

static const char *const BOTH =
    "return lesson { id = 'b', title = " T("Both ways") ",\n"
    " practice = { pass = 50, retries = 1 },\n"
    " exam = { draw = 2, time_limit = 600, attempts = 2, pass = 100 },\n"
    " quiz = {\n" SAY("alpha", "true", "true") SAY("bravo", "false", "false")
    SAY("charlie", "true", "true") " } }\n";

static const char *const ONE =
    "return lesson { id = 'one', title = " T("One question") ",\n"
    " quiz = {\n" SAY("delta", "true", "true") " } }\n";

static const char *const SOLO =
    "return lesson { id = 'solo', title = " T("Solo exam") ",\n"
    " exam = { time_limit = 60 },\n"
    " quiz = {\n" SAY("echo", "false", "false") " } }\n";

static const char *const NEXT =
    "return lesson { id = 'n', title = " T("Next step") ", requires = { 'b' },\n"
    " quiz = {\n" SAY("foxtrot", "true", "true") " } }\n";

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db = tu_db_with_trainee(dir, "Kim", "JM");
    content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(tu_write(content, "1-both.lua", BOTH));
    free(tu_write(content, "2-one.lua", ONE));
    free(tu_write(content, "3-solo.lua", SOLO));
    free(tu_write(content, "4-next.lua", NEXT));
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

static PtyTerm *shell(const char *lang)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", (char *)lang,
                    NULL};
    return tu_pty(argv, "C.UTF-8", NULL, 30, 100);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 15000);
}

/* The shell on Kim's main menu. */
static PtyTerm *main_menu(const char *lang)
{
    PtyTerm *t = shell(lang);
    saved = strcmp(lang, "es") ? "Saved." : "Respuesta guardada.";
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, strcmp(lang, "es") ? "Choose a module." : "Elija un m");
    return t;
}

/* Waits (at most 15 s) until text is no longer on screen. */
static void expect_gone(PtyTerm *t, const char *text)
{
    for (int waited = 0; ptyterm_contains(t, text); waited += 100) {
        ck_assert_msg(waited < 15000, "'%s' stays on screen", text);
        ptyterm_settle(t, 50, 100);
    }
}

/* Answers the question on screen right (its prompt says how) and waits for the answer to be
 * saved; the question before must be gone. */
static void answer_right(PtyTerm *t)
{
    expect_gone(t, saved);
    ptyterm_settle(t, 150, 3000); /* the whole of the next question, not half a redraw */
    expect(t, "Say ");
    ptyterm_send(t, ptyterm_contains(t, "Say true") ? "1" : "2");
    expect(t, saved);
}

/* Answers n questions right, going on after each; the last leads to the results. */
static void answer_all_right(PtyTerm *t, int n)
{
    for (int i = 0; i < n; i++) {
        answer_right(t);
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
}

/* rastro with the arguments from a1 on (NULL-terminated, at most five) on the test's database
 * and content, in English; its standard output (caller frees), its exit status in *rc. */
static char *run(int *rc, const char *a1, const char *a2, const char *a3, const char *a4,
                 const char *a5)
{
    char *out = NULL, *err = NULL;
    *rc = tu_rastro_run(tu_in_dir(NULL, dir), &out, &err, "--db", db, "--content", content,
                        "--lang", "en", a1, a2, a3, a4, a5, NULL);
    free(err);
    return out ? out : xstrdup("");
}

START_TEST(practice_passed_opens_nothing_and_the_exam_does)
{
    PtyTerm *t = main_menu("en");
    expect(t, "requires: Both ways");
    ptyterm_send(t, "1");
    expect(t, "Practice quiz (3 questions)");
    expect(t, "Exam (2 of 3 questions, 10 minutes, 2 attempts left)");
    /* Practice: every question, in the practice quiz's own mode, right. */
    ptyterm_send(t, "1");
    expect(t, "Practice: question 1 of 3");
    answer_all_right(t, 3);
    expect(t, "Practice results");
    expect(t, "Practice passed (pass mark 50%).");
    tu_expect_wrapped(t, "This was practice: the module is passed by its exam.", 5000);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Practice quiz: last score 100%.");
    ptyterm_send(t, "q");
    expect(t, "practice best 100%");
    expect(t, "requires: Both ways");
    ptyterm_send(t, "4");
    expect(t, "Locked: first pass the exam of \"Both ways\" with 100% or more.");
    ptyterm_free(t);
    /* Reports and certificates count the exam only: nothing is passed yet. */
    int rc;
    char *out = run(&rc, "report", "trainees", "--format", "csv", NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert_msg(strstr(out, "Kim,,JM,Jamaica,0,0,") != NULL, "%s", out);
    free(out);
    out = run(&rc, "certificate", "--trainee", "Kim", NULL, NULL);
    ck_assert_int_ne(rc, 0);
    free(out);

    /* Back where the practice quiz ended, the module; the exam: two of the three questions,
     * each saved without feedback, then the results. */
    t = shell("en");
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Practice quiz: last score 100%.");
    expect(t, "Exam (2 of 3 questions, 10 minutes, 2 attempts left)");
    ptyterm_send(t, "2");
    expect(t, "Exam: question 1 of 2");
    expect(t, "time left");
    answer_right(t);
    expect(t, "Answer saved. You see how you did at the end of the exam.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Exam: question 2 of 2");
    answer_all_right(t, 1);
    expect(t, "Exam results");
    expect(t, "Passed (pass mark 100%).");
    tu_expect_absent(t, "This was practice");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Exam (2 of 3 questions, 10 minutes, 1 attempt left)");
    expect(t, "Exam: last score 100%.");
    expect(t, "Practice quiz: last score 100%.");
    ptyterm_send(t, "q");
    expect(t, "exam best 100%");
    ptyterm_send(t, "4");
    expect(t, "Take the quiz (1 question)");
    tu_expect_absent(t, "1 questions");
    ptyterm_send(t, "q");
    /* My progress: each attempt by its mode, and the module passed by the exam. */
    ptyterm_send(t, "5");
    expect(t, "Past attempts");
    expect(t, "Both ways (exam): 100%");
    expect(t, "Both ways (practice): 100%");
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Modules passed");
    expect(t, "Both ways: passed on ");
    ptyterm_free(t);
    out = run(&rc, "report", "trainees", "--format", "csv", NULL);
    ck_assert_int_eq(rc, 0);
    /* Two answers (the exam's), one module passed, at 100%. */
    ck_assert_msg(strstr(out, "Kim,,JM,Jamaica,2,1,100.0") != NULL, "%s", out);
    free(out);
    out = run(&rc, "certificate", "--trainee", "Kim", NULL, NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert_msg(strstr(out, "Both ways") != NULL, "%s", out);
    free(out);
}
END_TEST

START_TEST(an_exam_taken_up_after_a_kill_is_the_exam)
{
    /* The practice quiz is left open after its first question... */
    PtyTerm *t = main_menu("en");
    ptyterm_send(t, "1");
    expect(t, "Practice quiz (3 questions)");
    ptyterm_send(t, "1");
    expect(t, "Practice: question 1 of 3");
    answer_right(t);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Practice: question 2 of 3");
    ptyterm_send(t, "q");
    expect(t, "Leave the quiz?");
    ptyterm_send(t, "y");
    expect(t, "Carry on with the practice quiz (1 answered)");
    /* ...and the exam begun beside it, then the shell killed after one answer. */
    ptyterm_send(t, "2");
    expect(t, "Exam: question 1 of 2");
    answer_right(t);
    kill(ptyterm_pid(t), SIGKILL);
    ptyterm_wait_exit(t, 5000);
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NULL"), 2);
    /* Back: the exam, where it stopped, its clock running; the practice quiz still waits. */
    t = shell("en");
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Taken up where you stopped: question 2 of 2.");
    expect(t, "Exam: question 2 of 2");
    expect(t, "time left");
    answer_all_right(t, 1);
    expect(t, "Exam results");
    expect(t, "Your score: 2 of 2 (100%)");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Carry on with the practice quiz (1 answered)");
    expect(t, "Exam (2 of 3 questions, 10 minutes, 1 attempt left)");
    ptyterm_send(t, "1");
    expect(t, "Taken up where you stopped: question 2 of 3.");
    expect(t, "Practice: question 2 of 3");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE mode = 'exam'"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE mode = 'practice'"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE mode = 'exam' AND "
                                    "finished_at IS NOT NULL AND score = 2"), 1);
}
END_TEST

/* An exam with a question missed: its review (from the results) shows the feedback an exam holds
 * back, as a review does at any module. */
START_TEST(a_question_missed_in_the_exam_is_reviewed_with_feedback)
{
    PtyTerm *t = main_menu("en");
    ptyterm_send(t, "1");
    ptyterm_send(t, "2");
    expect(t, "Exam: question 1 of 2");
    ptyterm_settle(t, 150, 3000);
    expect(t, "Say ");
    ptyterm_send(t, ptyterm_contains(t, "Say true") ? "2" : "1"); /* wrong */
    expect(t, "Answer saved. You see how you did at the end of the exam.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    answer_all_right(t, 1);
    expect(t, "Exam results");
    expect(t, "Your score: 1 of 2 (50%)");
    ptyterm_send(t, "m");
    expect(t, "Question 1 of 1");
    answer_right(t);
    expect(t, "Correct.");
    tu_expect_absent(t, "at the end of the exam");
    ptyterm_free(t);
}
END_TEST

START_TEST(counts_in_the_module_menu_agree_with_their_number)
{
    PtyTerm *t = main_menu("en");
    ptyterm_send(t, "2");
    expect(t, "Take the quiz (1 question)");
    tu_expect_absent(t, "(1 questions)");
    ptyterm_send(t, "q");
    ptyterm_send(t, "3");
    expect(t, "Take the exam (1 question, 1 min)");
    ptyterm_send(t, "q");
    ptyterm_free(t);
    t = main_menu("es");
    ptyterm_send(t, "1");
    expect(t, "Cuestionario de práctica (3 preguntas)");
    expect(t, "Examen (2 de 3 preguntas, 10 minutos, quedan 2 intentos)");
    ptyterm_send(t, "q");
    ptyterm_send(t, "2");
    expect(t, "Resolver el cuestionario (1 pregunta)");
    tu_expect_absent(t, "(1 preguntas)");
    ptyterm_send(t, "q");
    /* One answer given and the quiz left: "1 respondida". */
    ptyterm_send(t, "1");
    expect(t, "Cuestionario de práctica (3 preguntas)");
    ptyterm_send(t, "1");
    answer_right(t);
    ptyterm_send(t, "q");
    expect(t, "¿Salir del cuestionario?");
    ptyterm_send(t, "s");
    expect(t, "Seguir con el cuestionario de práctica (1 respondida)");
    ptyterm_send(t, "q");
    ptyterm_send(t, "3");
    expect(t, "Rendir el examen (1 pregunta, 1 min)");
    ptyterm_free(t);
}
END_TEST

Suite *e2e_exam_suite(void)
{
    Suite *s = suite_create("e2e_exam");
    TCase *tc = tcase_create("e2e_exam");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, practice_passed_opens_nothing_and_the_exam_does);
    tcase_add_test(tc, an_exam_taken_up_after_a_kill_is_the_exam);
    tcase_add_test(tc, a_question_missed_in_the_exam_is_reviewed_with_feedback);
    tcase_add_test(tc, counts_in_the_module_menu_agree_with_their_number);
    suite_add_tcase(s, tc);
    return s;
}
