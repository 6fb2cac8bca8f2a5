/* Unit tests for tui/core/quiz.c: scoring and taking a quiz through a real SQLite store. */
#include <check.h>
#include <errno.h>
#include <ftw.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tui/core/model.h"
#include "../tui/core/quiz.h"
#include "../tui/core/store.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

Suite *quiz_suite(void);

/* ---- fixture: a store in a private temporary directory, one trainee, a 3-question module -- */

static const char *tmpdir; /* tu_case_dir_make */
static char db_path[2048];
static Store *store;
static Module *module;
static int64_t trainee_id;
static char err[512];

/* A root directory per test case, made and removed outside the forked tests (unchecked
 * fixture) so that nothing is left behind even when a failed test never reaches its teardown. */
static void root_setup(void)
{
    ck_assert_ptr_nonnull(tu_root_make("quiz"));
}

static LText en_es(const char *en, const char *es)
{
    LText t = {{xstrdup(en), es ? xstrdup(es) : NULL}};
    return t;
}

static void make_question(Question *q, const char *id, size_t n_options, size_t answer)
{
    memset(q, 0, sizeof *q);
    q->id = xstrdup(id);
    q->type = QUESTION_CHOICE;
    q->prompt = en_es("Which one?", "\xC2\xBF" "Cu\xC3\xA1l?");
    q->options = xcalloc(n_options, sizeof *q->options);
    q->n_options = n_options;
    for (size_t i = 0; i < n_options; i++) {
        char *en = xasprintf("Option %zu of %s", i + 1, id);
        q->options[i] = en_es(en, NULL);
        free(en);
    }
    q->answer = answer;
    q->explain = en_es("Because.", "Porque.");
}

/* Questions: q1 (3 options, answer 1), q2 (4 options, answer 0), q3 (2 options, answer 1). */
static Module *make_module(void)
{
    Module *m = module_new();
    m->id = xstrdup("radio.basics");
    m->version = 2;
    m->file = xstrdup("radio.lua");
    m->title = en_es("Radio basics", "Radio b\xC3\xA1sica");
    m->n_questions = 3;
    m->questions = xcalloc(m->n_questions, sizeof *m->questions);
    make_question(&m->questions[0], "q1", 3, 1);
    make_question(&m->questions[1], "q2", 4, 0);
    make_question(&m->questions[2], "q3", 2, 1);
    return m;
}

static void setup(void)
{
    tmpdir = tu_case_dir_make();
    snprintf(db_path, sizeof db_path, "%s/rastro.db", tmpdir);
    err[0] = '\0';
    store = tu_store_open(db_path, err, sizeof err);
    ck_assert_msg(store != NULL, "store_open: %s", err);

    Trainee t;
    memset(&t, 0, sizeof t);
    t.name = xstrdup("Quiz Taker");
    t.agency = xstrdup("Agency");
    memcpy(t.country, "MX", 3);
    t.lang = LANG_ES;
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "trainee_add: %s", err);
    trainee_id = t.id;
    trainee_done(&t);

    module = make_module();
}

/* Runs begun by a test, ended by the teardown: copies, as the runs themselves are the tests'
 * locals; their drawn questions live on the heap, where quiz_done finds them. */
static QuizRun begun[8];
static size_t n_begun;

static void teardown(void)
{
    for (size_t i = 0; i < n_begun; i++)
        quiz_done(&begun[i]);
    n_begun = 0;
    module_free(module);
    module = NULL;
    store_close(store);
    store = NULL;
    tu_case_dir_remove();
}

/* ---- a second connection to check what is on disk --------------------------------------- */

static long long peer_int(const char *sql, long long arg)
{
    return tu_peer_int(db_path, sql, arg);
}

static char *peer_text(const char *sql, long long arg)
{
    return tu_peer_text(db_path, sql, arg);
}

static double peer_double(const char *sql, long long arg)
{
    return tu_peer_double(db_path, sql, arg);
}

static long long answers_in_db(int64_t attempt)
{
    return peer_int("SELECT count(*) FROM answer WHERE attempt_id = ?1", attempt);
}

static void begin(QuizRun *run)
{
    err[0] = '\0';
    ck_assert_msg(tu_quiz_begin(run, store, trainee_id, module, err, sizeof err), "quiz_begin: %s",
                  err);
    ck_assert_uint_lt(n_begun, sizeof begun / sizeof begun[0]);
    begun[n_begun++] = *run;
}

