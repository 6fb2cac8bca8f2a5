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
#include <unistd.h>

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
    const char *locale = getenv("RASTRO_LOCALEDIR");
    Lang en = LANG_EN;
    i18n_init(&en, locale && locale[0] ? locale : "build/locale");
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

/* A file's bytes (caller frees), NULL when it cannot be read; *len (may be NULL) its length. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&data, &n);
    char buf[8192];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, got, mem);
    fclose(f);
    fclose(mem);
    if (len)
        *len = n;
    return data;
}

/* Every occurrence of from in s replaced by to (caller frees). */
static char *replace(const char *text, const char *from, const char *to)
{
    StrBuf b;
    strbuf_init(&b);
    size_t n = strlen(from);
    for (const char *p; (p = strstr(text, from)); text = p + n) {
        strbuf_append(&b, text, (size_t)(p - text));
        strbuf_puts(&b, to);
    }
    strbuf_puts(&b, text);
    return strbuf_take(&b);
}

/* The short id of assessment id, as reports show it. */
static char *short_id(int64_t id)
{
    Assessment a;
    bool found;
    ck_assert(store_assessment_get(s, id, &a, &found, err, sizeof err) && found);
    char *out = xstrndup(a.uid, STORE_SHORT_ID);
    assessment_done(&a);
    return out;
}

/* Runs rastro on the fixture's database and the repository's content with the arguments after
 * the report's name; *out and *errs (may be NULL) get what it said (caller frees). */
static int run_report(char **out, char **errs, char *const env[], const char *const args[])
{
    char *argv[40];
    size_t n = 0;
    argv[n++] = (char *)tu_rastro();
    argv[n++] = "--db";
    argv[n++] = db;
    argv[n++] = "--content";
    argv[n++] = "content";
    argv[n++] = "report";
    for (size_t i = 0; args[i]; i++)
        argv[n++] = (char *)args[i];
    argv[n] = NULL;
    TuRunOptions o = {.env = env};
    char *so, *se;
    int rc = tu_run_as(&o, argv, &so, &se);
    if (out)
        *out = so;
    else
        free(so);
    if (errs)
        *errs = se;
    else
        free(se);
    return rc;
}

/* The words of page (0: every page) of a PDF, as pdftotext reads them (caller frees). */
static char *pdf_words(const char *path, int page)
{
    char first[16], last[16];
    snprintf(first, sizeof first, "%d", page ? page : 1);
    snprintf(last, sizeof last, "%d", page ? page : 9999);
    char *argv[] = {"/usr/bin/env", "pdftotext", "-enc", "UTF-8", "-f", first, "-l", last,
                    (char *)path, "-", NULL};
    char *out, *e;
    int rc = tu_run(argv, &out, &e);
    ck_assert_msg(rc == 0, "pdftotext failed (%d): %s", rc, e);
    free(e);
    return out;
}

static int pdf_pages(const char *path)
{
    char *argv[] = {"/usr/bin/env", "pdfinfo", (char *)path, NULL};
    char *out, *e;
    ck_assert_int_eq(tu_run(argv, &out, &e), 0);
    const char *p = strstr(out, "Pages:");
    ck_assert_ptr_nonnull(p);
    int n = atoi(p + 6);
    free(out);
    free(e);
    return n;
}

/* A PNG's size, and the share of its pixels that are not white (0 when it cannot be read). */
static double png_ink(const char *path, unsigned *w, unsigned *h)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    ck_assert_msg(png_image_begin_read_from_file(&img, path), "%s: %s", path, img.message);
    img.format = PNG_FORMAT_GRAY;
    unsigned char *px = xmalloc(PNG_IMAGE_SIZE(img));
    ck_assert_msg(png_image_finish_read(&img, NULL, px, 0, NULL), "%s", img.message);
    unsigned long ink = 0;
    for (size_t i = 0; i < (size_t)img.width * img.height; i++)
        ink += px[i] < 200;
    *w = img.width;
    *h = img.height;
    free(px);
    return (double)ink / ((double)img.width * img.height);
}

