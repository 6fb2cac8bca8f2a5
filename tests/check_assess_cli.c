/* The assessment commands without a terminal: `rastro new --instrument NAME` writes a template
 * that lints clean (--strict) where the shell finds it, and `rastro assess list` prints each
 * assessment on record with its score and band, as core computes them. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/store_assess.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *content, *db;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    content = xasprintf("%s/content", dir);
    db = xasprintf("%s/a.db", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(content);
    free(db);
}

START_TEST(new_instrument_template_lints_clean)
{
    char *out, *err;
    int rc = tu_rastro_run(tu_in_dir(NULL, dir), &out, &err, "--content", content, "new",
                           "--instrument", "National Plan", NULL);
    ck_assert_msg(rc == 0, "%s%s", out, err);
    char *path = xasprintf("%s/assessments/National Plan.lua", content);
    ck_assert_msg(strstr(out, "new assessment instrument 'national-plan'"), "%s", out);
    free(out);
    free(err);
    rc = tu_rastro_run(NULL, &out, &err, "lint", "--strict", path, NULL);
    ck_assert_msg(rc == 0, "%s%s", out, err);
    ck_assert_msg(strstr(err, "1 assessment instrument loaded; 0 errors, 0 warnings"), "%s", err);
    free(out);
    free(err);
    /* never over an existing file */
    rc = tu_rastro_run(tu_in_dir(NULL, dir), &out, &err, "--content", content, "new",
                       "--instrument", "National Plan", NULL);
    ck_assert_int_eq(rc, 1);
    free(out);
    free(err);
    /* a path is written where it says; the shell's load of the directory finds the first */
    char *given = xasprintf("%s/mine.lua", dir);
    rc = tu_rastro_run(NULL, &out, &err, "new", "--instrument", given, NULL);
    ck_assert_msg(rc == 0, "%s%s", out, err);
    struct stat st;
    ck_assert_int_eq(stat(given, &st), 0);
    free(out);
    free(err);
    rc = tu_rastro_run(NULL, &out, &err, "lint", "--strict", content, NULL);
    ck_assert_msg(strstr(err, "0 modules and 1 assessment instrument loaded; 0 errors"), "%s", err);
    free(out);
    free(err);
    free(given);
    free(path);
}
END_TEST

/* Assessments of Honduras (scored), Guatemala (nothing rated) and one with an instrument that
 * is not in the content. */
static void records(void)
{
    char err[256];
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    Assessment a = {.country = "HN", .instrument_id = "example-tracing-capacity",
                    .instrument_version = 1, .assessed_on = "2026-03-02"};
    int64_t hn, gt, other;
    ck_assert(store_assessment_add(s, &a, &hn, err, sizeof err));
    static const struct {
        const char *id;
        int level;
    } rates[] = {{"records.registry", 3}, {"records.retention", 4}, {"tracing.contact", 0}};
    for (size_t i = 0; i < 3; i++) {
        Rating r = {.indicator_id = (char *)rates[i].id, .level = rates[i].level};
        ck_assert(store_rating_add(s, hn, &r, NULL, err, sizeof err));
    }
    ck_assert(store_assessment_finalise(s, hn, err, sizeof err));
    Assessment b = {.country = "GT", .instrument_id = "example-tracing-capacity",
                    .instrument_version = 1, .assessed_on = "2026-04-01"};
    ck_assert(store_assessment_add(s, &b, &gt, err, sizeof err));
    Assessment c = {.country = "HN", .instrument_id = "gone", .assessed_on = "2026-05-01"};
    ck_assert(store_assessment_add(s, &c, &other, err, sizeof err));
    store_close(s);
    char *sub = xasprintf("%s/assessments", content);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    free(tu_copy("content/examples/instrument.lua", sub, "instrument.lua"));
    free(sub);
}

START_TEST(assess_list_prints_scores_and_bands)
{
    records();
    char *out, *err;
    int rc = tu_rastro_run(NULL, &out, &err, "--db", db, "--content", content, "assess", "list",
                           NULL);
    ck_assert_msg(rc == 0, "%s%s", out, err);
    /* records: (3 x 1 + 4 x 0.5) / 1.5 x 25 = 83.3; tracing: the contact, critical, at 0: 0.0;
     * overall (83.3 + 0) / 2 = 41.65, shown 41.7: developing. 3 of 4 rated. */
    ck_assert_msg(strstr(out, "\tGT\t2026-04-01\tdraft\texample-tracing-capacity\t1\t0/4\t-\t-\n"),
                  "%s", out);
    ck_assert_msg(strstr(out, "\tHN\t2026-03-02\tfinal\texample-tracing-capacity\t1\t3/4\t41.7\t"
                              "developing\n"), "%s", out);
    ck_assert_msg(strstr(out, "\tHN\t2026-05-01\tdraft\tgone\t1\t-\t-\t-\n"), "%s", out);
    ck_assert_msg(strstr(err, "not in the content"), "%s", err);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM assessment"), 3);
    /* lines in the order of country, then date */
    ck_assert(strstr(out, "\tGT\t") < strstr(out, "\tHN\t"));
    free(out);
    free(err);
    rc = tu_rastro_run(NULL, &out, &err, "--db", db, "--content", content, "assess", "list",
                       "--country", "Guatemala", NULL);
    ck_assert_int_eq(rc, 0);
    ck_assert_msg(strstr(out, "\tGT\t") && !strstr(out, "\tHN\t"), "%s", out);
    free(out);
    free(err);
    rc = tu_rastro_run(NULL, &out, &err, "--db", db, "assess", "list", "--country", "Atlantis",
                       NULL);
    ck_assert_int_eq(rc, 1);
    free(out);
    free(err);
    /* `rastro assess` alone is the shell (tests/check_e2e_assess.c); anything else a mistake. */
    rc = tu_rastro_run(NULL, &out, &err, "--db", db, "assess", "frobnicate", NULL);
    ck_assert_int_eq(rc, 2);
    ck_assert_msg(strstr(err, "usage: rastro assess"), "%s", err);
    free(out);
    free(err);
    /* a command that reads makes no database */
    char *none = xasprintf("%s/none.db", dir);
    rc = tu_rastro_run(NULL, &out, &err, "--db", none, "assess", "list", NULL);
    ck_assert_int_eq(rc, 1);
    struct stat st;
    ck_assert_int_ne(stat(none, &st), 0);
    free(none);
    free(out);
    free(err);
}
END_TEST

Suite *assess_cli_suite(void)
{
    Suite *s = suite_create("assess_cli");
    TCase *tc = tcase_create("cli");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, new_instrument_template_lints_clean);
    tcase_add_test(tc, assess_list_prints_scores_and_bands);
    suite_add_tcase(s, tc);
    return s;
}
