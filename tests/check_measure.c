/* Measures from the records (core/measure.c) on a real database with trainees of two countries:
 * the share of a country's trainees who passed the listed competencies (by the pass rule, with
 * the modules loaded), who is counted, the level proposed, and the change since the previous
 * final assessment. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/measure.h"
#include "../tui/core/store_assess.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Catalog cat;
static Store *s;
static char err[512];

#define T(x) "{ en = '" x "', es = '" x "' }"
#define MODULE(id)                                                                             \
    "return lesson { id = '" id "', title = " T(id) ",\n"                                      \
    " practice = { pass = 100 },\n quiz = {\n"                                                 \
    "  truefalse { id = 'q1', prompt = " T("One") ", answer = true, explain = " T("e") " },\n" \
    "  truefalse { id = 'q2', prompt = " T("Two") ", answer = true, explain = " T("e") " },\n" \
    " } }\n"

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    catalog_init(&cat);
    ck_assert(tu_load_module(&cat, dir, MODULE("trace-request")));
    ck_assert(tu_load_module(&cat, dir, MODULE("tracing-chain")));
    db = xasprintf("%s/m.db", dir);
    s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
}

static void teardown(void)
{
    store_close(s);
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

static int64_t trainee(const char *name, const char *country)
{
    Trainee t = {.name = (char *)name, .agency = "", .country = ""};
    snprintf(t.country, sizeof t.country, "%s", country);
    ck_assert(store_trainee_add(s, &t, err, sizeof err));
    return t.id;
}

/* An attempt at module: right answers to q1 and q2 as said; finished unless open. */
static void attempt(int64_t tid, const char *module, bool r1, bool r2, bool finished,
                    AttemptMode mode)
{
    AttemptRow row = {.trainee_id = tid, .module_id = module, .module_version = 1, .mode = mode,
                      .seed = 1};
    int64_t aid;
    ck_assert(store_attempt_start(s, &row, &aid, err, sizeof err));
    const bool right[2] = {r1, r2};
    for (int i = 0; i < 2; i++) {
        AnswerRow a = {.attempt_id = aid, .question_id = i ? "q2" : "q1", .position = i + 1,
                       .response = right[i] ? "true" : "false", .score = right[i],
                       .max_score = 1, .try_no = 1, .final = true, .correct = right[i]};
        ck_assert_msg(store_answer_add(s, &a, err, sizeof err), "%s", err);
    }
    if (finished)
        ck_assert(store_attempt_finish(s, aid, r1 + r2, 2, err, sizeof err));
}

static MeasureSpec spec(void)
{
    static char *comps[] = {"trace-request", "tracing-chain"};
    return (MeasureSpec){.name = MEASURE_PASS_SHARE, .competencies = comps, .n_competencies = 2,
                         .thresholds = {0, 20, 40, 60, 80}};
}

/* Honduras: Ana passes both; Luis passes the trace request only (after failing it once);
 * María fails both; Kim has only an unfinished attempt and José only a review (neither is
 * counted). Guatemala: Rosa and Pedro pass both. */
static void records(void)
{
    int64_t ana = trainee("Ana", "HN"), luis = trainee("Luis", "HN"), maria = trainee("María", "HN");
    int64_t kim = trainee("Kim", "HN"), jose = trainee("José", "HN");
    int64_t rosa = trainee("Rosa", "GT"), pedro = trainee("Pedro", "GT");
    attempt(ana, "trace-request", true, true, true, ATTEMPT_PRACTICE);
    attempt(ana, "tracing-chain", true, true, true, ATTEMPT_EXAM);
    attempt(luis, "trace-request", true, false, true, ATTEMPT_PRACTICE);
    attempt(luis, "trace-request", true, true, true, ATTEMPT_PRACTICE);
    attempt(luis, "tracing-chain", false, true, true, ATTEMPT_PRACTICE);
    attempt(maria, "trace-request", false, false, true, ATTEMPT_PRACTICE);
    attempt(maria, "tracing-chain", true, false, true, ATTEMPT_PRACTICE);
    attempt(kim, "trace-request", true, true, false, ATTEMPT_PRACTICE);
    attempt(jose, "trace-request", true, true, true, ATTEMPT_REVIEW);
    attempt(rosa, "trace-request", true, true, true, ATTEMPT_PRACTICE);
    attempt(rosa, "tracing-chain", true, true, true, ATTEMPT_PRACTICE);
    attempt(pedro, "trace-request", true, true, true, ATTEMPT_EXAM);
    attempt(pedro, "tracing-chain", true, true, true, ATTEMPT_PRACTICE);
}

