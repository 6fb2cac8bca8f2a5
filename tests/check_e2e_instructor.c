/* End to end, as an instructor would use it: a workshop and its trainees made on the command
 * line, `rastro instructor` open in a pseudo-terminal while another process (this test) saves
 * trainees' answers to the same database, the table following them live, a trainee's answers
 * with their questions and answers in words, the item analysis, the workshop running today
 * chosen by itself, and a workshop that does not exist. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "../tui/core/store.h"
#include "../tui/core/text.h"
#include "../tui/lua/host.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Store *store;
static char err[512];

static void rastro(int want, const char *a1, const char *a2, const char *a3, const char *a4,
                   const char *a5, const char *a6, const char *a7, const char *a8)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, (char *)a1, (char *)a2, (char *)a3,
                    (char *)a4, (char *)a5, (char *)a6, (char *)a7, (char *)a8, NULL};
    char *out, *errs;
    int rc = tu_run(argv, &out, &errs);
    ck_assert_msg(rc == want, "%s %s: exit %d, want %d: %s", a1, a2, rc, want, errs);
    free(out);
    free(errs);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db, "%s/rastro.db", dir), 0);
    rastro(0, "workshop", "add", "--name", "W", "--country", "MX", "--starts", "2026-01-01");
    rastro(0, "trainee", "add", "--name", "Ana Live", "--country", "MX", "--workshop", "W");
    rastro(0, "trainee", "add", "--name", "Ben Live", "--country", "MX", "--workshop", "W");
    rastro(0, "trainee", "add", "--name", "Zed Elsewhere", "--country", "GT", NULL, NULL);
    /* This process writes answers while rastro reads: a second connection to the file. */
    store = tu_store_open(db, err, sizeof err);
    ck_assert_msg(store, "%s", err);
}

static void teardown(void)
{
    store_close(store);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

/* `rastro instructor` on content (NULL: the bundled content) and workshop (NULL: none given). */
static PtyTerm *instructor_on(const char *content, const char *workshop, const char *lang,
                              int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content",
                    (char *)(content ? content : "content"), "--lang", (char *)lang,
                    "instructor", workshop ? "--workshop" : NULL, (char *)workshop, NULL};
    return tu_pty(argv, "C.UTF-8", NULL, rows, cols);
}

static PtyTerm *instructor(const char *lang, int rows, int cols)
{
    return instructor_on(NULL, "W", lang, rows, cols);
}

static int64_t trainee_id(const char *name)
{
    Trainee t;
    bool found;
    ck_assert_msg(store_trainee_find(store, name, &t, &found, err, sizeof err), "%s", err);
    ck_assert(found);
    int64_t id = t.id;
    trainee_done(&t);
    return id;
}

static int64_t start_in(const char *name, const char *module, AttemptMode mode)
{
    AttemptRow row = {.trainee_id = trainee_id(name), .module_id = module,
                      .module_version = 1, .mode = mode};
    int64_t id;
    ck_assert_msg(store_attempt_start(store, &row, &id, err, sizeof err), "%s", err);
    return id;
}

static int64_t start(const char *name, AttemptMode mode)
{
    return start_in(name, "safe-handling", mode);
}

static void answer(int64_t attempt, const char *q, int pos, bool right, const char *response)
{
    AnswerRow a = {.attempt_id = attempt, .question_id = q, .position = pos,
                   .response = response, .score = right, .max_score = 1, .try_no = 1,
                   .final = true, .correct = right};
    ck_assert_msg(store_answer_add(store, &a, err, sizeof err), "%s", err);
}

/* Waits until the screen row that shows who also shows what, else fails showing the screen. */
static void expect_row(PtyTerm *t, const char *who, const char *what, int timeout_ms)
{
    double until = ptyterm_elapsed_ms(t) + timeout_ms;
    for (;;) {
        int row;
        if (ptyterm_find(t, who, &row, NULL)) {
            char *line = ptyterm_row(t, row);
            bool ok = line && strstr(line, what);
            free(line);
            if (ok)
                return;
        }
        if (ptyterm_elapsed_ms(t) > until)
            break;
        ptyterm_settle(t, 100, 250);
    }
    char *screen = ptyterm_screen(t);
    ck_abort_msg("no \"%s\" on the row of \"%s\" within %d ms; screen:\n%s", what, who, timeout_ms,
                 screen);
    free(screen);
}

