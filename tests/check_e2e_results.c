/* End to end, as a trainee in the shell: the results after a practice quiz, with each missed
 * question's answer beside the right one, questions asked in the same words told apart, partial
 * credit in words, a retake and a review of the missed questions from there; the ticks of a
 * multiple-choice answer's feedback; at 80x24 in English and 40x12 in Spanish. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"


#define T(s) "{ en = '" s "', es = '" s "' }"

/* Two plates read in the same words, told apart by their pictures' captions. */
static const char *const MODULE =
    "return lesson { id = 'marks', title = " T("Markings drill") ",\n"
    " pages = { page { title = " T("Page") ", text = " T("Text") " } },\n"
    " quiz = {\n"
    "  serial { id = 's1', prompt = " T("Read the serial number on this plate") ",\n"
    "    image = { file = 'pistol-plain.png', caption = " T("Plate of the first pistol") ",\n"
    "      alt = " T("A plate") " }, answer = 'AB1234', explain = " T("Read each one") " },\n"
    "  serial { id = 's2', prompt = " T("Read the serial number on this plate") ",\n"
    "    image = { file = 'pistol-plain.png', caption = " T("Plate of the revolver") ",\n"
    "      alt = " T("A plate") " }, answer = 'KX5501', explain = " T("Read each one") " },\n"
    "  multi { id = 'm', prompt = " T("Which marks are required at manufacture?") ",\n"
    "    options = { " T("Maker name") ", " T("Country of make") ", " T("Serial mark") ",\n"
    "      " T("Importer name") " }, answers = { 1, 2, 3 }, explain = " T("At manufacture") " },\n"
    "  choice { id = 'c', prompt = " T("Which part carries the serial?") ",\n"
    "    options = { " T("The frame") ", " T("The grip panel") ", " T("The sight") " },\n"
    "    answer = 1, explain = " T("The frame") " },\n"
    "  truefalse { id = 't', prompt = " T("Every firearm is treated as loaded") ", answer = true,\n"
    "    explain = " T("Always") " } } }\n";

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 15000);
}

/* The shell on a content directory holding MODULE, as a new trainee, at the module's screen. */
static PtyTerm *open_module(const char *lang, int rows, int cols)
{
    char *content = xasprintf("%s/content", tu_dir);
    char *assets = xasprintf("%s/assets", content);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    free(tu_write(content, "marks.lua", MODULE));
    free(tu_copy("assets/pistol-plain.png", assets, "pistol-plain.png"));
    char *db = xasprintf("%s/r.db", tu_dir);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang",
                    (char *)lang, "--pictures", "none", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, rows, cols);
    free(db);
    free(assets);
    free(content);
    ptyterm_settle(t, 300, 5000);
    tu_fill_trainee_form(t, "Ana", NULL);
    expect(t, "Markings drill");
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_settle(t, 300, 5000);
    return t;
}

/* Answers the quiz from its first question: the first plate misread, the second right, two of
 * the three marks ticked, the wrong part, the statement right. ok is "Correct." in the screen's
 * language. */
static void answer_quiz(PtyTerm *t, const char *ok)
{
    expect(t, "Plate of the first pistol");
    ptyterm_send(t, "AB1284\r");
    expect(t, "AB1234");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Plate of the revolver");
    ptyterm_send(t, "KX5501\r");
    expect(t, ok);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Which marks are required");
    ptyterm_send(t, "12\r");
    ptyterm_settle(t, 300, 2000);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Which part carries");
    ptyterm_send(t, "2");
    ptyterm_settle(t, 200, 2000);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Every firearm is treated as loaded");
    ptyterm_send(t, "1");
    expect(t, ok);
    ptyterm_key(t, VTERM_KEY_ENTER);
}

/* Pages down until text shows (the results are longer than the screen). */
static void page_to(PtyTerm *t, const char *text)
{
    for (int i = 0; i < 12 && !ptyterm_contains(t, text); i++) {
        ptyterm_key(t, VTERM_KEY_PAGEDOWN);
        ptyterm_settle(t, 150, 2000);
    }
    if (!ptyterm_contains(t, text)) {
        char *screen = ptyterm_screen(t);
        ck_abort_msg("\"%s\" not found paging down:\n%s", text, screen);
        free(screen);
    }
}

/* The row text is on, whole; caller frees. */
static char *row_of(PtyTerm *t, const char *text)
{
    int row;
    ck_assert_msg(ptyterm_find(t, text, &row, NULL), "no \"%s\" on screen", text);
    return ptyterm_row(t, row);
}

