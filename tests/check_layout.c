/* Unit tests for tui/core/layout.c: word-wrapping of untrusted lesson text. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/layout.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

Suite *layout_suite(void);

#define REPL "\xEF\xBF\xBD" /* U+FFFD */
#define BULLET "\xE2\x80\xA2 " /* "• " */

typedef struct {
    const char *text;
    int indent;
} Want;

/* ---- fixture: a UTF-8 LC_CTYPE (widths come from wcwidth) and a fresh Layout ------------- */

static Layout lay;

static void setup(void)
{
    tu_utf8_begin();
    layout_init(&lay);
}

static void teardown(void)
{
    layout_done(&lay);
    tu_utf8_end();
}

/* ---- helpers ---------------------------------------------------------------------------- */

static void dump(const Layout *l)
{
    for (size_t i = 0; i < l->n; i++)
        fprintf(stderr, "  [%zu] indent %d \"%s\"\n", i, l->lines[i].indent, l->lines[i].text);
}

static void expect_lines(const Layout *l, const Want *want, size_t n)
{
    if (l->n != n)
        dump(l);
    ck_assert_uint_eq(l->n, n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(l->lines[i].text, want[i].text) != 0 || l->lines[i].indent != want[i].indent)
            dump(l);
        ck_assert_msg(strcmp(l->lines[i].text, want[i].text) == 0,
                      "line %zu is \"%s\", want \"%s\"", i, l->lines[i].text, want[i].text);
        ck_assert_msg(l->lines[i].indent == want[i].indent, "line %zu indent %d, want %d", i,
                      l->lines[i].indent, want[i].indent);
    }
}

#define EXPECT(l, ...)                                                                          \
    do {                                                                                        \
        static const Want want_[] = {__VA_ARGS__};                                              \
        expect_lines((l), want_, sizeof want_ / sizeof want_[0]);                               \
    } while (0)

/* ---- tests ------------------------------------------------------------------------------ */

START_TEST(test_wraps_at_width)
{
    layout_text(&lay, "the quick brown fox jumps over the lazy dog", 10, true);
    EXPECT(&lay, {"the quick", 0}, {"brown fox", 0}, {"jumps over", 0}, {"the lazy", 0},
           {"dog", 0});
}
END_TEST

START_TEST(test_short_text_single_line)
{
    layout_text(&lay, "Stay calm.", 40, true);
    EXPECT(&lay, {"Stay calm.", 0});
}
END_TEST

START_TEST(test_word_exactly_filling_width)
{
    layout_text(&lay, "abcdefgh ijklmnop q", 8, true);
    EXPECT(&lay, {"abcdefgh", 0}, {"ijklmnop", 0}, {"q", 0});
}
END_TEST

START_TEST(test_empty_and_blank_text)
{
    layout_text(&lay, "", 40, true);
    ck_assert_uint_eq(lay.n, 0);
    layout_text(&lay, "\n\n   \n\t\n", 40, true);
    ck_assert_uint_eq(lay.n, 0);
}
END_TEST

START_TEST(test_no_line_wider_than_width)
{
    static const char *const texts[] = {
        "Report every incident to the duty officer within one hour. Record the time, the place "
        "and the names of every person involved.\n\n- Secure the scene.\n- Call for backup when "
        "the situation requires it, and wait for it.\n\nSupercalifragilisticexpialidocious "
        "antidisestablishmentarianism words.",
        "Informe a la oficial de guardia: ubicación, descripción, acción tomada y "
        "pérdidas. Cañón, señal, ñandú, corazón, acción.\n- Artículo único con acentuación.",
        "中文字符测试 中文 日本語のテキスト 한국어 텍스트 中文中文中文中文中文中文中文中文中文",
        "Cafe\xCC\x81 re\xCC\x81sume\xCC\x81 nai\xCC\x88ve "
        "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81"
        "e\xCC\x81" "e\xCC\x81" "e\xCC\x81",
        "- \x1b[31mred\x1b[0m \xC2\x9B" "2J \xE2\x80\xAE reversed \xFF\xFE bytes\tand\ttabs",
        "- a\n- bb\n- ccc dddddddddddddddddddddddddddddddd\n  continued continued continued",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        for (int width = 8; width <= 61; width++) {
            for (int u = 0; u < 2; u++) {
                Layout l;
                layout_init(&l);
                layout_text(&l, texts[t], width, u);
                char what[64];
                snprintf(what, sizeof what, "text %zu, width %d, utf8 %d", t, width, u);
                ck_assert_msg(l.n > 0, "%s: no lines", what);
                tu_assert_fits(&l, width, what);
                layout_done(&l);
            }
        }
    }
}
END_TEST

