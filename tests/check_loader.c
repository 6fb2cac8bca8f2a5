/* The Lua host's loader: module files in, core modules or file:line problems out. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/quiz.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static Catalog cat;

static void setup(void)
{
    catalog_init(&cat);
}

static void teardown(void)
{
    catalog_done(&cat);
}

static bool load(const char *src)
{
    return tu_load_module(&cat, tu_dir, src);
}

static const Problem *problem_with(const char *text)
{
    return tu_problem_with(&cat, text);
}

START_TEST(good_module_loads_everything)
{
    ck_assert(tu_load_file(&cat, "tests/modules/good/minimal.lua", NULL));
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_uint_eq(cat.n, 1);
    const Module *m = cat.modules[0];
    ck_assert_str_eq(m->id, "test-minimal");
    ck_assert_int_eq(m->version, 2);
    ck_assert_str_eq(ltext_get(&m->title, LANG_ES), "Módulo de prueba");
    ck_assert_uint_eq(m->n_pages, 1);
    ck_assert_int_eq(m->pages[0].line, 11);
    ck_assert_uint_eq(m->n_questions, 1);
    ck_assert_uint_eq(m->questions[0].answer, 1);
    ck_assert_uint_eq(m->questions[0].n_options, 2);
    ck_assert_str_eq(ltext_get(&m->questions[0].options[1], LANG_EN), "Two");
    ck_assert_str_eq(m->sources[0].key, "T1");
}
END_TEST

START_TEST(bundled_content_is_clean)
{
    host_load_dir(&cat, "content", NULL);
    problems_print(&cat.problems, stderr);
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_uint_ge(cat.n, 1);
    /* The course's first module, and every module's questions in both languages. */
    const Module *first = catalog_find(&cat, "safe-handling");
    ck_assert_ptr_nonnull(first);
    ck_assert_uint_ge(first->n_pages, 4);
    ck_assert_uint_ge(first->n_questions, 15);
    for (size_t k = 0; k < cat.n; k++) {
        const Module *m = cat.modules[k];
        for (size_t i = 0; i < m->n_questions; i++) {
            ck_assert(ltext_has(&m->questions[i].prompt, LANG_ES));
            ck_assert(ltext_has(&m->questions[i].prompt, LANG_EN));
        }
    }
}
END_TEST

/* The bundled competencies file gives each tag its titles; a tag nobody declares is its own
 * title. */
START_TEST(competencies_give_tags_their_titles)
{
    host_load_dir(&cat, "content", NULL);
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_str_eq(catalog_competency_title(&cat, "safe-handling", LANG_ES),
                     "Manipulaci\xC3\xB3n segura y manejo de indicios");
    ck_assert_str_eq(catalog_competency_title(&cat, "safe-handling", LANG_EN),
                     "Safe handling and evidence");
    ck_assert_str_eq(catalog_competency_title(&cat, "categories-actions", LANG_ES),
                     "Categor\xC3\xAD" "as y mecanismos de funcionamiento");
    ck_assert_str_eq(catalog_competency_title(&cat, "reading-markings", LANG_EN), "Reading markings");
    /* The old coarse tags are no longer declared: each is its own title, like any tag. */
    ck_assert_str_eq(catalog_competency_title(&cat, "identification", LANG_ES), "identification");
    ck_assert_str_eq(catalog_competency_title(&cat, "tracing", LANG_ES), "tracing");
    /* Every tag of the bundled questions is declared. */
    catalog_check_competencies(&cat, PROBLEM_WARNING);
    problems_print(&cat.problems, stderr);
    ck_assert_uint_eq(cat.problems.n, 0);
}
END_TEST

/* A competencies file with a mistake loads none of its competencies, and says where each
 * mistake is; one declaring again what another file declared loses that entry only. */
