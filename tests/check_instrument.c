/* Assessment instruments as content: built in a child process and handed over whole (the
 * instrument stream), found in a content directory's assessments/ folder by the shell's load and
 * by lint, kept in the catalog by id and version, and a bad instrument refused by lint with the
 * file and line of each problem. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/instrument_io.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

#define EXAMPLE "content/examples/instrument.lua"

static Catalog cat;
static char *dir;

static void setup(void)
{
    catalog_init(&cat);
    dir = tu_tmpdir();
}

static void teardown(void)
{
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
}

START_TEST(example_loads_whole)
{
    ck_assert(!tu_load_file(&cat, EXAMPLE, &host_load_lint));
    ck_assert_msg(cat.problems.n == 0, "%s:%d: %s", cat.problems.items[0].file,
                  cat.problems.items[0].line, cat.problems.items[0].message);
    ck_assert_uint_eq(cat.n, 0);
    ck_assert_uint_eq(cat.n_instruments, 1);
    const Instrument *inst = catalog_instrument(&cat, "example-tracing-capacity", 0);
    ck_assert_ptr_nonnull(inst);
    ck_assert_ptr_eq(catalog_instrument(&cat, "example-tracing-capacity", 1), inst);
    ck_assert_ptr_null(catalog_instrument(&cat, "example-tracing-capacity", 2));
    ck_assert_str_eq(inst->file, EXAMPLE);
    ck_assert_int_eq(inst->version, 1);
    ck_assert_str_eq(ltext_get(&inst->title, LANG_ES), "Capacidad de rastreo (ejemplo)");
    ck_assert_uint_eq(inst->n_sources, 4);
    ck_assert_uint_eq(inst->n_pillars, 2);
    ck_assert_uint_eq(instrument_indicator_count(inst), 4);
    IndicatorRef ref;
    const Indicator *reg = instrument_indicator(inst, "records.registry", &ref);
    ck_assert_ptr_nonnull(reg);
    ck_assert(reg->critical && !reg->na_allowed);
    ck_assert_double_eq(reg->weight, 1);
    ck_assert_str_eq(ltext_get(&reg->levels[0], LANG_EN), "No central registry.");
    ck_assert_str_eq(ltext_get(&reg->levels[4], LANG_ES),
                     "Electrónico, auditado, personal capacitado, datos informados.");
    ck_assert_uint_eq(reg->n_questions, 2);
    ck_assert_uint_eq(reg->sources.n, 1);
    ck_assert_str_eq(reg->sources.keys[0], "T7");
    ck_assert_int_gt(reg->line, 20);
    ck_assert_double_eq(instrument_indicator(inst, "records.retention", NULL)->weight, 0.5);
    const Indicator *tr = instrument_indicator(inst, "tracing.training", NULL);
    ck_assert(tr->na_allowed);
    ck_assert_ptr_nonnull(tr->measure);
    ck_assert_str_eq(tr->measure->name, "competency_pass_share");
    ck_assert_uint_eq(tr->measure->n_competencies, 1);
    ck_assert_double_eq(tr->measure->thresholds[3], 60);
    ck_assert_uint_eq(inst->n_rules, 2);
    ck_assert_str_eq(inst->rules[0].id, "name-a-contact");
    ck_assert_str_eq(inst->rules[0].pillar, "tracing");
    ck_assert_ptr_null(inst->rules[1].pillar);
    ck_assert_int_gt(inst->rules[1].when_line, inst->rules[1].line - 1);
    /* the rules run later on the very text loaded */
    ck_assert_ptr_nonnull(inst->source);
    ck_assert(strstr(inst->source, "return instrument {"));
}
END_TEST

