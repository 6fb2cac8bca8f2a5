/* Where lint puts a problem: at the line where the field at fault is written, not at the line of
 * the constructor around it, however the module's text is laid out. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* Fails the test, listing every problem, unless one holds text at line. */
static void expect_at(const char *text, int line)
{
    const Problem *p = tu_problem_with(&cat, text);
    if (p && p->line == line)
        return;
    StrBuf all;
    strbuf_init(&all);
    for (size_t i = 0; i < cat.problems.n; i++)
        strbuf_printf(&all, "\n  %d: %s", cat.problems.items[i].line, cat.problems.items[i].message);
    ck_abort_msg("want '%s' at line %d, got %s%d; problems:%s", text, line, p ? "line " : "none",
                 p ? p->line : 0, all.s ? all.s : "");
    strbuf_done(&all);
}

/* One mistake per line marked, in tables nested as authors write them. */
static const char *const MISTAKES =
    "return lesson {\n"                                           /* 1 */
    "  id = 'lines',\n"                                           /* 2 */
    "  version = 'two',\n"                                        /* 3 */
    "  title = { en = 'Lines', es = 'Líneas' },\n"                /* 4 */
    "  sources = {\n"                                             /* 5 */
    "    { key = 'T1', text = 'A source' },\n"                    /* 6 */
    "    { key = 'T2', txt = 'typo' },\n"                         /* 7 */
    "  },\n"                                                      /* 8 */
    "  practice = {\n"                                            /* 9 */
    "    retries = 1,\n"                                          /* 10 */
    "    pass = 200,\n"                                           /* 11 */
    "  },\n"                                                      /* 12 */
    "  pages = {\n"                                               /* 13 */
    "    page {\n"                                                /* 14 */
    "      title = { en = 'P', es = 'P' },\n"                     /* 15 */
    "      text = { en = 'T', es = 'T' },\n"                      /* 16 */
    "      image = {\n"                                           /* 17 */
    "        file = 'no such.png',\n"                             /* 18 */
    "        alt = { en = 'A', es = 'A' },\n"                     /* 19 */
    "      },\n"                                                  /* 20 */
    "      choices = {\n"                                         /* 21 */
    "        { label = { en = 'A', es = 'A' }, go = 'two' },\n"   /* 22 */
    "        { label = { en = 'B', es = 'B' },\n"                 /* 23 */
    "          go = 'nowhere' },\n"                               /* 24 */
    "      },\n"                                                  /* 25 */
    "      sources = { 'T1',\n"                                   /* 26 */
    "        'X9' },\n"                                           /* 27 */
    "    },\n"                                                    /* 28 */
    "    page {\n"                                                /* 29 */
    "      id = 'two',\n"                                         /* 30 */
    "      title = { en = 'P2', es = 'P2' },\n"                   /* 31 */
    "      text = { en = 'T', es = 'T' },\n"                      /* 32 */
    "      next = 'gone',\n"                                      /* 33 */
    "    },\n"                                                    /* 34 */
    "  },\n"                                                      /* 35 */
    "  quiz = {\n"                                                /* 36 */
    "    choice {\n"                                              /* 37 */
    "      id = 'c',\n"                                           /* 38 */
    "      prompt = { en = 'Q', es = 'Q' },\n"                    /* 39 */
    "      options = {\n"                                         /* 40 */
    "        { en = 'A', es = 'A' },\n"                           /* 41 */
    "        { en = 'B', fr = 'B' },\n"                           /* 42 */
    "      },\n"                                                  /* 43 */
    "      answer = 7,\n"                                         /* 44 */
    "      explian = { en = 'E', es = 'E' },\n"                   /* 45 */
    "    },\n"                                                    /* 46 */
    "    form {\n"                                                /* 47 */
    "      id = 'c',\n"                                           /* 48 */
    "      prompt = { en = 'F', es = 'F' },\n"                    /* 49 */
    "      explain = { en = 'E', es = 'E' },\n"                   /* 50 */
    "      fields = {\n"                                          /* 51 */
    "        { name = 'a', label = { en = 'A', es = 'A' },\n"     /* 52 */
    "          rule = 'exactly', answers = { 'x' } },\n"          /* 53 */
    "      },\n"                                                  /* 54 */
    "    },\n"                                                    /* 55 */
    "    function(rng)\n"                                         /* 56 */
    "      local a, b = 1, 2\n"                                   /* 57 */
    "      return truefalse {\n"                                  /* 58 */
    "        id = 'g',\n"                                         /* 59 */
    "        prompt = { en = 'G', es = 'G' },\n"                  /* 60 */
    "        answer = 'yes',\n"                                   /* 61 */
    "        explain = { en = 'E', es = 'E' },\n"                 /* 62 */
    "      }\n"                                                   /* 63 */
    "    end,\n"                                                  /* 64 */
    "    numeric {\n"                                             /* 65 */
    "      id = 'n',\n"                                           /* 66 */
    "      prompt = { en = 'N', es = 'N' },\n"                    /* 67 */
    "      explain = { en = 'E', es = 'E' },\n"                   /* 68 */
    "      answer = 9,\n"                                         /* 69 */
    "      tolerance = -1,\n"                                     /* 70 */
    "      tags = { 'ok',\n"                                      /* 71 */
    "        'Not An Id' },\n"                                    /* 72 */
    "    },\n"                                                    /* 73 */
    "  },\n"                                                      /* 74 */
    "}\n";