/* The first page of a PDF drawn by pdftoppm at 72 dpi (a pixel a point): its size and ink. */
static double pdf_page_ink(const char *path, unsigned *w, unsigned *h)
{
    char *root = xasprintf("%s/page", dir), *png = xasprintf("%s/page.png", dir);
    char *argv[] = {"/usr/bin/env", "pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1",
                    "-singlefile", (char *)path, root, NULL};
    char *out, *e;
    ck_assert_msg(tu_run(argv, &out, &e) == 0, "pdftoppm failed: %s", e);
    free(out);
    free(e);
    double ink = png_ink(png, w, h);
    free(root);
    free(png);
    return ink;
}

START_TEST(text_matches_the_expected_output)
{
    char *text = report(gt_draft, REPORT_TEXT, LANG_EN, NULL);
    char *want_raw = slurp("tests/fixtures/report_assess_gt.txt", NULL);
    ck_assert_ptr_nonnull(want_raw);
    /* What differs from run to run: the ids and the day the ratings were made. */
    char today[11];
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", gmtime(&now));
    char *id = short_id(gt_draft), *prev = short_id(gt_final);
    char *a = replace(want_raw, "@ID@", id), *b = replace(a, "@PREV@", prev);
    char *want = replace(b, "@TODAY@", today);
    if (strcmp(text, want) != 0) {
        /* To see it whole (and update the fixture after a change meant): REPORT_ASSESS_GOT=FILE */
        const char *keep = getenv("REPORT_ASSESS_GOT");
        char *path = keep && keep[0] ? xstrdup(keep) : xasprintf("%s/got.txt", dir);
        FILE *f = fopen(path, "w");
        fputs(text, f);
        fclose(f);
        char *argv[] = {"/usr/bin/env", "diff", "-u", "tests/fixtures/report_assess_gt.txt", path,
                        NULL};
        char *out, *e;
        tu_run(argv, &out, &e);
        ck_abort_msg("the text report differs from the expected one (@ID@ %s, @PREV@ %s, "
                     "@TODAY@ %s):\n%.3000s", id, prev, today, out);
    }
    free(want);
    free(b);
    free(a);
    free(id);
    free(prev);
    free(want_raw);
    free(text);
}
END_TEST

/* Pages of REPORT_TEXT_PAGE lines of at most 80 columns, a form feed between two, the mark and
 * the number on each; the hostile evidence shown as text, its escape made inert. */
START_TEST(text_pages_in_spanish)
{
    char *text = report(gt_draft, REPORT_TEXT, LANG_ES, NULL);
    size_t pages = tu_count(text, "\f") + 1;
    ck_assert_uint_ge(pages, 5);
    ck_assert_uint_eq(tu_count(text, "BORRADOR\n"), pages);
    ck_assert_uint_eq(tu_count(text, "DRAFT"), 0);
    char *last = xasprintf("Página %zu de %zu\n", pages, pages);
    ck_assert_ptr_nonnull(strstr(text, last));
    free(last);
    ck_assert_ptr_nonnull(strstr(text, "Página 1 de "));
    ck_assert_ptr_nonnull(strstr(text, "Marco jurídico y coordinación"));
    ck_assert_ptr_nonnull(strstr(text, "Límites por indicadores críticos"));
    ck_assert_ptr_nonnull(strstr(text, "Variación desde la evaluación anterior"));
    ck_assert_ptr_nonnull(strstr(text, "=1+2 <b>x</b> &amp; \xef\xbf\xbd[31mred"));
    ck_assert_ptr_null(strchr(text, '\x1b'));
    ck_assert(!tu_has_unsafe_bytes(text) || strchr(text, '\f'));
    /* each page: the same number of lines, none wider than 80 columns */
    char *copy = xstrdup(text);
    size_t lines = 0;
    for (char *save = NULL, *page = strtok_r(copy, "\f", &save); page;
         page = strtok_r(NULL, "\f", &save)) {
        size_t n = 0;
        for (char *p = page; *p; p++)
            n += *p == '\n';
        ck_assert_uint_eq(n, REPORT_TEXT_PAGE);
        lines += n;
    }
    ck_assert_uint_eq(lines, pages * REPORT_TEXT_PAGE);
    free(copy);
    copy = xstrdup(text);
    for (char *save = NULL, *line = strtok_r(copy, "\n\f", &save); line;
         line = strtok_r(NULL, "\n\f", &save))
        ck_assert_msg(text_width(line) <= REPORT_TEXT_WIDTH, "too wide: %s", line);
    free(copy);
    free(text);
}
END_TEST

/* The PDF through the command, in both languages and on both papers: words, pages, the mark on
 * every page of a draft, the page's size and ink. */
