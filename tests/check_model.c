/* The lesson model's own rules: construction, release and question scores. */
#include <check.h>
#include <stdlib.h>

#include "../tui/core/model.h"
#include "suites.h"

START_TEST(module_owns_everything)
{
    /* Built by hand the way the loader builds it; ASan reports anything module_free misses. */
    Module *m = module_new();
    m->id = xstrdup("m");
    m->file = xstrdup("m.lua");
    m->title.s[LANG_EN] = xstrdup("T");
    m->title.s[LANG_ES] = xstrdup("T es");
    m->n_sources = 1;
    m->sources = xcalloc(1, sizeof *m->sources);
    m->sources[0].key = xstrdup("A1");
    m->sources[0].text = xstrdup("source");
    m->n_pages = 1;
    m->pages = xcalloc(1, sizeof *m->pages);
    m->pages[0].text.s[LANG_EN] = xstrdup("text");
    m->pages[0].sources.n = 1;
    m->pages[0].sources.keys = xcalloc(1, sizeof(char *));
    m->pages[0].sources.keys[0] = xstrdup("A1");
    m->n_questions = 1;
    m->questions = xcalloc(1, sizeof *m->questions);
    Question *q = &m->questions[0];
    q->id = xstrdup("q");
    q->n_options = 2;
    q->options = xcalloc(2, sizeof *q->options);
    q->options[0].s[LANG_EN] = xstrdup("a");
    q->options[1].s[LANG_ES] = xstrdup("b");
    ck_assert_str_eq(ltext_get(&q->options[1], LANG_EN), "b"); /* falls back to any language */
    ck_assert(question_max_score(q) == 1.0);
    module_free(m);
    module_free(NULL);
}
END_TEST

Suite *model_suite(void)
{
    Suite *s = suite_create("model");
    TCase *tc = tcase_create("module");
    tcase_add_test(tc, module_owns_everything);
    suite_add_tcase(s, tc);
    return s;
}
