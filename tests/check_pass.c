/* Unit tests for the pass rule (tui/core/pass.c): the pass mark, questions that must be right
 * (critical) and pass marks per tag, as a quiz run judges them and as the records judge the
 * attempts already stored; and what lint says about the fields. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/pass.h"
#include "../tui/core/prereq.h"
#include "../tui/core/quiz.h"
#include "../tui/core/scores.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static Catalog cat;
static Store *store;
static int64_t trainee_id;
static char err[512];

static void setup(void)
{
    catalog_init(&cat);
    store = tu_store_with_trainee(tu_dir, "HN", &trainee_id);
}

static void teardown(void)
{
    store_close(store);
    catalog_done(&cat);
}

#define HEAD "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
#define T(s) "{ en = '" s "', es = '" s "' }"
#define TF(id, extra) \
    "  truefalse { id = '" id "', prompt = " T("Statement " id) ", answer = true, explain = " \
    T("e") extra " },\n"

/* Loads src as the only module and returns it. */
static const Module *load(const char *src)
{
    ck_assert_msg(tu_load_module(&cat, tu_dir, src), "%s",
                  cat.problems.n ? cat.problems.items[0].message : "not loaded");
    return cat.modules[cat.n - 1];
}

/* Answers the current question right or wrong, whatever its type, and moves on. */
static void answer(QuizRun *run, bool right)
{
    const Question *q = quiz_question(run);
    ck_assert_ptr_nonnull(q);
    Verdict v;
    bool ok = false;
    size_t arranged[QUESTION_MAX_OPTIONS];
    for (size_t k = 0; k < q->n_options; k++)
        arranged[k] = k;
    if (!right && q->n_options > 1) {
        arranged[0] = 1;
        arranged[1] = 0;
    }
    switch (q->type) {
    case QUESTION_CHOICE:
    case QUESTION_TRUEFALSE:
        ok = quiz_submit(run, quiz_pick(right ? q->answer : (q->answer + 1) % q->n_options), &v, err,
                         sizeof err);
        break;
    case QUESTION_MULTI: {
        uint32_t picked = right ? q->answers : ~q->answers & ((1u << q->n_options) - 1);
        ok = quiz_submit(run, (QuizAnswer){ANSWER_PICKS, .picked = picked}, &v, err, sizeof err);
        break;
    }
    case QUESTION_TEXT:
    case QUESTION_SERIAL: {
        const char *typed = right ? q->accepted[0] : "nothing like it";
        ok = quiz_submit(run, (QuizAnswer){ANSWER_TYPED, .typed = typed}, &v, err, sizeof err);
        break;
    }
    case QUESTION_NUMERIC: {
        char typed[64];
        snprintf(typed, sizeof typed, "%.17g", right ? q->value : q->value + 1000);
        ok = quiz_submit(run, (QuizAnswer){ANSWER_TYPED, .typed = typed}, &v, err, sizeof err);
        break;
    }
    case QUESTION_ORDER:
        ok = quiz_submit(run, (QuizAnswer){ANSWER_ORDER, .arranged = arranged}, &v, err, sizeof err);
        break;
    case QUESTION_MATCH:
        ok = quiz_submit(run, (QuizAnswer){ANSWER_MATCH, .chosen = arranged}, &v, err, sizeof err);
        break;
    case QUESTION_LOCATE: {
        unsigned col = 0, row = 0; /* the first cell that is right, or wrong */
        while (locate_cell_right(q, col, row) != right) {
            if (++col == q->grid_cols) {
                col = 0;
                ck_assert_uint_lt(++row, q->grid_rows);
            }
        }
        ok = quiz_submit(run, (QuizAnswer){ANSWER_CELL, .col = col, .row = row}, &v, err, sizeof err);
        break;
    }
    default:
        ck_abort_msg("no answer for a %s question here", question_type_name(q->type));
    }
    ck_assert_msg(ok, "%s: %s", q->id, err);
    ck_assert_msg(v.correct == right, "%s answered %s", q->id, right ? "right" : "wrong");
    quiz_next(run);
}