START_TEST(bad_competencies_name_field_and_line)
{
    char *bad = tu_write(tu_dir, "c.lua",
                         "return competencies {\n"
                         "  { id = 'Safe Handling', title = { en = 'Safe handling', "
                         "es = 'Manipulaci\xC3\xB3n segura' } },\n"
                         "  { id = 'marking',\n"
                         "    title = { en = 'Marking' } },\n"
                         "  { id = 'records', title = 'Records' },\n"
                         "}\n");
    ck_assert(!tu_load_file(&cat, bad, NULL));
    const Problem *p = problem_with("competencies[1].id: 'Safe Handling' is not a valid id");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 2);
    ck_assert_str_eq(p->file, bad);
    p = problem_with("competencies[2].title: missing the Spanish (es) title");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 4); /* the line of title, not of the entry */
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    p = problem_with("competencies[3].title: one text for both languages");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 5);
    ck_assert_ptr_null(catalog_competency(&cat, "marking"));
    char *one = tu_write(tu_dir, "a.lua",
                         "return competencies {\n"
                         "  { id = 'marking', title = { en = 'Marking', es = 'Marcaje' } },\n"
                         "}\n");
    char *two = tu_write(tu_dir, "b.lua",
                         "return competencies {\n"
                         "  { id = 'records', title = { en = 'Records', es = 'Registros' } },\n"
                         "  { id = 'marking', title = { en = 'Marks', es = 'Marcas' } },\n"
                         "}\n");
    tu_load_file(&cat, one, NULL);
    tu_load_file(&cat, two, NULL);
    p = problem_with("competencies: 'marking' is already declared in");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 3);
    ck_assert_str_eq(catalog_competency_title(&cat, "marking", LANG_ES), "Marcaje");
    ck_assert_str_eq(catalog_competency_title(&cat, "records", LANG_ES), "Registros");
    free(bad);
    free(one);
    free(two);
}
END_TEST

START_TEST(answer_out_of_range_names_field_and_line)
{
    ck_assert(!tu_load_file(&cat, "tests/modules/bad/answer_range.lua", NULL));
    const Problem *p = problem_with("quiz[2].answer: 5 is not an option number (1 to 3)");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 18); /* the line of answer, not of choice { */
    ck_assert_str_eq(p->file, "tests/modules/bad/answer_range.lua");
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    /* A plain string text is fine but lacks Spanish: a warning, at the question's line. */
    p = problem_with("quiz[1].prompt: missing translation 'es'");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->level, PROBLEM_WARNING);
    ck_assert_int_eq(p->line, 13);
}
END_TEST

START_TEST(syntax_error_has_line)
{
    ck_assert(!tu_load_file(&cat, "tests/modules/bad/syntax.lua", NULL));
    ck_assert_uint_eq(cat.problems.n, 1);
    ck_assert_int_eq(cat.problems.items[0].line, 6);
    ck_assert_ptr_nonnull(strstr(cat.problems.items[0].message, "'}' expected"));
}
END_TEST

START_TEST(unknown_field_suggests_nearest)
{
    ck_assert(!load("return lesson {\n id = 'x',\n titel = 'T',\n pages = { page { title = 'a', text = 'b' } } }\n"));
    ck_assert_ptr_nonnull(problem_with("titel: unknown field (did you mean 'title'?)"));
    ck_assert_ptr_nonnull(problem_with("title: missing"));
}
END_TEST

START_TEST(unknown_global_is_named)
{
    ck_assert(!load("local x = 1\nlocal y = undefined_thing + x\nreturn lesson { id = 'x' }\n"));
    const Problem *p = problem_with("unknown global 'undefined_thing'");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 2);
}
END_TEST

START_TEST(plain_table_is_not_a_page)
{
    ck_assert(!load("return lesson { id = 'x', title = 'T',\n pages = { { title = 'a', text = 'b' } } }\n"));
    ck_assert_ptr_nonnull(problem_with("pages[1]: not a page"));
}
END_TEST

START_TEST(duplicate_question_ids)
{
    ck_assert(!load("return lesson { id = 'x', title = 'T', quiz = {\n"
                    " choice { id = 'a', prompt = 'p', options = {'1','2'}, answer = 1 },\n"
                    " choice { id = 'a', prompt = 'p', options = {'1','2'}, answer = 1 } } }\n"));
    const Problem *p = problem_with("quiz[2].id: duplicate id 'a'");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 3);
}
END_TEST

