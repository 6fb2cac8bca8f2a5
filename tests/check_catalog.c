/* Unit tests for tui/core/catalog.c: the problem list (and its printing) and the module catalog. */
#include <check.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../tui/core/catalog.h"
#include "../tui/core/model.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

Suite *catalog_suite(void);

#define REPL "\xEF\xBF\xBD" /* U+FFFD */

/* ---- fixture: an output file in a private temporary directory, empty lists -------------- */

static const char *tmpdir; /* tu_case_dir_make */
static char out_path[2048];
static FILE *out;
static Problems probs;
static Catalog cat;

/* A root directory per test case, made and removed outside the forked tests (unchecked
 * fixture) so that nothing is left behind even when a failed test never reaches its teardown. */
static void root_setup(void)
{
    ck_assert_ptr_nonnull(tu_root_make("catalog"));
}

static void setup(void)
{
    tmpdir = tu_case_dir_make();
    snprintf(out_path, sizeof out_path, "%s/problems.txt", tmpdir);
    out = fopen(out_path, "w+");
    ck_assert_msg(out != NULL, "fopen: %s", strerror(errno));
    memset(&probs, 0, sizeof probs);
    catalog_init(&cat);
}

static void teardown(void)
{
    problems_done(&probs);
    catalog_done(&cat);
    if (out)
        fclose(out);
    out = NULL;
    out_path[0] = '\0';
    tu_case_dir_remove();
}

/* Prints p to the output file and returns everything printed so far (caller frees). */
static char *print_and_read(const Problems *p)
{
    ck_assert_int_eq(fseek(out, 0, SEEK_END), 0);
    long start = ftell(out);
    problems_print(p, out);
    ck_assert_int_eq(fflush(out), 0);
    ck_assert_int_eq(fseek(out, start, SEEK_SET), 0);
    StrBuf b;
    strbuf_init(&b);
    char buf[1024];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, out)) > 0)
        strbuf_append(&b, buf, n);
    char *s = strbuf_take(&b);
    strbuf_done(&b);
    return s;
}

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

static Module *mod(const char *id, const char *file)
{
    Module *m = module_new();
    m->id = xstrdup(id);
    m->file = file ? xstrdup(file) : NULL;
    m->version = 1;
    return m;
}

/* ---- problems --------------------------------------------------------------------------- */

START_TEST(test_problems_add_and_count)
{
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_ERROR), 0);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_WARNING), 0);

    problems_add(&probs, "a.lua", 12, PROBLEM_ERROR, "expected %d options, got %s", 3, "two");
    problems_add(&probs, "a.lua", 0, PROBLEM_WARNING, "unused source %s", "N2");
    problems_add(&probs, "b.lua", 7, PROBLEM_WARNING, "plain");
    problems_add(&probs, "c.lua", 1, PROBLEM_ERROR, "%s", "100% wrong");
    problems_add(&probs, NULL, 0, PROBLEM_WARNING, "no file");

    ck_assert_uint_eq(probs.n, 5);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_ERROR), 2);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_WARNING), 3);

    ck_assert_str_eq(probs.items[0].file, "a.lua");
    ck_assert_int_eq(probs.items[0].line, 12);
    ck_assert_int_eq(probs.items[0].level, PROBLEM_ERROR);
    ck_assert_str_eq(probs.items[0].message, "expected 3 options, got two");
    ck_assert_str_eq(probs.items[1].message, "unused source N2");
    ck_assert_int_eq(probs.items[1].line, 0);
    ck_assert_str_eq(probs.items[3].message, "100% wrong");
    ck_assert_str_eq(probs.items[4].file, "?");
}
END_TEST

START_TEST(test_problems_copy_their_file_name)
{
    char file[] = "mod.lua";
    problems_add(&probs, file, 1, PROBLEM_ERROR, "x");
    file[0] = 'X';
    ck_assert_str_eq(probs.items[0].file, "mod.lua");
}
END_TEST

START_TEST(test_problems_print_formats)
{
    problems_add(&probs, "a.lua", 12, PROBLEM_ERROR, "bad thing %d", 42);
    problems_add(&probs, "b.lua", 0, PROBLEM_ERROR, "missing file");
    problems_add(&probs, "c.lua", 3, PROBLEM_WARNING, "deprecated %s", "x");
    problems_add(&probs, "d.lua", 0, PROBLEM_WARNING, "no line");
    char *s = print_and_read(&probs);
    ck_assert_str_eq(s, "a.lua:12: bad thing 42\n"
                        "b.lua: missing file\n"
                        "c.lua:3: warning: deprecated x\n"
                        "d.lua: warning: no line\n");
    free(s);
}
END_TEST

START_TEST(test_problems_print_empty)
{
    char *s = print_and_read(&probs);
    ck_assert_str_eq(s, "");
    free(s);
}
END_TEST

START_TEST(test_problems_print_utf8_kept)
{
    problems_add(&probs, "m\xC3\xB3" "dulo.lua", 5, PROBLEM_ERROR, "pregunta sin opci\xC3\xB3n");
    char *s = print_and_read(&probs);
    ck_assert_str_eq(s, "m\xC3\xB3" "dulo.lua:5: pregunta sin opci\xC3\xB3n\n");
    free(s);
}
END_TEST