/* Ends a run before the teardown (a run local to a loop). */
static void end_run(QuizRun *run)
{
    for (size_t i = 0; i < n_begun; i++)
        if (begun[i].items == run->items) {
            quiz_done(run);
            begun[i] = begun[--n_begun];
            return;
        }
}

static Verdict submit(QuizRun *run, size_t option)
{
    Verdict v;
    memset(&v, 0xAB, sizeof v);
    err[0] = '\0';
    ck_assert_msg(quiz_submit(run, quiz_pick(option), &v, err, sizeof err), "quiz_submit(%zu): %s", option,
                  err);
    return v;
}

/* ---- scoring ---------------------------------------------------------------------------- */

START_TEST(test_score_choice)
{
    const Question *q1 = &module->questions[0];
    Verdict v = score_choice(q1, 1);
    ck_assert(v.correct);
    ck_assert_double_eq_tol(v.score, 1.0, 1e-12);
    ck_assert_double_eq_tol(v.max, 1.0, 1e-12);

    for (size_t opt = 0; opt < q1->n_options; opt++) {
        v = score_choice(q1, opt);
        ck_assert_int_eq(v.correct, opt == 1);
        ck_assert_double_eq_tol(v.score, opt == 1 ? 1.0 : 0.0, 1e-12);
        ck_assert_double_eq_tol(v.max, question_max_score(q1), 1e-12);
    }
    const Question *q2 = &module->questions[1];
    ck_assert(score_choice(q2, 0).correct);
    ck_assert(!score_choice(q2, 3).correct);
    ck_assert_double_eq_tol(score_choice(q2, 3).score, 0.0, 1e-12);
    ck_assert_double_eq_tol(question_max_score(q2), 1.0, 1e-12);
}
END_TEST

/* ---- taking a quiz ---------------------------------------------------------------------- */

START_TEST(test_begin_records_attempt)
{
    QuizRun run;
    memset(&run, 0x5A, sizeof run);
    begin(&run);
    ck_assert_ptr_eq(run.module, module);
    ck_assert_ptr_eq(run.store, store);
    ck_assert_int_gt(run.attempt_id, 0);
    ck_assert_uint_eq(run.current, 0);
    ck_assert_uint_eq(run.n_correct, 0);
    ck_assert_double_eq_tol(run.score, 0.0, 1e-12);
    ck_assert_double_eq_tol(run.max, 0.0, 1e-12);
    ck_assert(!run.finished);
    ck_assert_double_eq_tol(quiz_percent(&run), 0.0, 1e-12);

    ck_assert_int_eq(peer_int("SELECT trainee_id FROM attempt WHERE id = ?1", run.attempt_id),
                     trainee_id);
    ck_assert_int_eq(peer_int("SELECT module_version FROM attempt WHERE id = ?1", run.attempt_id),
                     2);
    char *mid = peer_text("SELECT module_id FROM attempt WHERE id = ?1", run.attempt_id);
    ck_assert_str_eq(mid, "radio.basics");
    free(mid);
    ck_assert_int_eq(
        peer_int("SELECT finished_at IS NULL FROM attempt WHERE id = ?1", run.attempt_id), 1);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 0);
}
END_TEST

