/* Lint's review of how questions are written, as an assessment author wants it: the right option
 * the longest in most choice questions of a module, a right option that repeats a word of the
 * prompt no other option repeats, and a typed answer that accepts one name of a glossary term
 * but not its synonyms. Warnings: shown by `rastro lint`, failing --strict. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
}

/* Whether lint finds that the right option key repeats a word of prompt that the wrong options
 * a and b do not (the same texts in both languages); the word in word (64 bytes). */
static bool repeated(const char *prompt, const char *key, const char *a, const char *b,
                     char *word)
{
    char *src = xasprintf("return lesson { id = 'm', title = 'M', quiz = {\n"
                          "  choice { id = 'c', prompt = [[%s]],\n"
                          "    options = { [[%s]], [[%s]], [[%s]] }, answer = 1 } } }\n",
                          prompt, key, a, b);
    char *path = tu_write(dir, "m.lua", src);
    Catalog cat;
    catalog_init(&cat);
    ck_assert(tu_load_file(&cat, path, &host_load_lint));
    const Problem *p = tu_problem_with(&cat, "the right option repeats \"");
    if (p)
        snprintf(word, 64, "%.*s", (int)strcspn(strchr(p->message, '"') + 1, "\""),
                 strchr(p->message, '"') + 1);
    catalog_done(&cat);
    free(path);
    free(src);
    return p != NULL;
}

/* "Repeats": a content word (five letters or more, not a common word), case and accents aside,
 * in the prompt and the right option and in no other option. */
START_TEST(repeated_word_rule)
{
    char w[64];
    ck_assert(repeated("Which part carries the serial number that identifies the firearm?",
                       "The frame, where the serial number is", "The slide", "The magazine", w));
    ck_assert_str_eq(w, "serial");
    /* A distractor with the same word takes the cue away. */
    ck_assert(!repeated("Which part carries the serial number?", "The frame's serial number",
                        "The slide's serial number", "The barrel's serial number", w));
    /* Short words and common ones are not cues. */
    ck_assert(!repeated("Which of these is it? Where is the mark?", "There, on the mark",
                        "On the slide", "On the barrel", w));
    /* Case and accents aside: "Importación" in the prompt, "importacion" in the key. */
    ck_assert(repeated("¿Qué marca se pone en la Importación?", "La marca de importacion",
                       "La marca del fabricante", "Ninguna marca", w));
    ck_assert_str_eq(w, "importacion");
    /* Letters only: numbers and punctuation are not words. */
    ck_assert(!repeated("ISACS 05.31, 2005: what?", "ISACS 05.31", "ISACS 05.30", "The ITI", w));
}
END_TEST

/* Runs `rastro lint ARGS` (up to three) in dir; its output, and its status in *rc. */
static char *lint(int *rc, const char *a, const char *b, const char *c)
{
    char *out, *err;
    *rc = tu_rastro_run(tu_in_dir(NULL, dir), &out, &err, "lint", a, b, c, NULL);
    free(err);
    return out;
}

static void has(const char *out, const char *text)
{
    ck_assert_msg(strstr(out, text), "'%s' not in lint's output:\n%s", text, out);
}

static void lacks(const char *out, const char *text)
{
    ck_assert_msg(!strstr(out, text), "'%s' in lint's output:\n%s", text, out);
}

/* A choice question at line n (one line each), the right option first, with options key, a and
 * b in both languages. */
static void choice_line(StrBuf *b, const char *id, const char *prompt, const char *key,
                        const char *a, const char *c)
{
    strbuf_printf(b,
                  "  choice { id = '%s', prompt = { en = '%s', es = '%s' }, options = { { en = "
                  "'%s', es = '%s' }, { en = '%s', es = '%s' }, { en = '%s', es = '%s' } }, "
                  "answer = 1, explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n",
                  id, prompt, prompt, key, key, a, a, c, c);
}