/* The safe-handling module as bundled: its first critical question wrong and every other right
 * scores above the pass mark, and is not passed. */
START_TEST(safety_module_all_safe_handling_wrong_is_not_passed)
{
    ck_assert(tu_load_file(&cat, "content/01-safe-handling.lua", NULL));
    const Module *m = catalog_find(&cat, "safe-handling");
    ck_assert_ptr_nonnull(m);
    size_t critical = 0;
    for (size_t i = 0; i < m->n_questions; i++) {
        ck_assert_msg(question_has_tag(&m->questions[i], "safe-handling"), "%s is not tagged",
                      m->questions[i].id);
        critical += m->questions[i].critical;
    }
    ck_assert_uint_ge(critical, 4);
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 7, err, sizeof err));
    bool missed = false; /* one critical question answered wrong */
    while (quiz_question(&run)) {
        bool wrong = !missed && quiz_question(&run)->critical;
        missed = missed || wrong;
        answer(&run, !wrong);
    }
    ck_assert(missed);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_msg(quiz_percent(&run) > m->settings.pass, "%.1f%%", quiz_percent(&run));
    ck_assert(!tu_quiz_passed(&run));
    quiz_done(&run);
}
END_TEST

static const char *const FIVE =
    HEAD " practice = { pass = 70 },\n quiz = {\n"
    TF("a", "") TF("b", "") TF("c", ", critical = true") TF("d", "") TF("e", "") " } }\n";

/* One critical question wrong, the four others right: 80% against a 70% mark. */
START_TEST(critical_question_wrong_fails_above_the_mark)
{
    const Module *m = load(FIVE);
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    while (quiz_question(&run))
        answer(&run, strcmp(quiz_question(&run)->id, "c") != 0);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq_tol(quiz_percent(&run), 80, 1e-9);
    ck_assert(!tu_quiz_passed(&run));
    quiz_done(&run);
    /* Right on it, and wrong on another: 80% and passed. */
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 2, err, sizeof err));
    while (quiz_question(&run))
        answer(&run, strcmp(quiz_question(&run)->id, "a") != 0);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert(tu_quiz_passed(&run));
    quiz_done(&run);
}
END_TEST

/* A finished attempt at module_id stored as the shell stores it: answers[k] right or not at
 * position k + 1 (NULL ids are left unanswered), the score counting every position. */
static void store_attempt(const char *module_id, AttemptMode mode, uint32_t seed,
                          const char *const *ids, const bool *right, size_t n)
{
    AttemptRow row = {.trainee_id = trainee_id, .module_id = module_id, .module_version = 1,
                      .mode = mode, .seed = seed};
    int64_t id;
    ck_assert(store_attempt_start(store, &row, &id, err, sizeof err));
    double score = 0;
    for (size_t k = 0; k < n; k++) {
        if (!ids[k])
            continue;
        AnswerRow a = {.attempt_id = id, .question_id = ids[k], .position = (int)k + 1,
                       .response = right[k] ? "true" : "false", .score = right[k], .max_score = 1,
                       .try_no = 1, .final = true, .correct = right[k]};
        ck_assert(store_answer_add(store, &a, err, sizeof err));
        score += right[k];
    }
    ck_assert(store_attempt_finish(store, id, score, (double)n, err, sizeof err));
}

/* Attempts stored before the rule are judged by it with the module's current flags: reports and
 * certificates count only what passes. */