START_TEST(test_full_run)
{
    QuizRun run;
    begin(&run);

    /* q1: correct (option 1). */
    ck_assert_ptr_eq(quiz_question(&run), &module->questions[0]);
    Verdict v = submit(&run, 1);
    ck_assert(v.correct);
    ck_assert_double_eq_tol(v.score, 1.0, 1e-12);
    ck_assert_double_eq_tol(v.max, 1.0, 1e-12);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 1);
    char *row = peer_text("SELECT question_id || '|' || position || '|' || response || '|' || "
                          "score || '|' || max_score FROM answer WHERE attempt_id = ?1 "
                          "ORDER BY id DESC LIMIT 1",
                          run.attempt_id);
    ck_assert_str_eq(row, "q1|1|2|1.0|1.0");
    free(row);
    /* Submitting does not advance. */
    ck_assert_ptr_eq(quiz_question(&run), &module->questions[0]);
    ck_assert_uint_eq(run.current, 0);
    quiz_next(&run);

    /* q2: wrong (option 3; the answer is 0). */
    ck_assert_ptr_eq(quiz_question(&run), &module->questions[1]);
    v = submit(&run, 3);
    ck_assert(!v.correct);
    ck_assert_double_eq_tol(v.score, 0.0, 1e-12);
    ck_assert_double_eq_tol(v.max, 1.0, 1e-12);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 2);
    row = peer_text("SELECT question_id || '|' || position || '|' || response || '|' || score "
                    "FROM answer WHERE attempt_id = ?1 ORDER BY id DESC LIMIT 1",
                    run.attempt_id);
    ck_assert_str_eq(row, "q2|2|4|0.0");
    free(row);
    quiz_next(&run);

    /* q3: correct (option 1). */
    ck_assert_ptr_eq(quiz_question(&run), &module->questions[2]);
    v = submit(&run, 1);
    ck_assert(v.correct);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 3);
    quiz_next(&run);

    ck_assert_ptr_null(quiz_question(&run));
    ck_assert_uint_eq(run.n_correct, 2);
    ck_assert_double_eq_tol(run.score, 2.0, 1e-12);
    ck_assert_double_eq_tol(run.max, 3.0, 1e-12);
    ck_assert_double_eq_tol(quiz_percent(&run), 200.0 / 3.0, 1e-9);

    /* Not finished on disk until quiz_finish. */
    ck_assert_int_eq(
        peer_int("SELECT finished_at IS NULL FROM attempt WHERE id = ?1", run.attempt_id), 1);
    ck_assert_msg(quiz_finish(&run, err, sizeof err), "quiz_finish: %s", err);
    ck_assert(run.finished);
    ck_assert_int_eq(
        peer_int("SELECT finished_at IS NOT NULL FROM attempt WHERE id = ?1", run.attempt_id), 1);
    ck_assert_double_eq_tol(peer_double("SELECT score FROM attempt WHERE id = ?1", run.attempt_id),
                            2.0, 1e-12);
    ck_assert_double_eq_tol(
        peer_double("SELECT max_score FROM attempt WHERE id = ?1", run.attempt_id), 3.0, 1e-12);

    /* The stored answers add up to the run's score, one per question, positions 1..3. */
    ck_assert_double_eq_tol(
        peer_double("SELECT sum(score) FROM answer WHERE attempt_id = ?1", run.attempt_id), 2.0,
        1e-12);
    char *qs = peer_text("SELECT group_concat(question_id || ':' || position, ',') FROM "
                         "(SELECT * FROM answer WHERE attempt_id = ?1 ORDER BY id)",
                         run.attempt_id);
    ck_assert_str_eq(qs, "q1:1,q2:2,q3:3");
    free(qs);

    ModuleStats ms;
    ck_assert_msg(store_module_stats(store, trainee_id, "radio.basics", &ms, err, sizeof err), "%s",
                  err);
    ck_assert_int_eq(ms.attempts, 1);
    ck_assert_double_eq_tol(ms.best_pct, quiz_percent(&run), 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, quiz_percent(&run), 1e-9);
}
END_TEST

START_TEST(test_submit_out_of_range_stores_nothing)
{
    QuizRun run;
    begin(&run);
    const size_t bad[] = {3, 4, 100, SIZE_MAX};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Verdict v = {.correct = true, .score = 42, .max = 42};
        err[0] = '\0';
        ck_assert_msg(!quiz_submit(&run, quiz_pick(bad[i]), &v, err, sizeof err), "option %zu accepted",
                      bad[i]);
        ck_assert_msg(err[0] != '\0', "no message for option %zu", bad[i]);
        /* Nothing scored, nothing stored, the verdict untouched, still on the same question. */
        ck_assert_double_eq_tol(v.score, 42.0, 1e-12);
        ck_assert_double_eq_tol(run.score, 0.0, 1e-12);
        ck_assert_double_eq_tol(run.max, 0.0, 1e-12);
        ck_assert_uint_eq(run.n_correct, 0);
        ck_assert_uint_eq(run.current, 0);
        ck_assert_int_eq(answers_in_db(run.attempt_id), 0);
    }
    ck_assert_int_eq(peer_int("SELECT count(*) FROM answer", 0), 0);

    /* The last valid option is still accepted afterwards. */
    Verdict v = submit(&run, 2);
    ck_assert(!v.correct);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 1);
    ck_assert_double_eq_tol(run.max, 1.0, 1e-12);
}
END_TEST