START_TEST(pdf_words_pages_and_paper)
{
    char *id = short_id(gt_draft);
    static const struct {
        const char *lang, *paper, *mark, *page1, *heading;
        unsigned w, h;
    } cases[] = {{"en", "a4", "DRAFT", "Page 1 of", "Recommendations", 595, 842},
                 {"es", "letter", "BORRADOR", "Página 1 de", "Recomendaciones", 612, 792},
                 {"en", "letter", "DRAFT", "Page 1 of", "Training results", 612, 792},
                 {"es", "a4", "BORRADOR", "Página 1 de", "Resultados de la capacitación", 595,
                  842}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *path = xasprintf("%s/gt-%s-%s.pdf", dir, cases[k].lang, cases[k].paper);
        char *out, *e;
        const char *args[] = {"assessment", "--country", "GT", "--id", id, "--lang",
                              cases[k].lang, "--paper", cases[k].paper, "--format", "pdf", "-o",
                              path, NULL};
        int rc = run_report(&out, &e, NULL, args);
        ck_assert_msg(rc == 0, "%s%s", out, e);
        int pages = pdf_pages(path);
        ck_assert_int_ge(pages, 5);
        char *said = xasprintf("%d ", pages);
        ck_assert_msg(strstr(out, said), "%s", out); /* "FILE: 8 pages, A4" */
        free(said);
        for (int p = 1; p <= pages; p++) {
            char *words = pdf_words(path, p);
            ck_assert_msg(strstr(words, cases[k].mark), "page %d without %s:\n%s", p,
                          cases[k].mark, words);
            free(words);
        }
        char *words = pdf_words(path, 0);
        ck_assert_ptr_nonnull(strstr(words, "Guatemala"));
        ck_assert_ptr_nonnull(strstr(words, cases[k].page1));
        ck_assert_ptr_nonnull(strstr(words, cases[k].heading));
        ck_assert_ptr_nonnull(strstr(words, "Ana Pérez"));
        /* the evidence as text: the markup is not applied, the formula not computed */
        ck_assert_msg(strstr(words, "=1+2 <b>x</b> &amp;"), "%s", words);
        ck_assert_ptr_null(strchr(words, '\x1b'));
        unsigned w, h;
        double ink = pdf_page_ink(path, &w, &h);
        /* a pixel a point, rounded up: A4 is 595.28 x 841.89 */
        ck_assert_msg(w >= cases[k].w && w <= cases[k].w + 1, "%u x %u", w, h);
        ck_assert_msg(h >= cases[k].h && h <= cases[k].h + 1, "%u x %u", w, h);
        ck_assert_msg(ink > 0.01 && ink < 0.6, "ink %.3f", ink);
        free(words);
        free(out);
        free(e);
        free(path);
    }
    free(id);
}
END_TEST

/* By default a country's latest final assessment (no mark), else its latest draft. */
START_TEST(the_latest_final_else_the_latest_draft)
{
    char *path = xasprintf("%s/gt.pdf", dir);
    const char *args[] = {"assessment", "--country", "Guatemala", "--format", "pdf", "-o", path,
                          NULL};
    char *out, *e;
    ck_assert_int_eq(run_report(&out, &e, NULL, args), 0);
    char *words = pdf_words(path, 0);
    ck_assert_ptr_null(strstr(words, "DRAFT"));
    ck_assert_ptr_nonnull(strstr(words, "3 November 2025"));
    ck_assert_ptr_nonnull(strstr(words, "Final, since"));
    free(words);
    free(out);
    free(e);
    const char *mx[] = {"assessment", "--country", "MX", NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, mx), 0);
    ck_assert_ptr_nonnull(strstr(out, "Mexico"));
    ck_assert_ptr_nonnull(strstr(out, "DRAFT\n"));
    ck_assert_ptr_nonnull(strstr(out, "Overall score: none yet"));
    free(out);
    free(e);
    free(path);
}
END_TEST