START_TEST(stored_attempts_are_judged_by_the_rule)
{
    const Module *m = load(FIVE);
    static const char *const ids[] = {"a", "b", "c", "d", "e"};
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){1, 1, 0, 1, 1}, 5);
    ScoreTable t;
    ck_assert_msg(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err), "%s", err);
    ck_assert_uint_eq(t.n_rows, 1);
    ck_assert_int_eq(t.rows[0].passed, 0);
    ck_assert_uint_eq(t.rows[0].n_modules, 1);
    ck_assert_str_eq(t.rows[0].modules[0].passed, "");
    ck_assert_double_eq_tol(t.rows[0].modules[0].best_pct, 80, 1e-9);
    scores_done(&t);
    /* A later attempt right on c passes, at its own score. */
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){0, 1, 1, 1, 0}, 5);
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 0); /* 60%: below the mark */
    scores_done(&t);
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){0, 1, 1, 1, 1}, 5);
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 1);
    ck_assert_int_eq(strlen(t.rows[0].modules[0].passed), 10);
    scores_done(&t);
}
END_TEST

static const char *const EXAM =
    HEAD " exam = { pass = 70, shuffle = false, time_limit = 60 },\n quiz = {\n"
    TF("a", "") TF("b", "") TF("c", ", critical = true") TF("d", "") TF("e", "") " } }\n";

/* An exam whose time ran out before the critical question was answered: the questions it asked
 * are drawn again from its seed, so the one left unanswered is known. */
START_TEST(stored_exam_with_the_critical_question_unanswered_is_not_passed)
{
    const Module *m = load(EXAM);
    static const char *const ids[] = {"a", "b", NULL, "d", "e"};
    store_attempt(m->id, ATTEMPT_EXAM, 9, ids, (const bool[]){1, 1, 0, 1, 1}, 5);
    ScoreTable t;
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 0);
    ck_assert_double_eq_tol(t.rows[0].modules[0].best_pct, 80, 1e-9);
    scores_done(&t);
}
END_TEST

static const char *const BY_TAG =
    HEAD " practice = { pass = 50, pass_by_tag = { ['safe-handling'] = 100, marking = 50 } },\n"
    " quiz = {\n"
    TF("a", ", tags = { 'safe-handling' }") TF("b", ", tags = { 'safe-handling' }")
    TF("c", ", tags = { 'marking' }") TF("d", ", tags = { 'marking' }") TF("e", "") " } }\n";

/* A tag with a pass mark of its own: its questions must reach it, whatever the overall score. */
START_TEST(tag_below_its_own_mark_fails)
{
    const Module *m = load(BY_TAG);
    ck_assert_uint_eq(m->settings.n_pass_by_tag, 2);
    ck_assert_str_eq(m->settings.pass_by_tag[0].tag, "marking"); /* sorted */
    ck_assert_double_eq(m->settings.pass_by_tag[1].pass, 100);
    QuizRun run;
    /* b wrong: 80% overall, safe-handling at 50% of its 100. */
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    while (quiz_question(&run))
        answer(&run, strcmp(quiz_question(&run)->id, "b") != 0);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert(!tu_quiz_passed(&run));
    quiz_done(&run);
    /* c and e wrong: 60%, marking at its 50%: passed. */
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 2, err, sizeof err));
    while (quiz_question(&run)) {
        const char *id = quiz_question(&run)->id;
        answer(&run, strcmp(id, "c") != 0 && strcmp(id, "e") != 0);
    }
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert(tu_quiz_passed(&run));
    quiz_done(&run);
}
END_TEST

static const char *const REASONS =
    HEAD " practice = { pass = 50, pass_by_tag = { marking = 100 } },\n quiz = {\n"
    TF("a", ", critical = true") TF("b", ", tags = { 'marking' }") TF("c", ", critical = true")
    TF("d", ", tags = { 'marking' }") TF("e", "") TF("f", "") " } }\n";

/* Every reason is named: each critical question missed (by its place in the attempt), each tag
 * under its own mark; the score itself is above the mark. */
