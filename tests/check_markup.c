/* Unit tests for tui/core/layout.c's page markup: headings, notes, warnings and *emphasis*. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/layout.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

Suite *markup_suite(void);

#define REPL "\xEF\xBF\xBD" /* U+FFFD */
#define BULLET "\xE2\x80\xA2 " /* "• " */

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
        fprintf(stderr, "  [%zu] indent %d style %d \"%s\"\n", i, l->lines[i].indent,
                (int)l->lines[i].style, l->lines[i].text);
}

#define NOTE_FIRST "| Note: "
#define NOTE_REST "| "
#define WARN_FIRST "! Warning: "
#define WARN_REST "! "

static const LayoutMarks marks = {NOTE_FIRST, NOTE_REST, WARN_FIRST, WARN_REST};

typedef struct {
    const char *text;
    int indent;
    LayoutStyle style;
} SWant;

static void expect_styled(const Layout *l, const SWant *want, size_t n)
{
    if (l->n != n)
        dump(l);
    ck_assert_uint_eq(l->n, n);
    for (size_t i = 0; i < n; i++) {
        const LayoutLine *g = &l->lines[i];
        if (strcmp(g->text, want[i].text) != 0 || g->indent != want[i].indent ||
            g->style != want[i].style)
            dump(l);
        ck_assert_msg(strcmp(g->text, want[i].text) == 0, "line %zu is \"%s\", want \"%s\"", i,
                      g->text, want[i].text);
        ck_assert_msg(g->indent == want[i].indent, "line %zu indent %d, want %d", i, g->indent,
                      want[i].indent);
        ck_assert_msg(g->style == want[i].style, "line %zu style %d, want %d", i, (int)g->style,
                      (int)want[i].style);
    }
}

#define EXPECT_STYLED(l, ...)                                                                   \
    do {                                                                                        \
        static const SWant want_[] = {__VA_ARGS__};                                             \
        expect_styled((l), want_, sizeof want_ / sizeof want_[0]);                              \
    } while (0)

/* The emphasised text of line i, runs joined with '|'. */
static char *emph_of(const Layout *l, size_t i)
{
    const LayoutLine *g = &l->lines[i];
    StrBuf b;
    strbuf_init(&b);
    for (size_t k = 0; k < g->n_emph; k++) {
        if (k)
            strbuf_puts(&b, "|");
        strbuf_append(&b, g->text + g->emph[k].start, g->emph[k].len);
    }
    return strbuf_take(&b);
}

static void expect_emph(const Layout *l, size_t i, const char *want)
{
    ck_assert_uint_lt(i, l->n);
    char *got = emph_of(l, i);
    ck_assert_msg(strcmp(got, want) == 0, "line %zu \"%s\": emphasised \"%s\", want \"%s\"", i,
                  l->lines[i].text, got, want);
    free(got);
}

/* Spans lie inside the text, in order, apart, non-empty, and on character boundaries. */
static void assert_spans_sane(const Layout *l, const char *what)
{
    for (size_t i = 0; i < l->n; i++) {
        const LayoutLine *g = &l->lines[i];
        size_t len = strlen(g->text), end = 0;
        for (size_t k = 0; k < g->n_emph; k++) {
            const LayoutSpan *sp = &g->emph[k];
            ck_assert_msg(sp->len > 0, "%s: empty span", what);
            ck_assert_msg(k == 0 || sp->start > end, "%s: spans touch or overlap", what);
            ck_assert_msg(sp->start + sp->len <= len, "%s: span past the end of line %zu", what, i);
            unsigned char c0 = (unsigned char)g->text[sp->start];
            unsigned char c1 = (unsigned char)g->text[sp->start + sp->len];
            ck_assert_msg((c0 & 0xC0) != 0x80 && (c1 & 0xC0) != 0x80,
                          "%s: span splits a character", what);
            end = sp->start + sp->len;
        }
        ck_assert_msg((g->n_emph == 0) == (g->emph == NULL), "%s: spans and count disagree", what);
    }
}