START_TEST(test_paragraphs_separated_by_one_blank_line)
{
    layout_text(&lay, "First paragraph.\n\nSecond paragraph.", 40, true);
    EXPECT(&lay, {"First paragraph.", 0}, {"", 0}, {"Second paragraph.", 0});
}
END_TEST

START_TEST(test_many_blank_lines_collapse_to_one)
{
    layout_text(&lay, "\n\n\nA\n\n\n\n   \n\t\nB\n\n\n", 40, true);
    EXPECT(&lay, {"A", 0}, {"", 0}, {"B", 0});
}
END_TEST

START_TEST(test_single_newlines_joined)
{
    layout_text(&lay, "one\ntwo\nthree", 40, true);
    EXPECT(&lay, {"one two three", 0});
}
END_TEST

START_TEST(test_spaces_and_tabs_normalised)
{
    layout_text(&lay, "  one   two\t\tthree  \n   four  ", 40, true);
    EXPECT(&lay, {"one two three four", 0});
}
END_TEST

START_TEST(test_joined_lines_wrap_together)
{
    layout_text(&lay, "alpha beta\ngamma delta\nepsilon", 12, true);
    EXPECT(&lay, {"alpha beta", 0}, {"gamma delta", 0}, {"epsilon", 0});
}
END_TEST

START_TEST(test_bullets)
{
    layout_text(&lay, "Steps:\n- first item\n- second item\n\nAfter.", 40, true);
    EXPECT(&lay, {"Steps:", 0}, {"", 0}, {BULLET "first item", 2}, {BULLET "second item", 2},
           {"", 0}, {"After.", 0});
}
END_TEST

START_TEST(test_bullets_ascii)
{
    layout_text(&lay, "- one\n- two", 40, false);
    EXPECT(&lay, {"* one", 2}, {"* two", 2});
}
END_TEST

START_TEST(test_bullet_lists_separated_by_blank_line)
{
    layout_text(&lay, "- a\n- b\n\n- c", 40, true);
    EXPECT(&lay, {BULLET "a", 2}, {BULLET "b", 2}, {"", 0}, {BULLET "c", 2});
}
END_TEST

START_TEST(test_bullet_indented_marker_and_non_bullets)
{
    /* Leading spaces before "- " still open an item; "-x" and "a - b" do not. */
    layout_text(&lay, "   - item\n\n-x not a bullet\n\na - b", 40, true);
    EXPECT(&lay, {BULLET "item", 2}, {"", 0}, {"-x not a bullet", 0}, {"", 0}, {"a - b", 0});
}
END_TEST

START_TEST(test_bullet_hanging_indent)
{
    layout_text(&lay, "- alpha beta gamma delta epsilon", 16, true);
    EXPECT(&lay, {BULLET "alpha beta", 2}, {"gamma delta", 4}, {"epsilon", 4});
    /* Continuation lines start in the column where the item's text starts. */
    ck_assert_int_eq(lay.lines[0].indent + text_width(BULLET), lay.lines[1].indent);
    tu_assert_fits(&lay, 16, "hanging indent");
}
END_TEST

START_TEST(test_bullet_continuation)
{
    layout_text(&lay, "- first line\n  continues here\n- second\nalso second", 40, true);
    EXPECT(&lay, {BULLET "first line continues here", 2}, {BULLET "second also second", 2});
}
END_TEST

START_TEST(test_paragraph_after_bullets_needs_blank_line)
{
    layout_text(&lay, "- item\n\nParagraph text.", 40, true);
    EXPECT(&lay, {BULLET "item", 2}, {"", 0}, {"Paragraph text.", 0});
}
END_TEST

START_TEST(test_long_word_broken)
{
    layout_text(&lay, "abcdefghijklmnopqrstuvwxyz", 10, true);
    EXPECT(&lay, {"abcdefghij", 0}, {"klmnopqrst", 0}, {"uvwxyz", 0});
}
END_TEST

START_TEST(test_long_word_after_short_word)
{
    layout_text(&lay, "hi abcdefghijklmnop end", 10, true);
    EXPECT(&lay, {"hi", 0}, {"abcdefghij", 0}, {"klmnop end", 0});
}
END_TEST

START_TEST(test_long_word_in_bullet)
{
    layout_text(&lay, "- abcdefghijklmnopqrstuvwxyz", 10, true);
    EXPECT(&lay, {BULLET "abcdef", 2}, {"ghijkl", 4}, {"mnopqr", 4}, {"stuvwx", 4}, {"yz", 4});
    tu_assert_fits(&lay, 10, "long word in bullet");
}
END_TEST