START_TEST(too_few_options_and_bad_source)
{
    ck_assert(!load("return lesson { id = 'x', title = 'T', sources = { { key = 'A', text = 't' } },\n"
                    " quiz = { choice { id = 'a', prompt = 'p', options = {'1'}, answer = 1,\n"
                    "  sources = { 'B' } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].options: needs at least 2 options"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].sources: 'B' is not in the module's sources"));
}
END_TEST

START_TEST(limits_on_sizes_and_nul_bytes)
{
    ck_assert(!load("return lesson { id = 'a\\0b', title = string.rep('x', 70000),\n"
                    " quiz = { choice { id = 'q', prompt = 'p', answer = 1,\n"
                    "  options = { '1','2','3','4','5','6','7','8','9','10' } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("id: contains a NUL byte"));
    ck_assert_ptr_nonnull(problem_with("title: too long (70000 bytes, at most 65536)"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].options: too many entries (10, at most 9)"));
}
END_TEST

START_TEST(truefalse_questions)
{
    ck_assert(load("return lesson { id = 'tf', title = { en = 'T', es = 'T' },\n"
                   " quiz = { truefalse { id = 'a', prompt = { en = 'p', es = 'p' }, answer = false,\n"
                   "  explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_TRUEFALSE);
    ck_assert_uint_eq(q->n_options, 2);
    ck_assert_uint_eq(q->answer, 1);
    ck_assert_str_eq(ltext_get(&q->options[0], LANG_ES), "Verdadero");
    ck_assert_str_eq(ltext_get(&q->options[1], LANG_EN), "False");
    char buf[16];
    ck_assert_str_eq(question_response(q, 1u << 1, buf, sizeof buf), "false");
    ck_assert_str_eq(question_response(q, 1u << 0, buf, sizeof buf), "true");
    ck_assert(!load("return lesson { id = 'tf2', title = 'T', quiz = {\n"
                    " truefalse { id = 'a', prompt = 'p', answer = 'yes', options = { 'x' } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answer: must be true or false"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].options: unknown field"));
}
END_TEST

START_TEST(multi_questions)
{
    ck_assert(load("return lesson { id = 'mu', title = { en = 'T', es = 'T' },\n"
                   " quiz = { multi { id = 'a', prompt = { en = 'p', es = 'p' }, negative = true,\n"
                   "  options = { { en = '1', es = '1' }, { en = '2', es = '2' }, { en = '3', es = '3' } },\n"
                   "  answers = { 3, 1 }, explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_MULTI);
    ck_assert_uint_eq(q->answers, 0x5);
    ck_assert(q->negative);
    ck_assert(!load("return lesson { id = 'mu2', title = 'T', quiz = {\n"
                    " multi { id = 'a', prompt = 'p', options = { 'x', 'y' }, answers = { 1, 1, 3 } },\n"
                    " multi { id = 'b', prompt = 'p', options = { 'x', 'y' } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answers: option 1 is listed twice"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answers: entry 3 is not an option number (1 to 2)"));
    ck_assert_ptr_nonnull(problem_with("quiz[2].answers: missing"));
}
END_TEST

START_TEST(text_questions)
{
    ck_assert(load("return lesson { id = 'tx', title = { en = 'T', es = 'T' },\n"
                   " quiz = { text { id = 'a', prompt = { en = 'p', es = 'p' }, match_case = true,\n"
                   "  answers = { '9 mm', { en = 'German', es = 'alemán' } },\n"
                   "  explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_TEXT);
    ck_assert_uint_eq(q->n_accepted, 3);
    ck_assert_uint_eq(q->match, TEXT_KEEP_CASE);
    ck_assert(question_score_text(q, "Aleman").correct == false); /* case matters here */
    ck_assert(question_score_text(q, "aleman").correct);
    ck_assert(question_score_text(q, " 9   mm ").correct);
    ck_assert(!question_score_text(q, "").correct);
    ck_assert(!load("return lesson { id = 'tx2', title = 'T', quiz = {\n"
                    " text { id = 'a', prompt = 'p', match_accents = 'yes' } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answers: missing"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].match_accents: must be true or false"));
}
END_TEST

START_TEST(numeric_questions)
{
    ck_assert(load("return lesson { id = 'nu', title = { en = 'T', es = 'T' },\n"
                   " quiz = { numeric { id = 'a', prompt = { en = 'p', es = 'p' }, answer = 9,\n"
                   "  tolerance = 0.5, unit = 'mm', explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_NUMERIC);
    ck_assert(q->value == 9 && q->tolerance == 0.5);
    ck_assert_str_eq(q->unit, "mm");
    ck_assert(!load("return lesson { id = 'nu2', title = 'T', quiz = {\n"
                    " numeric { id = 'a', prompt = 'p', answer = 'nine', tolerance = -1 } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answer: must be a number"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].tolerance: must be a number from 0"));
}
END_TEST

START_TEST(serial_questions)
{
    ck_assert(load("return lesson { id = 'se', title = { en = 'T', es = 'T' },\n"
                   " quiz = { serial { id = 'a', prompt = { en = 'p', es = 'p' }, answer = 'AB1O5S8',\n"
                   "  explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_SERIAL);
    ck_assert_str_eq(q->accepted[0], "AB1O5S8");
    ck_assert(!load("return lesson { id = 'se2', title = 'T', quiz = {\n"
                    " serial { id = 'a', prompt = 'p', answer = '' } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].answer: must be 1 to 40 characters"));
}
END_TEST

START_TEST(match_questions)
{
    ck_assert(load("return lesson { id = 'ma', title = { en = 'T', es = 'T' },\n"
                   " quiz = { match { id = 'a', prompt = { en = 'p', es = 'p' },\n"
                   "  pairs = { { { en = 'A', es = 'A' }, { en = 'a', es = 'a' } },\n"
                   "            { { en = 'B', es = 'B' }, { en = 'b', es = 'b' } } },\n"
                   "  explain = { en = 'e', es = 'e' } } } }\n"));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_MATCH);
    ck_assert_uint_eq(q->n_right, 2);
    ck_assert_str_eq(ltext_get(&q->right[1], LANG_EN), "b");
    ck_assert(!load("return lesson { id = 'ma2', title = 'T', quiz = {\n"
                    " match { id = 'a', prompt = 'p', pairs = { { 'A' }, { 'B', 'b' } } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].pairs[1]: must be a pair { left, right }"));
}
END_TEST

START_TEST(not_a_lesson)
{
    ck_assert(!load("return { id = 'x' }\n"));
    ck_assert_ptr_nonnull(problem_with("must end with: return lesson"));
}
END_TEST

START_TEST(duplicate_module_ids_across_files)
{
    tu_load_file(&cat, "tests/modules/good/minimal.lua", NULL);
    ck_assert(!tu_load_file(&cat, "tests/modules/good/minimal.lua", NULL));
    ck_assert_ptr_nonnull(problem_with("module id 'test-minimal' is already used"));
    ck_assert_uint_eq(cat.n, 1);
}
END_TEST

START_TEST(meta_files_are_skipped)
{
    char *p = tu_write(tu_dir, "api.lua", "---@meta\n---@class Lesson\nlocal x = nope\n");
    host_load_dir(&cat, tu_dir, NULL);
    free(p);
    /* Not run: no error. The folder holds no module, which is worth a warning. */
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_ERROR), 0);
    ck_assert_uint_eq(cat.problems.n, 1);
    ck_assert_ptr_nonnull(problem_with("no modules here"));
    ck_assert_uint_eq(cat.n, 0);
}
END_TEST

START_TEST(missing_dir_is_a_problem)
{
    host_load_dir(&cat, "/nonexistent/rastro/content", NULL);
    ck_assert_ptr_nonnull(problem_with("cannot open content directory"));
    ck_assert_uint_eq(cat.problems.n, 1); /* that says it all */
}
END_TEST

/* A content directory loads in one worker process: a module that hangs inside C, one that eats
 * memory and one with an oversized page each cost that module only, and the worker that replaces
 * them goes on with the rest, in order. */
START_TEST(one_worker_survives_hostile_modules_in_a_directory)
{
    static const char *const good = "return lesson { id = '%s', title = 'G', pages = { page { "
                                     "title = 'p', text = 't' } } }";
    const char *names[] = {"a", "c", "e", "g"};
    for (size_t i = 0; i < 4; i++) {
        char *file = xasprintf("%s.lua", names[i]), *src = xasprintf(good, names[i]);
        free(tu_write(tu_dir, file, src));
        free(file);
        free(src);
    }
    free(tu_write(tu_dir, "b.lua", "local s = string.rep('a', 100000)\nreturn s:find('.-.-.-.-x')"));
    free(tu_write(tu_dir, "d.lua", "local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end"));
    free(tu_write(tu_dir, "f.lua", "return lesson { id = 'f', title = 'F', pages = { page { title = "
                                "'p', text = ('x'):rep(70000) } } }"));
    ck_assert_int_eq(host_load_dir(&cat, tu_dir, NULL), 4);
    ck_assert_uint_eq(cat.n, 4);
    for (size_t i = 0; i < 4; i++)
        ck_assert_str_eq(cat.modules[i]->id, names[i]);
    ck_assert_ptr_nonnull(problem_with("loading took longer than"));
    /* The memory bomb meets the memory limit, or under ASan (slower) perhaps the time limit:
     * the sandbox's ("time limit exceeded") or the worker's ("... 3 seconds"). */
    bool stopped = false;
    for (size_t i = 0; i < cat.problems.n; i++)
        if (strstr(cat.problems.items[i].file, "d.lua"))
            stopped = strstr(cat.problems.items[i].message, "memory limit exceeded") ||
                      strstr(cat.problems.items[i].message, "time limit exceeded") ||
                      strstr(cat.problems.items[i].message, "seconds");
    ck_assert(stopped);
    ck_assert_ptr_nonnull(problem_with("at most 65536"));
}
END_TEST

/* A module that makes thousands of mistakes, or quotes megabytes back, gets a list a person can
 * read: at most LD_MAX_PROBLEMS entries, each at most PROBLEM_MAX_MESSAGE bytes (and "..."). */
START_TEST(problem_lists_stay_readable)
{
    ck_assert(!load("local t = { id = 'm', title = 'M' }\n"
                    "for i = 1, 5000 do t['field' .. i] = i end\n"
                    "return lesson(t)\n"));
    ck_assert_uint_le(cat.problems.n, 202);
    ck_assert_ptr_nonnull(problem_with("the rest are not listed"));
    size_t before = cat.problems.n;
    ck_assert(!load("return lesson { id = 'm', title = 'M', [('k'):rep(100000)] = 1 }\n"));
    const Problem *p = problem_with("kkkkkkkkkk");
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(strlen(p->message), PROBLEM_MAX_MESSAGE + 3);
    ck_assert_str_eq(p->message + PROBLEM_MAX_MESSAGE, "...");
    for (size_t i = before; i < cat.problems.n; i++)
        ck_assert_uint_le(strlen(cat.problems.items[i].message), PROBLEM_MAX_MESSAGE + 3);
}
END_TEST

Suite *loader_suite(void)
{
    Suite *s = suite_create("loader");
    TCase *tc = tcase_create("modules");
    tcase_set_timeout(tc, 60); /* a module stopped by the 3-second limit, slower under ASan */
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, good_module_loads_everything);
    tcase_add_test(tc, bundled_content_is_clean);
    tcase_add_test(tc, answer_out_of_range_names_field_and_line);
    tcase_add_test(tc, syntax_error_has_line);
    tcase_add_test(tc, unknown_field_suggests_nearest);
    tcase_add_test(tc, unknown_global_is_named);
    tcase_add_test(tc, plain_table_is_not_a_page);
    tcase_add_test(tc, duplicate_question_ids);
    tcase_add_test(tc, too_few_options_and_bad_source);
    tcase_add_test(tc, limits_on_sizes_and_nul_bytes);
    tcase_add_test(tc, truefalse_questions);
    tcase_add_test(tc, multi_questions);
    tcase_add_test(tc, text_questions);
    tcase_add_test(tc, numeric_questions);
    tcase_add_test(tc, serial_questions);
    tcase_add_test(tc, match_questions);
    tcase_add_test(tc, not_a_lesson);
    tcase_add_test(tc, duplicate_module_ids_across_files);
    tcase_add_test(tc, meta_files_are_skipped);
    tcase_add_test(tc, missing_dir_is_a_problem);
    tcase_add_test(tc, one_worker_survives_hostile_modules_in_a_directory);
    tcase_add_test(tc, problem_lists_stay_readable);
    tcase_add_test(tc, competencies_give_tags_their_titles);
    tcase_add_test(tc, bad_competencies_name_field_and_line);
    suite_add_tcase(s, tc);
    return s;
}
