/* Recommendation rules run by the Lua host (host_recommend) in a worker process: the rules of
 * content/examples/instrument.lua fire on the assessments they describe, with the view they see
 * (levels, not applicable, measures, pillar scores, gates, overall and band), and every rule of
 * the corpus in tests/hostile/rules/ is contained: reported with its line and skipped while the
 * rule after it still runs. */
#include <check.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

#define EXAMPLE "content/examples/instrument.lua"
#define CORPUS "tests/hostile/rules"

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

static const Instrument *load(const char *path)
{
    ck_assert(tu_load_file(&cat, path, NULL) == false); /* no module: an instrument */
    ck_assert_msg(cat.n_instruments == 1 && problems_count(&cat.problems, PROBLEM_ERROR) == 0,
                  "%s did not load: %s", path,
                  cat.problems.n ? cat.problems.items[0].message : "?");
    return cat.instruments[0];
}

#define MAX_R 16
static Rating rs[MAX_R];
static size_t n_rs;

static void rate(const char *id, int level)
{
    rs[n_rs++] = (Rating){.indicator_id = (char *)id, .level = level};
}

/* Runs inst's rules on the current ratings; the ids of those that fired, joined by spaces. */
static char *fired(const Instrument *inst, Problems *probs, size_t *failed)
{
    AssessResult r;
    assess_score(inst, rs, n_rs, &r);
    AssessView v;
    assess_view_make(inst, &r, rs, n_rs, &v);
    AssessRecommendations out;
    ck_assert(host_recommend(inst, &v, &out, probs));
    StrBuf ids;
    strbuf_init(&ids);
    for (size_t i = 0; i < out.n; i++)
        strbuf_printf(&ids, "%s%s", i ? " " : "", inst->rules[out.rules[i]].id);
    if (failed)
        *failed = out.failed;
    assess_recommendations_done(&out);
    assess_view_done(&v);
    assess_result_done(&r);
    return strbuf_take(&ids);
}

START_TEST(example_rules_fire_on_what_they_describe)
{
    const Instrument *inst = load(EXAMPLE);
    ck_assert_uint_eq(inst->n_rules, 2);
    Problems p = {0};
    size_t failed;
    n_rs = 0;
    char *ids = fired(inst, &p, &failed); /* nothing rated: unrated reads as nil */
    ck_assert_str_eq(ids, "");
    ck_assert_uint_eq(failed, 0);
    ck_assert_uint_eq(p.n, 0);
    free(ids);
    rate("tracing.contact", 0);
    ids = fired(inst, &p, NULL);
    ck_assert_str_eq(ids, "name-a-contact");
    free(ids);
    rs[n_rs++] = (Rating){.indicator_id = "tracing.training", .level = 1, .measured = true,
                          .measured_level = 1, .measured_value = 31.5};
    ids = fired(inst, &p, NULL);
    ck_assert_str_eq(ids, "name-a-contact train-more");
    free(ids);
    rs[0].level = 3;
    rs[1].measured_value = 45;
    ids = fired(inst, &p, NULL);
    ck_assert_str_eq(ids, "");
    free(ids);
    ck_assert_uint_eq(p.n, 0);
    problems_done(&p);
}
END_TEST

/* An instrument whose rules report what they see of the assessment. */
static const char VIEW_RULES[] =
    "local L = { { en = '0', es = '0' }, { en = '1', es = '1' }, { en = '2', es = '2' },\n"
    "            { en = '3', es = '3' }, { en = '4', es = '4' } }\n"
    "local T = { en = 't', es = 't' }\n"
    "local function ind(id, crit, na)\n"
    "  return indicator { id = id, title = T, levels = L, verification = T, questions = { T },\n"
    "                     critical = crit, not_applicable = na }\n"
    "end\n"
    "return instrument { id = 'view', title = T,\n"
    "  pillars = {\n"
    "    pillar { id = 'a', title = T, indicators = { ind('a.crit', true), ind('a.x'), ind('a.na', false, true) } },\n"
    "    pillar { id = 'b', title = T, indicators = { ind('b.x') } },\n"
    "  },\n"
    "  rules = {\n"
    "    rule { id = 'levels', text = T, when = function(a)\n"
    "      return a.level['a.crit'] == 0 and a.level['a.x'] == 4 and a.level['a.na'] == nil\n"
    "        and a.level['b.x'] == nil end },\n"
    "    rule { id = 'na', text = T, when = function(a)\n"
    "      return a.na['a.na'] == true and a.na['a.x'] == false end },\n"
    "    rule { id = 'gate', text = T, when = function(a)\n"
    "      return a.gated.a == true and a.gated.b == false and a.pillar.a == 25 and a.pillar.b == nil end },\n"
    "    rule { id = 'overall', text = T, when = function(a)\n"
    "      return a.overall == 25 and a.band == 'initial' end },\n"
    "    rule { id = 'measured', text = T, when = function(a)\n"
    "      return a.measured['a.x'] == 62.5 and a.measured['a.crit'] == nil end },\n"
    "    rule { id = 'count', text = T, when = function(a)\n"
    "      local n = 0\n"
    "      for id, level in pairs(a.level) do n = n + 1 end\n"
    "      return n == 2 end },\n"
    "    rule { id = 'never', text = T, when = function(a) return nil end },\n"
    "  },\n"
    "}\n";