START_TEST(multi_feedback_ticks_only_ticked_boxes)
{
    PtyTerm *t = open_module("en", 24, 80);
    ptyterm_send(t, "2");
    expect(t, "Plate of the first pistol");
    ptyterm_send(t, "AB1234\r");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_send(t, "KX5501\r");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Country of make");
    ptyterm_send(t, "14\r"); /* one right mark, one wrong, two right ones left out */
    expect(t, "[x] 4)");
    ptyterm_settle(t, 200, 2000);
    static const struct {
        const char *option, *mark;
    } rows[] = {{"Maker name", "\xE2\x9C\x93  [x]"},      /* ticked and right */
                {"Importer name", "\xE2\x9C\x97  [x]"},   /* ticked and wrong */
                {"Country of make", "[ ]"},              /* should have been ticked */
                {"Serial mark", "[ ]"}};
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        char *row = row_of(t, rows[k].option);
        ck_assert_msg(strstr(row, rows[k].mark), "%s: %s", rows[k].option, row);
        if (strstr(row, "[ ]")) {
            ck_assert_msg(!strstr(row, "\xE2\x9C\x93"), "a tick beside an empty box: %s", row);
            ck_assert_msg(strstr(row, "should have been ticked"), "%s", row);
        }
        free(row);
    }
    ptyterm_free(t);
}
END_TEST

START_TEST(results_show_answers_in_words_and_offer_retake_and_review)
{
    PtyTerm *t = open_module("en", 24, 80);
    ptyterm_send(t, "2");
    answer_quiz(t, "Correct.");
    expect(t, "Your score: 2.7 of 5 (53%)");
    /* The two plates: by their number and their picture's caption. */
    expect(t, "1. Read the serial number on this plate");
    expect(t, "Plate of the first pistol");
    expect(t, "Your answer: AB1284");
    expect(t, "Right answer: AB1234");
    page_to(t, "Plate of the revolver");
    expect(t, "2. Read the serial number on this plate");
    page_to(t, "Partly right: 2 of 3 marks");
    char *row = row_of(t, "3. Which marks");
    ck_assert_msg(!strstr(row, "\xE2\x9C\x93"), "a tick for a partly right answer: %s", row);
    free(row);
    page_to(t, "Right answer: Maker name; Country of make; Serial mark");
    expect(t, "Your answer: Maker name; Country of make");
    page_to(t, "Your answer: The grip panel");
    page_to(t, "Right answer: The frame");
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "5. Every firearm is treated as loaded");
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, "Your score: 2.7 of 5");
    expect(t, "Retake");
    expect(t, "Review missed");

    /* r: the quiz again, from its first question. */
    ptyterm_send(t, "r");
    expect(t, "Question 1 of 5");
    answer_quiz(t, "Correct.");
    expect(t, "Your score: 2.7 of 5");
    /* m: the three missed, in review. */
    ptyterm_send(t, "m");
    expect(t, "Question 1 of 3");
    expect(t, "Plate of the first pistol");
    ptyterm_send(t, "AB1234\r");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Which marks are required at manufacture?");
    ptyterm_send(t, "123\r");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Which part carries the serial?");
    ptyterm_send(t, "1");
    expect(t, "Correct.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Review results");
    expect(t, "Your score: 3 of 3");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Take the quiz");
    ptyterm_free(t);
}
END_TEST

START_TEST(results_in_spanish_on_a_small_screen)
{
    PtyTerm *t = open_module("es", 12, 40);
    ptyterm_send(t, "2");
    answer_quiz(t, "Correcto.");
    expect(t, "2.7 de 5");
    page_to(t, "Su respuesta: AB1284");
    page_to(t, "Respuesta correcta: AB1234");
    page_to(t, "Plate of the revolver");
    page_to(t, "En parte correcto: 2 de 3");
    page_to(t, "Su respuesta: The grip");
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "5. Every firearm is");
    ptyterm_key(t, VTERM_KEY_HOME);
    expect(t, "Markings drill");
    ptyterm_send(t, "m");
    expect(t, "Pregunta 1 de 3");
    ptyterm_free(t);
}
END_TEST

Suite *e2e_results_suite(void)
{
    Suite *s = suite_create("e2e_results");
    TCase *tc = tcase_create("results");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_test(tc, multi_feedback_ticks_only_ticked_boxes);
    tcase_add_test(tc, results_show_answers_in_words_and_offer_retake_and_review);
    tcase_add_test(tc, results_in_spanish_on_a_small_screen);
    suite_add_tcase(s, tc);
    return s;
}