START_TEST(each_problem_at_the_line_of_its_field)
{
    ck_assert(!tu_load_module(&cat, tu_dir, MISTAKES));
    expect_at("version: must be a whole number", 3);
    expect_at("sources[2].txt: unknown field", 7);
    expect_at("practice.pass: must be from 0 to 100", 11);
    expect_at("pages[1].image.file: 'no such.png' is not a picture name", 18);
    expect_at("pages[1].choices[2].go: no page has the id 'nowhere'", 24);
    expect_at("pages[1].sources: 'X9' is not in the module's sources", 27);
    expect_at("pages[2].next: no page has the id 'gone'", 33);
    expect_at("quiz[1].options[2]: unknown language key 'fr'", 42);
    expect_at("quiz[1].answer: 7 is not an option number (1 to 2)", 44);
    expect_at("quiz[1].explian: unknown field (did you mean 'explain'?)", 45);
    /* A missing field has no line of its own: its table's. */
    expect_at("quiz[1].explain: missing", 37);
    expect_at("quiz[2].id: duplicate id 'c'", 48);
    expect_at("quiz[2].fields[1].rule: unknown rule 'exactly'", 53);
    expect_at("quiz[3] (seed 1).answer: must be true or false", 61);
    expect_at("quiz[4].tolerance: must be a number from 0", 70);
    expect_at("quiz[4].tags[2]: 'Not An Id' is not a valid id", 72);
    /* A text written as a list, { "English", "Español" }: each entry at its line. */
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!tu_load_module(&cat, tu_dir, "return lesson { id = 'x', title = {\n"
                                         "  'English',\n"
                                         "  'Español' },\n"
                                         "  pages = { page { title = 'P', text = 'T' } } }\n"));
    expect_at("title: a list entry where a language belongs: write { en = ..., es = ... }", 2);
}
END_TEST

/* Strings, comments and code that hold braces, commas and "name =" do not move a field's line:
 * the module's text is read as Lua reads it. */
