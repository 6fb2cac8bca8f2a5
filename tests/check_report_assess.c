/* The assessment reports (core/report_assess*.c, `rastro report assessment|region`): a fixed
 * assessment of Guatemala made through the store API and scored with the regional instrument of
 * content/, written as text (against an expected output), PDF (read back with pdftotext and
 * pdftoppm, in both languages and on both papers), PNG, CSV (parsed back by python3's csv) and
 * JSON (parsed back by SQLite's JSON functions); --print with a stand-in lp, a refusing one and
 * none; and an evidence text holding pango markup, a formula and an escape sequence, shown as
 * text in every format. */
#include <check.h>
#include <png.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../tui/core/i18n.h"
#include "../tui/core/report_assess.h"
#include "../tui/core/store_assess.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Catalog cat;
static Store *s;
static char err[512];
static int64_t gt_draft, gt_final, hn_final;

/* What the hostile evidence holds: a formula first, pango markup, an escape sequence. */
#define HOSTILE "=1+2 <b>x</b> &amp; \x1b[31mred\x1b[0m"

#define T(x) "{ en = '" x "', es = '" x "' }"
#define MODULE(id)                                                                             \
    "return lesson { id = '" id "', title = " T(id) ",\n"                                      \
    " practice = { pass = 100 },\n quiz = {\n"                                                 \
    "  truefalse { id = 'q1', prompt = " T("One") ", answer = true, explain = " T("e") " },\n" \
    " } }\n"

static int64_t trainee(const char *name, const char *country)
{
    Trainee t = {.name = (char *)name, .agency = "", .country = ""};
    snprintf(t.country, sizeof t.country, "%s", country);
    ck_assert(store_trainee_add(s, &t, err, sizeof err));
    return t.id;
}

static void attempt(int64_t tid, const char *module, bool right)
{
    AttemptRow row = {.trainee_id = tid, .module_id = module, .module_version = 1,
                      .mode = ATTEMPT_PRACTICE, .seed = 1};
    int64_t aid;
    ck_assert(store_attempt_start(s, &row, &aid, err, sizeof err));
    AnswerRow a = {.attempt_id = aid, .question_id = "q1", .position = 1,
                   .response = right ? "true" : "false", .score = right, .max_score = 1,
                   .try_no = 1, .final = true, .correct = right};
    ck_assert_msg(store_answer_add(s, &a, err, sizeof err), "%s", err);
    ck_assert(store_attempt_finish(s, aid, right, 1, err, sizeof err));
}

static int64_t assessment(const char *country, const char *on, const char *assessors,
                          const char *sources)
{
    Assessment a = {.instrument_id = "regional-capacity", .instrument_version = 1,
                    .assessors = (char *)assessors, .sources = (char *)sources};
    snprintf(a.country, sizeof a.country, "%s", country);
    snprintf(a.assessed_on, sizeof a.assessed_on, "%s", on);
    int64_t id;
    ck_assert_msg(store_assessment_add(s, &a, &id, err, sizeof err), "%s", err);
    return id;
}

static void rate(int64_t id, const char *indicator, int level, const char *evidence)
{
    Rating r = {.indicator_id = (char *)indicator, .level = level, .evidence = (char *)evidence,
                .rated_by = "Ana Pérez"};
    ck_assert_msg(store_rating_add(s, id, &r, NULL, err, sizeof err), "%s", err);
}

/* Guatemala: a final assessment in 2025 and a draft in 2026, most indicators rated (one not
 * applicable, one measured and overridden, a critical one at 0 with the hostile evidence, the
 * stockpiles left unrated); Honduras: a final one; Mexico: a draft only (not in the region). Two
 * of Guatemala's trainees, one passing both competencies loaded. */