START_TEST(live_view_follows_answers_saved_by_another_process)
{
    PtyTerm *t = instructor("en", 24, 80);
    tu_expect(t, "Instructor \xC2\xB7 W", 10000);
    tu_expect(t, "2 trainees", 5000);
    tu_expect(t, "0 struggling", 5000);
    expect_row(t, "Ana Live", "never", 5000);
    expect_row(t, "Ben Live", "never", 5000);
    tu_expect_absent(t, "Zed Elsewhere");

    /* Ana starts the practice quiz and gets one right: the table shows it without a key. */
    int64_t a = start("Ana Live", ATTEMPT_PRACTICE);
    answer(a, "treat-as-loaded", 1, true, "2");
    expect_row(t, "Ana Live", "100%", 6000);
    expect_row(t, "Ana Live", "just now", 1000);
    expect_row(t, "Ana Live", "Practice", 1000);
    expect_row(t, "Ana Live", "Safe handling", 1000); /* the module's title, from content */
    tu_expect(t, "1 active in the last 10 min", 1000);

    /* Ben gets three wrong in a row in the exam: marked as struggling. */
    int64_t b = start("Ben Live", ATTEMPT_EXAM);
    answer(b, "treat-as-loaded", 1, false, "1");
    answer(b, "no-pencil-in-barrel", 2, false, "1");
    answer(b, "ammunition-separate", 3, false, "Keep \x1b[2Jtogether");
    expect_row(t, "Ben Live", "0%", 6000);
    expect_row(t, "Ben Live", "Exam", 1000);
    tu_expect(t, "!Ben Live", 1000);
    tu_expect(t, "1 struggling", 1000);
    tu_expect_absent(t, "!Ana Live");

    /* Ben's answers, newest first, each question by its prompt and each answer in words; a
     * new one appears while they are open. */
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Answers \xC2\xB7 Ben Live", 5000);
    expect_row(t, "You have unloaded a pistol", "0/1", 1000);
    expect_row(t, "To avoid leaving", "Agree, as long as", 1000);
    expect_row(t, "A colleague hands you", "Accept it and start", 1000);
    tu_expect_absent(t, "no-pencil-in-barrel");
    /* A response that does not fit its question is shown as stored, its escape inert. */
    expect_row(t, "You have unloaded a pistol", "Keep \xEF\xBF\xBD[2Jtogether", 1000);
    int row_new, row_old;
    answer(b, "in-doubt-ask", 4, true, "3");
    expect_row(t, "At a scene you find", "1/1", 6000);
    expect_row(t, "At a scene you find", "Call a firearms", 1000);
    ck_assert(ptyterm_find(t, "At a scene you find", &row_new, NULL));
    ck_assert(ptyterm_find(t, "A colleague hands you", &row_old, NULL));
    ck_assert_int_lt(row_new, row_old);
    ptyterm_send(t, "q");
    tu_expect(t, "2 trainees", 5000);
    /* The right answer ended Ben's run of wrong ones. */
    tu_expect(t, "0 struggling", 6000);

    /* Item analysis counts finished attempts only, and judges no question on two attempts. */
    ptyterm_send(t, "i");
    tu_expect(t, "Item analysis", 5000);
    tu_expect(t, "No finished attempts to analyse yet.", 5000);
    ptyterm_send(t, "q");
    ck_assert(store_attempt_finish(store, a, 1, 1, err, sizeof err));
    ck_assert(store_attempt_finish(store, b, 1, 4, err, sizeof err));
    ptyterm_send(t, "i");
    tu_expect(t, "4 questions", 5000);
    tu_expect(t, "0 flagged", 1000);
    tu_expect(t, "4 need more attempts", 1000);
    tu_expect(t, "Facility", 1000);
    expect_row(t, "A colleague han", "0.50", 1000);
    expect_row(t, "A colleague han", "needs 8 more attempts", 1000);
    expect_row(t, "At a scene you", "1.00", 1000);
    expect_row(t, "At a scene you", "needs 9 more attempts", 1000);
    tu_expect_absent(t, "too easy");
    ptyterm_send(t, "q");
    tu_expect(t, "2 trainees", 5000);
    ptyterm_send(t, "q");
    int status = ptyterm_wait_exit(t, 5000);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ptyterm_free(t);
}
END_TEST

/* The selected answer in full under the table: the question as asked, the answer as given, in
 * the instructor's language. */
START_TEST(answers_in_full_in_the_instructors_language)
{
    int64_t b = start("Ben Live", ATTEMPT_PRACTICE);
    answer(b, "treat-as-loaded", 1, true, "2");
    answer(b, "checked-by-colleague", 2, false, "true");
    PtyTerm *t = instructor("en", 24, 100);
    tu_expect(t, "2 trainees", 10000);
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Answers \xC2\xB7 Ben Live", 5000);
    tu_expect(t, "Response: True", 5000);
    ptyterm_key(t, VTERM_KEY_DOWN);
    tu_expect(t, "Question: A colleague hands you a seized pistol and says it is already unloaded. "
                 "What do", 5000);
    tu_expect(t, "Response: Treat it as loaded, check it and render it safe", 1000);
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    ck_assert_int_eq(WEXITSTATUS(ptyterm_wait_exit(t, 5000)), 0);
    ptyterm_free(t);

    t = instructor("es", 24, 100);
    tu_expect(t, "2 participantes", 10000);
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Respuestas \xC2\xB7 Ben Live", 5000);
    tu_expect(t, "Verdadero", 5000);
    ptyterm_key(t, VTERM_KEY_DOWN);
    tu_expect(t, "Un colega le entrega una pistola incautada", 5000);
    tu_expect(t, "Tratarla como cargada, revisarla y dejarla en condici\xC3\xB3n segura", 1000);
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    ck_assert_int_eq(WEXITSTATUS(ptyterm_wait_exit(t, 5000)), 0);
    ptyterm_free(t);
}
END_TEST

