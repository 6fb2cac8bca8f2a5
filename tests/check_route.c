/* Unit tests for tui/core/route.c: the path through a branching lesson, Back along the path
 * taken, and the "Page N of M" count. */
#include <check.h>
#include <stdarg.h>
#include <stdlib.h>

#include "../tui/core/route.h"
#include "suites.h"

Suite *route_suite(void);

#define E PAGE_END

/* A module of n pages; next[i] is page i's next page. */
static Module *pages(size_t n, ...)
{
    Module *m = module_new();
    m->n_pages = n;
    m->pages = xcalloc(n, sizeof *m->pages);
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        m->pages[i].next = va_arg(ap, size_t);
    va_end(ap);
    return m;
}

/* Gives page p choices leading to the pages listed (n of them). */
static void choices(Module *m, size_t p, size_t n, ...)
{
    Page *pg = &m->pages[p];
    pg->choices = xcalloc(n, sizeof *pg->choices);
    pg->n_choices = n;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        pg->choices[i].page = va_arg(ap, size_t);
    va_end(ap);
}

START_TEST(linear_lesson_counts_as_before)
{
    Module *m = pages(4, (size_t)1, (size_t)2, (size_t)3, E);
    Route r;
    route_init(&r, m);
    for (size_t i = 0; i < 4; i++) {
        ck_assert_uint_eq(r.page, i);
        ck_assert_uint_eq(route_position(&r), i + 1);
        ck_assert_uint_eq(route_length(&r), 4);
        RouteStep st = route_next(&r);
        ck_assert_int_eq(st, i < 3 ? ROUTE_MOVED : ROUTE_END);
    }
    ck_assert_uint_eq(r.page, 3); /* the end leaves the route on the last page */
    ck_assert(route_back(&r));
    ck_assert_uint_eq(r.page, 2);
    ck_assert_uint_eq(route_position(&r), 3);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(back_on_first_page_does_nothing)
{
    Module *m = pages(2, (size_t)1, E);
    Route r;
    route_init(&r, m);
    ck_assert(!route_back(&r));
    ck_assert_uint_eq(r.page, 0);
    ck_assert_uint_eq(route_position(&r), 1);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(branch_and_back_along_the_path)
{
    /* 0: choose 1 (pistols) or 2 (rifles); 1 ends; 2 -> 3 (summary) -> end. */
    Module *m = pages(4, (size_t)1, E, (size_t)3, E);
    choices(m, 0, 2, (size_t)1, (size_t)2);
    Route r;
    route_init(&r, m);
    ck_assert_uint_eq(route_length(&r), 3); /* the longer way: 0, 2, 3 */
    ck_assert_int_eq(route_next(&r), ROUTE_CHOOSE); /* choices only */
    ck_assert_uint_eq(r.page, 0);
    ck_assert_int_eq(route_choose(&r, 2), ROUTE_CHOOSE); /* no third choice */
    ck_assert_int_eq(route_choose(&r, 1), ROUTE_MOVED);
    ck_assert_uint_eq(r.page, 2);
    ck_assert_uint_eq(route_position(&r), 2);
    ck_assert_uint_eq(route_length(&r), 3);
    ck_assert_int_eq(route_next(&r), ROUTE_MOVED);
    ck_assert_uint_eq(r.page, 3);
    ck_assert_uint_eq(route_position(&r), 3);
    ck_assert_uint_eq(route_length(&r), 3);
    /* Back goes the way it came: 3, 2, 0; never to page 1 (which is index 2 - 1). */
    ck_assert(route_back(&r));
    ck_assert_uint_eq(r.page, 2);
    ck_assert(route_back(&r));
    ck_assert_uint_eq(r.page, 0);
    ck_assert(!route_back(&r));
    /* The other branch is shorter. */
    ck_assert_int_eq(route_choose(&r, 0), ROUTE_MOVED);
    ck_assert_uint_eq(r.page, 1);
    ck_assert_uint_eq(route_position(&r), 2);
    ck_assert_uint_eq(route_length(&r), 2);
    ck_assert_int_eq(route_next(&r), ROUTE_END);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(choice_to_end)
{
    Module *m = pages(2, (size_t)1, E);
    choices(m, 0, 2, (size_t)1, E);
    Route r;
    route_init(&r, m);
    ck_assert_int_eq(route_choose(&r, 1), ROUTE_END);
    ck_assert_uint_eq(r.page, 0);
    ck_assert_uint_eq(route_position(&r), 1);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(loops_are_counted_once_and_trail_keeps_every_step)
{
    /* 0 -> 1; 1: choose 0 (read again) or 2; 2 -> end. */
    Module *m = pages(3, (size_t)1, E, E);
    choices(m, 1, 2, (size_t)0, (size_t)2);
    ck_assert_uint_eq(route_pages_ahead(m, 0), 2);
    /* From 1: to 0 (whose way on leads back round to 1, not followed), or to 2: one page. */
    ck_assert_uint_eq(route_pages_ahead(m, 1), 1);
    ck_assert_uint_eq(route_pages_ahead(m, 2), 0);
    Route r;
    route_init(&r, m);
    ck_assert_int_eq(route_next(&r), ROUTE_MOVED);
    ck_assert_int_eq(route_choose(&r, 0), ROUTE_MOVED);
    ck_assert_uint_eq(r.page, 0);
    ck_assert_uint_eq(route_position(&r), 3);
    ck_assert_int_eq(route_next(&r), ROUTE_MOVED);
    ck_assert_int_eq(route_choose(&r, 1), ROUTE_MOVED);
    ck_assert_uint_eq(route_position(&r), 5);
    ck_assert_uint_eq(route_length(&r), 5);
    size_t want[] = {1, 0, 1, 0};
    for (size_t i = 0; i < 4; i++) {
        ck_assert(route_back(&r));
        ck_assert_uint_eq(r.page, want[i]);
    }
    ck_assert(!route_back(&r));
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(a_page_that_loops_to_itself)
{
    Module *m = pages(2, (size_t)0, E);
    choices(m, 0, 2, (size_t)0, (size_t)1);
    ck_assert_uint_eq(route_pages_ahead(m, 0), 1);
    Route r;
    route_init(&r, m);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(route_choose(&r, 0), ROUTE_MOVED);
    ck_assert_uint_eq(route_position(&r), 101);
    ck_assert_uint_eq(route_length(&r), 102);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(bad_links_end_the_lesson)
{
    Module *m = pages(2, (size_t)7, E);
    choices(m, 1, 2, (size_t)99, (size_t)0);
    ck_assert_uint_eq(route_pages_ahead(m, 0), 0);
    ck_assert_uint_eq(route_pages_ahead(m, 1), 1);
    ck_assert_uint_eq(route_pages_ahead(m, 5), 0);
    Route r;
    route_init(&r, m);
    ck_assert_int_eq(route_next(&r), ROUTE_END);
    ck_assert_uint_eq(r.page, 0);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(no_pages)
{
    Module *m = module_new();
    Route r;
    route_init(&r, m);
    ck_assert_uint_eq(r.page, PAGE_END);
    ck_assert_int_eq(route_next(&r), ROUTE_END);
    ck_assert_int_eq(route_choose(&r, 0), ROUTE_END);
    ck_assert(!route_back(&r));
    ck_assert_uint_eq(route_length(&r), 1);
    route_done(&r);
    module_free(m);
}
END_TEST

START_TEST(dense_graph_is_quick)
{
    /* 500 pages, each choosing among the next nine and the first: a brute-force longest path
     * would never finish; this visits each page once. */
    size_t n = 500;
    Module *m = module_new();
    m->n_pages = n;
    m->pages = xcalloc(n, sizeof *m->pages);
    for (size_t i = 0; i < n; i++) {
        Page *pg = &m->pages[i];
        pg->n_choices = QUESTION_MAX_OPTIONS;
        pg->choices = xcalloc(pg->n_choices, sizeof *pg->choices);
        for (size_t c = 0; c < pg->n_choices; c++)
            pg->choices[c].page = c == 0 ? 0 : i + c < n ? i + c : PAGE_END;
    }
    ck_assert_uint_eq(route_pages_ahead(m, 0), n - 1);
    ck_assert_uint_eq(route_pages_ahead(m, n - 1), n - 1); /* via page 0 */
    module_free(m);
}
END_TEST

Suite *route_suite(void)
{
    Suite *s = suite_create("route");
    TCase *tc = tcase_create("route");
    tcase_add_test(tc, linear_lesson_counts_as_before);
    tcase_add_test(tc, back_on_first_page_does_nothing);
    tcase_add_test(tc, branch_and_back_along_the_path);
    tcase_add_test(tc, choice_to_end);
    tcase_add_test(tc, loops_are_counted_once_and_trail_keeps_every_step);
    tcase_add_test(tc, a_page_that_loops_to_itself);
    tcase_add_test(tc, bad_links_end_the_lesson);
    tcase_add_test(tc, no_pages);
    tcase_add_test(tc, dense_graph_is_quick);
    suite_add_tcase(s, tc);
    return s;
}