START_TEST(text_that_looks_like_fields_is_not_taken_for_them)
{
    ck_assert(!tu_load_module(&cat, tu_dir,
        "-- answer = 1, { options = {\n"                              /* 1 */
        "--[==[ a long comment } ]] ,\n"                              /* 2 */
        "answer = 3 ]==]\n"                                           /* 3 */
        "local note = [[ { answer = 4,\n"                             /* 4 */
        "  } ]]\n"                                                    /* 5 */
        "return lesson { id = 'x', title = 'T',\n"                    /* 6 */
        "  summary = 'a } { , answer = 5 \\z\n"                       /* 7 */
        "     still the summary', sources = {},\n"                    /* 8 */
        "  quiz = { form { id = 'f', prompt = \"{ , ;\", fields = {\n" /* 9 */
        "    { name = 'imp', label = 'Importer',\n"                   /* 10 */
        "      check = function(v) local a, b = { 1, 2 }, 'x}'\n"     /* 11 */
        "        if v then return true end return false, 'no' end,\n" /* 12 */
        "      answer = 'A', colour = 'red' } } },\n"                 /* 13 */
        "    choice { id = 'c', prompt = 'p', options = { 'a', 'b' }, answer = 1,\n" /* 14 */
        "      [ 'answer' ] = 2, hint = 3 } } }\n"));                 /* 15 */
    expect_at("quiz[1].fields[1].colour: unknown field", 13);
    expect_at("quiz[2].hint: must be a text, not number", 15);
}
END_TEST

START_TEST(windows_line_ends_count_once)
{
    ck_assert(!tu_load_module(&cat, tu_dir,
                              "return lesson { id = 'x', title = 'T',\r\n"
                              "  quiz = { choice { id = 'c', prompt = 'p',\r\n"
                              "    options = { 'a', 'b' },\r\n"
                              "    answer = 3 } } }\r\n"));
    expect_at("quiz[1].answer: 3 is not an option number", 4);
}
END_TEST

/* A table the text does not show being built keeps the nearest line that is known: the field
 * that holds it, or its constructor's. */
START_TEST(tables_built_elsewhere_keep_the_nearest_line)
{
    ck_assert(!tu_load_module(&cat, tu_dir,
        "local opts = { 'a', { en = 'b', fr = 'b' } }\n"               /* 1 */
        "local function ask(id, right)\n"                             /* 2 */
        "  return choice { id = id, prompt = 'p', options = opts,\n"  /* 3 */
        "    answer = right }\n"                                      /* 4 */
        "end\n"                                                       /* 5 */
        "local tf = truefalse\n"                                      /* 6 */
        "return lesson { id = 'x', title = 'T',\n"                    /* 7 */
        "  quiz = { ask('one', 1), ask('two', 5),\n"                  /* 8 */
        "    tf { id = 'tf', prompt = 'p',\n"                         /* 9 */
        "      answer = 0 },\n"                                       /* 10 */
        "    truefalse { id = 'a', prompt = 'p', answer = 1 }, truefalse { id = 'b',\n" /* 11 */
        "      prompt = 'p', answer = 2 } } }\n"));                   /* 12 */
    expect_at("quiz[1].options[2]: unknown language key 'fr'", 3);
    expect_at("quiz[2].answer: 5 is not an option number", 4);
    expect_at("quiz[3].answer: must be true or false", 10);
    expect_at("quiz[4].answer: must be true or false", 11);
    expect_at("quiz[5].answer: must be true or false", 12);
}
END_TEST

START_TEST(locate_regions_at_their_lines)
{
    char *assets = xasprintf("%s/assets", tu_dir);
    ck_assert_int_eq(mkdir(assets, 0700), 0);
    free(tu_copy("assets/pistol-plain.png", assets, "pistol-plain.png"));
    free(assets);
    static const char *const head =
        "return lesson { id = 'x', title = 'T', sources = {},\n"      /* 1 */
        "  quiz = { locate { id = 'l', prompt = 'Point.',\n"          /* 2 */
        "    image = { alt = 'A pistol',\n"                           /* 3 */
        "      file = '%s' },\n"                                      /* 4 */
        "    grid = { 4, 3 },\n"                                      /* 5 */
        "    regions = {\n"                                           /* 6 */
        "      { x = 10, y = 10, w = 100, h = 50 },\n"                /* 7 */
        "      { x = 700, y = 10,\n"                                  /* 8 */
        "        w = 200, h = 50 } } } } }\n";                        /* 9 */
    char *src = xasprintf(head, "pistol-plain.png");
    ck_assert(!tu_load_module(&cat, tu_dir, src));
    free(src);
    expect_at("quiz[1].regions[2]: { x = 700, y = 10, w = 200, h = 50 } goes past the picture's "
              "edge", 8);
    catalog_done(&cat);
    catalog_init(&cat);
    src = xasprintf(head, "nowhere.png");
    ck_assert(!tu_load_module(&cat, tu_dir, src));
    free(src);
    expect_at("quiz[1].image.file: no picture 'nowhere.png'", 4);
}
END_TEST

