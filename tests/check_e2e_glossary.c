/* End to end, as a trainee at a workshop would use the glossary: Ctrl-G from the main menu and
 * from a question being typed, a search by part of a name with case and accents aside, a term's
 * page with its name in the other language, and back to the screen under it as it was; in
 * English and in Spanish, on a plain vt100 without colours, closed during an exam, a word on
 * the status line when the content has no glossary, and an author's preview of a glossary file. */
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

/* A practice quiz with a typed answer, and an exam asking the same. */
static const char PARTS_LUA[] =
    "return lesson { id = 'parts', title = { en = 'Parts', es = 'Piezas' },\n"
    " sources = { { key = 'U2', text = 'UNODC, parts and components' } },\n"
    " quiz = {\n"
    "  text { id = 'part', prompt = { en = 'Name the part that carries the serial number.',\n"
    "                                 es = 'Nombre la pieza que lleva el número de serie.' },\n"
    "   answers = { { en = 'frame or receiver', es = 'cajón de mecanismos' },\n"
    "               { en = 'receiver', es = 'armazón' }, { en = 'frame', es = 'receptor' } },\n"
    "   explain = { en = 'The frame or receiver.', es = 'El cajón de mecanismos.' },\n"
    "   sources = { 'U2' } },\n"
    " } }\n";

static const char EXAM_LUA[] =
    "return lesson { id = 'exam', title = { en = 'Final exam', es = 'Examen final' },\n"
    " sources = { { key = 'U2', text = 'UNODC, parts and components' } },\n"
    " exam = { time_limit = 600 },\n"
    " quiz = {\n"
    "  text { id = 'part', prompt = { en = 'Name the reference part.', es = 'Nombre la pieza.' },\n"
    "   answers = { { en = 'frame or receiver', es = 'cajón de mecanismos' } },\n"
    "   explain = { en = 'x', es = 'x' }, sources = { 'U2' } },\n"
    " } }\n";

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(tu_copy("content/glossary.lua", content, "glossary.lua"));
    free(tu_write(content, "parts.lua", PARTS_LUA));
    free(tu_write(content, "exam.lua", EXAM_LUA));
    db = tu_db_with_trainee(dir, "Kim", "JM");
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

static void settle(PtyTerm *t)
{
    ptyterm_settle(t, 150, 3000);
}

/* The key bar: the screen's last row (caller frees). */
static char *keybar(PtyTerm *t, int rows)
{
    settle(t);
    return ptyterm_row(t, rows - 1);
}

/* Backspace n times. */
static void erase(PtyTerm *t, int n)
{
    for (int i = 0; i < n; i++)
        ptyterm_key(t, VTERM_KEY_BACKSPACE);
}

static void ctrl_g(PtyTerm *t)
{
    ptyterm_send(t, "\x07");
}

/* rastro on the fixture in lang (with extra environment, may be NULL), rows x cols, up to the
 * main menu. */
static PtyTerm *open_menu(const char *lang, const char *lang_env, char **env, int rows, int cols)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", (char *)lang,
                    NULL};
    PtyTerm *t = tu_pty(argv, lang_env, env, rows, cols);
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, strcmp(lang, "es") == 0 ? "Elija un m" : "Choose a module.");
    return t;
}

