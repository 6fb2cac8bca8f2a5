/* Unit tests for tui/core/prereq.c: which modules a trainee may open, from their best scores. */
#include <check.h>
#include <stdlib.h>

#include "../tui/core/prereq.h"
#include "suites.h"

Suite *prereq_suite(void);

static Catalog cat;

/* Adds a module with n_questions questions (left empty: only the count matters here), a pass
 * mark and requirements (NULL-terminated). */
static Module *add(const char *id, size_t n_questions, double pass, const char *const *requires)
{
    Module *m = module_new();
    m->id = xstrdup(id);
    m->n_questions = n_questions;
    m->questions = n_questions ? xcalloc(n_questions, sizeof *m->questions) : NULL;
    m->settings.pass = pass;
    for (size_t n = 0; requires && requires[n]; n++) {
        m->requires = xrealloc(m->requires, (n + 1) * sizeof *m->requires);
        m->requires[n] = xstrdup(requires[n]);
        m->n_requires = n + 1;
    }
    catalog_add(&cat, m);
    return m;
}

static void setup(void)
{
    catalog_init(&cat);
}

static void teardown(void)
{
    catalog_done(&cat);
}

START_TEST(no_requirements_is_open)
{
    Module *a = add("a", 2, 70, NULL);
    double best[] = {-1};
    ck_assert_ptr_null(prereq_blocking(&cat, a, best));
}
END_TEST

START_TEST(locked_until_passed)
{
    static const char *const req[] = {"basics", NULL};
    add("basics", 3, 70, NULL);
    Module *adv = add("advanced", 3, 70, req);
    double best[] = {-1, -1};
    ck_assert_str_eq(prereq_blocking(&cat, adv, best), "basics");
    best[0] = 0;
    ck_assert_str_eq(prereq_blocking(&cat, adv, best), "basics");
    best[0] = 69.99;
    ck_assert_str_eq(prereq_blocking(&cat, adv, best), "basics");
    best[0] = 100.0 * 7 / 10; /* exactly on the mark */
    ck_assert_ptr_null(prereq_blocking(&cat, adv, best));
    best[0] = 100;
    ck_assert_ptr_null(prereq_blocking(&cat, adv, best));
    /* The module's own score does not matter. */
    best[0] = 10, best[1] = 100;
    ck_assert_str_eq(prereq_blocking(&cat, adv, best), "basics");
}
END_TEST

START_TEST(each_module_has_its_own_pass_mark)
{
    static const char *const req[] = {"easy", "hard", NULL};
    add("easy", 1, 50, NULL);
    add("hard", 1, 90, NULL);
    Module *m = add("final", 1, 70, req);
    double best[] = {55, 85, -1};
    ck_assert_str_eq(prereq_blocking(&cat, m, best), "hard");
    best[0] = 45, best[1] = 95;
    ck_assert_str_eq(prereq_blocking(&cat, m, best), "easy");
    best[0] = 50, best[1] = 90;
    ck_assert_ptr_null(prereq_blocking(&cat, m, best));
    ck_assert(prereq_passed(cat.modules[0], 50));
    ck_assert(!prereq_passed(cat.modules[1], 89.9));
    ck_assert(!prereq_passed(cat.modules[1], -1));
}
END_TEST

START_TEST(pass_mark_zero_still_needs_an_attempt)
{
    static const char *const req[] = {"any", NULL};
    add("any", 1, 0, NULL);
    Module *m = add("next", 1, 70, req);
    double best[] = {-1, -1};
    ck_assert_str_eq(prereq_blocking(&cat, m, best), "any");
    best[0] = 0;
    ck_assert_ptr_null(prereq_blocking(&cat, m, best));
}
END_TEST

START_TEST(requirement_without_quiz_is_met)
{
    static const char *const req[] = {"reading", NULL};
    add("reading", 0, 70, NULL);
    Module *m = add("after", 1, 70, req);
    double best[] = {-1, -1};
    ck_assert_ptr_null(prereq_blocking(&cat, m, best));
}
END_TEST

START_TEST(missing_requirement_stays_locked)
{
    static const char *const req[] = {"a", "ghost", NULL};
    add("a", 1, 70, NULL);
    Module *m = add("b", 1, 70, req);
    double best[] = {100, 100};
    ck_assert_str_eq(prereq_blocking(&cat, m, best), "ghost");
}
END_TEST

START_TEST(order_of_catalog_does_not_matter)
{
    static const char *const req[] = {"z-first", NULL};
    Module *m = add("a-second", 1, 70, req);
    add("z-first", 1, 80, NULL);
    double best[] = {-1, 79};
    ck_assert_str_eq(prereq_blocking(&cat, m, best), "z-first");
    best[1] = 80;
    ck_assert_ptr_null(prereq_blocking(&cat, m, best));
}
END_TEST

Suite *prereq_suite(void)
{
    Suite *s = suite_create("prereq");
    TCase *tc = tcase_create("prereq");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, no_requirements_is_open);
    tcase_add_test(tc, locked_until_passed);
    tcase_add_test(tc, each_module_has_its_own_pass_mark);
    tcase_add_test(tc, pass_mark_zero_still_needs_an_attempt);
    tcase_add_test(tc, requirement_without_quiz_is_met);
    tcase_add_test(tc, missing_requirement_stays_locked);
    tcase_add_test(tc, order_of_catalog_does_not_matter);
    suite_add_tcase(s, tc);
    return s;
}