START_TEST(test_long_wide_word_broken_by_columns)
{
    /* Eight CJK characters are 16 columns; a 9-column box takes four per line. */
    layout_text(&lay, "中文中文中文中文", 9, true);
    EXPECT(&lay, {"中文中文", 0}, {"中文中文", 0});
}
END_TEST

START_TEST(test_long_word_keeps_combining_marks_with_base)
{
    /* Twelve "é" written as e + U+0301: 12 columns, 36 bytes. */
    char word[64] = "";
    for (int i = 0; i < 12; i++)
        strcat(word, "e\xCC\x81");
    layout_text(&lay, word, 8, true);
    ck_assert_uint_eq(lay.n, 2);
    ck_assert_int_eq(text_width(lay.lines[0].text), 8);
    ck_assert_int_eq(text_width(lay.lines[1].text), 4);
    ck_assert_uint_eq(strlen(lay.lines[0].text), 24);
    ck_assert_uint_eq(strlen(lay.lines[1].text), 12);
    /* The second line starts with a base letter, not an orphaned mark. */
    ck_assert_int_eq(lay.lines[1].text[0], 'e');
}
END_TEST

START_TEST(test_utf8_accented_measured_in_columns)
{
    /* "ação ação" is 9 columns but 13 bytes: it fits a 10-column box. */
    layout_text(&lay, "a\xC3\xA7\xC3\xA3o a\xC3\xA7\xC3\xA3o a\xC3\xA7\xC3\xA3o", 10, true);
    EXPECT(&lay, {"a\xC3\xA7\xC3\xA3o a\xC3\xA7\xC3\xA3o", 0}, {"a\xC3\xA7\xC3\xA3o", 0});
}
END_TEST

START_TEST(test_utf8_accented_long_text)
{
    layout_text(&lay, "Informe: ubicación, descripción, acción.", 20, true);
    EXPECT(&lay, {"Informe: ubicación,", 0}, {"descripción, acción.", 0});
    ck_assert_int_eq(text_width(lay.lines[1].text), 20);
    ck_assert_uint_gt(strlen(lay.lines[1].text), 20);
}
END_TEST

START_TEST(test_wide_characters_wrap_by_columns)
{
    layout_text(&lay, "中文 中文 中文 中文", 10, true);
    EXPECT(&lay, {"中文 中文", 0}, {"中文 中文", 0});
}
END_TEST

START_TEST(test_ascii_mode_replaces_non_ascii)
{
    /* ASCII stand-ins for accented letters, '?' for the rest; widths are those of the result. */
    layout_text(&lay, "- caf\xC3\xA9 \xE4\xB8\xAD \xC2\xBFqu\xC3\xA9?", 40, false);
    EXPECT(&lay, {"* cafe ? ?que?", 2});
    for (const char *p = lay.lines[0].text; *p; p++)
        ck_assert_int_lt((unsigned char)*p, 0x80);
}
END_TEST

START_TEST(test_control_characters_inert)
{
    layout_text(&lay,
                "Click \x1b[31mhere\x1b[0m\nand \xC2\x9B" "2J there \xE2\x80\xAE" "cba\x07\x7F",
                80, true);
    EXPECT(&lay, {"Click " REPL "[31mhere" REPL "[0m and " REPL "2J there " REPL "cba" REPL REPL,
                  0});
    for (size_t i = 0; i < lay.n; i++) {
        ck_assert_ptr_null(strchr(lay.lines[i].text, '\x1b'));
        ck_assert(!tu_has_unsafe_bytes(lay.lines[i].text));
    }
}
END_TEST

START_TEST(test_control_characters_inert_ascii)
{
    layout_text(&lay, "a\x1b[2Jb\r\nc\xC2\x9B" "d\xFF", 40, false);
    EXPECT(&lay, {"a?[2Jb? c?d?", 0});
}
END_TEST

START_TEST(test_control_characters_inert_everywhere)
{
    /* Every C0 control, DEL and every C1 control, each wrapped in letters. */
    StrBuf b;
    strbuf_init(&b);
    for (int c = 1; c < 0x20; c++) {
        char tmp[3] = {'x', (char)c, 0};
        strbuf_puts(&b, tmp);
    }
    strbuf_puts(&b, "x\x7F");
    for (long cp = 0x80; cp < 0xA0; cp++) {
        char enc[5] = {0};
        utf8_encode(cp, enc);
        strbuf_puts(&b, "x");
        strbuf_puts(&b, enc);
    }
    for (int u = 0; u < 2; u++) {
        Layout l;
        layout_init(&l);
        layout_text(&l, b.s, 20, u);
        ck_assert_uint_gt(l.n, 0);
        for (size_t i = 0; i < l.n; i++)
            ck_assert_msg(!tu_has_unsafe_bytes(l.lines[i].text), "unsafe line %zu \"%s\"", i,
                          l.lines[i].text);
        tu_assert_fits(&l, 20, "controls");
        layout_done(&l);
    }
    strbuf_done(&b);
}
END_TEST