START_TEST(search_read_and_back_in_english)
{
    PtyTerm *t = open_menu("en", "C.UTF-8", NULL, 24, 80);
    char *bar = keybar(t, 24);
    ck_assert_msg(strstr(bar, "Ctrl-G Glossary"), "key bar: %s", bar);
    free(bar);
    char *menu = ptyterm_screen(t);
    ctrl_g(t);
    expect(t, "Search:");
    expect(t, "terms");
    expect(t, "automatic");
    /* A name's start, any case: beside the term, its name in the other language. */
    ptyterm_send(t, "FRAME OR");
    expect(t, "Search: FRAME OR");
    expect(t, "cajón de mecanismos");
    erase(t, 8);
    /* Part of a name: only the terms that have it, beside each the name it was found by. */
    ptyterm_send(t, "RECEIV");
    expect(t, "Search: RECEIV");
    expect(t, "1 of ");
    expect(t, "frame or receiver");
    tu_expect_absent(t, "automatic");
    tu_expect_absent(t, "cajón de mecanismos");
    int row = -1;
    ck_assert(ptyterm_find(t, "frame or receiver", &row, NULL));
    char *line = ptyterm_row(t, row);
    ck_assert_msg(strstr(line + strlen("  ▸  frame or receiver"), "receiver"), "row: %s", line);
    free(line);
    bar = keybar(t, 24);
    ck_assert_msg(strstr(bar, "Enter Read") && strstr(bar, "Esc Back"), "key bar: %s", bar);
    ck_assert_msg(!strstr(bar, "Ctrl-G"), "key bar: %s", bar);
    free(bar);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Glossary · frame or receiver");
    expect(t, "Also: receiver, frame");
    expect(t, "In Spanish: cajón de mecanismos (also: armazón, receptor)");
    tu_expect_wrapped(t, "The part that is the primary reference point for identifying a firearm", 10000);
    expect(t, "T8: ISACS 05.31");
    expect(t, "See also: serial number");
    /* q goes back to the list, the search as it was. */
    ptyterm_send(t, "q");
    expect(t, "Search: RECEIV");
    /* A search that finds nothing says so. */
    ptyterm_send(t, "zz");
    expect(t, "No term matches \"RECEIVzz\".");
    erase(t, 2);
    expect(t, "frame or receiver");
    /* Esc: the main menu as it was. */
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Choose a module.");
    settle(t);
    char *again = ptyterm_screen(t);
    ck_assert_str_eq(again, menu);
    free(again);
    free(menu);
    /* The help names the key. */
    ptyterm_send(t, "?");
    tu_expect_wrapped(t, "Ctrl-G opens the glossary", 10000);
    ptyterm_free(t);
}
END_TEST

/* Over a question being answered: the typed answer is kept, and then answered. */
START_TEST(typed_answer_is_kept)
{
    PtyTerm *t = open_menu("en", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "2"); /* Parts, after the exam in name order */
    expect(t, "Take the quiz");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Name the part that carries the serial number.");
    ptyterm_send(t, "frame or rec");
    expect(t, "Your answer: frame or rec");
    char *bar = keybar(t, 24);
    ck_assert_msg(strstr(bar, "Ctrl-G Glossary"), "key bar: %s", bar);
    free(bar);
    ctrl_g(t);
    expect(t, "Search:");
    /* Letters are the search's now, q among them. */
    ptyterm_send(t, "quq");
    expect(t, "Search: quq");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Your answer: frame or rec");
    tu_expect_absent(t, "Leave the quiz?");
    ptyterm_send(t, "eiver\r");
    expect(t, "Correct.");
    ptyterm_free(t);
}
END_TEST

START_TEST(search_read_and_close_in_spanish)
{
    PtyTerm *t = open_menu("es", "C.UTF-8", NULL, 30, 100);
    char *bar = keybar(t, 30);
    ck_assert_msg(strstr(bar, "Ctrl-G Glosario"), "barra: %s", bar);
    free(bar);
    ctrl_g(t);
    expect(t, "rastro · Glosario");
    expect(t, "Buscar:");
    expect(t, "términos");
    /* Without the accent, as typed on a keyboard without it. */
    ptyterm_send(t, "cajon");
    expect(t, "cajón de mecanismos");
    expect(t, "frame or receiver");
    expect(t, "1 de ");
    erase(t, 5);
    /* A synonym finds the term, and is named beside it. */
    ptyterm_send(t, "ARMAZON");
    expect(t, "cajón de mecanismos");
    expect(t, "armazón");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Glosario · cajón de mecanismos");
    expect(t, "También: armazón, receptor");
    expect(t, "En inglés: frame or receiver (también: receiver, frame)");
    tu_expect_wrapped(t, "La pieza que es el punto de referencia principal", 10000);
    expect(t, "Fuentes:");
    bar = keybar(t, 30);
    ck_assert_msg(strstr(bar, "Ctrl-G Cerrar el glosario"), "barra: %s", bar);
    free(bar);
    /* Ctrl-G from the term's page closes the whole glossary. */
    ctrl_g(t);
    expect(t, "Elija un m");
    tu_expect_absent(t, "Glosario ·");
    /* The region's terms are there. */
    ctrl_g(t);
    ptyterm_send(t, "simple acc");
    expect(t, "simple acción");
    expect(t, "single action");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Elija un m");
    ptyterm_free(t);
}
END_TEST