/* Problems found across modules: an id used twice, a requirement no module has. */
START_TEST(lint_names_lines_across_modules)
{
    free(tu_write(tu_dir, "a.lua", "return lesson {\n  id = 'same', title = 'A', sources = {},\n"
                                "  pages = { page { title = 'P', text = 'T' } } }\n"));
    free(tu_write(tu_dir, "b.lua", "return lesson { title = 'B', sources = {},\n"
                                "  pages = { page { title = 'P', text = 'T' } },\n"
                                "  requires = { 'nothing' },\n"
                                "  id = 'same' }\n"));
    char *out, *err;
    ck_assert_int_eq(tu_rastro_run(tu_in_dir(NULL, tu_dir), &out, &err, "lint", tu_dir, NULL), 1);
    char *want = xasprintf("%s/b.lua:4: id: module id 'same' is already used by %s/a.lua", tu_dir, tu_dir);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(want);
    free(out), free(err);
    /* The requirement, with the id mended. */
    free(tu_write(tu_dir, "b.lua", "return lesson { title = 'B', sources = {},\n"
                                "  pages = { page { title = 'P', text = 'T' } },\n"
                                "  requires = { 'nothing' },\n"
                                "  id = 'other' }\n"));
    ck_assert_int_eq(tu_rastro_run(tu_in_dir(NULL, tu_dir), &out, &err, "lint", tu_dir, NULL), 0);
    want = xasprintf("%s/b.lua:3: warning: requires: no loaded module has the id 'nothing'", tu_dir);
    ck_assert_msg(strstr(out, want), "lint said:\n%s%s", out, err);
    free(want);
    free(out), free(err);
}
END_TEST

/* lint lists a module's problems in the order of their lines, as a compiler would. */
START_TEST(lint_lists_problems_in_line_order)
{
    char *path = tu_write(tu_dir, "m.lua", MISTAKES);
    char *out, *err;
    ck_assert_int_eq(tu_rastro_run(tu_in_dir(NULL, tu_dir), &out, &err, "lint", path, NULL), 1);
    int last = 0, n = 0;
    size_t plen = strlen(path);
    for (char *l = strtok(out, "\n"); l; l = strtok(NULL, "\n")) {
        ck_assert_msg(strncmp(l, path, plen) == 0 && l[plen] == ':', "%s", l);
        int line = atoi(l + plen + 1);
        ck_assert_msg(line >= last, "line %d after line %d:\n%s", line, last, l);
        last = line;
        n++;
    }
    ck_assert_int_ge(n, 15);
    free(out), free(err), free(path);
}
END_TEST

Suite *lines_suite(void)
{
    Suite *s = suite_create("lines");
    TCase *tc = tcase_create("fields");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, each_problem_at_the_line_of_its_field);
    tcase_add_test(tc, text_that_looks_like_fields_is_not_taken_for_them);
    tcase_add_test(tc, windows_line_ends_count_once);
    tcase_add_test(tc, tables_built_elsewhere_keep_the_nearest_line);
    tcase_add_test(tc, locate_regions_at_their_lines);
    tcase_add_test(tc, lint_names_lines_across_modules);
    tcase_add_test(tc, lint_lists_problems_in_line_order);
    suite_add_tcase(s, tc);
    return s;
}