START_TEST(stream_round_trip_and_damage)
{
    ck_assert(!tu_load_file(&cat, EXAMPLE, NULL));
    const Instrument *inst = cat.instruments[0];
    Problems p = {0};
    problems_add(&p, EXAMPLE, 7, PROBLEM_WARNING, "a warning");
    StrBuf a, b;
    strbuf_init(&a);
    strbuf_init(&b);
    instrument_io_write(&a, inst, &p);
    ck_assert(instrument_io_is(a.s, a.len));
    Instrument *back;
    Problems got = {0};
    ck_assert(instrument_io_read(a.s, a.len, &back, &got));
    ck_assert_uint_eq(got.n, 1);
    ck_assert_int_eq(got.items[0].line, 7);
    instrument_io_write(&b, back, &p);
    ck_assert_uint_eq(a.len, b.len);
    ck_assert(memcmp(a.s, b.s, a.len) == 0);
    instrument_free(back);
    /* every cut refused, with nothing made */
    for (size_t cut = 0; cut < a.len; cut += 1 + cut / 16) {
        Problems none = {0};
        ck_assert(!instrument_io_read(a.s, cut, &back, &none));
        ck_assert_ptr_null(back);
        ck_assert_uint_eq(none.n, 0);
    }
    /* a module's stream is not an instrument's */
    ck_assert(!instrument_io_is("RMOD\x05\0\0\0", 8));
    problems_done(&got);
    problems_done(&p);
    strbuf_done(&a);
    strbuf_done(&b);
}
END_TEST

/* An instrument with one pillar and one indicator, with extra text in the indicator (one line)
 * and after it, for the lines of the problems. */
static char *instrument_src(const char *indicator_extra, const char *after)
{
    return xasprintf(
        "return instrument {\n"                                          /* 1 */
        "  id = 'small', version = 2,\n"                                 /* 2 */
        "  title = { en = 'Small', es = 'Pequeño' },\n"                  /* 3 */
        "  sources = { { key = 'T1', text = 'A source' } },\n"           /* 4 */
        "  pillars = {\n"                                                /* 5 */
        "    pillar { id = 'p', title = { en = 'P', es = 'P' },\n"       /* 6 */
        "      indicators = {\n"                                         /* 7 */
        "        indicator {\n"                                          /* 8 */
        "          id = 'p.one', title = { en = 'One', es = 'Uno' },\n" /* 9 */
        "          levels = {\n"                                         /* 10 */
        "            { en = '0', es = '0' }, { en = '1', es = '1' },\n" /* 11 */
        "            { en = '2', es = '2' }, { en = '3', es = '3' },\n" /* 12 */
        "            { en = '4', es = '4' },\n"                          /* 13 */
        "          },\n"                                                 /* 14 */
        "          verification = { en = 'V', es = 'V' },\n"             /* 15 */
        "          questions = { { en = 'Q?', es = '¿Q?' } },\n"         /* 16 */
        "          %s\n"                                                 /* 17 */
        "        },\n"                                                   /* 18 */
        "        %s\n"                                                   /* 19 */
        "      },\n"                                                     /* 20 */
        "    },\n"                                                       /* 21 */
        "  },\n"                                                         /* 22 */
        "}\n",
        indicator_extra, after);
}

/* Loads src as a file with lint's options; the problems' text, one per line as lint prints. */
static char *lint(const char *src, bool *loaded)
{
    catalog_done(&cat);
    catalog_init(&cat);
    char *path = tu_write(dir, "small.lua", src);
    host_lint_paths(&cat, &path, 1, NULL);
    *loaded = cat.n_instruments == 1;
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    for (size_t i = 0; i < cat.problems.n; i++)
        fprintf(f, "%d: %s%s\n", cat.problems.items[i].line,
                cat.problems.items[i].level == PROBLEM_WARNING ? "warning: " : "",
                cat.problems.items[i].message);
    fclose(f);
    free(path);
    return out;
}

static void expect_problem(const char *extra, const char *after, bool loads, const char *want)
{
    char *src = instrument_src(extra, after);
    bool loaded;
    char *got = lint(src, &loaded);
    ck_assert_msg(strstr(got, want), "wanted '%s', lint said:\n%s", want, got);
    ck_assert_msg(loaded == loads, "%s: %s", want, loads ? "not loaded" : "loaded");
    free(got);
    free(src);
}