START_TEST(png_is_the_chart_alone)
{
    const char *what[][2] = {{"assessment", "gt.png"}, {"region", "region.png"}};
    for (size_t k = 0; k < 2; k++) {
        char *path = xasprintf("%s/%s", dir, what[k][1]);
        const char *one[] = {what[k][0], "--country", "GT", "--format", "png", "-o", path, NULL};
        const char *all[] = {what[k][0], "--format", "png", "-o", path, NULL};
        char *out, *e;
        int rc = run_report(&out, &e, NULL, k ? all : one);
        ck_assert_msg(rc == 0, "%s%s", out, e);
        unsigned w, h;
        double ink = png_ink(path, &w, &h);
        ck_assert_uint_eq(w, 1920);
        ck_assert_uint_eq(h, 1080);
        ck_assert_msg(ink > 0.02 && ink < 0.6, "ink %.3f", ink);
        free(out);
        free(e);
        free(path);
    }
    /* never to a terminal, as every binary output */
    char *e;
    const char *args[] = {"assessment", "--country", "GT", "--format", "png", "-o", "/dev/tty",
                          NULL};
    if (access("/dev/tty", W_OK) == 0) {
        ck_assert_int_eq(run_report(NULL, &e, NULL, args), 1);
        free(e);
    }
}
END_TEST

/* CSV parsed back by python3's csv module: a row per indicator with the columns named, the
 * formula kept from being one, the escape inert. */
START_TEST(csv_parses_back)
{
    size_t len;
    char *csv = report(gt_draft, REPORT_CSV, LANG_EN, &len);
    char *path = xasprintf("%s/gt.csv", dir);
    FILE *f = fopen(path, "wb");
    fwrite(csv, 1, len, f);
    fclose(f);
    char *argv[] = {"/usr/bin/env", "python3", "-c",
                    "import csv, sys\n"
                    "rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
                    "print(len(rows))\n"
                    "by = {r['indicator']: r for r in rows}\n"
                    "print(by['marking.import']['evidence'])\n"
                    "print(by['marking.import']['level'], by['marking.import']['critical'])\n"
                    "print(by['marking.manufacture']['level'], by['marking.manufacture']['reason'])\n"
                    "print(by['cooperation.training']['measured_value'],"
                    " by['cooperation.training']['measured_level'],"
                    " by['cooperation.training']['level'])\n"
                    "print(repr(by['stockpiles.risk']['level']), rows[0]['status'],"
                    " rows[0]['country'], rows[0]['rated_by'])\n",
                    path, NULL};
    char *out, *e;
    int rc = tu_run(argv, &out, &e);
    ck_assert_msg(rc == 0, "%s", e);
    ck_assert_str_eq(out, "31\n"
                          "'=1+2 <b>x</b> &amp; \xef\xbf\xbd[31mred\xef\xbf\xbd[0m\n"
                          "0 yes\n"
                          "n/a No firearms are made in the country.\n"
                          "50.0 2 3\n"
                          "'' draft GT Ana Pérez\n");
    free(out);
    free(e);
    free(path);
    free(csv);
}
END_TEST

/* JSON parsed back by SQLite's JSON functions on a connection of its own. */
static char *json_at(const char *doc, const char *path)
{
    sqlite3 *j;
    ck_assert_int_eq(sqlite3_open(":memory:", &j), SQLITE_OK);
    sqlite3_stmt *st;
    ck_assert_int_eq(sqlite3_prepare_v2(j, "SELECT json_valid(?1), json_extract(?1, ?2)", -1, &st,
                                        NULL), SQLITE_OK);
    sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, path, -1, SQLITE_STATIC);
    ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
    ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
    const unsigned char *v = sqlite3_column_text(st, 1);
    char *out = xstrdup(v ? (const char *)v : "(null)");
    sqlite3_finalize(st);
    sqlite3_close(j);
    return out;
}

static void assert_json(const char *doc, const char *path, const char *want)
{
    char *got = json_at(doc, path);
    ck_assert_msg(strcmp(got, want) == 0, "%s: %s, not %s", path, got, want);
    free(got);
}

