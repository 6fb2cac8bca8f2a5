/* End to end, reading and answering as a trainee at a workshop would: the real rastro in a
 * pseudo-terminal at the smallest size it supports, at 80x24 and on a wide terminal. The
 * question stays readable while the options scroll, Up and Down stop at the ends, every long
 * view scrolls with PgUp, PgDn, Home and End; Enter reads a long page to its end before turning
 * it, and the lesson's end leads to the module; a hint shows where it can be seen, under one key;
 * a finished quiz brings the trainee back to the module with the score, not to the lesson; the
 * key bar says what the keys do now, in the trainee's language; text keeps a readable width. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;

/* Page 1 is longer than any screen (lines "Line 01." to "Line 30." in paragraphs of their own,
 * then a last line); page 2 is the last. The quiz, practice in file order: a choice whose prompt
 * takes three rows at 40 columns and whose options take two each, with a hint; a locate
 * question whose prompt takes two rows at 80 columns, with a hint; an order question; a choice
 * with long sources. */
static const char reading_lua[] =
    "return lesson {\n"
    "  id = 'reading', title = 'Reading',\n"
    "  summary = 'A module to read and answer, with a summary long enough to need two or three "
    "rows on a narrow terminal.',\n"
    "  sources = { { key = 'S1', text = 'The first source, a handbook on safe handling.' },\n"
    "              { key = 'S2', text = 'The second source, a manual on tracing.' },\n"
    "              { key = 'S3', text = 'The third source, the last one of the list.' } },\n"
    "  practice = { retries = 1, penalty = 0.5, hint_cost = 0.25 },\n"
    "  pages = {\n"
    "    page { title = 'A long page', text = [[%s]] },\n"
    "    page { title = 'The last page', text = 'The end of the reading.' },\n"
    "  },\n"
    "  quiz = {\n"
    "    choice { id = 'first', prompt = 'A colleague hands you a seized pistol and says it is "
    "already unloaded. What do you do first?',\n"
    "      options = { 'Accept it and start reading the markings',\n"
    "                  'Treat it as loaded, check it and render it safe',\n"
    "                  'Photograph it first and check it later at the laboratory',\n"
    "                  'Ask the colleague to sign a note saying it is unloaded' },\n"
    "      answer = 2, hint = 'Safety comes first.', explain = 'Every firearm is loaded until "
    "checked.' },\n"
    "    locate { id = 'where', prompt = 'The pistol drawing of this lesson marked, with "
    "callout 1, where the serial number is usually found on this pistol. Point at that place.',\n"
    "      image = { file = 'pistol-plain.png', alt = 'A pistol' }, grid = { 8, 6 },\n"
    "      regions = { { x = 436, y = 171, w = 181, h = 44 } },\n"
    "      hint = 'The serial number must be on the frame.', explain = 'On the frame.' },\n"
    "    order { id = 'chain', prompt = 'Put the links in order.',\n"
    "      items = { 'Maker', 'Dealer', 'Purchaser' }, explain = 'Maker first.' },\n"
    "  },\n"
    "}\n";

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db = xasprintf("%s/rastro.db", dir);
    content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    char *assets = xasprintf("%s/assets", content);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    free(tu_copy("assets/pistol-plain.png", assets, "pistol-plain.png"));
    free(assets);
    StrBuf page;
    strbuf_init(&page);
    for (int i = 1; i <= 30; i++)
        strbuf_printf(&page, "Line %02d.\n\n", i);
    strbuf_puts(&page, "The last line of the first page.");
    char *src = xasprintf(reading_lua, page.s);
    free(tu_write(content, "reading.lua", src));
    free(src);
    strbuf_done(&page);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", "Kim",
                    "--country", "JM", NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

/* rastro on the fixture in lang, up to the module screen. */
static PtyTerm *open_module(const char *lang, const char *lang_env, char **env, int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", (char *)lang,
                    NULL};
    PtyTerm *t = tu_pty(argv, lang_env, env, rows, cols);
    tu_expect(t, "Kim", 10000);
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "Reading", 10000);
    ptyterm_send(t, "1");
    tu_expect(t, strcmp(lang, "es") == 0 ? "Leer la lecci" : "Read the lesson", 10000);
    return t;
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

static void settle(PtyTerm *t)
{
    ptyterm_settle(t, 150, 3000);
}

/* Fails the test, showing the screen, unless text is on screen now. */
static void expect_now(PtyTerm *t, const char *text, const char *why)
{
    settle(t);
    char *s = ptyterm_screen(t);
    ck_assert_msg(strstr(s, text), "%s: '%s' is not on screen:\n%s", why, text, s);
    free(s);
}

