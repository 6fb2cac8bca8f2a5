/* Unit tests for the screen manager (tui/ui/screen.c) without a terminal: a full stack of screens
 * and a full key bar are errors that show, never a screen or a hint dropped unseen. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/ui/screen.h"
#include "suites.h"

Suite *screen_suite(void);

static int freed;

static void stub_free(Screen *s)
{
    freed++;
    free(s);
}

static Screen *stub_new(void)
{
    Screen *s = calloc(1, sizeof *s);
    ck_assert_ptr_nonnull(s);
    s->free = stub_free;
    return s;
}

START_TEST(test_stack_full_is_an_error)
{
    App app = {0};
    Ui ui = {.app = &app};
    freed = 0;
    for (int i = 0; i < UI_MAX_DEPTH; i++)
        ck_assert(ui_push(&ui, stub_new()));
    ck_assert_int_eq(ui.depth, UI_MAX_DEPTH);
    ck_assert_str_eq(ui.status, "");

    /* One more is refused: freed, not pushed, and the status line says so. */
    ck_assert(!ui_push(&ui, stub_new()));
    ck_assert_int_eq(ui.depth, UI_MAX_DEPTH);
    ck_assert_int_eq(freed, 1);
    ck_assert_int_eq(ui.status_role, ROLE_ERROR);
    ck_assert_ptr_nonnull(strstr(ui.status, "Too many screens"));

    /* A constructor that failed gives NULL: nothing is pushed. */
    ck_assert(!ui_push(&ui, NULL));
    ck_assert_int_eq(ui.depth, UI_MAX_DEPTH);

    /* Once one is closed, there is room again. */
    ui_pop(&ui);
    ck_assert(ui_push(&ui, stub_new()));
    ui_clear(&ui);
    ck_assert_int_eq(ui.depth, 0);
    ck_assert_int_eq(freed, UI_MAX_DEPTH + 2);
}
END_TEST

START_TEST(test_hints_up_to_the_most)
{
    KeyHints h = {.n = 0};
    for (int i = 0; i < MAX_HINTS; i++)
        hints_add(&h, "k", "label");
    ck_assert_int_eq(h.n, MAX_HINTS);
    ck_assert_str_eq(h.item[MAX_HINTS - 1].key, "k");
}
END_TEST

/* One hint past MAX_HINTS ends the program with status 1 (term_fatal), in this test's child. */
START_TEST(test_hints_full_is_an_error)
{
    KeyHints h = {.n = 0};
    for (int i = 0; i < MAX_HINTS; i++)
        hints_add(&h, "k", "label");
    hints_add(&h, "x", "one too many");
    ck_abort_msg("a hint past MAX_HINTS was taken");
}
END_TEST

Suite *screen_suite(void)
{
    Suite *s = suite_create("screen");
    TCase *tc = tcase_create("stack");
    tcase_add_test(tc, test_stack_full_is_an_error);
    suite_add_tcase(s, tc);
    tc = tcase_create("hints");
    tcase_add_test(tc, test_hints_up_to_the_most);
    /* Needs the fork mode (the default): under CK_FORK=no the exit ends the runner. */
    tcase_add_exit_test(tc, test_hints_full_is_an_error, 1);
    suite_add_tcase(s, tc);
    return s;
}