START_TEST(json_parses_back)
{
    char *doc = report(gt_draft, REPORT_JSON, LANG_ES, NULL);
    assert_json(doc, "$.format", "rastro-assessment");
    assert_json(doc, "$.lang", "es");
    assert_json(doc, "$.assessment.country", "GT");
    assert_json(doc, "$.assessment.status", "draft");
    assert_json(doc, "$.assessment.assessors[1]", "Luis Gómez");
    assert_json(doc, "$.assessment.instrument.id", "regional-capacity");
    assert_json(doc, "$.overall.score", "52.0");
    assert_json(doc, "$.overall.band", "developing");
    assert_json(doc, "$.overall.band_title", "en desarrollo");
    assert_json(doc, "$.overall.rated", "26");
    assert_json(doc, "$.pillars[1].id", "marking");
    assert_json(doc, "$.pillars[1].score", "25.0");
    assert_json(doc, "$.pillars[1].held", "1");
    assert_json(doc, "$.pillars[1].gates[0]", "marking.import");
    assert_json(doc, "$.pillars[1].indicators[1].rating.evidence", HOSTILE);
    assert_json(doc, "$.pillars[1].indicators[0].not_applicable", "1");
    assert_json(doc, "$.pillars[1].indicators[0].level", "(null)");
    assert_json(doc, "$.pillars[4].score", "(null)");
    assert_json(doc, "$.pillars[7].indicators[2].rating.measured_value", "50.0");
    assert_json(doc, "$.change.previous.assessed_on", "2025-11-03");
    assert_json(doc, "$.change.overall.before", "50.0");
    assert_json(doc, "$.training.trainees", "2");
    assert_json(doc, "$.recommendations.ran", "1");
    assert_json(doc, "$.recommendations.items[0].pillar", "marking");
    assert_json(doc, "$.sources[0].key", "T1");
    free(doc);

    /* the region: the two countries with a final assessment, Mexico's draft left out */
    char *out, *e;
    const char *args[] = {"region", "--format", "json", NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, args), 0);
    assert_json(out, "$.format", "rastro-region");
    assert_json(out, "$.countries[0].country", "GT");
    assert_json(out, "$.countries[0].assessed_on", "2025-11-03");
    assert_json(out, "$.countries[0].pillars[1].gated", "1");
    assert_json(out, "$.countries[1].country", "HN");
    assert_json(out, "$.countries[2]", "(null)");
    free(out);
    free(e);
}
END_TEST

START_TEST(region_side_by_side)
{
    char *out, *e;
    const char *text[] = {"region", "--lang", "es", NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, text), 0);
    ck_assert_ptr_nonnull(strstr(out, "Guatemala"));
    ck_assert_ptr_nonnull(strstr(out, "Honduras"));
    ck_assert_ptr_null(strstr(out, "México"));
    ck_assert_ptr_nonnull(strstr(out, "Puntuaciones por pilar"));
    free(out);
    free(e);
    const char *csv[] = {"region", "--format", "csv", NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, csv), 0);
    ck_assert_uint_eq(tu_count(out, "\n"), 3);
    ck_assert_ptr_nonnull(strstr(out, "\nGT,Guatemala,"));
    ck_assert_ptr_nonnull(strstr(out, ",developing,100.0,no,,no,25.0,no,0.0,yes,"));
    free(out);
    free(e);
    char *path = xasprintf("%s/region.pdf", dir);
    const char *pdf[] = {"region", "--format", "pdf", "--paper", "letter", "-o", path, NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, pdf), 0);
    char *words = pdf_words(path, 0);
    ck_assert_ptr_nonnull(strstr(words, "Country capacity assessments: the region"));
    ck_assert_ptr_nonnull(strstr(words, "Honduras"));
    ck_assert_ptr_nonnull(strstr(words, "Page 1 of"));
    ck_assert_ptr_null(strstr(words, "DRAFT"));
    unsigned w, h;
    pdf_page_ink(path, &w, &h);
    ck_assert_uint_eq(w, 612);
    ck_assert_uint_eq(h, 792);
    free(words);
    free(path);
    free(out);
    free(e);
}
END_TEST

/* A stand-in lp at dir/bin/lp that keeps its arguments and the bytes it reads, and says what
 * CUPS's lp says; with fail, it refuses as lp does with no default printer. */
static char *stand_in_lp(bool fail)
{
    char *bin = xasprintf("%s/bin", dir);
    mkdir(bin, 0700);
    char *script = xasprintf("#!/bin/sh\n"
                             "printf '%%s\\n' \"$@\" > '%s/lp.args'\n"
                             "cat > '%s/lp.bytes'\n"
                             "%s\n",
                             dir, dir,
                             fail ? "echo 'lp: Error - No default destination.' >&2; exit 1"
                                  : "echo 'request id is stand-in-1 (1 file(s))'");
    free(tu_write(bin, "lp", script));
    char *lp = xasprintf("%s/lp", bin);
    chmod(lp, 0755);
    free(lp);
    free(script);
    return bin;
}