START_TEST(reasons_name_each_question_and_tag)
{
    const Module *m = load(REASONS);
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    while (quiz_question(&run)) {
        const char *id = quiz_question(&run)->id;
        answer(&run, strcmp(id, "a") && strcmp(id, "c") && strcmp(id, "d"));
    }
    ck_assert(quiz_finish(&run, err, sizeof err));
    PassResult r;
    quiz_judge(&run, &r);
    ck_assert(!r.passed);
    ck_assert(!r.below_mark);
    ck_assert_double_eq_tol(r.pct, 50, 1e-9);
    ck_assert_uint_eq(r.n_missed, 2);
    ck_assert_str_eq(run.items[r.missed[0]].q->id, "a");
    ck_assert_str_eq(run.items[r.missed[1]].q->id, "c");
    ck_assert_uint_eq(r.n_short_tags, 1);
    ck_assert_str_eq(r.short_tags[0].tag, "marking");
    ck_assert_double_eq_tol(r.short_tags[0].pct, 50, 1e-9);
    ck_assert_double_eq(r.short_tags[0].pass, 100);
    pass_result_done(&r);
    quiz_done(&run);
}
END_TEST

static const char *const TRIES =
    HEAD " practice = { pass = 50, retries = 1, penalty = 0.5, hint_cost = 0.25 },\n quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("A") ", answer = true, explain = " T("e") ",\n"
    "    hint = " T("h") ", critical = true },\n"
    TF("b", ", critical = true") TF("c", "") " } }\n";

/* In practice the final answer counts: right on the last try, or after the hint, is right (it
 * only costs marks); wrong on every try is missed. */
START_TEST(the_final_answer_counts_and_hints_cost_only_marks)
{
    const Module *m = load(TRIES);
    QuizRun run;
    Verdict v;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    ck_assert(quiz_take_hint(&run));
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err)); /* a: wrong, a try left */
    ck_assert(!v.final);
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err)); /* right: 1 - 0.5 - 0.25 */
    ck_assert(v.final && v.correct);
    quiz_next(&run);
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err)); /* b: wrong, then right */
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    quiz_next(&run);
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err)); /* c: right */
    quiz_next(&run);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq_tol(quiz_percent(&run), 100.0 * 1.75 / 3, 1e-9);
    ck_assert(tu_quiz_passed(&run));
    quiz_done(&run);
    /* b wrong on both tries: missed, though the score is 2 of 3. */
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 2, err, sizeof err));
    answer(&run, true);
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert(v.final && !v.correct);
    quiz_next(&run);
    answer(&run, true);
    ck_assert(quiz_finish(&run, err, sizeof err));
    PassResult r;
    quiz_judge(&run, &r);
    ck_assert(!r.passed && !r.below_mark);
    ck_assert_uint_eq(r.n_missed, 1);
    ck_assert_str_eq(run.items[r.missed[0]].q->id, "b");
    pass_result_done(&r);
    quiz_done(&run);
}
END_TEST

static const char *const PARTLY =
    HEAD " practice = { pass = 50 },\n quiz = {\n"
    "  multi { id = 'm', prompt = " T("Tick") ", options = { " T("1") ", " T("2") ", " T("3") " },\n"
    "    answers = { 1, 2 }, explain = " T("e") ", critical = true },\n"
    TF("b", "") " } }\n";

/* Partial credit on a question that must be right is not right. */
START_TEST(partly_right_is_not_right)
{
    const Module *m = load(PARTLY);
    QuizRun run;
    Verdict v;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    ck_assert(quiz_submit(&run, (QuizAnswer){ANSWER_PICKS, .picked = 1u}, &v, err, sizeof err)); /* one of the two */
    ck_assert(!v.correct && v.score > 0);
    quiz_next(&run);
    answer(&run, true);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq_tol(quiz_percent(&run), 75, 1e-9);
    ck_assert(!tu_quiz_passed(&run));
    quiz_done(&run);
}
END_TEST

static const char *const TIMED =
    HEAD " exam = { pass = 70, shuffle = false, time_limit = 60 },\n quiz = {\n"
    TF("a", "") TF("b", "") TF("c", "") TF("d", "") TF("e", ", critical = true") " } }\n";