START_TEST(test_heading)
{
    layout_markup(&lay, "# Frame\nThe frame holds the parts.\n\nNext.", 40, true, &marks);
    EXPECT_STYLED(&lay, {"Frame", 0, LAYOUT_HEADING}, {"The frame holds the parts.", 0, LAYOUT_PLAIN},
                  {"", 0, LAYOUT_PLAIN}, {"Next.", 0, LAYOUT_PLAIN});
}
END_TEST

START_TEST(test_heading_after_paragraph_and_levels)
{
    layout_markup(&lay, "Intro.\n## Sub heading\nBody\n# Another\n- item", 40, true, &marks);
    EXPECT_STYLED(&lay, {"Intro.", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"Sub heading", 0, LAYOUT_HEADING}, {"Body", 0, LAYOUT_PLAIN},
                  {"", 0, LAYOUT_PLAIN}, {"Another", 0, LAYOUT_HEADING},
                  {BULLET "item", 2, LAYOUT_BULLET});
}
END_TEST

START_TEST(test_not_headings)
{
    layout_markup(&lay, "#hashtag and #\n\n#\n\n  # indented heading", 40, true, &marks);
    EXPECT_STYLED(&lay, {"#hashtag and #", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"#", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"indented heading", 0, LAYOUT_HEADING});
}
END_TEST

START_TEST(test_heading_wraps)
{
    layout_markup(&lay, "# A long heading that wraps", 12, true, &marks);
    EXPECT_STYLED(&lay, {"A long", 0, LAYOUT_HEADING}, {"heading that", 0, LAYOUT_HEADING},
                  {"wraps", 0, LAYOUT_HEADING});
}
END_TEST