/* During an exam the glossary does not open, and the key bar does not offer it. */
START_TEST(closed_during_an_exam)
{
    PtyTerm *t = open_menu("es", "C.UTF-8", NULL, 24, 80);
    ptyterm_send(t, "1");
    expect(t, "Examen final");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Nombre la pieza.");
    ptyterm_send(t, "caj");
    char *bar = keybar(t, 24);
    ck_assert_msg(!strstr(bar, "Ctrl-G"), "barra: %s", bar);
    free(bar);
    ctrl_g(t);
    expect(t, "El glosario no está disponible durante un examen.");
    tu_expect_absent(t, "Buscar:");
    expect(t, "Su respuesta: caj");
    ptyterm_free(t);
}
END_TEST

/* A plain vt100 without colours and without UTF-8: the list, the selection and a term's page
 * still read. */
START_TEST(plain_terminal)
{
    char *env[] = {"TERM=vt100", "NO_COLOR=1", NULL};
    PtyTerm *t = open_menu("en", "C", env, 24, 80);
    ctrl_g(t);
    expect(t, "Search:");
    ptyterm_send(t, "single");
    expect(t, "single action");
    expect(t, "single shot");
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Glossary");
    tu_expect_wrapped(t, "An action that holds one cartridge", 10000);
    ptyterm_send(t, "q");
    expect(t, "Search: single");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Choose a module.");
    ptyterm_free(t);
}
END_TEST

/* Content without a glossary: a word on the status line, and no Ctrl-G in the key bar. */
START_TEST(no_glossary)
{
    char *g = xasprintf("%s/glossary.lua", content);
    ck_assert_int_eq(remove(g), 0);
    free(g);
    PtyTerm *t = open_menu("en", "C.UTF-8", NULL, 24, 80);
    char *bar = keybar(t, 24);
    ck_assert_msg(!strstr(bar, "Ctrl-G"), "key bar: %s", bar);
    free(bar);
    ctrl_g(t);
    expect(t, "This content has no glossary.");
    expect(t, "Choose a module.");
    ptyterm_free(t);
}
END_TEST

/* An author previewing a glossary file sees its terms as trainees do. */
START_TEST(preview_a_glossary)
{
    char *file = xasprintf("%s/glossary.lua", content);
    char *tmp = xasprintf("TMPDIR=%s", dir);
    char *env[] = {tmp, NULL};
    char *argv[] = {(char *)tu_rastro(), "preview", file, NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", env, 24, 80);
    expect(t, "0 errors, 0 warnings.");
    tu_expect_wrapped(t, "A glossary: Enter (or Ctrl-G, from any screen) shows its terms", 10000);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Search:");
    ptyterm_send(t, "levante");
    expect(t, "release from customs");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "A glossary:");
    ptyterm_free(t);
    free(tmp);
    free(file);
}
END_TEST

Suite *e2e_glossary_suite(void)
{
    Suite *s = suite_create("e2e_glossary");
    TCase *tc = tcase_create("shell");
    tcase_set_timeout(tc, 90);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, search_read_and_back_in_english);
    tcase_add_test(tc, typed_answer_is_kept);
    tcase_add_test(tc, search_read_and_close_in_spanish);
    tcase_add_test(tc, closed_during_an_exam);
    tcase_add_test(tc, plain_terminal);
    tcase_add_test(tc, no_glossary);
    tcase_add_test(tc, preview_a_glossary);
    suite_add_tcase(s, tc);
    return s;
}
