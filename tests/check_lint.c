/* `rastro lint` and the command line, run as a user would: the real binary, its output and
 * exit status. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "suites.h"
#include "testutil.h"

static int run(char **out, char **err, const char *a1, const char *a2, const char *a3)
{
    char *argv[] = {(char *)tu_rastro(), (char *)a1, (char *)a2, (char *)a3, NULL};
    return tu_run(argv, out, err);
}

START_TEST(clean_module_passes)
{
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", "tests/modules/good", NULL), 0);
    ck_assert_str_eq(out, "");
    ck_assert_ptr_nonnull(strstr(err, "1 module loaded; 0 errors, 0 warnings"));
    free(out), free(err);
}
END_TEST

/* The bundled content (the course, its glossary, competencies and the regional instrument) is
 * clean under --strict: every warning, the review of the questions' included, is a failure. */
START_TEST(bundled_content_passes_strict)
{
    char *out, *err;
    int rc = run(&out, &err, "lint", "--strict", "content/");
    ck_assert_msg(rc == 0 && out[0] == '\0', "lint --strict content/:\n%s", out);
    ck_assert_msg(strstr(err, "0 errors, 0 warnings"), "%s", err);
    free(out), free(err);
}
END_TEST

START_TEST(broken_module_fails_with_file_line)
{
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", "tests/modules/bad/answer_range.lua", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "tests/modules/bad/answer_range.lua:18: quiz[2].answer: "
                                      "5 is not an option number (1 to 3)\n"));
    ck_assert_ptr_nonnull(strstr(out, "tests/modules/bad/answer_range.lua:13: warning: "
                                      "quiz[1].prompt: missing translation 'es'"));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "tests/modules/bad/syntax.lua", NULL), 1);
    ck_assert_ptr_nonnull(strstr(out, "tests/modules/bad/syntax.lua:6: "));
    free(out), free(err);
}
END_TEST

START_TEST(warnings_fail_only_when_strict)
{
    char *dir = tu_tmpdir();
    char *path = tu_write(dir, "w.lua", "return lesson { id = 'w', title = 'Only English',\n"
                                        "  pages = { page { title = 'P', text = 'T' } } }\n");
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", path, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out, "warning: title: missing translation 'es'"));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", path), 1);
    free(out), free(err);
    free(path);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

START_TEST(lint_output_is_inert)
{
    char *dir = tu_tmpdir();
    char *path = tu_write(dir, "e.lua", "error('\\27]0;owned\\7\\27[2J')\n");
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", path, NULL), 1);
    ck_assert_ptr_null(strchr(out, 0x1b));
    ck_assert_ptr_null(strchr(out, 0x07));
    ck_assert_ptr_nonnull(strstr(out, ":1: "));
    free(out), free(err);
    free(path);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

START_TEST(command_line)
{
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "--version", NULL, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out, "rastro "));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "--help", NULL, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out, "Usage: rastro"));
    ck_assert_ptr_nonnull(strstr(out, "lint"));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "--frobnicate", NULL, NULL), 2);
    ck_assert_ptr_nonnull(strstr(err, "unknown option '--frobnicate'"));
    ck_assert_ptr_null(strchr(strchr(err, '\n') + 1, '\n')); /* one line */
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "--lang", "fr", NULL), 2);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "dance", NULL, NULL), 2);
    ck_assert_ptr_nonnull(strstr(err, "unknown command 'dance'"));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "--db", "/proc/nope/x.db", "trainee"), 1);
    ck_assert_ptr_nonnull(strstr(err, "/proc/nope"));
    free(out), free(err);
}
END_TEST

START_TEST(new_writes_a_module_that_passes_lint)
{
    char *dir = tu_tmpdir();
    char *name = NULL, *file = NULL;
    ck_assert_int_ge(asprintf(&name, "%s/Trace Basics", dir), 0);
    ck_assert_int_ge(asprintf(&file, "%s/Trace Basics.lua", dir), 0);
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "new", name, NULL), 0);
    ck_assert_ptr_nonnull(strstr(out, "new module 'trace-basics'"));
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", file), 0);
    ck_assert_str_eq(out, "");
    free(out), free(err);
    /* Never overwrites. */
    ck_assert_int_eq(run(&out, &err, "new", name, NULL), 1);
    ck_assert_ptr_nonnull(strstr(err, "already exists"));
    free(out), free(err);
    free(name);
    free(file);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

/* lint checks a competencies file like a module, and, over a folder, warns about a tag that no
 * competency declares (it would be shown by its id); a module checked alone is not warned, as
 * its competencies may be declared beside it. */