/* An exam whose time runs out before the critical question: unanswered is missed. */
START_TEST(exam_time_out_before_the_critical_question)
{
    const Module *m = load(TIMED);
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    for (int i = 0; i < 4; i++)
        answer(&run, true);
    run.started -= 61;
    Verdict v;
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert(run.expired);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq_tol(quiz_percent(&run), 80, 1e-9);
    PassResult r;
    quiz_judge(&run, &r);
    ck_assert(!r.passed);
    ck_assert_uint_eq(r.n_missed, 1);
    ck_assert_uint_eq(r.missed[0], 4);
    pass_result_done(&r);
    quiz_done(&run);
    /* The stored attempt says the same. */
    ScoreTable t;
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 0);
    scores_done(&t);
}
END_TEST

static const char *const DRAW_ONE =
    HEAD " exam = { pass = 0, draw = 1, pass_by_tag = { x = 100 } },\n quiz = {\n"
    TF("a", ", tags = { 'x' }") TF("b", ", tags = { 'y' }") " } }\n";

/* A tag the attempt did not ask sets no rule. */
START_TEST(a_tag_not_asked_sets_no_rule)
{
    const Module *m = load(DRAW_ONE);
    bool seen[2] = {false, false};
    for (uint32_t seed = 1; seed < 64 && !(seen[0] && seen[1]); seed++) {
        QuizRun run;
        ck_assert(quiz_start(&run, store, trainee_id, m, NULL, seed, err, sizeof err));
        ck_assert_uint_eq(run.n_items, 1);
        bool x = question_has_tag(run.items[0].q, "x");
        seen[!x] = true;
        answer(&run, false);
        ck_assert(quiz_finish(&run, err, sizeof err));
        ck_assert_msg(tu_quiz_passed(&run) == !x, "seed %u drew %s", seed, run.items[0].q->id);
        quiz_done(&run);
    }
    ck_assert(seen[0] && seen[1]);
}
END_TEST

static const char *const SIX =
    HEAD " practice = { pass = 50 },\n quiz = {\n"
    TF("a", "") TF("b", "") TF("c", ", critical = true") TF("d", "") TF("e", "") TF("f", "")
    " } }\n";

/* The best score and the best score that passes differ; prerequisites and certificates go by
 * the second. */
START_TEST(best_score_and_best_passing_score)
{
    const Module *m = load(SIX);
    ck_assert(tu_load_module(&cat, tu_dir, "return lesson { id = 'next', title = " T("N") ",\n"
                             " requires = { 'm' }, quiz = { " TF("z", "") " } }\n"));
    static const char *const ids[] = {"a", "b", "c", "d", "e", "f"};
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){1, 1, 0, 1, 1, 1}, 6);
    ModuleResult r;
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq_tol(r.best_pct, 500.0 / 6, 1e-9);
    ck_assert_double_eq(r.passed_pct, -1);
    ck_assert_str_eq(r.passed, "");
    double passing[] = {r.passed_pct, -1};
    ck_assert_str_eq(prereq_blocking(&cat, cat.modules[1], passing), "m");
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){0, 1, 1, 0, 1, 1}, 6);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq_tol(r.best_pct, 500.0 / 6, 1e-9);
    ck_assert_double_eq_tol(r.passed_pct, 400.0 / 6, 1e-9);
    ck_assert_int_eq(strlen(r.passed), 10);
    passing[0] = r.passed_pct;
    ck_assert_ptr_null(prereq_blocking(&cat, cat.modules[1], passing));
    /* Review attempts are not judged. */
    store_attempt(m->id, ATTEMPT_REVIEW, 0, ids, (const bool[]){1, 1, 1, 1, 1, 1}, 6);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq_tol(r.best_pct, 500.0 / 6, 1e-9);
}
END_TEST

/* An attempt whose answers no longer sit where a new draw puts them (the module's questions
 * changed): its answers alone are judged. */
START_TEST(stored_attempt_of_a_changed_module_is_judged_by_its_answers)
{
    const Module *m = load(FIVE);
    static const char *const moved[] = {"e", "d", "c", "b", "a"};
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, moved, (const bool[]){1, 1, 0, 1, 1}, 5);
    ModuleResult r;
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_str_eq(r.passed, "");
    static const char *const four[] = {"e", "d", "c", "b"};
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, four, (const bool[]){1, 1, 1, 1}, 4);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq(r.passed_pct, 100);
}
END_TEST