static void records(void)
{
    gt_final = assessment("GT", "2025-11-03", "Ana Pérez", "");
    rate(gt_final, "legal.ratified", 2, "");
    rate(gt_final, "legal.criminalised", 4, "");
    rate(gt_final, "marking.import", 0, "");
    rate(gt_final, "records.registry", 2, "");
    rate(gt_final, "tracing.contact", 3, "");
    ck_assert(store_assessment_finalise(s, gt_final, err, sizeof err));

    gt_draft = assessment("GT", "2026-11-02", "Ana Pérez\nLuis Gómez",
                          "Visit to the registry of the Ministry of the Interior, 28 October "
                          "2026\nInterviews with the national police");
    static const struct {
        const char *id;
        int level;
        const char *evidence;
    } rates[] = {
        {"legal.ratified", 3, "Law 15-2009 takes up the Protocol and CIFTA; ATT ratified 2014."},
        {"legal.criminalised", 4, ""},
        {"legal.coordination", 2, "A coordination body meets, without a mandate in law."},
        {"marking.import", 0, HOSTILE},
        {"marking.state", 3, ""},
        {"marking.quality", 2, ""},
        {"marking.equipment", 1, ""},
        {"records.registry", 3, "Central registry, electronic since 2019."},
        {"records.retention", 3, ""},
        {"records.dealers", 2, ""},
        {"tracing.contact", 4, ""},
        {"tracing.traced", 2, ""},
        {"tracing.systems", 3, ""},
        {"tracing.identifiers", 1, ""},
        {"tracing.restoration", 2, ""},
        {"destruction.surplus", 1, ""},
        {"destruction.disposal", 2, ""},
        {"destruction.verified", 2, ""},
        {"borders.licensing", 3, ""},
        {"borders.customs-training", 1, ""},
        {"borders.iarms", 0, ""},
        {"cooperation.iafq", 2, ""},
        {"cooperation.reports", 1, ""},
        {"cooperation.partners", 4, ""},
    };
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++)
        rate(gt_draft, rates[i].id, rates[i].level, rates[i].evidence);
    Rating na = {.indicator_id = "marking.manufacture", .level = ASSESS_UNRATED,
                 .not_applicable = true, .reason = "No firearms are made in the country.",
                 .rated_by = "Luis Gómez"};
    ck_assert_msg(store_rating_add(s, gt_draft, &na, NULL, err, sizeof err), "%s", err);
    Rating measured = {.indicator_id = "cooperation.training", .level = 3, .measured = true,
                       .measured_level = 2, .measured_value = 50.0,
                       .reason = "Two national trainers were certified in 2026.",
                       .documents = "Training plan 2026", .rated_by = "Luis Gómez"};
    ck_assert_msg(store_rating_add(s, gt_draft, &measured, NULL, err, sizeof err), "%s", err);

    hn_final = assessment("HN", "2026-06-01", "María López", "");
    rate(hn_final, "legal.ratified", 4, "");
    rate(hn_final, "records.registry", 1, "");
    rate(hn_final, "tracing.contact", 0, "");
    ck_assert(store_assessment_finalise(s, hn_final, err, sizeof err));
    assessment("MX", "2026-07-01", "", "");

    int64_t rosa = trainee("Rosa", "GT"), pedro = trainee("Pedro", "GT");
    attempt(rosa, "trace-request", true);
    attempt(rosa, "tracing-chain", true);
    attempt(pedro, "trace-request", true);
    attempt(pedro, "tracing-chain", false);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    catalog_init(&cat);
    char *paths[] = {"content/assessments/regional.lua", "content/competencies.lua"};
    host_load_paths(&cat, paths, 2, NULL);
    ck_assert_ptr_nonnull(catalog_instrument(&cat, "regional-capacity", 1));
    ck_assert(tu_load_module(&cat, dir, MODULE("trace-request")));
    ck_assert(tu_load_module(&cat, dir, MODULE("tracing-chain")));
    db = xasprintf("%s/r.db", dir);
    s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    records();
}

static void teardown(void)
{
    store_close(s);
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
    free(db);
    i18n_set(LANG_EN);
}

/* The report of assessment id in format and lang, made in process (caller frees). */
static char *report(int64_t id, ReportFormat format, Lang lang, size_t *len)
{
    AssessSummary sum;
    ck_assert_msg(assess_summary_build(s, &cat, id, host_recommend, &sum, err, sizeof err), "%s",
                  err);
    char *data = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&data, &n);
    ReportAssessOptions o = {.format = format, .lang = lang, .catalog = &cat};
    ck_assert_msg(report_assess_write(f, &sum, &o, err, sizeof err), "%s", err);
    fclose(f);
    assess_summary_done(&sum);
    if (len)
        *len = n;
    return data;
}

START_TEST(dump)
{
    char *text = report(gt_draft, REPORT_TEXT, LANG_EN, NULL);
    fputs(text, stdout);
    remove("/tmp/ar/r.db");
    tu_sql_int(db, "VACUUM INTO '/tmp/ar/r.db'");
    free(text);
}
END_TEST

Suite *report_assess_suite(void)
{
    Suite *su = suite_create("report_assess");
    TCase *tc = tcase_create("report_assess");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, dump);
    suite_add_tcase(su, tc);
    return su;
}