/* Presses Enter until text shows (answers, another try, feedback and results take a few). */
static void enter_until(PtyTerm *t, const char *text)
{
    for (int i = 0; i < 8; i++) {
        settle(t);
        if (ptyterm_contains(t, text))
            return;
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    expect(t, text);
}

static int row_of(PtyTerm *t, const char *text)
{
    int row = -1;
    ptyterm_find(t, text, &row, NULL);
    return row;
}

static int col_of(PtyTerm *t, const char *text)
{
    int col = -1;
    ptyterm_find(t, text, NULL, &col);
    return col;
}

/* The key bar: the screen's last row (caller frees). */
static char *key_bar(PtyTerm *t, int rows)
{
    settle(t);
    return ptyterm_row(t, rows - 1);
}

/* ---- 1: the question stays readable; Up and Down stop at the ends; views scroll ---- */

START_TEST(question_readable_at_the_smallest_size)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 12, 40);
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    expect(t, "A colleague hands you a seized");
    /* Down to the last option: it comes into view and the question stays on screen. */
    for (int i = 0; i < 3; i++)
        ptyterm_key(t, VTERM_KEY_DOWN);
    settle(t);
    ck_assert_msg(ptyterm_text_reverse(t, "4)"), "the fourth option is not selected");
    expect_now(t, "A colleague hands you a seized", "the question scrolled away");
    expect_now(t, "What do you do first?", "the question is cut");
    /* Down on the last option stays there. */
    ptyterm_key(t, VTERM_KEY_DOWN);
    settle(t);
    ck_assert_msg(ptyterm_text_reverse(t, "4)"), "Down on the last option moved away");
    /* Up on the first option stays there: no wrapping round to the last. */
    for (int i = 0; i < 4; i++)
        ptyterm_key(t, VTERM_KEY_UP);
    settle(t);
    ck_assert_msg(ptyterm_text_reverse(t, "1)"), "Up on the first option wrapped round");
    expect_now(t, "A colleague hands you a seized", "the question scrolled away");
    /* End and Home move the view, PgDn and PgUp too; the question stays. */
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "saying it is unloaded");
    expect_now(t, "What do you do first?", "End took the question away");
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, "Accept it and start");
    ptyterm_key(t, VTERM_KEY_PAGEDOWN);
    settle(t);
    ck_assert_int_lt(row_of(t, "Accept it and start"), 0);
    ptyterm_key(t, VTERM_KEY_PAGEUP);
    expect(t, "Accept it and start");
    /* Answered: the feedback is in view, Home goes back to the options, End to the end. */
    ptyterm_send(t, "2");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, "Accept it and start");
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Every firearm is loaded until");
    ptyterm_free(t);
}
END_TEST

/* Menus stop at their ends too: Up on the first item of the main menu stays there. */
START_TEST(lists_stop_at_their_ends)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 12, 40);
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_key(t, VTERM_KEY_UP);
    settle(t);
    ck_assert_msg(ptyterm_text_reverse(t, " Reading "), "Up on the first item wrapped round");
    for (int i = 0; i < 8; i++)
        ptyterm_key(t, VTERM_KEY_DOWN);
    settle(t);
    ck_assert_msg(ptyterm_text_reverse(t, " Quit"), "Down past the last item moved away");
    ptyterm_free(t);
}
END_TEST

/* Each long view at 40x12: End reaches its last line, Home its first. */
static void ends_reached(PtyTerm *t, const char *first, const char *last)
{
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, last);
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, first);
    ptyterm_key(t, VTERM_KEY_PAGEDOWN);
    settle(t);
    ck_assert_msg(row_of(t, first) < 0, "PgDn left '%s' in view", first);
    ptyterm_key(t, VTERM_KEY_PAGEUP);
    expect(t, first);
}

START_TEST(long_views_scroll_to_both_ends)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 12, 40);
    /* The module's own screen: its summary and what it offers, its sources on their own page. */
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Back to the main menu");
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, "A module to read");
    ptyterm_send(t, "3");
    expect(t, "of the list.");
    ptyterm_send(t, "q");
    expect(t, "A module to read");
    ptyterm_send(t, "1");
    expect(t, "Page 1 of 2");
    ends_reached(t, "Line 01.", "The last line of the first page.");
    ptyterm_send(t, "?");
    expect(t, "Keys that work everywhere");
    ends_reached(t, "Keys that work everywhere", "markings.");
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    expect(t, "Take the quiz");
    /* The results of a quiz left half way: every question listed. */
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    ptyterm_send(t, "1");
    expect(t, "Try again");
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_send(t, "2");
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 2 of 3");
    enter_until(t, "Question 3 of 3");
    enter_until(t, "Your score:");
    ends_reached(t, "Your score:", "3. Put the links");
    ptyterm_free(t);
}
END_TEST