static const char *const BOTH =
    HEAD " practice = { pass = 50, retries = 1 },\n"
    " exam = { pass = 80, shuffle = false, pass_by_tag = { x = 100 } },\n quiz = {\n"
    TF("a", ", tags = { 'x' }") TF("b", "") TF("c", "") TF("d", "") TF("e", "") " } }\n";

/* A module with a practice quiz and an exam: each attempt is judged by the settings of its own
 * quiz for its results, but only an exam attempt passes the module, for prerequisites, reports
 * and certificates alike; the scores per competency count the exam only. */
START_TEST(only_the_exam_passes_a_module_with_both)
{
    const Module *m = load(BOTH);
    ck_assert(tu_load_module(&cat, tu_dir, "return lesson { id = 'next', title = " T("N") ",\n"
                             " requires = { 'm' }, quiz = { " TF("z", "") " } }\n"));
    /* Practice at its own mark (50%), with a on the second try: passed as practice. */
    QuizRun run;
    ck_assert(quiz_start_mode(&run, store, trainee_id, m, QUIZ_PRACTICE, NULL, 1, err, sizeof err));
    ck_assert_int_eq(run.mode, ATTEMPT_PRACTICE);
    ck_assert_ptr_eq(run.settings, m->practice);
    answer(&run, true);
    answer(&run, true);
    answer(&run, true);
    answer(&run, false);
    Verdict v;
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err)); /* e: wrong, a try left */
    ck_assert(!v.final && v.tries_left == 1);
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    quiz_next(&run);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert(tu_quiz_passed(&run)); /* 80% against the practice quiz's 50% */
    quiz_done(&run);
    ModuleResult r;
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq(r.passed_pct, -1);
    ck_assert_double_eq(r.best_pct, -1); /* no exam taken */
    ck_assert(r.practice_pct > 70);
    ck_assert_str_eq(r.passed, "");
    double passing[] = {r.passed_pct, -1};
    ck_assert_str_eq(prereq_blocking(&cat, cat.modules[1], passing), "m");
    ScoreTable t;
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 0);
    ck_assert_int_eq(t.rows[0].total.answers, 0); /* practice answers are practice */
    scores_done(&t);
    /* The exam at 80% misses a, which its tag needs at 100%: not passed. */
    static const char *const ids[] = {"a", "b", "c", "d", "e"};
    store_attempt(m->id, ATTEMPT_EXAM, 0, ids, (const bool[]){0, 1, 1, 1, 1}, 5);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq(r.passed_pct, -1);
    ck_assert_double_eq_tol(r.best_pct, 80, 1e-9);
    /* A practice attempt right on every question still passes nothing. */
    store_attempt(m->id, ATTEMPT_PRACTICE, 0, ids, (const bool[]){1, 1, 1, 1, 1}, 5);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq(r.passed_pct, -1);
    ck_assert_double_eq_tol(r.practice_pct, 100, 1e-9);
    /* An exam that passes by its rule passes the module. */
    store_attempt(m->id, ATTEMPT_EXAM, 0, ids, (const bool[]){1, 1, 1, 1, 0}, 5);
    ck_assert(scores_module(store, m, trainee_id, &r, err, sizeof err));
    ck_assert_double_eq_tol(r.passed_pct, 80, 1e-9);
    ck_assert_int_eq(strlen(r.passed), 10);
    passing[0] = r.passed_pct;
    ck_assert_ptr_null(prereq_blocking(&cat, cat.modules[1], passing));
    ck_assert(scores_read(store, &cat, 0, trainee_id, &t, err, sizeof err));
    ck_assert_int_eq(t.rows[0].passed, 1);
    ck_assert_int_eq(t.rows[0].total.answers, 10); /* the two exams' answers */
    ck_assert_double_eq_tol(score_pct(&t.rows[0].total), 80, 1e-9);
    scores_done(&t);
}
END_TEST