START_TEST(print_with_a_stand_in_lp)
{
    char *bin = stand_in_lp(false);
    char *path_env = xasprintf("PATH=%s:/usr/bin:/bin", bin);
    char *env[] = {path_env, NULL};
    char *pdf = xasprintf("%s/printed.pdf", dir);
    char *out, *e;
    const char *args[] = {"assessment", "--country", "HN", "--paper", "letter", "--print", "-o",
                          pdf, NULL};
    int rc = run_report(&out, &e, env, args);
    ck_assert_msg(rc == 0, "%s%s", out, e);
    ck_assert_msg(strstr(out, "Sent to the default printer: request id is stand-in-1"), "%s", out);
    char *lp_args = xasprintf("%s/lp.args", dir), *lp_bytes = xasprintf("%s/lp.bytes", dir);
    char *said = slurp(lp_args, NULL);
    ck_assert_ptr_nonnull(said);
    ck_assert_msg(strstr(said, "-t\nrastro HN 2026-06-01 ") && strstr(said, "-o\nmedia=Letter\n"),
                  "%s", said);
    size_t n_sent, n_file;
    char *sent = slurp(lp_bytes, &n_sent), *file = slurp(pdf, &n_file);
    ck_assert_uint_gt(n_sent, 1000);
    ck_assert(memcmp(sent, "%PDF-", 5) == 0);
    ck_assert_uint_eq(n_sent, n_file); /* what lp got is the PDF written */
    ck_assert(memcmp(sent, file, n_sent) == 0);
    free(sent);
    free(file);
    free(said);
    free(out);
    free(e);
    /* --print alone writes no file, to standard output neither; A4 by default here */
    const char *alone[] = {"region", "--print", "--paper", "a4", NULL};
    ck_assert_int_eq(run_report(&out, &e, env, alone), 0);
    ck_assert_ptr_null(strstr(out, "%PDF"));
    said = slurp(lp_args, NULL);
    ck_assert_ptr_nonnull(strstr(said, "media=A4"));
    free(said);
    free(out);
    free(e);
    /* the PDF on standard output as well: what lp said goes to standard error */
    const char *both[] = {"region", "--print", "-o", "-", NULL};
    ck_assert_int_eq(run_report(&out, &e, env, both), 0);
    ck_assert(strncmp(out, "%PDF-", 5) == 0);
    ck_assert_ptr_null(strstr(out, "Sent to"));
    ck_assert_msg(strstr(e, "Sent to the default printer: request id is stand-in-1"), "%s", e);
    free(out);
    free(e);
    /* --print prints the PDF only */
    const char *text[] = {"region", "--print", "--format", "text", NULL};
    ck_assert_int_eq(run_report(NULL, &e, env, text), 2);
    free(e);
    free(lp_args);
    free(lp_bytes);
    free(pdf);
    free(path_env);
    free(bin);
}
END_TEST

START_TEST(print_refused_or_without_lp)
{
    char *bin = stand_in_lp(true);
    char *path_env = xasprintf("PATH=%s:/usr/bin:/bin", bin);
    char *env[] = {path_env, NULL};
    char *out, *e;
    const char *args[] = {"assessment", "--country", "GT", "--print", NULL};
    ck_assert_int_eq(run_report(&out, &e, env, args), 1);
    ck_assert_msg(strstr(e, "lp: Error - No default destination.") &&
                  strstr(e, "nothing was printed"), "%s", e);
    ck_assert_ptr_null(strstr(out, "Sent"));
    free(out);
    free(e);
    /* no lp at all: a PATH without one */
    char *empty = xasprintf("%s/empty", dir);
    mkdir(empty, 0700);
    char *none = xasprintf("PATH=%s", empty);
    char *env2[] = {none, NULL};
    const char *es[] = {"assessment", "--country", "GT", "--print", "--lang", "es", NULL};
    ck_assert_int_eq(run_report(&out, &e, env2, args), 1);
    ck_assert_msg(strstr(e, "there is no lp command") && strstr(e, "nothing was printed"), "%s",
                  e);
    ck_assert_str_eq(out, "");
    free(out);
    free(e);
    /* the messages are in the interface language, not the report's */
    char *lang_args[] = {(char *)tu_rastro(), "--lang", "es", "--db", db, "--content", "content",
                         "report", "assessment", "--country", "GT", "--print", NULL};
    TuRunOptions o = {.env = env2};
    ck_assert_int_eq(tu_run_as(&o, lang_args, &out, &e), 1);
    ck_assert_msg(strstr(e, "no hay orden lp"), "%s", e);
    (void)es;
    free(out);
    free(e);
    free(none);
    free(empty);
    free(path_env);
    free(bin);
}
END_TEST