/* ---- 2: Enter reads a page to its end, then turns it; the end leads to the module ---- */

START_TEST(enter_reads_to_the_end_before_turning)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "1");
    expect(t, "Page 1 of 2");
    expect(t, "More below");
    bool seen[31] = {false};
    int presses = 0;
    for (;;) {
        settle(t);
        for (int i = 1; i <= 30; i++) {
            char line[24];
            snprintf(line, sizeof line, "Line %02d.", i);
            seen[i] = seen[i] || ptyterm_contains(t, line);
        }
        if (!ptyterm_contains(t, "Page 1 of 2"))
            break;
        ck_assert_msg(presses++ < 10, "Enter never left the first page");
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    for (int i = 1; i <= 30; i++)
        ck_assert_msg(seen[i], "Line %02d. was never on screen: Enter skipped it", i);
    ck_assert_int_gt(presses, 1);
    expect(t, "Page 2 of 2");
    expect(t, "The end of the reading.");
    /* The end of the lesson: back to the module, whose quiz is next; no question yet. */
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Back to the main menu");
    tu_expect_absent(t, "Question 1 of");
    ck_assert_msg(ptyterm_text_reverse(t, "Take the quiz"), "the quiz is not the item selected");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 1 of 3");
    ptyterm_free(t);
}
END_TEST

/* ---- 3: a hint shows where it can be seen, under the same key on every question ---- */

/* The key the bar names for the hint ("Hint" after it), as the bar writes it (caller frees);
 * *send gets the byte the key sends. */
static char *hint_key(const char *bar, char *send)
{
    const char *end = strstr(bar, " Hint");
    ck_assert_msg(end, "no hint key in the key bar: '%s'", bar);
    const char *start = end;
    while (start > bar && start[-1] != ' ')
        start--;
    char *key = xasprintf("%.*s", (int)(end - start), start);
    if (strncmp(key, "Ctrl-", 5) == 0 || key[0] == '^')
        *send = (char)(key[key[0] == '^' ? 1 : 5] & 0x1f);
    else
        *send = key[0];
    return key;
}

START_TEST(hint_in_view_under_one_key)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    char *bar = key_bar(t, 24);
    char send[2] = {0};
    char *choice_key = hint_key(bar, send);
    free(bar);
    ptyterm_send(t, send);
    expect(t, "The hint costs 25%");
    expect_now(t, "Hint: Safety comes first.", "the hint is out of view");
    ptyterm_send(t, "2");
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 2 of 3");
    expect(t, "Pointing at");
    bar = key_bar(t, 24);
    char *locate_key = hint_key(bar, send);
    free(bar);
    /* On the picture too the hint shows in view, with the question and the cell pointed at. */
    ptyterm_send(t, send);
    expect(t, "The hint costs 25%");
    expect_now(t, "Hint: The serial number must be on the frame.", "the hint is out of view");
    expect_now(t, "The pistol drawing of this lesson", "the question is out of view");
    expect_now(t, "Pointing at", "the cell pointed at is out of view");
    /* One key on both kinds of question. */
    ck_assert_msg(strcmp(choice_key, locate_key) == 0, "the hint key differs: '%s' on a choice, "
                  "'%s' on a picture", choice_key, locate_key);
    free(choice_key);
    free(locate_key);
    ptyterm_free(t);
}
END_TEST

/* ---- 4: a finished quiz brings the trainee back to the module, with the score ---- */

START_TEST(finished_quiz_comes_back_to_the_module)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 24, 80);
    /* Read to the last page, then leave the lesson there. */
    ptyterm_send(t, "1");
    expect(t, "Page 1 of 2");
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect(t, "Page 2 of 2");
    ptyterm_send(t, "q");
    expect(t, "Carry on reading the lesson");
    /* The whole quiz, then back to the module. */
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    ptyterm_send(t, "2");
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 2 of 3");
    enter_until(t, "Question 3 of 3");
    enter_until(t, "Your score:");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Back to the main menu");
    expect(t, "Read the lesson (2 pages)");
    expect(t, "Last score:");
    tu_expect_absent(t, "Carry on reading");
    ptyterm_free(t);
    /* Back later: the module's screen with the score, not the lesson's last page. */
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Back to the main menu");
    expect(t, "Last score:");
    tu_expect_absent(t, "Back on page");
    tu_expect_absent(t, "Page 2 of 2");
    tu_expect_absent(t, "Carry on reading");
    ptyterm_free(t);
}
END_TEST