static char *module_of(const StrBuf *quiz)
{
    return xasprintf("return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
                     " sources = { { key = 'S', text = 'A source' } },\n"
                     " quiz = {\n%s } }\n",
                     quiz->s);
}

/* The right option longer than every other in more than half of a module's choice questions
 * (of four or more) is one warning for the module, counted in each language, naming the
 * questions; a tie is not the longest. */
START_TEST(longest_right_option)
{
    StrBuf q;
    strbuf_init(&q);
    choice_line(&q, "q1", "Pick one", "The longest option of all", "Short", "Brief");
    choice_line(&q, "q2", "Pick two", "Another long right option", "Short", "Brief");
    choice_line(&q, "q3", "Pick three", "Yet another long right one", "Short", "Brief");
    choice_line(&q, "q4", "Pick four", "Tied", "Same", "Also");
    char *src = module_of(&q);
    char *path = tu_write(dir, "m.lua", src);
    int rc;
    char *out = lint(&rc, path, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    has(out, "m.lua:4: warning: quiz: the right option is the longest in 3 of 4 choice "
             "questions, in English and in Spanish (q1, q2, q3): a trainee who picks the "
             "longest option passes without knowing; make a wrong option the longest in some\n");
    free(out);
    out = lint(&rc, "--strict", path, NULL);
    ck_assert_int_eq(rc, 1);
    free(out);
    free(src);
    free(path);
    /* Half is not most; nor are three of three, too few to tell. */
    strbuf_clear(&q);
    choice_line(&q, "q1", "Pick one", "The longest option of all", "Short", "Brief");
    choice_line(&q, "q2", "Pick two", "Another long right option", "Short", "Brief");
    choice_line(&q, "q3", "Pick three", "No", "Longer wrong option", "Brief");
    choice_line(&q, "q4", "Pick four", "No", "Level", "Brief one");
    src = module_of(&q);
    path = tu_write(dir, "m.lua", src);
    out = lint(&rc, "--strict", path, NULL);
    ck_assert_int_eq(rc, 0);
    lacks(out, "the longest");
    free(out);
    free(src);
    free(path);
    strbuf_clear(&q);
    choice_line(&q, "q1", "Pick one", "The longest option of all", "Short", "Brief");
    choice_line(&q, "q2", "Pick two", "Another long right option", "Short", "Brief");
    choice_line(&q, "q3", "Pick three", "Yet another long right one", "Short", "Brief");
    src = module_of(&q);
    path = tu_write(dir, "m.lua", src);
    out = lint(&rc, "--strict", path, NULL);
    ck_assert_int_eq(rc, 0);
    free(out);
    free(src);
    free(path);
    strbuf_done(&q);
}
END_TEST

/* The counts differ by language when the texts do: only the language where the key is the
 * longest in most is named. */
START_TEST(longest_right_option_by_language)
{
    StrBuf q;
    strbuf_init(&q);
    for (int i = 1; i <= 4; i++)
        strbuf_printf(&q,
                      "  choice { id = 'q%d', prompt = { en = 'Pick', es = 'Elija' }, options = {"
                      " { en = 'Right', es = 'La correcta, más larga' }, { en = 'Wrong one', es ="
                      " 'Otra' }, { en = 'Other one', es = 'Falsa' } }, answer = 1, explain = { "
                      "en = 'x', es = 'x' }, sources = { 'S' } },\n",
                      i);
    char *src = module_of(&q);
    char *path = tu_write(dir, "m.lua", src);
    int rc;
    char *out = lint(&rc, path, NULL, NULL);
    has(out, "the right option is the longest in 4 of 4 choice questions in Spanish (q1, q2, "
             "q3, q4)");
    free(out);
    free(src);
    free(path);
    strbuf_done(&q);
}
END_TEST

/* A right option sharing a word of the prompt that no wrong option shares: a warning at the
 * question, naming the word in each language. */
START_TEST(right_option_repeats_the_prompt)
{
    char *path = tu_write(
        dir, "m.lua",
        "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
        " sources = { { key = 'S', text = 'A source' } },\n"
        " quiz = {\n"
        "  choice { id = 'import',\n"
        "   prompt = { en = 'What must an importer add to an unmarked firearm?',\n"
        "              es = '¿Qué debe añadir el importador a un arma sin marcar?' },\n"
        "   options = { { en = 'Its age', es = 'Su edad' },\n"
        "               { en = 'A unique mark, as the importer', es = 'Una marca única, como importador' },\n"
        "               { en = 'Nothing', es = 'Nada' } },\n"
        "   answer = 2, explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n"
        "  choice { id = 'fair',\n"
        "   prompt = { en = 'Which part carries the serial number?',\n"
        "              es = '¿Qué pieza lleva el número de serie?' },\n"
        "   options = { { en = 'The frame', es = 'El armazón' }, { en = 'The slide', es = 'La corredera' } },\n"
        "   answer = 1, explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n"
        " } }\n");
    int rc;
    char *out = lint(&rc, path, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    has(out, "m.lua:4: warning: quiz[1].options[2]: the right option repeats \"importer\" "
             "(English) and \"importador\" (Spanish) from the prompt and no other option does: "
             "the words alone point to it; use the word in a wrong option too, or reword\n");
    lacks(out, "quiz[2].options");
    free(out);
    out = lint(&rc, "--strict", path, NULL);
    ck_assert_int_eq(rc, 1);
    free(out);
    free(path);
}
END_TEST

static const char GLOSSARY[] =
    "return glossary {\n"
    "  sources = { { key = 'U2', text = 'UNODC' } },\n"
    "  terms = {\n"
    "    term { id = 'frame-or-receiver',\n"
    "      en = { 'frame or receiver', 'receiver', 'frame' },\n"
    "      es = { 'cajón de mecanismos', 'armazón', 'receptor' },\n"
    "      define = { en = 'The part.', es = 'La pieza.' }, sources = { 'U2' } },\n"
    "  },\n"
    "}\n";

/* A text question (or a form's text field) that accepts a name of a term, in a language, but
 * not the term's other names in that language; every name in a language accepted is clean. The
 * glossary must be among what lint reads: a directory, or its file named too. */
START_TEST(typed_answer_misses_a_synonym)
{
    free(tu_write(dir, "glossary.lua", GLOSSARY));
    char *m = tu_write(
        dir, "m.lua",
        "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
        " sources = { { key = 'S', text = 'A source' } },\n"
        " quiz = {\n"
        "  text { id = 'part', prompt = { en = 'Name it', es = 'Nómbrela' },\n"
        "   answers = { { en = 'frame or receiver', es = 'ARMAZON' }, { en = 'frame', es = 'receptor' } },\n"
        "   explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n"
        "  text { id = 'all', prompt = { en = 'Name it', es = 'Nómbrela' },\n"
        "   answers = { 'frame or receiver', 'receiver', 'frame', 'cajon de mecanismos', 'armazón', 'receptor' },\n"
        "   explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n"
        "  form { id = 'f', prompt = { en = 'Fill', es = 'Llene' },\n"
        "   fields = { { name = 'part', label = { en = 'Part', es = 'Pieza' }, answers = { 'receiver' } } },\n"
        "   explain = { en = 'x', es = 'x' }, sources = { 'S' } },\n"
        " } }\n");
    int rc;
    char *out = lint(&rc, dir, NULL, NULL);
    ck_assert_int_eq(rc, 0);
    has(out, "m.lua:4: warning: quiz[1].answers: accepts \"frame or receiver\" but not "
             "\"receiver\", the glossary's other name for that term ('frame-or-receiver', "
             "English): a trainee typing it is marked wrong\n");
    has(out, "m.lua:4: warning: quiz[1].answers: accepts \"ARMAZON\" but not \"cajón de "
             "mecanismos\", the glossary's other name for that term ('frame-or-receiver', "
             "Spanish): a trainee typing it is marked wrong\n");
    lacks(out, "quiz[2]");
    has(out, "m.lua:10: warning: quiz[3].fields[1].answers: accepts \"receiver\" but not "
             "\"frame or receiver\" or \"frame\", the glossary's other names for that term "
             "('frame-or-receiver', English): a trainee typing one of them is marked wrong\n");
    free(out);
    out = lint(&rc, "--strict", dir, NULL);
    ck_assert_int_eq(rc, 1);
    free(out);
    /* The module alone: no glossary to compare with. */
    out = lint(&rc, "--strict", m, NULL);
    ck_assert_int_eq(rc, 0);
    free(out);
    /* The module and the glossary's file, named. */
    char *g = xasprintf("%s/glossary.lua", dir);
    out = lint(&rc, m, g, NULL);
    has(out, "quiz[1].answers: accepts \"frame or receiver\" but not \"receiver\"");
    free(out);
    free(g);
    free(m);
}
END_TEST

/* A question built by a function is left out: its options and answers change with the seed. */
START_TEST(generated_questions_are_left_out)
{
    free(tu_write(dir, "glossary.lua", GLOSSARY));
    free(tu_write(dir, "m.lua",
                  "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
                  " sources = { { key = 'S', text = 'A source' } },\n"
                  " quiz = {\n"
                  "  function(rng) return text { id = 'part', prompt = { en = 'Name it', es = 'N' },\n"
                  "   answers = { 'frame' }, explain = { en = 'x', es = 'x' }, sources = { 'S' } } end,\n"
                  "  function(rng) return choice { id = 'c', prompt = { en = 'Which serial part', es = 'x' },\n"
                  "   options = { { en = 'the serial part', es = 'x' }, { en = 'no', es = 'no' } },\n"
                  "   answer = 1, explain = { en = 'x', es = 'x' }, sources = { 'S' } } end,\n"
                  " } }\n"));
    int rc;
    char *out = lint(&rc, "--strict", dir, NULL);
    ck_assert_msg(rc == 0, "lint said:\n%s", out);
    free(out);
}
END_TEST

/* The shell loads modules without the review: its warnings are lint's alone. */
START_TEST(shell_load_has_no_review)
{
    StrBuf q;
    strbuf_init(&q);
    for (int i = 1; i <= 4; i++)
        strbuf_printf(&q,
                      "  choice { id = 'q%d', prompt = 'Pick',\n"
                      "    options = { 'The long right one', 'No', 'Nay' }, answer = 1 },\n",
                      i);
    char *src = module_of(&q);
    Catalog cat;
    catalog_init(&cat);
    ck_assert(tu_load_module(&cat, dir, src));
    ck_assert_ptr_null(tu_problem_with(&cat, "the longest"));
    catalog_done(&cat);
    catalog_init(&cat);
    char *path = tu_write(dir, "m.lua", src);
    ck_assert(tu_load_file(&cat, path, &host_load_lint));
    ck_assert_ptr_nonnull(tu_problem_with(&cat, "the longest in 4 of 4"));
    catalog_done(&cat);
    free(path);
    free(src);
    strbuf_done(&q);
}
END_TEST

Suite *quality_suite(void)
{
    Suite *s = suite_create("quality");
    TCase *tc = tcase_create("lint");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, repeated_word_rule);
    tcase_add_test(tc, longest_right_option);
    tcase_add_test(tc, longest_right_option_by_language);
    tcase_add_test(tc, right_option_repeats_the_prompt);
    tcase_add_test(tc, typed_answer_misses_a_synonym);
    tcase_add_test(tc, generated_questions_are_left_out);
    tcase_add_test(tc, shell_load_has_no_review);
    suite_add_tcase(s, tc);
    return s;
}
