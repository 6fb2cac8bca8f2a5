/* The shell's multi-line text editor (tui/ui/editor.c) without a terminal: typing and line
 * breaks where the cursor is, Backspace over UTF-8, moving by characters and by wrapped lines,
 * what cannot be typed refused and what is set made inert, and the most characters it takes. */
#include <check.h>
#include <string.h>

#include "../tui/ui/editor.h"
#include "../tui/ui/screen.h"
#include "suites.h"
#include "testutil.h"

static Editor e;

static void setup(void)
{
    tu_utf8_begin();
    editor_init(&e, 40);
}

static void teardown(void)
{
    editor_done(&e);
    tu_utf8_end();
}

static void type(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(s + i, len - i, &cp);
        editor_key(&e, cp == '\n' ? K_ENTER : (int)cp);
    }
}

START_TEST(typing_lines_and_backspace)
{
    e.cols = 40;
    type("Año 2025\nNº 12");
    ck_assert_str_eq(e.text.s, "Año 2025\nNº 12");
    ck_assert_int_eq(e.chars, 14);
    ck_assert(editor_key(&e, K_BACKSPACE));
    ck_assert(editor_key(&e, K_BACKSPACE));
    ck_assert(editor_key(&e, K_BACKSPACE));
    ck_assert(editor_key(&e, K_BACKSPACE)); /* the "º", two bytes */
    ck_assert_str_eq(e.text.s, "Año 2025\nN");
    /* In the middle: the cursor moved back over "ño" and the line break. */
    ck_assert(editor_key(&e, K_LEFT));
    ck_assert(editor_key(&e, K_LEFT));
    type("!");
    ck_assert_str_eq(e.text.s, "Año 2025!\nN");
    ck_assert(editor_key(&e, K_HOME));
    ck_assert_uint_eq(e.cur, 0);
    ck_assert(!editor_key(&e, K_LEFT));
}
END_TEST

START_TEST(control_characters_refused_and_set_inert)
{
    ck_assert(!editor_key(&e, 27));
    ck_assert(!editor_key(&e, 7));
    ck_assert(!editor_key(&e, 0x202E)); /* right-to-left override */
    ck_assert_str_eq(e.text.s, "");
    editor_set(&e, "a\x1b[2Jb\tc\r\nd\x07");
    ck_assert_str_eq(e.text.s, "a\xEF\xBF\xBD[2Jb c\nd\xEF\xBF\xBD");
    ck_assert_uint_eq(e.cur, e.text.len);
}
END_TEST

START_TEST(up_and_down_by_wrapped_lines)
{
    /* "one two three" at 8 columns wraps after "two ": "one two " / "three". */
    type("one two three\nxy");
    e.cols = 8;
    ck_assert_int_eq(editor_lines(&e, 8), 3);
    ck_assert_uint_eq(e.cur, strlen("one two three\nxy"));
    ck_assert(editor_key(&e, K_UP)); /* to "three", column 2 */
    ck_assert_uint_eq(e.cur, strlen("one two th"));
    ck_assert(editor_key(&e, K_UP)); /* to "one two ", column 2 */
    ck_assert_uint_eq(e.cur, 2);
    ck_assert(!editor_key(&e, K_UP));
    ck_assert(editor_key(&e, K_END));
    ck_assert_uint_eq(e.cur, strlen("one two")); /* before the next line's start */
    ck_assert(editor_key(&e, K_DOWN));
    ck_assert(editor_key(&e, K_DOWN));
    ck_assert_uint_eq(e.cur, e.text.len); /* "xy" is shorter: its end */
}
END_TEST

START_TEST(at_most_max_characters)
{
    for (int i = 0; i < 50; i++)
        editor_key(&e, 'x');
    ck_assert_int_eq(e.chars, 40);
    ck_assert(!editor_key(&e, K_ENTER));
    ck_assert(editor_key(&e, K_BACKSPACE));
    ck_assert(editor_key(&e, K_ENTER));
}
END_TEST

Suite *editor_suite(void)
{
    Suite *s = suite_create("editor");
    TCase *tc = tcase_create("editor");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, typing_lines_and_backspace);
    tcase_add_test(tc, control_characters_refused_and_set_inert);
    tcase_add_test(tc, up_and_down_by_wrapped_lines);
    tcase_add_test(tc, at_most_max_characters);
    suite_add_tcase(s, tc);
    return s;
}