START_TEST(share_of_each_country_and_the_level_proposed)
{
    records();
    MeasureSpec sp = spec();
    MeasureResult r;
    ck_assert_msg(measure_compute(s, &cat, "HN", &sp, &r, err, sizeof err), "%s", err);
    /* counted: Ana, Luis, María (3). Both passed: Ana -> 33.3%, level 1 (20 <= 33.3 < 40) */
    ck_assert_int_eq(r.counted, 3);
    ck_assert_int_eq(r.passed, 1);
    ck_assert(r.valued);
    ck_assert_double_eq_tol(r.value, 100.0 / 3, 1e-9);
    ck_assert_int_eq(r.level, 1);
    ck_assert_uint_eq(r.n_per, 2);
    ck_assert_str_eq(r.per[0].competency, "trace-request");
    ck_assert_int_eq(r.per[0].passed, 2); /* Ana, Luis */
    ck_assert_double_eq_tol(r.per[0].share, 200.0 / 3, 1e-9);
    ck_assert_int_eq(r.per[1].passed, 1); /* Ana */
    measure_result_done(&r);
    ck_assert(measure_compute(s, &cat, "gt", &sp, &r, err, sizeof err));
    ck_assert_int_eq(r.counted, 2);
    ck_assert_double_eq_tol(r.value, 100.0, 1e-9);
    ck_assert_int_eq(r.level, 4);
    measure_result_done(&r);
    /* a country without trainees has no value */
    ck_assert(measure_compute(s, &cat, "SV", &sp, &r, err, sizeof err));
    ck_assert_int_eq(r.counted, 0);
    ck_assert(!r.valued);
    measure_result_done(&r);
}
END_TEST

START_TEST(a_competency_not_loaded_gives_no_value)
{
    records();
    static char *comps[] = {"trace-request", "not-loaded"};
    MeasureSpec sp = spec();
    sp.competencies = comps;
    MeasureResult r;
    ck_assert(measure_compute(s, &cat, "HN", &sp, &r, err, sizeof err));
    ck_assert(!r.valued);
    ck_assert(r.per[0].loaded && !r.per[1].loaded);
    ck_assert_int_eq(r.per[0].passed, 2);
    measure_result_done(&r);
    sp.name = "attendance";
    ck_assert(!measure_compute(s, &cat, "HN", &sp, &r, err, sizeof err));
    ck_assert(strstr(err, "attendance"));
    ck_assert(!measure_known("attendance"));
    ck_assert(measure_known(MEASURE_PASS_SHARE));
}
END_TEST

START_TEST(levels_from_thresholds)
{
    MeasureSpec sp = spec();
    ck_assert_int_eq(measure_level(&sp, 0), 0);
    ck_assert_int_eq(measure_level(&sp, 19.99), 0);
    ck_assert_int_eq(measure_level(&sp, 20), 1);
    ck_assert_int_eq(measure_level(&sp, 59.9), 2);
    ck_assert_int_eq(measure_level(&sp, 60), 3);
    ck_assert_int_eq(measure_level(&sp, 80), 4);
    ck_assert_int_eq(measure_level(&sp, 100), 4);
    MeasureSpec high = {.thresholds = {10, 30, 50, 70, 90}};
    ck_assert_int_eq(measure_level(&high, 5), 0);
}
END_TEST

START_TEST(change_since_the_previous_final_assessment)
{
    records();
    Indicator ind = {.id = "cooperation.training"};
    MeasureSpec sp = spec();
    ind.measure = &sp;
    Assessment old = {.country = "HN", .instrument_id = "regional", .assessed_on = "2025-06-01"};
    int64_t old_id;
    ck_assert(store_assessment_add(s, &old, &old_id, err, sizeof err));
    Rating r = {.indicator_id = "cooperation.training", .level = 1, .measured = true,
                .measured_level = 1, .measured_value = 20.0};
    ck_assert(store_rating_add(s, old_id, &r, NULL, err, sizeof err));
    ck_assert(store_assessment_finalise(s, old_id, err, sizeof err));
    Assessment now = {.country = "HN", .instrument_id = "regional", .assessed_on = "2026-06-01"};
    int64_t now_id;
    ck_assert(store_assessment_add(s, &now, &now_id, err, sizeof err));
    Assessment got;
    bool found;
    ck_assert(store_assessment_get(s, now_id, &got, &found, err, sizeof err) && found);
    MeasureResult m;
    ck_assert_msg(measure_indicator(s, &cat, &got, &ind, &m, err, sizeof err), "%s", err);
    ck_assert(m.has_previous);
    ck_assert_double_eq_tol(m.previous, 20.0, 1e-9);
    ck_assert_double_eq_tol(m.change, 100.0 / 3 - 20.0, 1e-9);
    ck_assert_str_eq(m.previous_on, "2025-06-01");
    measure_result_done(&m);
    /* the first assessment of a country has nothing to compare with */
    assessment_done(&got);
    ck_assert(store_assessment_get(s, old_id, &got, &found, err, sizeof err) && found);
    ck_assert(measure_indicator(s, &cat, &got, &ind, &m, err, sizeof err));
    ck_assert(!m.has_previous);
    measure_result_done(&m);
    assessment_done(&got);
}
END_TEST

Suite *measure_suite(void)
{
    Suite *su = suite_create("measure");
    TCase *tc = tcase_create("pass_share");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, share_of_each_country_and_the_level_proposed);
    tcase_add_test(tc, a_competency_not_loaded_gives_no_value);
    tcase_add_test(tc, levels_from_thresholds);
    tcase_add_test(tc, change_since_the_previous_final_assessment);
    suite_add_tcase(su, tc);
    return su;
}