START_TEST(rules_see_the_assessment_as_scored_by_core)
{
    char *path = tu_write(dir, "view.lua", VIEW_RULES);
    const Instrument *inst = load(path);
    free(path);
    n_rs = 0;
    rate("a.crit", 0);
    rate("a.x", 4);
    rs[n_rs - 1].measured = true;
    rs[n_rs - 1].measured_value = 62.5;
    rs[n_rs++] = (Rating){.indicator_id = "a.na", .not_applicable = true, .reason = "none"};
    Problems p = {0};
    size_t failed;
    char *ids = fired(inst, &p, &failed);
    if (p.n)
        ck_abort_msg("%s:%d: %s", p.items[0].file, p.items[0].line, p.items[0].message);
    ck_assert_str_eq(ids, "levels na gate overall measured count");
    ck_assert_uint_eq(failed, 0);
    free(ids);
    problems_done(&p);
}
END_TEST

/* ---- the hostile corpus ---- */

static char **cases;
static int n_cases;

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int lua_file(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 4 && strcmp(e->d_name + n - 4, ".lua") == 0;
}

static void list_cases(void)
{
    struct dirent **list;
    n_cases = scandir(CORPUS, &list, lua_file, by_name);
    if (n_cases < 0)
        n_cases = 0;
    cases = calloc((size_t)n_cases + 1, sizeof *cases);
    for (int i = 0; i < n_cases; i++) {
        cases[i] = strdup(list[i]->d_name);
        free(list[i]);
    }
    if (n_cases >= 0)
        free(list);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Whether message holds one of the |-separated texts of expect. */
static bool expected(const char *message, const char *expect)
{
    char *copy = xstrdup(expect), *save = NULL;
    bool hit = false;
    for (char *alt = strtok_r(copy, "|", &save); alt && !hit; alt = strtok_r(NULL, "|", &save))
        hit = strstr(message, alt) != NULL;
    free(copy);
    return hit;
}

START_TEST(hostile_rule)
{
    ck_assert_int_lt(_i, n_cases);
    char *path = xasprintf("%s/%s", CORPUS, cases[_i]);
    FILE *f = fopen(path, "r");
    ck_assert_ptr_nonnull(f);
    char expect[256] = "", line_head[64] = "";
    ck_assert(fgets(expect, sizeof expect, f));
    if (!fgets(line_head, sizeof line_head, f))
        line_head[0] = '\0';
    fclose(f);
    ck_assert_msg(strncmp(expect, "-- expect: ", 11) == 0, "%s: no -- expect: line", path);
    memmove(expect, expect + 11, strlen(expect + 11) + 1);
    expect[strcspn(expect, "\n")] = '\0';
    int want_line = 0;
    sscanf(line_head, "-- line: %d", &want_line);

    const Instrument *inst = load(path);
    ck_assert_uint_eq(inst->n_rules, 2);
    n_rs = 0;
    rate("p.i", 2);
    Problems p = {0};
    size_t failed;
    double start = now_ms();
    char *ids = fired(inst, &p, &failed);
    double took = now_ms() - start;
    ck_assert_msg(took < (CHILD_SECONDS + 3) * 1000.0, "%s: took %.0f ms", path, took);
    ck_assert_msg(strcmp(ids, "still-runs") == 0, "%s: fired '%s', not 'still-runs'", path, ids);
    ck_assert_uint_eq(failed, 1);
    const Problem *hit = NULL;
    for (size_t i = 0; i < p.n && !hit; i++)
        if (p.items[i].level == PROBLEM_ERROR && expected(p.items[i].message, expect))
            hit = &p.items[i];
    ck_assert_msg(hit, "%s: no problem contains '%s' (%zu problems%s%s)", path, expect, p.n,
                  p.n ? ", the first: " : "", p.n ? p.items[0].message : "");
    ck_assert_str_eq(hit->file, path);
    ck_assert_msg(strstr(hit->message, "hostile"), "%s: '%s' does not name the rule", path,
                  hit->message);
    if (want_line)
        ck_assert_msg(hit->line == want_line, "%s: at line %d, not %d", path, hit->line, want_line);
    else
        ck_assert_msg(hit->line >= inst->rules[0].when_line && hit->line < inst->rules[1].line,
                      "%s: at line %d, not in the rule (%d to %d)", path, hit->line,
                      inst->rules[0].when_line, inst->rules[1].line - 1);
    free(ids);
    free(path);
    problems_done(&p);
}
END_TEST

/* Guards against a corpus that went missing. */
START_TEST(corpus_is_there)
{
    ck_assert_int_ge(n_cases, 15);
}
END_TEST

Suite *recommend_suite(void)
{
    list_cases();
    Suite *s = suite_create("recommend");
    TCase *tc = tcase_create("rules");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, example_rules_fire_on_what_they_describe);
    tcase_add_test(tc, rules_see_the_assessment_as_scored_by_core);
    suite_add_tcase(s, tc);
    tc = tcase_create("hostile");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 4 * CHILD_SECONDS + 10);
    tcase_add_test(tc, corpus_is_there);
    tcase_add_loop_test(tc, hostile_rule, 0, n_cases);
    suite_add_tcase(s, tc);
    return s;
}
