/* An assessment's summary and the region's table (core/assess_summary.c), on a real database
 * with content/examples/instrument.lua loaded, its rules run by the Lua host: scores, the change
 * since the country's previous final assessment and the recommendations, hand-computed; the
 * region's latest final assessment per country, sorted by any pillar. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/assess_summary.h"
#include "../tui/core/store_assess.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Store *s;
static Catalog cat;
static char err[512];

static void setup(void)
{
    dir = tu_tmpdir();
    db = xasprintf("%s/a.db", dir);
    s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    catalog_init(&cat);
    tu_load_file(&cat, "content/examples/instrument.lua", NULL); /* no module: an instrument */
    tu_load_file(&cat, "content/examples/competencies.lua", NULL);
    ck_assert_uint_gt(cat.n_competencies, 0);
    ck_assert_msg(catalog_instrument(&cat, "example-tracing-capacity", 1),
                  "the example instrument did not load");
}

static void teardown(void)
{
    catalog_done(&cat);
    store_close(s);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

/* A final assessment of country on date with the example's four indicators at these levels. */
static int64_t assessed(const char *country, const char *date, int registry, int retention,
                        int contact, int training, bool final)
{
    Assessment a = {.instrument_id = "example-tracing-capacity", .instrument_version = 1,
                    .assessors = "Ana Pérez", .sources = "Visit"};
    snprintf(a.country, sizeof a.country, "%s", country);
    snprintf(a.assessed_on, sizeof a.assessed_on, "%s", date);
    int64_t id;
    ck_assert_msg(store_assessment_add(s, &a, &id, err, sizeof err), "%s", err);
    const char *ids[] = {"records.registry", "records.retention", "tracing.contact",
                         "tracing.training"};
    int levels[] = {registry, retention, contact, training};
    for (int i = 0; i < 4; i++) {
        Rating r = {.indicator_id = (char *)ids[i], .level = levels[i], .rated_by = "Ana Pérez",
                    .evidence = "Seen"};
        ck_assert_msg(store_rating_add(s, id, &r, NULL, err, sizeof err), "%s", err);
    }
    if (final)
        ck_assert_msg(store_assessment_finalise(s, id, err, sizeof err), "%s", err);
    return id;
}

static bool fired(const AssessSummary *sum, const char *rule)
{
    for (size_t i = 0; i < sum->recs.n; i++)
        if (strcmp(sum->inst->rules[sum->recs.rules[i]].id, rule) == 0)
            return true;
    return false;
}

START_TEST(summary_scores_change_and_recommendations)
{
    int64_t first = assessed("MX", "2026-01-10", 0, 4, 0, 2, true);
    int64_t second = assessed("MX", "2026-06-10", 3, 4, 2, 3, true);
    AssessSummary sum;

    /* The first: records (0 x 1 + 4 x 0.5) / 1.5 x 25 = 33.3, held at 25 by the registry at 0;
     * tracing (0 + 2) / 2 x 25 = 25, the contact at 0 gates it too; overall 25, initial. */
    ck_assert_msg(assess_summary_build(s, &cat, first, host_recommend, &sum, err, sizeof err),
                  "%s", err);
    ck_assert_str_eq(sum.a.country, "MX");
    ck_assert(!sum.has_previous);
    ck_assert_double_eq_tol(assess_summary_pillar(&sum, 0)->score, 25.0, 1e-9);
    ck_assert(assess_summary_pillar(&sum, 0)->held);
    ck_assert_uint_eq(assess_summary_pillar(&sum, 1)->n_gates, 1);
    ck_assert_double_eq_tol(sum.result.overall, 25.0, 1e-9);
    ck_assert_int_eq(sum.result.band, BAND_INITIAL);
    ck_assert(sum.recs_ran);
    ck_assert(fired(&sum, "name-a-contact"));
    /* Every competency the catalog declares, none of whose modules is loaded here, and no
     * trainee of the country yet. */
    ck_assert(sum.training_ran);
    ck_assert_uint_eq(sum.training.n_per, sum.training_spec.n_competencies);
    ck_assert_uint_gt(sum.training.n_per, 0);
    ck_assert(!sum.training.per[0].loaded);
    ck_assert_int_eq(sum.training.counted, 0);
    assess_summary_done(&sum);

    /* The second: records (3 + 4 x 0.5) / 1.5 x 25 = 83.3, tracing (2 + 3) / 2 x 25 = 62.5,
     * overall 72.9 (established), 47.9 up on the first; no contact rule now. */
    ck_assert_msg(assess_summary_build(s, &cat, second, host_recommend, &sum, err, sizeof err),
                  "%s", err);
    ck_assert(sum.has_previous);
    ck_assert_int_eq(sum.previous.id, first);
    ck_assert_double_eq_tol(assess_summary_pillar(&sum, 0)->score, 83.3, 1e-9);
    ck_assert_double_eq_tol(assess_summary_pillar(&sum, 1)->score, 62.5, 1e-9);
    ck_assert_double_eq_tol(sum.result.overall, 72.9, 1e-9);
    ck_assert_int_eq(sum.result.band, BAND_ESTABLISHED);
    ck_assert(sum.change.both);
    ck_assert_double_eq_tol(sum.change.delta, 47.9, 1e-9);
    ck_assert_int_eq(sum.change.band_before, BAND_INITIAL);
    ck_assert_double_eq_tol(sum.change.pillars[0].delta, 83.3 - 25.0, 1e-9);
    ck_assert(!fired(&sum, "name-a-contact"));
    assess_summary_done(&sum);

    /* Without a hook there are no recommendations, and the rest is the same. */
    ck_assert(assess_summary_build(s, &cat, second, NULL, &sum, err, sizeof err));
    ck_assert(!sum.recs_ran);
    ck_assert_uint_eq(sum.recs.n, 0);
    ck_assert_double_eq_tol(sum.result.overall, 72.9, 1e-9);
    assess_summary_done(&sum);

    ck_assert(!assess_summary_build(s, &cat, second + 100, NULL, &sum, err, sizeof err));
    ck_assert_msg(strstr(err, "no assessment"), "%s", err);
}
END_TEST

START_TEST(region_has_each_countrys_latest_final_assessment)
{
    assessed("MX", "2026-01-10", 0, 4, 0, 2, true);
    assessed("MX", "2026-06-10", 3, 4, 2, 3, true);
    assessed("MX", "2026-09-01", 0, 0, 0, 0, false); /* a draft: not in the region */
    assessed("GT", "2026-02-01", 1, 1, 1, 1, true);
    assessed("HN", "2026-03-01", 4, 4, 4, 4, true);
    assessed("CR", "2026-04-01", 4, 4, 4, 4, false); /* only a draft: not in the region */
    AssessRegion r;
    ck_assert_msg(assess_region_build(s, &cat, &r, err, sizeof err), "%s", err);
    ck_assert_ptr_nonnull(r.inst);
    ck_assert_uint_eq(r.n, 3);
    ck_assert_uint_eq(r.skipped, 0);
    /* By country at first. */
    ck_assert_str_eq(r.rows[0].a.country, "GT");
    ck_assert_str_eq(r.rows[1].a.country, "HN");
    ck_assert_str_eq(r.rows[2].a.country, "MX");
    ck_assert_str_eq(r.rows[2].a.assessed_on, "2026-06-10");
    ck_assert_double_eq_tol(r.rows[2].scores[0], 83.3, 1e-9);
    /* Overall, highest first: HN 100, MX 72.9, GT 25. */
    assess_region_sort(&r, REGION_BY_OVERALL, false);
    ck_assert_str_eq(r.rows[0].a.country, "HN");
    ck_assert_str_eq(r.rows[1].a.country, "MX");
    ck_assert_str_eq(r.rows[2].a.country, "GT");
    /* Tracing, lowest first: GT 25, MX 62.5, HN 100. */
    assess_region_sort(&r, 1, true);
    ck_assert_str_eq(r.rows[0].a.country, "GT");
    ck_assert_double_eq_tol(r.rows[0].scores[1], 25.0, 1e-9);
    ck_assert(!r.rows[0].gated[1]);
    ck_assert_str_eq(r.rows[1].a.country, "MX");
    ck_assert_str_eq(r.rows[2].a.country, "HN");
    assess_region_done(&r);
}
END_TEST

Suite *assess_summary_suite(void)
{
    Suite *su = suite_create("assess_summary");
    TCase *tc = tcase_create("summary");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, summary_scores_change_and_recommendations);
    tcase_add_test(tc, region_has_each_countrys_latest_final_assessment);
    suite_add_tcase(su, tc);
    return su;
}
