/* Assessments in results bundles: exported and merged by uid with their ratings (again adds
 * nothing), a draft finalised later is finalised by the next bundle, a tampered rating fails the
 * checksum, a bundle from before assessments (format 2, made by the previous rastro) still
 * imports, and ratings of an assessment final here are left out and counted. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/bundle.h"
#include "../tui/core/outfile.h"
#include "../tui/core/store_assess.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db_a, *db_b, *bundle;
static Store *a, *b;
static char err[512];

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db_a = xasprintf("%s/laptop.db", dir);
    db_b = xasprintf("%s/server.db", dir);
    bundle = xasprintf("%s/results.rastro", dir);
    a = tu_store_open(db_a, err, sizeof err);
    b = tu_store_open(db_b, err, sizeof err);
    ck_assert(a && b);
}

static void teardown(void)
{
    store_close(a);
    store_close(b);
    tu_rmrf(dir);
    free(dir);
    free(db_a);
    free(db_b);
    free(bundle);
}

static int64_t start(Store *s, const char *country, const char *date)
{
    Assessment x = {.instrument_id = "regional", .instrument_version = 1,
                    .assessors = "Ana Pérez", .sources = "Visit to the registry"};
    snprintf(x.country, sizeof x.country, "%s", country);
    snprintf(x.assessed_on, sizeof x.assessed_on, "%s", date);
    int64_t id;
    ck_assert_msg(store_assessment_add(s, &x, &id, err, sizeof err), "%s", err);
    return id;
}

static void rate(Store *s, int64_t id, const char *indicator, int level)
{
    Rating r = {.indicator_id = (char *)indicator, .level = level, .rated_by = "Ana Pérez",
                .evidence = "Registry seen; =cmd|' /C calc'!A0", .documents = "Decree 12/2020"};
    if (level == 1) {
        r.measured = true;
        r.measured_level = 2;
        r.measured_value = 41.25;
        r.reason = "the share counts one workshop only";
    }
    ck_assert_msg(store_rating_add(s, id, &r, NULL, err, sizeof err), "%s", err);
}

static void export_all(Store *s, int64_t workshop, bool anonymize, BundleCounts *n)
{
    OutPolicy policy = {.force = true, .binary = true, .need_path = true,
                        .replaceable = bundle_is_bundle};
    OutFile o;
    ck_assert_msg(outfile_open(&o, bundle, &policy, err, sizeof err), "%s", err);
    ck_assert_msg(bundle_export(s, outfile_work_path(&o), workshop, anonymize, n, err, sizeof err),
                  "%s", err);
    ck_assert_msg(outfile_commit(&o, err, sizeof err), "%s", err);
}

/* The assessments and ratings of a database as one text, to compare databases. */
static char *rows(const char *db)
{
    char *argv[] = {"/usr/bin/sqlite3", (char *)db,
                    "SELECT uid, country, instrument_id, instrument_version, assessed_on, "
                    "assessors, sources, status, finalised_at, copied_from, created_at "
                    "FROM assessment ORDER BY uid;"
                    "SELECT r.uid, a.uid, r.indicator_id, r.level, r.not_applicable, r.reason, "
                    "r.evidence, r.documents, r.measured_level, r.measured_value, r.rated_by, "
                    "r.rated_at, r.copied_from FROM rating r JOIN assessment a "
                    "ON a.id = r.assessment_id ORDER BY r.uid;",
                    NULL};
    char *out = NULL, *errout = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &errout), 0);
    free(errout);
    return out;
}

START_TEST(assessments_round_trip_and_again_add_nothing)
{
    int64_t hn = start(a, "HN", "2026-03-02");
    rate(a, hn, "legal.ratified", 3);
    rate(a, hn, "legal.ratified", 1);
    Rating na = {.indicator_id = "marking.manufacture", .not_applicable = true,
                 .reason = "no national manufacture", .rated_by = "Luis"};
    ck_assert(store_rating_add(a, hn, &na, NULL, err, sizeof err));
    ck_assert(store_assessment_finalise(a, hn, err, sizeof err));
    int64_t gt = start(a, "GT", "2026-04-01");
    rate(a, gt, "tracing.contact", 0);
    BundleCounts n;
    export_all(a, 0, false, &n);
    ck_assert_int_eq(n.assessments, 2);
    ck_assert_int_eq(n.ratings, 4);
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.assessments, 2);
    ck_assert_int_eq(n.ratings, 4);
    ck_assert_int_eq(n.ratings_left_out, 0);
    char *ra = rows(db_a), *rb = rows(db_b);
    ck_assert_str_eq(ra, rb);
    ck_assert(strstr(rb, "|final|"));
    ck_assert(strstr(rb, "|draft|"));
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.assessments + n.ratings + n.trainees + n.attempts + n.answers, 0);
    char *again = rows(db_b);
    ck_assert_str_eq(again, rb);
    /* what came in final is final here, triggers and all */
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM assessment WHERE status = 'final' "
                                      "AND finalised_at IS NOT NULL"), 1);
    Assessment x;
    bool found;
    ck_assert(store_assessment_last_final(b, "HN", "regional", &x, &found, err, sizeof err) && found);
    Rating r = {.indicator_id = "legal.ratified", .level = 4};
    ck_assert(!store_rating_add(b, x.id, &r, NULL, err, sizeof err));
    /* the current rating is the same on both */
    Rating *cur;
    size_t k;
    ck_assert(store_ratings_current(b, x.id, &cur, &k, err, sizeof err));
    ck_assert_int_eq(rating_find(cur, k, "legal.ratified")->level, 1);
    ck_assert(rating_find(cur, k, "legal.ratified")->measured);
    rating_list_free(cur, k);
    assessment_done(&x);
    free(ra);
    free(rb);
    free(again);
}
END_TEST