/* A generated question is shown as the trainee was asked it: built again from the answer's
 * seed, not the sample the content loads with. */
START_TEST(generated_questions_as_asked)
{
    char *content = xasprintf("%s/content", dir);
    char *mkdir_cmd[] = {"/bin/mkdir", content, NULL};
    ck_assert_int_eq(tu_run(mkdir_cmd, NULL, NULL), 0);
    free(tu_copy("content/examples/generated.lua", content, "generated.lua"));
    Catalog cat;
    catalog_init(&cat);
    ck_assert(host_load_dir(&cat, content, NULL) == 1);
    const Module *m = catalog_find(&cat, "example-generated");
    const Question *sample = module_question(m, "record-retention");
    Question q;
    Problems p = {0};
    uint32_t seed = 0;
    /* A seed whose question differs from the sample's. */
    for (uint32_t s = 2; !seed && s < 50; s++) {
        ck_assert(host_generate(m, sample, s, &q, &p));
        if (strcmp(ltext_get(&q.prompt, LANG_EN), ltext_get(&sample->prompt, LANG_EN)) != 0)
            seed = s;
        else
            question_done(&q);
    }
    ck_assert_uint_ne(seed, 0);
    problems_done(&p);

    int64_t b = start_in("Ben Live", "example-generated", ATTEMPT_PRACTICE);
    AnswerRow a = {.attempt_id = b, .question_id = "record-retention", .position = 1,
                   .response = "1", .score = 0, .max_score = 1, .try_no = 1, .final = true,
                   .has_seed = true, .seed = seed};
    ck_assert_msg(store_answer_add(store, &a, err, sizeof err), "%s", err);
    PtyTerm *t = instructor_on(content, "W", "en", 24, 100);
    tu_expect(t, "2 trainees", 10000);
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Answers \xC2\xB7 Ben Live", 5000);
    char *want = xasprintf("Question: %.60s", ltext_get(&q.prompt, LANG_EN)); /* one line */
    tu_expect(t, want, 10000);
    free(want);
    want = xasprintf("Response: %s", ltext_get(&q.options[0], LANG_EN));
    tu_expect(t, want, 1000);
    free(want);
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    ck_assert_int_eq(WEXITSTATUS(ptyterm_wait_exit(t, 5000)), 0);
    ptyterm_free(t);
    question_done(&q);
    catalog_done(&cat);
    free(content);
}
END_TEST

/* Without --workshop the view opens on the workshop running today, as the shell does. */
START_TEST(opens_on_todays_workshop)
{
    ck_assert_int_eq(tu_rastro_run(NULL, NULL, NULL, "--db", db, "workshop", "add", "--name",
                                   "Last year", "--country", "GT", "--starts", "2025-01-01",
                                   "--ends", "2025-01-05", NULL), 0);
    PtyTerm *t = instructor_on(NULL, NULL, "en", 24, 80);
    tu_expect(t, "Instructor \xC2\xB7 W", 10000);
    tu_expect(t, "2 trainees", 5000);
    tu_expect_absent(t, "Zed Elsewhere");
    ptyterm_send(t, "q");
    ck_assert_int_eq(WEXITSTATUS(ptyterm_wait_exit(t, 5000)), 0);
    ptyterm_free(t);
}
END_TEST

START_TEST(small_terminal_in_spanish)
{
    int64_t b = start("Ben Live", ATTEMPT_PRACTICE);
    for (int i = 0; i < 3; i++)
        answer(b, i == 0 ? "q1" : i == 1 ? "q2" : "q3", i + 1, false, "no");
    PtyTerm *t = instructor("es", 12, 40);
    tu_expect(t, "2 participantes", 10000);
    expect_row(t, "Ben Live", "0%", 5000);
    tu_expect(t, "!Ben Live", 1000);
    expect_row(t, "Ana Live", "nunca", 1000);
    tu_expect_absent(t, "Terminal too small");
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Respuestas \xC2\xB7 Ben Live", 5000);
    expect_row(t, "q3", "0/1", 1000);
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    int status = ptyterm_wait_exit(t, 5000);
    ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    ptyterm_free(t);
}
END_TEST

START_TEST(unknown_workshop_is_an_error)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "instructor", "--workshop", "nope", NULL};
    char *out, *errs;
    ck_assert_int_eq(tu_run(argv, &out, &errs), 1);
    ck_assert_msg(strstr(errs, "no workshop named \"nope\""), "stderr: %s", errs);
    ck_assert_str_eq(out, "");
    free(out);
    free(errs);
}
END_TEST

Suite *e2e_instructor_suite(void)
{
    Suite *s = suite_create("e2e_instructor");
    TCase *tc = tcase_create("instructor");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, live_view_follows_answers_saved_by_another_process);
    tcase_add_test(tc, answers_in_full_in_the_instructors_language);
    tcase_add_test(tc, generated_questions_as_asked);
    tcase_add_test(tc, opens_on_todays_workshop);
    tcase_add_test(tc, small_terminal_in_spanish);
    tcase_add_test(tc, unknown_workshop_is_an_error);
    suite_add_tcase(s, tc);
    return s;
}