START_TEST(test_words_kept_in_order)
{
    const char *text = "Every officer must know the procedure for reporting an incident, "
                       "including who to call, what to write and when the report is due.";
    for (int width = 9; width <= 70; width++) { /* longest word: 9 columns */
        Layout l;
        layout_init(&l);
        layout_text(&l, text, width, true);
        StrBuf joined;
        strbuf_init(&joined);
        for (size_t i = 0; i < l.n; i++) {
            ck_assert_msg(l.lines[i].text[0] != '\0', "width %d: blank line %zu", width, i);
            if (i)
                strbuf_puts(&joined, " ");
            strbuf_puts(&joined, l.lines[i].text);
        }
        ck_assert_msg(strcmp(joined.s, text) == 0, "width %d: words changed: %s", width, joined.s);
        strbuf_done(&joined);
        layout_done(&l);
    }
}
END_TEST

START_TEST(test_appends_to_existing_layout)
{
    char heading[] = "Heading";
    layout_add(&lay, heading, 3);
    heading[0] = 'X'; /* layout_add copied the text */
    layout_text(&lay, "body text", 40, true);
    EXPECT(&lay, {"Heading", 3}, {"body text", 0});
    layout_done(&lay);
    ck_assert_uint_eq(lay.n, 0);
    ck_assert_ptr_null(lay.lines);
}
END_TEST

START_TEST(test_many_lines_grow)
{
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 200; i++)
        strbuf_printf(&b, "p%d\n\n", i);
    layout_text(&lay, b.s, 20, true);
    strbuf_done(&b);
    ck_assert_uint_eq(lay.n, 399);
    ck_assert_str_eq(lay.lines[0].text, "p0");
    ck_assert_str_eq(lay.lines[1].text, "");
    ck_assert_str_eq(lay.lines[398].text, "p199");
}
END_TEST

Suite *layout_suite(void)
{
    Suite *s = suite_create("layout");

    TCase *tc = tcase_create("wrap");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_wraps_at_width);
    tcase_add_test(tc, test_short_text_single_line);
    tcase_add_test(tc, test_word_exactly_filling_width);
    tcase_add_test(tc, test_empty_and_blank_text);
    tcase_add_test(tc, test_no_line_wider_than_width);
    tcase_add_test(tc, test_words_kept_in_order);
    tcase_add_test(tc, test_appends_to_existing_layout);
    tcase_add_test(tc, test_many_lines_grow);
    suite_add_tcase(s, tc);

    tc = tcase_create("paragraphs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_paragraphs_separated_by_one_blank_line);
    tcase_add_test(tc, test_many_blank_lines_collapse_to_one);
    tcase_add_test(tc, test_single_newlines_joined);
    tcase_add_test(tc, test_spaces_and_tabs_normalised);
    tcase_add_test(tc, test_joined_lines_wrap_together);
    suite_add_tcase(s, tc);

    tc = tcase_create("bullets");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_bullets);
    tcase_add_test(tc, test_bullets_ascii);
    tcase_add_test(tc, test_bullet_lists_separated_by_blank_line);
    tcase_add_test(tc, test_bullet_indented_marker_and_non_bullets);
    tcase_add_test(tc, test_bullet_hanging_indent);
    tcase_add_test(tc, test_bullet_continuation);
    tcase_add_test(tc, test_paragraph_after_bullets_needs_blank_line);
    suite_add_tcase(s, tc);

    tc = tcase_create("long_words");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_long_word_broken);
    tcase_add_test(tc, test_long_word_after_short_word);
    tcase_add_test(tc, test_long_word_in_bullet);
    tcase_add_test(tc, test_long_wide_word_broken_by_columns);
    tcase_add_test(tc, test_long_word_keeps_combining_marks_with_base);
    suite_add_tcase(s, tc);

    tc = tcase_create("utf8");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_utf8_accented_measured_in_columns);
    tcase_add_test(tc, test_utf8_accented_long_text);
    tcase_add_test(tc, test_wide_characters_wrap_by_columns);
    tcase_add_test(tc, test_ascii_mode_replaces_non_ascii);
    suite_add_tcase(s, tc);

    tc = tcase_create("inert");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_control_characters_inert);
    tcase_add_test(tc, test_control_characters_inert_ascii);
    tcase_add_test(tc, test_control_characters_inert_everywhere);
    suite_add_tcase(s, tc);

    return s;
}