START_TEST(test_note_every_line_marked)
{
    layout_markup(&lay, "Before.\n\n! Keep the muzzle\npointed in a safe direction.\n\nAfter.", 20,
                  true, &marks);
    EXPECT_STYLED(&lay, {"Before.", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {NOTE_FIRST "Keep the", 0, LAYOUT_NOTE}, {NOTE_REST "muzzle pointed in", 0, LAYOUT_NOTE},
                  {NOTE_REST "a safe direction.", 0, LAYOUT_NOTE}, {"", 0, LAYOUT_PLAIN},
                  {"After.", 0, LAYOUT_PLAIN});
    tu_assert_fits(&lay, 20, "note");
}
END_TEST

START_TEST(test_warning)
{
    layout_markup(&lay, "!! Never point a firearm at anyone.", 40, true, &marks);
    EXPECT_STYLED(&lay, {WARN_FIRST "Never point a firearm at", 0, LAYOUT_WARNING},
                  {WARN_REST "anyone.", 0, LAYOUT_WARNING});
    tu_assert_fits(&lay, 40, "warning");
}
END_TEST

START_TEST(test_note_and_warning_end_blocks)
{
    /* A note, warning, bullet or heading line starts a new block without a blank line before it
     * in the source; a note continues on the following plain lines. */
    layout_markup(&lay, "Text\n! note\ngoes on\n!! warn\n- item\n! again", 40, true, &marks);
    EXPECT_STYLED(&lay, {"Text", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {NOTE_FIRST "note goes on", 0, LAYOUT_NOTE}, {"", 0, LAYOUT_PLAIN},
                  {WARN_FIRST "warn", 0, LAYOUT_WARNING}, {"", 0, LAYOUT_PLAIN},
                  {BULLET "item", 2, LAYOUT_BULLET}, {"", 0, LAYOUT_PLAIN},
                  {NOTE_FIRST "again", 0, LAYOUT_NOTE});
}
END_TEST

START_TEST(test_not_notes)
{
    layout_markup(&lay, "!important\n\n!!!\n\n!!x and !", 40, true, &marks);
    EXPECT_STYLED(&lay, {"!important", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"!!!", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN}, {"!!x and !", 0, LAYOUT_PLAIN});
}
END_TEST

START_TEST(test_wide_marks_fall_back)
{
    /* At 10 columns "| Note: " (8) would leave too little: the rest mark stands in. */
    layout_markup(&lay, "! one two three", 10, true, &marks);
    EXPECT_STYLED(&lay, {NOTE_REST "one two", 0, LAYOUT_NOTE}, {NOTE_REST "three", 0, LAYOUT_NOTE});
    layout_done(&lay);
    static const LayoutMarks huge = {"0123456789 ", "abcdefghij ", NULL, NULL};
    layout_markup(&lay, "! one\n\n!! two", 12, true, &huge);
    EXPECT_STYLED(&lay, {"one", 0, LAYOUT_NOTE}, {"", 0, LAYOUT_PLAIN}, {"two", 0, LAYOUT_WARNING});
}
END_TEST

START_TEST(test_marks_sanitised)
{
    static const LayoutMarks evil = {"\x1b[2J\xE2\x94\x82 ", "\xE2\x94\x82 ", NULL, NULL};
    layout_markup(&lay, "! note", 40, false, &evil);
    EXPECT_STYLED(&lay, {"?[2J? note", 0, LAYOUT_NOTE});
    layout_done(&lay);
    layout_markup(&lay, "! note", 40, true, &evil);
    EXPECT_STYLED(&lay, {REPL "[2J\xE2\x94\x82 note", 0, LAYOUT_NOTE});
}
END_TEST

START_TEST(test_plain_text_has_no_markup)
{
    /* Quiz prompts and other plain text keep their asterisks, "#" and "!". */
    layout_text(&lay, "# not a heading\n\n! not a note\n\n*not emphasis*", 40, true);
    EXPECT_STYLED(&lay, {"# not a heading", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"! not a note", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN},
                  {"*not emphasis*", 0, LAYOUT_PLAIN});
    for (size_t i = 0; i < lay.n; i++)
        ck_assert_uint_eq(lay.lines[i].n_emph, 0);
}
END_TEST

START_TEST(test_emphasis)
{
    layout_markup(&lay, "The *frame* is *marked*.", 40, true, &marks);
    EXPECT_STYLED(&lay, {"The frame is marked.", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "frame|marked");
    ck_assert_uint_eq(lay.lines[0].emph[0].start, 4);
    ck_assert_uint_eq(lay.lines[0].emph[0].len, 5);
}
END_TEST

START_TEST(test_emphasis_of_several_words_wraps)
{
    layout_markup(&lay, "a *very important rule* here", 12, true, &marks);
    EXPECT_STYLED(&lay, {"a very", 0, LAYOUT_PLAIN}, {"important", 0, LAYOUT_PLAIN},
                  {"rule here", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "very");
    expect_emph(&lay, 1, "important");
    expect_emph(&lay, 2, "rule");
    layout_done(&lay);
    /* The space inside a span is emphasised; the one between two spans is not. */
    layout_markup(&lay, "*two words* *and more*", 40, true, &marks);
    EXPECT_STYLED(&lay, {"two words and more", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "two words|and more");
}
END_TEST

START_TEST(test_emphasis_width_excludes_marks)
{
    /* Eight letters fill an 8-column box once the asterisks are gone. */
    layout_markup(&lay, "*abcdefgh* *ijklmnop*", 8, true, &marks);
    EXPECT_STYLED(&lay, {"abcdefgh", 0, LAYOUT_PLAIN}, {"ijklmnop", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "abcdefgh");
    expect_emph(&lay, 1, "ijklmnop");
    layout_done(&lay);
    layout_markup(&lay, "*abcdefghijkl*", 8, true, &marks);
    EXPECT_STYLED(&lay, {"abcdefgh", 0, LAYOUT_PLAIN}, {"ijkl", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "abcdefgh");
    expect_emph(&lay, 1, "ijkl");
}
END_TEST

START_TEST(test_emphasis_across_lines_and_utf8)
{
    layout_markup(&lay, "*one\ntwo* and *acci\xC3\xB3n*, ya", 40, true, &marks);
    EXPECT_STYLED(&lay, {"one two and acci\xC3\xB3n, ya", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "one two|acci\xC3\xB3n");
    assert_spans_sane(&lay, "utf8");
}
END_TEST

START_TEST(test_emphasis_in_bullets_notes_headings)
{
    layout_markup(&lay, "# The *frame*\n- *one* two\n\n! a *key* point", 40, true, &marks);
    EXPECT_STYLED(&lay, {"The frame", 0, LAYOUT_HEADING}, {BULLET "one two", 2, LAYOUT_BULLET},
                  {"", 0, LAYOUT_PLAIN}, {NOTE_FIRST "a key point", 0, LAYOUT_NOTE});
    expect_emph(&lay, 0, "frame");
    expect_emph(&lay, 1, "one");
    ck_assert_uint_eq(lay.lines[1].emph[0].start, strlen(BULLET));
    expect_emph(&lay, 3, "key");
}
END_TEST

START_TEST(test_unmatched_asterisks_stay)
{
    static const char *const literal[] = {
        "a *b c", "2 * 3 * 4", "**bold**", "un*import*ant", "x* y *z", "* not a bullet", "*",
        "end *", "* *", "a*",
    };
    for (size_t i = 0; i < sizeof literal / sizeof literal[0]; i++) {
        Layout l;
        layout_init(&l);
        layout_markup(&l, literal[i], 40, true, &marks);
        ck_assert_uint_eq(l.n, 1);
        ck_assert_msg(strcmp(l.lines[0].text, literal[i]) == 0, "\"%s\" became \"%s\"", literal[i],
                      l.lines[0].text);
        ck_assert_msg(l.lines[0].n_emph == 0, "\"%s\" has emphasis", literal[i]);
        layout_done(&l);
    }
    /* One pair among stray marks: only the pair is taken out. */
    layout_markup(&lay, "3 * 4 is *twelve* (or 12*)", 40, true, &marks);
    EXPECT_STYLED(&lay, {"3 * 4 is twelve (or 12*)", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "twelve");
    layout_done(&lay);
    layout_markup(&lay, "(*see*) and *a*b* and *x* *", 40, true, &marks);
    EXPECT_STYLED(&lay, {"(see) and a*b and x *", 0, LAYOUT_PLAIN});
    expect_emph(&lay, 0, "see|a*b|x");
}
END_TEST

START_TEST(test_emphasis_does_not_cross_blocks)
{
    layout_markup(&lay, "*one\n\ntwo*", 40, true, &marks);
    EXPECT_STYLED(&lay, {"*one", 0, LAYOUT_PLAIN}, {"", 0, LAYOUT_PLAIN}, {"two*", 0, LAYOUT_PLAIN});
}
END_TEST

START_TEST(test_many_stray_asterisks_are_quick)
{
    /* 60 000 openers with no closer: linear, not quadratic. */
    StrBuf b;
    strbuf_init(&b);
    for (int i = 0; i < 20000; i++)
        strbuf_puts(&b, "*a ");
    layout_markup(&lay, b.s, 60, true, &marks);
    strbuf_done(&b);
    ck_assert_uint_gt(lay.n, 100);
    ck_assert_str_eq(lay.lines[0].text, "*a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a *a");
}
END_TEST

START_TEST(test_markup_control_characters_inert)
{
    layout_markup(&lay,
                  "# \x1b[2Jhead\n! \x07note *\x1b[31mred* \xC2\x9B" "1m\n\n!! *\xE2\x80\xAE" "x*",
                  40, true, &marks);
    ck_assert_uint_gt(lay.n, 0);
    for (size_t i = 0; i < lay.n; i++) {
        ck_assert_msg(!tu_has_unsafe_bytes(lay.lines[i].text), "unsafe line %zu \"%s\"", i,
                      lay.lines[i].text);
    }
    EXPECT_STYLED(&lay, {REPL "[2Jhead", 0, LAYOUT_HEADING},
                  {NOTE_FIRST REPL "note " REPL "[31mred " REPL "1m", 0, LAYOUT_NOTE},
                  {"", 0, LAYOUT_PLAIN}, {WARN_FIRST REPL "x", 0, LAYOUT_WARNING});
    expect_emph(&lay, 1, REPL "[31mred");
    expect_emph(&lay, 3, REPL "x");
    assert_spans_sane(&lay, "inert");
}
END_TEST

START_TEST(test_markup_no_line_wider_than_width)
{
    static const char *const texts[] = {
        "# Frame and *receiver*\nThe *frame* holds the *barrel, action and the trigger "
        "mechanism* together.\n\n! *Note*: the serial number is on the frame.\n\n!! *Never* "
        "point the muzzle at anyone, loaded or not. Supercalifragilisticexpialidocious\n\n"
        "- *first* item\n- second *item with a long emphasised part* here",
        "! *Informe* a la oficial: ubicaci\xC3\xB3n, *descripci\xC3\xB3n*, acci\xC3\xB3n.\n"
        "!! *\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87\xE4\xB8\xAD"
        "\xE6\x96\x87\xE4\xB8\xAD\xE6\x96\x87* \xE4\xB8\xAD\xE6\x96\x87",
        "*abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz* *" "e\xCC\x81" "e\xCC\x81"
        "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81" "e\xCC\x81*",
        "# \x1b[31m*red*\x1b[0m\n! \xC2\x9B" "2J *x\ty* \xFF\xFE",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        for (int width = 8; width <= 61; width++) {
            for (int u = 0; u < 2; u++) {
                Layout l;
                layout_init(&l);
                layout_markup(&l, texts[t], width, u, &marks);
                char what[64];
                snprintf(what, sizeof what, "markup %zu, width %d, utf8 %d", t, width, u);
                ck_assert_msg(l.n > 0, "%s: no lines", what);
                tu_assert_fits(&l, width, what);
                assert_spans_sane(&l, what);
                for (size_t i = 0; i < l.n; i++)
                    ck_assert_msg(!tu_has_unsafe_bytes(l.lines[i].text), "%s: unsafe", what);
                layout_done(&l);
            }
        }
    }
}
END_TEST

Suite *markup_suite(void)
{
    Suite *s = suite_create("markup");

    TCase *tc = tcase_create("blocks");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_heading);
    tcase_add_test(tc, test_heading_after_paragraph_and_levels);
    tcase_add_test(tc, test_not_headings);
    tcase_add_test(tc, test_heading_wraps);
    tcase_add_test(tc, test_note_every_line_marked);
    tcase_add_test(tc, test_warning);
    tcase_add_test(tc, test_note_and_warning_end_blocks);
    tcase_add_test(tc, test_not_notes);
    tcase_add_test(tc, test_wide_marks_fall_back);
    tcase_add_test(tc, test_marks_sanitised);
    tcase_add_test(tc, test_plain_text_has_no_markup);
    tcase_add_test(tc, test_markup_control_characters_inert);
    tcase_add_test(tc, test_markup_no_line_wider_than_width);
    suite_add_tcase(s, tc);

    tc = tcase_create("emphasis");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_emphasis);
    tcase_add_test(tc, test_emphasis_of_several_words_wraps);
    tcase_add_test(tc, test_emphasis_width_excludes_marks);
    tcase_add_test(tc, test_emphasis_across_lines_and_utf8);
    tcase_add_test(tc, test_emphasis_in_bullets_notes_headings);
    tcase_add_test(tc, test_unmatched_asterisks_stay);
    tcase_add_test(tc, test_emphasis_does_not_cross_blocks);
    tcase_add_test(tc, test_many_stray_asterisks_are_quick);
    suite_add_tcase(s, tc);

    return s;
}