START_TEST(options_and_output_files)
{
    char *out, *e;
    static const char *const usage[][8] = {
        {"assessment", NULL},
        {"assessment", "--country", "GT", "--format", "xls", NULL},
        {"assessment", "--country", "GT", "--paper", "a5", NULL},
        {"assessment", "--country", "GT", "--lang", "fr", NULL},
        {"region", "--country", "GT", NULL},
        {"assessment", "--country", "GT", "--workshop", "W", NULL},
        {"items", "--paper", "a4", NULL},
    };
    for (size_t k = 0; k < sizeof usage / sizeof usage[0]; k++) {
        int rc = run_report(&out, &e, NULL, usage[k]);
        ck_assert_msg(rc == 2, "%s: %d %s", usage[k][1] ? usage[k][1] : usage[k][0], rc, e);
        ck_assert_str_eq(out, "");
        free(out);
        free(e);
    }
    /* a country that is none, one without an assessment, an id of another country */
    const char *nowhere[] = {"assessment", "--country", "Atlantis", NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, nowhere), 1);
    free(e);
    const char *cr[] = {"assessment", "--country", "CR", NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, cr), 1);
    ck_assert_msg(strstr(e, "Costa Rica has no assessment yet"), "%s", e);
    free(e);
    char *hn = short_id(hn_final);
    const char *other[] = {"assessment", "--country", "GT", "--id", hn, NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, other), 1);
    ck_assert_msg(strstr(e, "is of Honduras, not of Guatemala"), "%s", e);
    free(e);
    const char *by_id[] = {"assessment", "--id", hn, "--format", "csv", NULL};
    ck_assert_int_eq(run_report(&out, &e, NULL, by_id), 0);
    ck_assert_ptr_nonnull(strstr(out, "\nHN,"));
    free(out);
    free(e);
    free(hn);
    /* never over the database; an existing file only with --force; a failed write leaves
     * nothing */
    long long before = tu_sql_int(db, "SELECT count(*) FROM rating");
    const char *over_db[] = {"assessment", "--country", "GT", "-o", db, "--force", NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, over_db), 1);
    free(e);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM rating"), before);
    char *path = xasprintf("%s/gt.txt", dir);
    free(tu_write(dir, "gt.txt", "keep me"));
    const char *exists[] = {"assessment", "--country", "GT", "-o", path, NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, exists), 1);
    free(e);
    char *kept = slurp(path, NULL);
    ck_assert_str_eq(kept, "keep me");
    free(kept);
    const char *forced[] = {"assessment", "--country", "GT", "-o", path, "--force", NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, forced), 0);
    free(e);
    kept = slurp(path, NULL);
    ck_assert_ptr_nonnull(strstr(kept, "Guatemala"));
    free(kept);
    char *missing = xasprintf("%s/missing/gt.pdf", dir);
    const char *failed[] = {"assessment", "--country", "GT", "--format", "pdf", "-o", missing,
                            NULL};
    ck_assert_int_eq(run_report(NULL, &e, NULL, failed), 1);
    ck_assert_msg(strstr(e, "cannot write"), "%s", e);
    free(e);
    ck_assert(!tu_exists(missing));
    free(missing);
    free(path);
}
END_TEST

Suite *report_assess_suite(void)
{
    Suite *su = suite_create("report_assess");
    TCase *tc = tcase_create("report_assess");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, text_matches_the_expected_output);
    tcase_add_test(tc, text_pages_in_spanish);
    tcase_add_test(tc, pdf_words_pages_and_paper);
    tcase_add_test(tc, the_latest_final_else_the_latest_draft);
    tcase_add_test(tc, png_is_the_chart_alone);
    tcase_add_test(tc, csv_parses_back);
    tcase_add_test(tc, json_parses_back);
    tcase_add_test(tc, region_side_by_side);
    tcase_add_test(tc, print_with_a_stand_in_lp);
    tcase_add_test(tc, print_refused_or_without_lp);
    tcase_add_test(tc, options_and_output_files);
    suite_add_tcase(su, tc);
    return su;
}
