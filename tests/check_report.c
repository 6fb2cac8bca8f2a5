/* Item analysis: facility and discrimination per question over finished attempts, checked
 * against the same statistics computed here the plain way; flags only once a question has
 * enough attempts to judge it; one workshop's trainees alone. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/report.h"
#include "suites.h"
#include "testutil.h"

#define PEOPLE 6
#define ITEMS 5

/* Scores of six trainees on five questions: q4 everyone gets, q5 nobody. */
static const double scores[PEOPLE][ITEMS] = {
    {1, 1, 0, 1, 0}, {1, 0, 0, 1, 0}, {1, 1, 1, 1, 0},
    {0, 0, 0, 1, 0}, {1, 1, 1, 1, 0}, {1, 0, 0.5, 1, 0},
};

static char *dir, *db;
static Store *store;
static char err[512];

static int added; /* trainees made so far, for their names */

/* A trainee who answers as person p of scores did. */
static void add_attempt(int p, bool finish, bool with_retry)
{
    char name[16];
    snprintf(name, sizeof name, "P%d", ++added);
    Trainee t = {.name = name, .agency = "", .country = "BZ"};
    ck_assert(store_trainee_add(store, &t, err, sizeof err));
    AttemptRow row = {.trainee_id = t.id, .module_id = "mod", .module_version = 1};
    int64_t att;
    ck_assert(store_attempt_start(store, &row, &att, err, sizeof err));
    double total = 0;
    for (int i = 0; i < ITEMS; i++) {
        char q[16];
        snprintf(q, sizeof q, "q%d", i + 1);
        if (with_retry) { /* an earlier, wrong try: not the final answer, not counted */
            AnswerRow first = {.attempt_id = att, .question_id = q, .position = i + 1,
                               .response = "x", .score = 0, .max_score = 1, .try_no = 1};
            ck_assert(store_answer_add(store, &first, err, sizeof err));
        }
        AnswerRow a = {.attempt_id = att, .question_id = q, .position = i + 1, .response = "1",
                       .score = scores[p][i], .max_score = 1, .try_no = with_retry ? 2 : 1,
                       .final = true};
        ck_assert(store_answer_add(store, &a, err, sizeof err));
        total += scores[p][i];
    }
    if (finish)
        ck_assert(store_attempt_finish(store, att, total, ITEMS, err, sizeof err));
}

static void setup(void)
{
    added = 0;
    dir = tu_tmpdir();
    ck_assert_int_ge(asprintf(&db, "%s/r.db", dir), 0);
    store = tu_store_open(db, err, sizeof err);
    ck_assert(store);
    for (int p = 0; p < PEOPLE; p++)
        add_attempt(p, true, p % 2 == 0);
    add_attempt(0, false, false); /* unfinished: left out */
    /* A finished review of one question, all wrong: left out too, or q1's facility would drop. */
    AttemptRow row = {.trainee_id = 1, .module_id = "mod", .module_version = 1,
                      .mode = ATTEMPT_REVIEW};
    int64_t att;
    ck_assert(store_attempt_start(store, &row, &att, err, sizeof err));
    AnswerRow a = {.attempt_id = att, .question_id = "q1", .position = 1, .response = "x",
                   .score = 0, .max_score = 1, .try_no = 1, .final = true};
    ck_assert(store_answer_add(store, &a, err, sizeof err));
    ck_assert(store_attempt_finish(store, att, 0, 1, err, sizeof err));
}