/* ---- 5: marks in place, the key bar of the moment, key names translated, a readable width ---- */

START_TEST(marks_keep_their_column)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    settle(t);
    int before[5];
    for (int i = 1; i <= 4; i++) {
        char num[4] = {(char)('0' + i), ')', '\0'};
        before[i] = col_of(t, num);
        ck_assert_int_gt(before[i], 0);
    }
    ptyterm_send(t, "2");
    expect(t, "Correct.");
    settle(t);
    for (int i = 1; i <= 4; i++) {
        char num[4] = {(char)('0' + i), ')', '\0'};
        ck_assert_msg(col_of(t, num) == before[i], "option %d moved from column %d to %d once "
                      "marked", i, before[i], col_of(t, num));
    }
    ptyterm_free(t);
}
END_TEST

START_TEST(key_bar_follows_what_keys_do)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "2");
    expect(t, "Question 1 of 3");
    /* The leave question: its own keys. */
    ptyterm_send(t, "q");
    expect(t, "Leave the quiz?");
    char *bar = key_bar(t, 24);
    ck_assert_msg(strstr(bar, "y ") && strstr(bar, "n ") && !strstr(bar, "Answer"),
                  "the key bar under the leave question: '%s'", bar);
    free(bar);
    ptyterm_send(t, "n");
    expect(t, "Choose an answer");
    bar = key_bar(t, 24);
    ck_assert_msg(strstr(bar, "Answer"), "the key bar after the leave question: '%s'", bar);
    free(bar);
    /* The order question: Space picks up, then puts down. */
    ptyterm_send(t, "2");
    expect(t, "Saved.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Question 2 of 3");
    enter_until(t, "Question 3 of 3");
    bar = key_bar(t, 24);
    ck_assert_msg(strstr(bar, "Pick up"), "'%s'", bar);
    free(bar);
    ptyterm_send(t, " ");
    settle(t);
    bar = key_bar(t, 24);
    ck_assert_msg(strstr(bar, "Put down") && !strstr(bar, "Pick up"), "holding an item: '%s'",
                  bar);
    free(bar);
    ptyterm_free(t);
}
END_TEST

START_TEST(spanish_key_names)
{
    /* ASCII (no UTF-8): the keys are named in words, in Spanish. */
    PtyTerm *t = open_module("es", "C", NULL, 24, 80);
    ptyterm_send(t, "2");
    expect(t, "Pregunta 1 de 3");
    char *bar = key_bar(t, 24);
    ck_assert_msg(!strstr(bar, "Up/Dn") && strstr(bar, "Arr/Abj"), "'%s'", bar);
    free(bar);
    ptyterm_send(t, "2");
    enter_until(t, "Pregunta 2 de 3");
    enter_until(t, "Pregunta 3 de 3");
    bar = key_bar(t, 24);
    ck_assert_msg(!strstr(bar, "Space") && strstr(bar, "Espacio"), "'%s'", bar);
    free(bar);
    ptyterm_free(t);
}
END_TEST

START_TEST(readable_width_on_a_wide_terminal)
{
    PtyTerm *t = open_module("en", "C.UTF-8", NULL, 50, 200);
    /* The summary is one paragraph: wrapped at a readable width, not across 200 columns. */
    settle(t);
    for (int r = 1; r < 48; r++) {
        char *row = ptyterm_row(t, r);
        ck_assert_msg(text_width(row) <= 104, "row %d is %d columns wide: '%s'", r,
                      text_width(row), row);
        free(row);
    }
    ptyterm_free(t);
}
END_TEST

Suite *e2e_read_suite(void)
{
    Suite *s = suite_create("e2e_read");
    TCase *tc = tcase_create("read");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, question_readable_at_the_smallest_size);
    tcase_add_test(tc, lists_stop_at_their_ends);
    tcase_add_test(tc, long_views_scroll_to_both_ends);
    tcase_add_test(tc, enter_reads_to_the_end_before_turning);
    tcase_add_test(tc, hint_in_view_under_one_key);
    tcase_add_test(tc, finished_quiz_comes_back_to_the_module);
    tcase_add_test(tc, marks_keep_their_column);
    tcase_add_test(tc, key_bar_follows_what_keys_do);
    tcase_add_test(tc, spanish_key_names);
    tcase_add_test(tc, readable_width_on_a_wide_terminal);
    suite_add_tcase(s, tc);
    return s;
}