START_TEST(bad_instruments_refused_with_file_and_line)
{
    bool loaded;
    char *src = instrument_src("", "");
    char *got = lint(src, &loaded);
    ck_assert_msg(loaded && got[0] == '\0', "a good instrument: %s", got);
    free(got);
    free(src);
    ck_assert_int_eq(catalog_instrument(&cat, "small", 0)->version, 2);
    /* levels: 4 or 6, missing, one not a text */
    expect_problem("", "", true, "");
    char *four = instrument_src("", "");
    char *p = strstr(four, "            { en = '4', es = '4' },\n");
    memset(p, ' ', strlen("            { en = '4', es = '4' },"));
    got = lint(four, &loaded);
    ck_assert_msg(strstr(got, "10: pillars[1].indicators[1].levels: must give exactly 5 levels, what "
                              "0 to 4 mean in order (it gives 4)"), "%s", got);
    ck_assert(!loaded);
    free(got);
    free(four);
    expect_problem("", "indicator { id = 'p.two', title = 'Two', levels = { 'a', 'b', 'c', "
                   "'d', 'e', 'f' }, verification = 'V', questions = { 'Q' } },",
                   false, "19: pillars[1].indicators[2].levels: must give exactly 5 levels, what "
                          "0 to 4 mean in order (it gives 6)");
    expect_problem("", "indicator { id = 'p.two', title = 'Two', verification = 'V', "
                   "questions = { 'Q' } },",
                   false, "19: pillars[1].indicators[2].levels: missing: what each level means");
    /* a missing translation is a warning, as in lessons */
    expect_problem("", "indicator { id = 'p.two', title = 'Two', levels = { 'a', 'b', 'c', "
                   "'d', 'e' }, verification = 'V', questions = { 'Q' } },",
                   true, "19: warning: pillars[1].indicators[2].title: missing translation 'es'");
    /* weights, measures, sources, duplicates, unknown fields */
    expect_problem("weight = 0,", "", false,
                   "17: pillars[1].indicators[1].weight: must be more than 0");
    expect_problem("weight = -2,", "", false,
                   "17: pillars[1].indicators[1].weight: must be more than 0");
    expect_problem("weight = 'heavy',", "", false,
                   "17: pillars[1].indicators[1].weight: must be a number");
    expect_problem("measure = { name = 'attendance', competencies = { 'm' } },", "", false,
                   "17: pillars[1].indicators[1].measure.name: unknown measure 'attendance' "
                   "(rastro computes competency_pass_share)");
    expect_problem("measure = { name = 'competency_pass_share' },", "", false,
                   "pillars[1].indicators[1].measure.competencies: missing");
    expect_problem("measure = { name = 'competency_pass_share', competencies = { 'm' }, "
                   "thresholds = { 0, 50, 40, 60, 80 } },", "", false,
                   "must rise from level to level");
    expect_problem("sources = { 'T2' },", "", false,
                   "17: pillars[1].indicators[1].sources: 'T2' is not in the instrument's sources");
    expect_problem("critical = 'yes',", "", false,
                   "17: pillars[1].indicators[1].critical: must be true or false");
    expect_problem("levles = {},", "", false,
                   "17: pillars[1].indicators[1].levles: unknown field (did you mean 'levels'?)");
    expect_problem("", "indicator { id = 'p.one', title = 'Two', levels = { 'a', 'b', 'c', "
                   "'d', 'e' }, verification = 'V', questions = { 'Q' } },",
                   false, "19: pillars[1].indicators[2].id: duplicate id 'p.one' (also "
                          "pillars[1].indicators[1])");
    expect_problem("", "{ id = 'p.two' },", false,
                   "19: pillars[1].indicators[2]: not an indicator: write indicator { id = ...");
    expect_problem("id = 'P One',", "", false, "is not a valid indicator id");
    /* the guiding questions and verification are required */
    expect_problem("questions = {},", "", false,
                   "17: pillars[1].indicators[1].questions: missing: at least one guiding question");
}
END_TEST