static void teardown(void)
{
    store_close(store);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

/* Pearson's r of item i against the rest of each attempt, the textbook way. */
static double expected_discrimination(int i)
{
    double x[PEOPLE], y[PEOPLE], mx = 0, my = 0;
    for (int p = 0; p < PEOPLE; p++) {
        double total = 0;
        for (int k = 0; k < ITEMS; k++)
            total += scores[p][k];
        x[p] = scores[p][i];
        y[p] = total - x[p];
        mx += x[p] / PEOPLE;
        my += y[p] / PEOPLE;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (int p = 0; p < PEOPLE; p++) {
        sxy += (x[p] - mx) * (y[p] - my);
        sxx += (x[p] - mx) * (x[p] - mx);
        syy += (y[p] - my) * (y[p] - my);
    }
    return sxx > 1e-12 && syy > 1e-12 ? sxy / sqrt(sxx * syy) : NAN;
}

START_TEST(facility_and_discrimination_per_question)
{
    ItemStats *items;
    size_t n;
    ck_assert_msg(report_items(store, 0, &items, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, ITEMS);
    for (int i = 0; i < ITEMS; i++) {
        char q[16];
        snprintf(q, sizeof q, "q%d", i + 1);
        ck_assert_str_eq(items[i].module_id, "mod");
        ck_assert_str_eq(items[i].question_id, q);
        ck_assert_int_eq(items[i].attempts, PEOPLE);
        double fac = 0;
        for (int p = 0; p < PEOPLE; p++)
            fac += scores[p][i] / PEOPLE;
        ck_assert_double_eq_tol(items[i].facility, fac, 1e-9);
        double d = expected_discrimination(i);
        if (isnan(d))
            ck_assert(isnan(items[i].discrimination));
        else
            ck_assert_double_eq_tol(items[i].discrimination, d, 1e-9);
    }
    /* Six attempts are too few to judge a question: nothing is flagged yet. */
    for (int i = 0; i < ITEMS; i++) {
        ck_assert_int_eq(items[i].needed, REPORT_MIN_ATTEMPTS - PEOPLE);
        ck_assert(!items[i].too_easy && !items[i].too_hard && !items[i].weak);
    }
    free(items);
}
END_TEST

START_TEST(flags_wait_for_enough_attempts)
{
    ck_assert_int_eq(REPORT_MIN_ATTEMPTS, 10);
    for (int p = 0; p < REPORT_MIN_ATTEMPTS - PEOPLE - 1; p++)
        add_attempt(p, true, false);
    ItemStats *items;
    size_t n;
    ck_assert_msg(report_items(store, 0, &items, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(items[3].needed, 1);
    ck_assert(!items[3].too_easy);
    char flags[128];
    report_item_flags(&items[3], flags, sizeof flags);
    ck_assert_str_eq(flags, "needs 1 more attempt");
    free(items);
    add_attempt(REPORT_MIN_ATTEMPTS - PEOPLE - 1, true, false);
    ck_assert_msg(report_items(store, 0, &items, &n, err, sizeof err), "%s", err);
    for (int i = 0; i < ITEMS; i++)
        ck_assert_int_eq(items[i].needed, 0);
    ck_assert(items[3].too_easy && !items[3].too_hard); /* everyone: facility 1 */
    ck_assert(items[4].too_hard && !items[4].too_easy); /* nobody: facility 0 */
    ck_assert(!items[0].too_easy && !items[0].too_hard);
    for (int i = 0; i < ITEMS; i++)
        ck_assert_int_eq(items[i].weak, !isnan(items[i].discrimination) &&
                                            items[i].discrimination < REPORT_DISCRIMINATION_LOW);
    report_item_flags(&items[3], flags, sizeof flags);
    ck_assert_str_eq(flags, "too easy");
    report_item_flags(&items[0], flags, sizeof flags);
    ck_assert_str_eq(flags, "");
    free(items);
}
END_TEST

/* Only the answers of a workshop's trainees, for `report items --workshop`. */
START_TEST(one_workshops_items)
{
    Workshop w = {.name = "W", .country = "BZ", .instructor = ""};
    ck_assert_msg(store_workshop_add(store, &w, err, sizeof err), "%s", err);
    ck_assert(store_workshop_join(store, w.id, 3, err, sizeof err)); /* P3 got all but q5 */
    ItemStats *items;
    size_t n;
    ck_assert_msg(report_items(store, w.id, &items, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, ITEMS);
    for (int i = 0; i < ITEMS; i++) {
        ck_assert_int_eq(items[i].attempts, 1);
        ck_assert_double_eq(items[i].facility, scores[2][i]);
    }
    free(items);
    Workshop empty = {.name = "Empty", .country = "BZ", .instructor = ""};
    ck_assert(store_workshop_add(store, &empty, err, sizeof err));
    ck_assert(report_items(store, empty.id, &items, &n, err, sizeof err));
    ck_assert_uint_eq(n, 0);
    free(items);
}
END_TEST

START_TEST(report_items_on_the_command_line)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "report", "items", "--format", "csv", NULL};
    char *out = NULL, *e = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &e), 0);
    ck_assert_ptr_nonnull(
        strstr(out, "module,question,attempts,facility,discrimination,flags,attempts_needed\n"));
    ck_assert_msg(strstr(out, "mod,q4,6,1.000,,,4\n"), "%s", out);
    ck_assert_msg(strstr(out, "mod,q5,6,0.000,,,4\n"), "%s", out);
    free(out);
    free(e);
    char *text[] = {(char *)tu_rastro(), "--db", db, "--lang", "en", "report", "items", NULL};
    ck_assert_int_eq(tu_run(text, &out, &e), 0);
    ck_assert_msg(strstr(out, "needs 4 more attempts"), "%s", out);
    ck_assert_msg(!strstr(out, "too easy") && !strstr(out, "too hard"), "%s", out);
    ck_assert_ptr_nonnull(strstr(out, "facility"));
    free(out);
    free(e);
    for (int p = 0; p < 4; p++)
        add_attempt(p, true, false);
    ck_assert_int_eq(tu_run(argv, &out, &e), 0);
    ck_assert_msg(strstr(out, "mod,q4,10,1.000,,too easy,0\n"), "%s", out);
    ck_assert_msg(strstr(out, "mod,q5,10,0.000,,too hard,0\n"), "%s", out);
    free(out);
    free(e);
    /* In Spanish, the text report's headings and flags; CSV keeps its column names. */
    char *es[] = {(char *)tu_rastro(), "--db", db, "--lang", "es", "report", "items", NULL};
    ck_assert_int_eq(tu_run(es, &out, &e), 0);
    ck_assert_msg(strstr(out, "facilidad") && strstr(out, "muy f\xC3\xA1" "cil") &&
                  strstr(out, "muy dif\xC3\xAD" "cil"), "%s", out);
    free(out);
    free(e);
    char *es_csv[] = {(char *)tu_rastro(), "--db", db, "--lang", "es", "report", "items",
                      "--format", "csv", NULL};
    ck_assert_int_eq(tu_run(es_csv, &out, &e), 0);
    ck_assert_msg(strstr(out, "module,question,attempts,") && strstr(out, ",too easy,0\n"),
                  "%s", out);
    free(out);
    free(e);
    char *bad[] = {(char *)tu_rastro(), "--db", db, "report", "items", "--format", "pdf", NULL};
    ck_assert_int_eq(tu_run(bad, &out, &e), 2);
    free(out);
    free(e);
}
END_TEST

Suite *report_suite(void)
{
    Suite *s = suite_create("report");
    TCase *tc = tcase_create("items");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, facility_and_discrimination_per_question);
    tcase_add_test(tc, flags_wait_for_enough_attempts);
    tcase_add_test(tc, one_workshops_items);
    tcase_add_test(tc, report_items_on_the_command_line);
    suite_add_tcase(s, tc);
    return s;
}