START_TEST(test_problems_print_control_characters_inert)
{
    problems_add(&probs, "evil\x1b[31m.lua", 9, PROBLEM_ERROR,
                 "clear \x1b[2J title \x1b]0;pwned\x07 csi \xC2\x9B" "31m bidi \xE2\x80\xAE" "cba"
                 " raw \x9B del \x7F nl\nsecond line\r");
    problems_add(&probs, "w.lua", 0, PROBLEM_WARNING, "%s", "tab\there \x1b");
    char *s = print_and_read(&probs);

    ck_assert_ptr_null(strchr(s, '\x1b'));
    ck_assert_ptr_null(strchr(s, '\x07'));
    ck_assert_ptr_null(strchr(s, '\r'));
    ck_assert_ptr_null(strchr(s, '\x7F'));
    ck_assert_ptr_null(strstr(s, "\xC2\x9B"));
    ck_assert_ptr_null(strstr(s, "\xE2\x80\xAE"));
    /* No raw C1 or invalid byte: the output is valid UTF-8 without C0/C1 controls but '\n'. */
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        ck_assert_msg(cp >= 0, "invalid UTF-8 at byte %zu", i);
        ck_assert_msg(cp == '\n' || (cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0)),
                      "control U+%04lX at byte %zu", cp, i);
        i += (size_t)n;
    }
    /* One line per problem: the newline inside the message was neutralised. */
    ck_assert_uint_eq(count_char(s, '\n'), 2);
    ck_assert_str_eq(s, "evil" REPL "[31m.lua:9: clear " REPL "[2J title " REPL "]0;pwned" REPL
                        " csi " REPL "31m bidi " REPL "cba raw " REPL " del " REPL " nl" REPL
                        "second line" REPL "\n"
                        "w.lua: warning: tab here " REPL "\n");
    free(s);
}
END_TEST

/* A problem found again (a quiz asked for twice) is listed once; one cut to length stays as it
 * was. */
START_TEST(test_problems_merge_once)
{
    Problems found = {0};
    problems_add(&found, "a.lua", 3, PROBLEM_ERROR, "picture 'x.png' cannot be read");
    problems_add(&found, "a.lua", 3, PROBLEM_WARNING, "picture 'x.png' cannot be read");
    char *longer = xcalloc(PROBLEM_MAX_MESSAGE + 50, 1);
    memset(longer, 'm', PROBLEM_MAX_MESSAGE + 49);
    problems_add(&found, "a.lua", 4, PROBLEM_ERROR, "%s", longer);
    free(longer);
    problems_add(&probs, "a.lua", 3, PROBLEM_ERROR, "picture 'x.png' cannot be read");
    problems_merge(&probs, &found);
    ck_assert_uint_eq(probs.n, 3); /* the warning and the long one were new */
    problems_merge(&probs, &found);
    ck_assert_uint_eq(probs.n, 3);
    ck_assert_int_eq(probs.items[1].level, PROBLEM_WARNING);
    ck_assert_str_eq(probs.items[2].message, found.items[2].message);
    problems_add(&found, "b.lua", 3, PROBLEM_ERROR, "picture 'x.png' cannot be read");
    problems_merge(&probs, &found);
    ck_assert_uint_eq(probs.n, 4);
    ck_assert_str_eq(probs.items[3].file, "b.lua");
    problems_done(&found);
}
END_TEST

START_TEST(test_problems_many_and_done)
{
    for (int i = 0; i < 100; i++)
        problems_add(&probs, "big.lua", i + 1, i % 3 ? PROBLEM_ERROR : PROBLEM_WARNING, "p%d", i);
    ck_assert_uint_eq(probs.n, 100);
    ck_assert_uint_ge(probs.cap, 100);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_WARNING), 34);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_ERROR), 66);
    ck_assert_str_eq(probs.items[99].message, "p99");
    ck_assert_int_eq(probs.items[99].line, 100);

    char *s = print_and_read(&probs);
    ck_assert_uint_eq(count_char(s, '\n'), 100);
    ck_assert_ptr_nonnull(strstr(s, "big.lua:1: warning: p0\n"));
    ck_assert_ptr_nonnull(strstr(s, "big.lua:2: p1\n"));
    ck_assert_ptr_nonnull(strstr(s, "big.lua:100: warning: p99\n"));
    free(s);

    problems_done(&probs);
    ck_assert_uint_eq(probs.n, 0);
    ck_assert_ptr_null(probs.items);
    ck_assert_uint_eq(problems_count(&probs, PROBLEM_ERROR), 0);

    /* Usable again after done. */
    problems_add(&probs, "again.lua", 0, PROBLEM_ERROR, "again");
    s = print_and_read(&probs);
    ck_assert_str_eq(s, "again.lua: again\n");
    free(s);
}
END_TEST

/* ---- catalog ---------------------------------------------------------------------------- */