/* Lint reads the fields and names the line of each mistake. */
START_TEST(lint_checks_critical_and_pass_by_tag)
{
    ck_assert(!tu_load_module(&cat, tu_dir, HEAD " quiz = {\n"
                              "  truefalse { id = 'a', prompt = 'P', answer = true,\n"
                              "    critical = 'yes' } } }\n"));
    const Problem *p = tu_problem_with(&cat, "quiz[1].critical: must be true or false");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 4); /* the line of critical = */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!tu_load_module(&cat, tu_dir, HEAD " practice = { pass_by_tag = 80 },\n quiz = {\n"
                              TF("a", "") " } }\n"));
    p = tu_problem_with(&cat, "practice.pass_by_tag: must be a table of tag = percent");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 2); /* the line of pass_by_tag */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!tu_load_module(&cat, tu_dir, HEAD " exam = { pass_by_tag = { x = 120, ['Not Id'] = 5,"
                              " y = 50 } },\n quiz = {\n" TF("a", ", tags = { 'x' }") " } }\n"));
    ck_assert_ptr_nonnull(tu_problem_with(&cat, "exam.pass_by_tag.x: must be a number from 0 to 100"));
    ck_assert_ptr_nonnull(tu_problem_with(&cat, "'Not Id' is not a valid id"));
    ck_assert_ptr_nonnull(tu_problem_with(&cat, "exam.pass_by_tag.y: no question the quiz may ask "
                                                "carries the tag 'y'"));
    catalog_done(&cat);
    catalog_init(&cat);
    /* A critical question outside the pool is never asked: a warning. */
    ck_assert(tu_load_module(&cat, tu_dir, HEAD " practice = { tags = { 'x' } },\n quiz = {\n"
                             TF("a", ", tags = { 'x' }") TF("b", ", critical = true") " } }\n"));
    p = tu_problem_with(&cat, "quiz[2].critical: the quiz never asks this question");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->level, PROBLEM_WARNING);
    ck_assert_int_eq(p->line, 5);
    catalog_done(&cat);
    catalog_init(&cat);
    /* A question function keeps its critical flag for every seed. */
    char *path = tu_write(tu_dir, "g.lua", HEAD " quiz = { function(rng)\n"
                          "  return truefalse { id = 'g', prompt = 'P', answer = true,\n"
                          "    critical = rng:int(1, 2) == 1 } end } }\n");
    ck_assert(!tu_load_file(&cat, path, &host_load_lint));
    free(path);
    ck_assert_ptr_nonnull(tu_problem_with(&cat, "a question function must keep it"));
}
END_TEST

Suite *pass_suite(void)
{
    Suite *s = suite_create("pass");
    TCase *tc = tcase_create("pass");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, safety_module_all_safe_handling_wrong_is_not_passed);
    tcase_add_test(tc, critical_question_wrong_fails_above_the_mark);
    tcase_add_test(tc, stored_attempts_are_judged_by_the_rule);
    tcase_add_test(tc, stored_exam_with_the_critical_question_unanswered_is_not_passed);
    tcase_add_test(tc, tag_below_its_own_mark_fails);
    tcase_add_test(tc, reasons_name_each_question_and_tag);
    tcase_add_test(tc, the_final_answer_counts_and_hints_cost_only_marks);
    tcase_add_test(tc, partly_right_is_not_right);
    tcase_add_test(tc, exam_time_out_before_the_critical_question);
    tcase_add_test(tc, a_tag_not_asked_sets_no_rule);
    tcase_add_test(tc, best_score_and_best_passing_score);
    tcase_add_test(tc, stored_attempt_of_a_changed_module_is_judged_by_its_answers);
    tcase_add_test(tc, lint_checks_critical_and_pass_by_tag);
    tcase_add_test(tc, only_the_exam_passes_a_module_with_both);
    suite_add_tcase(s, tc);
    return s;
}