START_TEST(draft_finalised_later_is_finalised_by_the_next_bundle)
{
    int64_t id = start(a, "PA", "2026-03-02");
    rate(a, id, "legal.ratified", 2);
    BundleCounts n;
    export_all(a, 0, false, &n);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM assessment WHERE status = 'draft'"), 1);
    /* on the laptop: two more ratings, a change of assessors, final */
    rate(a, id, "marking.import", 3);
    rate(a, id, "legal.ratified", 4);
    Assessment x;
    bool found;
    ck_assert(store_assessment_get(a, id, &x, &found, err, sizeof err) && found);
    free(x.assessors);
    x.assessors = xstrdup("Ana Pérez\nKim Brown");
    ck_assert(store_assessment_update(a, &x, err, sizeof err));
    assessment_done(&x);
    ck_assert(store_assessment_finalise(a, id, err, sizeof err));
    export_all(a, 0, false, &n);
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.assessments, 0);
    ck_assert_int_eq(n.ratings, 2);
    char *ra = rows(db_a), *rb = rows(db_b);
    ck_assert_str_eq(ra, rb);
    free(ra);
    free(rb);
}
END_TEST

START_TEST(ratings_for_an_assessment_final_here_are_left_out)
{
    int64_t id = start(a, "BZ", "2026-03-02");
    rate(a, id, "legal.ratified", 2);
    BundleCounts n;
    export_all(a, 0, false, &n);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM assessment"), 1);
    ck_assert(store_assessment_finalise(b, tu_sql_int(db_b, "SELECT id FROM assessment"), err,
                                        sizeof err));
    rate(a, id, "legal.ratified", 3); /* too late: the server's copy is final */
    export_all(a, 0, false, &n);
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.ratings, 0);
    ck_assert_int_eq(n.ratings_left_out, 1);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM rating"), 1);
}
END_TEST

START_TEST(tampered_rating_fails_the_checksum)
{
    int64_t id = start(a, "JM", "2026-03-02");
    rate(a, id, "legal.ratified", 1);
    BundleCounts n;
    export_all(a, 0, false, &n);
    sqlite3 *h;
    ck_assert_int_eq(sqlite3_open(bundle, &h), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(h, "UPDATE rating SET level = 4", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    ck_assert(!bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert(strstr(err, "checksum"));
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM assessment"), 0);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM rating"), 0);
}
END_TEST

START_TEST(bundle_from_before_assessments_still_imports)
{
    /* tests/fixtures/bundle-v2.rastro: made by the rastro before assessments (format 2): a
     * workshop, its two trainees, an attempt with three answers. */
    BundleCounts n;
    ck_assert_msg(bundle_import(b, "tests/fixtures/bundle-v2.rastro", &n, err, sizeof err), "%s",
                  err);
    ck_assert_int_eq(n.trainees, 2);
    ck_assert_int_eq(n.attempts, 1);
    ck_assert_int_eq(n.answers, 3);
    ck_assert_int_eq(n.assessments, 0);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM workshop_member"), 2);
    ck_assert(bundle_import(b, "tests/fixtures/bundle-v2.rastro", &n, err, sizeof err));
    ck_assert_int_eq(n.trainees + n.attempts + n.answers, 0);
    /* and a bundle of today's format carries the same records */
    export_all(b, 0, false, &n);
    ck_assert_int_eq(n.trainees, 2);
    ck_assert(bundle_import(a, bundle, &n, err, sizeof err));
    ck_assert_int_eq(n.answers, 3);
}
END_TEST

START_TEST(anonymized_and_workshop_bundles)
{
    int64_t hn = start(a, "HN", "2026-03-02");
    rate(a, hn, "legal.ratified", 2);
    int64_t gt = start(a, "GT", "2026-03-02");
    rate(a, gt, "legal.ratified", 2);
    Workshop w = {.name = "Taller Tegucigalpa", .country = "HN"};
    ck_assert(store_workshop_add(a, &w, err, sizeof err));
    BundleCounts n;
    export_all(a, w.id, false, &n);
    ck_assert_int_eq(n.assessments, 1);
    ck_assert_int_eq(n.ratings, 1);
    ck_assert_int_eq(tu_sql_int(bundle, "SELECT count(*) FROM assessment WHERE country = 'HN'"), 1);
    export_all(a, 0, true, &n);
    ck_assert_int_eq(n.assessments, 2);
    ck_assert_int_eq(tu_sql_int(bundle, "SELECT count(*) FROM assessment WHERE assessors = ''"), 2);
    ck_assert_int_eq(tu_sql_int(bundle, "SELECT count(*) FROM rating WHERE rated_by = ''"), 2);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(n.ratings, 2);
}
END_TEST

Suite *bundle_assess_suite(void)
{
    Suite *s = suite_create("bundle_assess");
    TCase *tc = tcase_create("assessments");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, assessments_round_trip_and_again_add_nothing);
    tcase_add_test(tc, draft_finalised_later_is_finalised_by_the_next_bundle);
    tcase_add_test(tc, ratings_for_an_assessment_final_here_are_left_out);
    tcase_add_test(tc, tampered_rating_fails_the_checksum);
    tcase_add_test(tc, bundle_from_before_assessments_still_imports);
    tcase_add_test(tc, anonymized_and_workshop_bundles);
    suite_add_tcase(s, tc);
    return s;
}