START_TEST(test_submit_after_last_question_fails)
{
    QuizRun run;
    begin(&run);
    for (size_t i = 0; i < module->n_questions; i++) {
        submit(&run, 0);
        quiz_next(&run);
    }
    ck_assert_ptr_null(quiz_question(&run));
    ck_assert_int_eq(answers_in_db(run.attempt_id), 3);

    Verdict v;
    err[0] = '\0';
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    ck_assert_int_eq(answers_in_db(run.attempt_id), 3);
    ck_assert_double_eq_tol(run.max, 3.0, 1e-12);

    /* quiz_next past the end stays at the end. */
    quiz_next(&run);
    quiz_next(&run);
    ck_assert_uint_eq(run.current, module->n_questions);
    ck_assert_ptr_null(quiz_question(&run));
}
END_TEST

START_TEST(test_second_answer_to_same_question_refused)
{
    QuizRun run;
    begin(&run);
    Verdict v;
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert(!quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert_double_eq(run.max, 1.0);
    quiz_next(&run);
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert_double_eq(run.max, 2.0);
}
END_TEST

START_TEST(test_multi_partial_credit)
{
    Question q = {.type = QUESTION_MULTI, .n_options = 5, .answers = 0x0B}; /* options 1, 2, 4 */
    ck_assert(question_score(&q, 0x0B).correct);
    ck_assert_double_eq(question_score(&q, 0x0B).score, 1.0);
    ck_assert_double_eq_tol(question_score(&q, 0x03).score, 2.0 / 3.0, 1e-9); /* two of three */
    ck_assert(!question_score(&q, 0x03).correct);
    ck_assert_double_eq_tol(question_score(&q, 0x1B).score, 2.0 / 3.0, 1e-9); /* all right, one wrong */
    ck_assert_double_eq(question_score(&q, 0x1F).score, 1.0 / 3.0);         /* everything ticked */
    ck_assert_double_eq(question_score(&q, 0x14).score, 0.0);               /* only wrong: floored */
    q.negative = true;
    ck_assert_double_eq_tol(question_score(&q, 0x14).score, -2.0 / 3.0, 1e-9); /* two wrong */
    ck_assert_double_eq(question_score(&q, 0x1F).score, 1.0 / 3.0);
    char buf[32];
    ck_assert_str_eq(question_response(&q, 0x0B, buf, sizeof buf), "1,2,4");
}
END_TEST

START_TEST(test_numbers_typed)
{
    Question q = {.type = QUESTION_NUMERIC, .value = 7.62, .tolerance = 0.01, .unit = "mm"};
    double v;
    ck_assert(quiz_parse_number(&q, "7.62", &v) && v == 7.62);
    ck_assert(quiz_parse_number(&q, " 7,62 MM ", &v) && v == 7.62);
    ck_assert(quiz_parse_number(&q, "-3", &v) && v == -3);
    ck_assert(!quiz_parse_number(&q, "7.62 cm", &v));
    ck_assert(!quiz_parse_number(&q, "seven", &v));
    ck_assert(!quiz_parse_number(&q, "", &v));
    ck_assert(!quiz_parse_number(&q, "nan", &v));
}
END_TEST

START_TEST(test_order_pairs)
{
    Question q = {.type = QUESTION_ORDER, .n_options = 4, .id = "o"};
    size_t right[] = {0, 1, 2, 3}, one_swap[] = {1, 0, 2, 3}, reversed[] = {3, 2, 1, 0};
    ck_assert(question_score_order(&q, right).correct);
    ck_assert_double_eq_tol(question_score_order(&q, one_swap).score, 5.0 / 6.0, 1e-9);
    ck_assert_double_eq(question_score_order(&q, reversed).score, 0.0);
    size_t shown[4];
    question_shown_order(&q, shown);
    ck_assert(!question_score_order(&q, shown).correct); /* never starts solved */
    uint32_t seen = 0;
    for (int i = 0; i < 4; i++)
        seen |= 1u << shown[i];
    ck_assert_uint_eq(seen, 0xF);
}
END_TEST

START_TEST(test_match_pairs)
{
    Question q = {.type = QUESTION_MATCH, .n_options = 4, .n_right = 4};
    size_t all[] = {0, 1, 2, 3}, two[] = {1, 0, 2, 3};
    ck_assert(question_score_match(&q, all).correct);
    ck_assert_double_eq(question_score_match(&q, two).score, 0.5);
    ck_assert(!question_score_match(&q, two).correct);
}
END_TEST

START_TEST(test_percent)
{
    QuizRun run;
    begin(&run);
    ck_assert_double_eq_tol(quiz_percent(&run), 0.0, 1e-12);
    submit(&run, 1); /* correct */
    ck_assert_double_eq_tol(quiz_percent(&run), 100.0, 1e-12);
    quiz_next(&run);
    submit(&run, 1); /* wrong */
    ck_assert_double_eq_tol(quiz_percent(&run), 50.0, 1e-12);
    quiz_next(&run);
    submit(&run, 0); /* wrong */
    ck_assert_double_eq_tol(quiz_percent(&run), 100.0 / 3.0, 1e-9);

    QuizRun none;
    memset(&none, 0, sizeof none);
    none.module = module;
    ck_assert_double_eq_tol(quiz_percent(&none), 0.0, 1e-12);
}
END_TEST

START_TEST(test_all_wrong_and_all_right)
{
    const size_t wrong[] = {0, 1, 0};
    const size_t right[] = {1, 0, 1};
    const size_t *picks[] = {wrong, right};
    const double want_pct[] = {0.0, 100.0};
    for (int r = 0; r < 2; r++) {
        QuizRun run;
        begin(&run);
        for (size_t i = 0; quiz_question(&run); i++) {
            submit(&run, picks[r][i]);
            quiz_next(&run);
        }
        ck_assert_msg(quiz_finish(&run, err, sizeof err), "%s", err);
        ck_assert_double_eq_tol(quiz_percent(&run), want_pct[r], 1e-12);
        ck_assert_uint_eq(run.n_correct, r ? 3 : 0);
        ck_assert_int_eq(answers_in_db(run.attempt_id), 3);
        end_run(&run);
    }
    ModuleStats ms;
    ck_assert(store_module_stats(store, trainee_id, "radio.basics", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 2);
    ck_assert_double_eq_tol(ms.best_pct, 100.0, 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, 100.0, 1e-9);
}
END_TEST

START_TEST(test_answers_counted_equal_submitted)
{
    /* Several runs with a mix of valid and invalid submissions. */
    unsigned seed = 7;
    long long submitted_total = 0;
    for (int r = 0; r < 4; r++) {
        QuizRun run;
        begin(&run);
        long long submitted = 0;
        while (quiz_question(&run)) {
            const Question *q = quiz_question(&run);
            seed = seed * 1103515245u + 12345u;
            size_t opt = (seed >> 16) % (q->n_options + 2); /* sometimes out of range */
            Verdict v;
            bool ok = quiz_submit(&run, quiz_pick(opt), &v, err, sizeof err);
            ck_assert_int_eq(ok, opt < q->n_options);
            if (ok) {
                submitted++;
                ck_assert_int_eq(answers_in_db(run.attempt_id), submitted);
                quiz_next(&run);
            }
        }
        ck_assert(quiz_finish(&run, err, sizeof err));
        ck_assert_int_eq(answers_in_db(run.attempt_id), submitted);
        ck_assert_int_eq(submitted, 3);
        ck_assert_double_eq_tol(
            peer_double("SELECT sum(score) FROM answer WHERE attempt_id = ?1", run.attempt_id),
            run.score, 1e-12);
        submitted_total += submitted;
        end_run(&run);
    }
    ck_assert_int_eq(peer_int("SELECT count(*) FROM answer", 0), submitted_total);
    ck_assert_int_eq(peer_int("SELECT count(*) FROM attempt WHERE finished_at IS NOT NULL", 0), 4);
}
END_TEST

START_TEST(test_finish_twice)
{
    QuizRun run;
    begin(&run);
    submit(&run, 1);
    quiz_next(&run);
    ck_assert_msg(quiz_finish(&run, err, sizeof err), "%s", err);
    char *first = peer_text("SELECT finished_at FROM attempt WHERE id = ?1", run.attempt_id);
    ck_assert_str_ne(first, "(null)");
    usleep(5000);
    ck_assert_msg(quiz_finish(&run, err, sizeof err), "%s", err);
    char *second = peer_text("SELECT finished_at FROM attempt WHERE id = ?1", run.attempt_id);
    ck_assert_str_eq(first, second);
    free(first);
    free(second);
    ck_assert_double_eq_tol(peer_double("SELECT score FROM attempt WHERE id = ?1", run.attempt_id),
                            1.0, 1e-12);
    /* Finished early: the questions not answered count, with no marks. */
    ck_assert_double_eq_tol(
        peer_double("SELECT max_score FROM attempt WHERE id = ?1", run.attempt_id),
        (double)run.n_items, 1e-12);
    ck_assert_uint_eq(run.n_items, 3);
}
END_TEST

/* Preview's reload asks the question being edited: the attempt moves there, the questions
 * before it left unanswered. */
START_TEST(test_skip_to_a_question)
{
    QuizRun run;
    begin(&run);
    ck_assert(!quiz_skip_to(&run, "nope"));
    ck_assert_uint_eq(run.current, 0);
    ck_assert(quiz_skip_to(&run, "q3"));
    ck_assert_str_eq(quiz_question(&run)->id, "q3");
    submit(&run, 1);
    ck_assert(!quiz_skip_to(&run, "q3")); /* answered: not asked again */
    quiz_next(&run);
    ck_assert_ptr_null(quiz_question(&run));
    ck_assert_msg(quiz_finish(&run, err, sizeof err), "%s", err);
    ck_assert_double_eq_tol(peer_double("SELECT score FROM attempt WHERE id = ?1", run.attempt_id),
                            1.0, 1e-12);
    ck_assert_double_eq_tol(
        peer_double("SELECT max_score FROM attempt WHERE id = ?1", run.attempt_id), 3.0, 1e-12);
}
END_TEST

START_TEST(test_begin_unknown_trainee_fails)
{
    QuizRun run;
    err[0] = '\0';
    ck_assert(!tu_quiz_begin(&run, store, trainee_id + 1000, module, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    ck_assert_int_eq(peer_int("SELECT count(*) FROM attempt", 0), 0);
}
END_TEST

START_TEST(test_empty_module)
{
    Module *m = module_new();
    m->id = xstrdup("empty");
    m->version = 1;
    QuizRun run;
    ck_assert_msg(tu_quiz_begin(&run, store, trainee_id, m, err, sizeof err), "%s", err);
    begun[n_begun++] = run;
    ck_assert_ptr_null(quiz_question(&run));
    Verdict v;
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert_msg(quiz_finish(&run, err, sizeof err), "%s", err);
    ck_assert_double_eq_tol(quiz_percent(&run), 0.0, 1e-12);
    ck_assert_int_eq(answers_in_db(run.attempt_id), 0);
    ck_assert_int_eq(
        peer_int("SELECT finished_at IS NOT NULL FROM attempt WHERE id = ?1", run.attempt_id), 1);
    module_free(m);
}
END_TEST

Suite *quiz_suite(void)
{
    Suite *s = suite_create("quiz");

    TCase *tc = tcase_create("score");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_score_choice);
    suite_add_tcase(s, tc);

    tc = tcase_create("run");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_begin_records_attempt);
    tcase_add_test(tc, test_full_run);
    tcase_add_test(tc, test_submit_out_of_range_stores_nothing);
    tcase_add_test(tc, test_submit_after_last_question_fails);
    tcase_add_test(tc, test_second_answer_to_same_question_refused);
    tcase_add_test(tc, test_multi_partial_credit);
    tcase_add_test(tc, test_numbers_typed);
    tcase_add_test(tc, test_order_pairs);
    tcase_add_test(tc, test_match_pairs);
    tcase_add_test(tc, test_percent);
    tcase_add_test(tc, test_all_wrong_and_all_right);
    tcase_add_test(tc, test_answers_counted_equal_submitted);
    tcase_add_test(tc, test_finish_twice);
    tcase_add_test(tc, test_skip_to_a_question);
    tcase_add_test(tc, test_begin_unknown_trainee_fails);
    tcase_add_test(tc, test_empty_module);
    suite_add_tcase(s, tc);

    return s;
}