START_TEST(bad_rules_and_pillars)
{
    static const char head[] =
        "local L = { { en = '0', es = '0' }, { en = '1', es = '1' }, { en = '2', es = '2' },\n"
        "            { en = '3', es = '3' }, { en = '4', es = '4' } }\n"
        "local T = { en = 't', es = 't' }\n"
        "local I = indicator { id = 'a.x', title = T, levels = L, verification = T, questions = { T } }\n"
        "return instrument { id = 'r', title = T, sources = { { key = 'K', text = 'k' } },\n";
    static const struct {
        const char *body, *want;
    } cases[] = {
        {"  pillars = { pillar { id = 'a', title = T, indicators = { I } },\n"
         "              pillar { id = 'a', title = T, indicators = { I } } },\n}\n",
         "7: pillars[2].id: duplicate id 'a' (also pillars[1])"},
        {"  pillars = {},\n}\n", "6: pillars: missing: an instrument needs pillars"},
        {"  pillars = { pillar { id = 'a', title = T, indicators = {} } },\n}\n",
         "6: pillars[1]: indicators: missing: a pillar needs indicators"},
        {"  pillars = { pillar { id = 'a', title = T, indicators = { I } } },\n"
         "  rules = { rule { id = 'x', text = T, when = function(a) return true end },\n"
         "            rule { id = 'x', text = T, when = function(a) return true end } },\n}\n",
         "8: rules[2].id: duplicate id 'x' (also rules[1])"},
        {"  pillars = { pillar { id = 'a', title = T, indicators = { I } } },\n"
         "  rules = { rule { id = 'x', text = T, pillar = 'b',\n"
         "                   when = function(a) return true end } },\n}\n",
         "7: rules[1].pillar: the instrument has no pillar 'b'"},
        {"  pillars = { pillar { id = 'a', title = T, indicators = { I } } },\n"
         "  rules = { rule { id = 'x', text = T, when = true } },\n}\n",
         "7: rules[1].when: must be a function"},
        {"  pillars = { pillar { id = 'a', title = T, indicators = { I } } },\n"
         "  rules = { rule { id = 'x', when = function(a) return true end } },\n}\n",
         "7: rules[1].text: missing"},
        {"  pillars = { { id = 'a', title = T, indicators = { I } } },\n}\n",
         "6: pillars[1]: not a pillar: write pillar {"},
        {"  version = 0, pillars = { pillar { id = 'a', title = T, indicators = { I } } },\n}\n",
         "6: version: must be from 1 to"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *src = xasprintf("%s%s", head, cases[i].body);
        bool loaded;
        char *got = lint(src, &loaded);
        ck_assert_msg(strstr(got, cases[i].want), "case %zu: wanted '%s', lint said:\n%s", i,
                      cases[i].want, got);
        ck_assert_msg(!loaded, "case %zu loaded", i);
        free(got);
        free(src);
    }
}
END_TEST

/* Lint runs the rules on an assessment with nothing rated: one that fails there is a warning at
 * its line; the others pass. */
START_TEST(lint_tries_the_rules_on_nothing_rated)
{
    static const char src[] =
        "local L = { { en = '0', es = '0' }, { en = '1', es = '1' }, { en = '2', es = '2' },\n"
        "            { en = '3', es = '3' }, { en = '4', es = '4' } }\n"
        "local T = { en = 't', es = 't' }\n"
        "return instrument { id = 'nilrule', title = T, sources = { { key = 'K', text = 'k' } },\n"
        "  pillars = { pillar { id = 'a', title = T, indicators = {\n"
        "    indicator { id = 'a.x', title = T, levels = L, verification = T, questions = { T } } } } },\n"
        "  rules = {\n"
        "    rule { id = 'low', text = T, when = function(a) return a.pillar.a < 50 end },\n"
        "    rule { id = 'typo', text = T, when = function(a) return a.level['a.y'] == 0 end },\n"
        "    rule { id = 'fine', text = T, when = function(a) return (a.pillar.a or 0) < 50 end },\n"
        "  },\n"
        "}\n";
    bool loaded;
    char *got = lint(src, &loaded);
    ck_assert(loaded);
    ck_assert_msg(strstr(got, "8: warning: rules[1] 'low': the rule failed: attempt to compare nil "
                              "with number (tried on an assessment with nothing rated yet"), "%s", got);
    ck_assert_msg(strstr(got, "9: warning: rules[2] 'typo': the rule failed: unknown indicator "
                              "'a.y'"), "%s", got);
    ck_assert_msg(!strstr(got, "'fine'"), "%s", got);
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_WARNING), 2);
    free(got);
}
END_TEST