START_TEST(competencies_checked_by_lint)
{
    char *dir = tu_tmpdir();
    char *comp = tu_write(dir, "competencies.lua",
                          "return competencies {\n"
                          "  { id = 'marking', title = { en = 'Marking', es = 'Marcaje' } },\n"
                          "  { id = 'unused', title = { en = 'Not asked yet', es = 'A\xC3\xBAn sin preguntas' } },\n"
                          "}\n");
    char *mod = tu_write(dir, "m.lua",
                         "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
                         "  sources = { { key = 'S', text = 'A manual' } },\n"
                         "  quiz = {\n"
                         "    truefalse { id = 'a', prompt = { en = 'A', es = 'A' }, answer = true,\n"
                         "      explain = { en = 'E', es = 'E' }, sources = { 'S' }, tags = { 'marking' } },\n"
                         "    truefalse { id = 'b', prompt = { en = 'B', es = 'B' }, answer = true,\n"
                         "      explain = { en = 'E', es = 'E' }, sources = { 'S' }, tags = { 'tracing' } },\n"
                         "  } }\n");
    char *out, *err, want[600];
    ck_assert_int_eq(run(&out, &err, "lint", dir, NULL), 0);
    snprintf(want, sizeof want,
             "%s:6: warning: quiz[2].tags: no competency has the id 'tracing', so it is shown by "
             "its id", mod);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    ck_assert_msg(!strstr(out, "'marking'") && !strstr(out, "unused"), "lint said:\n%s%s", out,
                  err);
    ck_assert_msg(strstr(err, "1 module loaded; 0 errors, 1 warning"), "lint said:\n%s%s", out,
                  err);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", dir), 1);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", mod), 0);
    free(out), free(err);
    /* A bad id and a title without Spanish: errors at their lines. */
    free(tu_write(dir, "competencies.lua",
                  "return competencies {\n"
                  "  { id = 'Marking', title = { en = 'Marking', es = 'Marcaje' } },\n"
                  "  { id = 'tracing', title = { en = 'Tracing' } },\n"
                  "}\n"));
    ck_assert_int_eq(run(&out, &err, "lint", comp, NULL), 1);
    snprintf(want, sizeof want, "%s:2: competencies[1].id: 'Marking' is not a valid id", comp);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    snprintf(want, sizeof want,
             "%s:3: competencies[2].title: missing the Spanish (es) title: write { en = ..., es = ... }",
             comp);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err);
    free(comp);
    free(mod);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

START_TEST(api_annotations_are_not_a_module)
{
    /* content/api.lua is for editors (lua-language-server); lint and the shell skip it. */
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", "content/api.lua"), 0);
    ck_assert_ptr_nonnull(strstr(err, "0 modules loaded; 0 errors"));
    free(out), free(err);
}
END_TEST

/* A module saved in another encoding (Latin-1 here, on lines 2 and 4): warned, line by line. */
START_TEST(invalid_utf8_warns_naming_the_line)
{
    char *dir = tu_tmpdir();
    char *path = tu_write(dir, "l1.lua",
                          "return lesson { id = 'l1', title = { en = 'Safety', es = 'Seguridad' },\n"
                          "  summary = { en = 'Safe handling.', es = 'Manipulaci\xf3" "n segura.' },\n"
                          "  sources = { { key = 'S', text = 'A manual' } },\n"
                          "  pages = { page { title = { en = 'P', es = 'P\xe1" "gina \xe1" "' },\n"
                          "    text = { en = 'T', es = 'T' }, sources = { 'S' } } } }\n");
    char *out, *err;
    ck_assert_int_eq(run(&out, &err, "lint", path, NULL), 0);
    char want[600];
    snprintf(want, sizeof want, "%s:2: warning: invalid UTF-8", path);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    snprintf(want, sizeof want, "%s:4: warning: invalid UTF-8", path);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    /* One warning a line, none for the lines that are fine. */
    ck_assert_msg(strstr(err, "1 module loaded; 0 errors, 2 warnings"), "lint said:\n%s%s", out,
                  err);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", path), 1);
    free(out), free(err);
    free(path);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

/* A folder with no module in it (a mistyped path, modules one folder further down) is not a
 * clean bill of health: lint says so, whether it was given the folder or uses it as the content
 * directory. */
START_TEST(directory_without_modules_warns)
{
    char *dir = tu_tmpdir();
    char *out, *err, want[600];
    snprintf(want, sizeof want, "%s: warning: no modules here", dir);
    ck_assert_int_eq(run(&out, &err, "lint", dir, NULL), 0);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    ck_assert_msg(strstr(err, "0 modules loaded; 0 errors, 1 warning"), "lint said:\n%s%s", out,
                  err);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "lint", "--strict", dir), 1);
    free(out), free(err);
    /* A definition file is not a module, and sub-folders are not read. */
    free(tu_write(dir, "api.lua", "---@meta\n-- definitions for editors\n"));
    char *sub = xasprintf("%s/more", dir);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    free(tu_write(sub, "m.lua", "return lesson { id = 'm', title = 'M', pages = { page { title "
                                "= 'P', text = 'T' } } }\n"));
    ck_assert_int_eq(run(&out, &err, "lint", dir, NULL), 0);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err);
    ck_assert_int_eq(run(&out, &err, "--content", dir, "lint"), 0);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(out), free(err);
    /* The folder of modules itself has no such warning. */
    ck_assert_int_eq(run(&out, &err, "lint", sub, NULL), 0);
    ck_assert_ptr_null(strstr(out, "no modules"));
    free(out), free(err);
    free(sub);
    tu_rmrf(dir);
    free(dir);
}
END_TEST

Suite *lint_suite(void)
{
    Suite *s = suite_create("lint");
    TCase *tc = tcase_create("cli");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, clean_module_passes);
    tcase_add_test(tc, bundled_content_passes_strict);
    tcase_add_test(tc, broken_module_fails_with_file_line);
    tcase_add_test(tc, warnings_fail_only_when_strict);
    tcase_add_test(tc, lint_output_is_inert);
    tcase_add_test(tc, command_line);
    tcase_add_test(tc, new_writes_a_module_that_passes_lint);
    tcase_add_test(tc, api_annotations_are_not_a_module);
    tcase_add_test(tc, competencies_checked_by_lint);
    tcase_add_test(tc, invalid_utf8_warns_naming_the_line);
    tcase_add_test(tc, directory_without_modules_warns);
    suite_add_tcase(s, tc);
    return s;
}