START_TEST(test_catalog_init_empty)
{
    ck_assert_uint_eq(cat.n, 0);
    ck_assert_ptr_null(cat.modules);
    ck_assert_ptr_null(catalog_find(&cat, "anything"));
    catalog_sort(&cat);
    ck_assert_uint_eq(cat.n, 0);
}
END_TEST

START_TEST(test_catalog_add_find)
{
    Module *a = mod("radio.basics", "content/10-radio.lua");
    Module *b = mod("scene.safety", "content/20-scene.lua");
    Module *c = mod("report.writing", "content/30-report.lua");
    catalog_add(&cat, a);
    catalog_add(&cat, b);
    catalog_add(&cat, c);
    ck_assert_uint_eq(cat.n, 3);
    ck_assert_ptr_eq(cat.modules[0], a);
    ck_assert_ptr_eq(cat.modules[2], c);

    ck_assert_ptr_eq(catalog_find(&cat, "radio.basics"), a);
    ck_assert_ptr_eq(catalog_find(&cat, "scene.safety"), b);
    ck_assert_ptr_eq(catalog_find(&cat, "report.writing"), c);
    ck_assert_ptr_null(catalog_find(&cat, "radio"));
    ck_assert_ptr_null(catalog_find(&cat, "radio.basics2"));
    ck_assert_ptr_null(catalog_find(&cat, "RADIO.BASICS"));
    ck_assert_ptr_null(catalog_find(&cat, ""));
}
END_TEST

START_TEST(test_catalog_sort_by_file)
{
    Module *c = mod("m.c", "content/c.lua");
    Module *a = mod("m.a", "content/a.lua");
    Module *none = mod("m.none", NULL);
    Module *b = mod("m.b", "content/b.lua");
    Module *a2 = mod("m.a2", "content/a2.lua");
    catalog_add(&cat, c);
    catalog_add(&cat, a);
    catalog_add(&cat, none);
    catalog_add(&cat, b);
    catalog_add(&cat, a2);
    catalog_sort(&cat);
    ck_assert_uint_eq(cat.n, 5);
    const Module *want[] = {none, a, a2, b, c};
    for (size_t i = 0; i < 5; i++)
        ck_assert_msg(cat.modules[i] == want[i], "position %zu holds %s", i, cat.modules[i]->id);
    /* Lookups still find every module after sorting. */
    ck_assert_ptr_eq(catalog_find(&cat, "m.b"), b);
    ck_assert_ptr_eq(catalog_find(&cat, "m.none"), none);
    /* Sorting a sorted catalog changes nothing. */
    catalog_sort(&cat);
    for (size_t i = 0; i < 5; i++)
        ck_assert_ptr_eq(cat.modules[i], want[i]);
}
END_TEST

START_TEST(test_catalog_many_modules_and_done)
{
    Module *added[50];
    for (int i = 0; i < 50; i++) {
        char id[16], file[32];
        snprintf(id, sizeof id, "mod%02d", i);
        snprintf(file, sizeof file, "content/%02d.lua", 49 - i);
        added[i] = mod(id, file);
        catalog_add(&cat, added[i]);
    }
    ck_assert_uint_eq(cat.n, 50);
    ck_assert_uint_ge(cat.cap, 50);
    for (int i = 0; i < 50; i++) {
        char id[16];
        snprintf(id, sizeof id, "mod%02d", i);
        ck_assert_ptr_eq(catalog_find(&cat, id), added[i]);
    }
    catalog_sort(&cat);
    for (int i = 0; i < 50; i++)
        ck_assert_ptr_eq(cat.modules[i], added[49 - i]);

    problems_add(&cat.problems, "bad.lua", 2, PROBLEM_ERROR, "did not load");
    ck_assert_uint_eq(problems_count(&cat.problems, PROBLEM_ERROR), 1);
    /* catalog_done releases the modules and the problems (checked by the sanitizers). */
    catalog_done(&cat);
    ck_assert_uint_eq(cat.n, 0);
    ck_assert_ptr_null(cat.modules);
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_ptr_null(catalog_find(&cat, "mod00"));
}
END_TEST

Suite *catalog_suite(void)
{
    Suite *s = suite_create("catalog");

    TCase *tc = tcase_create("problems");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_problems_add_and_count);
    tcase_add_test(tc, test_problems_copy_their_file_name);
    tcase_add_test(tc, test_problems_print_formats);
    tcase_add_test(tc, test_problems_print_empty);
    tcase_add_test(tc, test_problems_print_utf8_kept);
    tcase_add_test(tc, test_problems_print_control_characters_inert);
    tcase_add_test(tc, test_problems_many_and_done);
    tcase_add_test(tc, test_problems_merge_once);
    suite_add_tcase(s, tc);

    tc = tcase_create("catalog");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_catalog_init_empty);
    tcase_add_test(tc, test_catalog_add_find);
    tcase_add_test(tc, test_catalog_sort_by_file);
    tcase_add_test(tc, test_catalog_many_modules_and_done);
    suite_add_tcase(s, tc);

    return s;
}