START_TEST(versions_side_by_side_and_duplicates)
{
    char *v1 = instrument_src("", ""), *v3 = instrument_src("", "");
    memcpy(strstr(v3, "version = 2"), "version = 3", 11);
    char *p1 = tu_write(dir, "v2.lua", v1), *p2 = tu_write(dir, "v2-again.lua", v1),
         *p3 = tu_write(dir, "v3.lua", v3);
    tu_load_file(&cat, p1, NULL);
    tu_load_file(&cat, p3, NULL);
    tu_load_file(&cat, p2, NULL);
    ck_assert_uint_eq(cat.n_instruments, 2);
    ck_assert_int_eq(catalog_instrument(&cat, "small", 0)->version, 3);
    ck_assert_int_eq(catalog_instrument(&cat, "small", 2)->version, 2);
    const Problem *dup = tu_problem_with(&cat, "instrument 'small' version 2 is already loaded");
    ck_assert_ptr_nonnull(dup);
    ck_assert_str_eq(dup->file, p2);
    ck_assert_int_ge(dup->line, 1); /* the constructor's, or its id's */
    free(v1);
    free(v3);
    free(p1);
    free(p2);
    free(p3);
}
END_TEST

/* A content directory: its modules, and its instruments in assessments/, for the shell and for
 * lint, which warns about a measure's competency that no module has. */
START_TEST(content_directory_with_assessments)
{
    char *content = xasprintf("%s/content", dir);
    char *sub = xasprintf("%s/assessments", content);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    char *cmd = xasprintf("cp content/examples/first-module.lua '%s'/ && cp %s '%s'/", content,
                          EXAMPLE, sub);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    ck_assert_int_eq(host_load_dir(&cat, content, NULL), 1);
    ck_assert_uint_eq(cat.n_instruments, 1);
    catalog_done(&cat);
    catalog_init(&cat);
    host_lint_paths(&cat, &content, 1, NULL);
    ck_assert_uint_eq(cat.n_instruments, 1);
    const Problem *w = tu_problem_with(&cat, "no loaded module has the id 'example-trace-request'");
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(w->level, PROBLEM_WARNING);
    ck_assert_int_gt(w->line, 80); /* where the measure is written */
    /* `rastro lint DIR` and `rastro lint FILE` from the command line */
    char *out, *err;
    int rc = tu_rastro_run(NULL, &out, &err, "lint", content, NULL);
    ck_assert_msg(rc == 0, "%s%s", out, err);
    ck_assert_msg(strstr(err, "1 module and 1 assessment instrument loaded; 0 errors, 1 warning"),
                  "%s", err);
    free(out);
    free(err);
    char *bad = tu_write(dir, "bad.lua", "return instrument { id = 'b', title = 'B',\n"
                                         "  pillars = { 3 } }\n");
    rc = tu_rastro_run(NULL, &out, &err, "lint", bad, NULL);
    ck_assert_int_eq(rc, 1);
    ck_assert_msg(strstr(out, "bad.lua:2: pillars[1]: not a pillar"), "%s", out);
    free(out);
    free(err);
    free(bad);
    free(sub);
    free(content);
}
END_TEST

Suite *instrument_suite(void)
{
    Suite *s = suite_create("instrument");
    TCase *tc = tcase_create("load");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, example_loads_whole);
    tcase_add_test(tc, stream_round_trip_and_damage);
    tcase_add_test(tc, bad_instruments_refused_with_file_and_line);
    tcase_add_test(tc, bad_rules_and_pillars);
    tcase_add_test(tc, lint_tries_the_rules_on_nothing_rated);
    tcase_add_test(tc, versions_side_by_side_and_duplicates);
    tcase_add_test(tc, content_directory_with_assessments);
    suite_add_tcase(s, tc);
    return s;
}
