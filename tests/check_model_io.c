/* The module byte stream between the loader's child process and rastro: round trips, and
 * refuses anything malformed. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/model_io.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static Module *load_bundled(Catalog *cat)
{
    catalog_init(cat);
    ck_assert(tu_load_file(cat, "content/01-safe-handling.lua", NULL));
    return cat->modules[0];
}

START_TEST(round_trip)
{
    Catalog cat;
    const Module *m = load_bundled(&cat);
    Problems probs = {0};
    problems_add(&probs, "f.lua", 7, PROBLEM_WARNING, "a warning");
    StrBuf b;
    strbuf_init(&b);
    tu_modelio_write(&b, m, &probs);
    Module *back = NULL;
    Problems got = {0};
    ck_assert(tu_modelio_read(b.s, b.len, &back, &got));
    ck_assert_ptr_nonnull(back);
    ck_assert_str_eq(back->id, m->id);
    ck_assert_int_eq(back->version, m->version);
    ck_assert_uint_eq(back->n_pages, m->n_pages);
    ck_assert_uint_eq(back->n_questions, m->n_questions);
    ck_assert_uint_eq(back->n_sources, m->n_sources);
    for (size_t i = 0; i < m->n_questions; i++) {
        ck_assert_str_eq(back->questions[i].id, m->questions[i].id);
        ck_assert_uint_eq(back->questions[i].answer, m->questions[i].answer);
        ck_assert_str_eq(ltext_get(&back->questions[i].prompt, LANG_ES),
                         ltext_get(&m->questions[i].prompt, LANG_ES));
        ck_assert_int_eq(back->questions[i].line, m->questions[i].line);
        ck_assert_int_eq(back->questions[i].critical, m->questions[i].critical);
    }
    ck_assert(back->questions[0].critical); /* must be right: the pass rule reads it */
    ck_assert_str_eq(ltext_get(&back->pages[2].text, LANG_EN), ltext_get(&m->pages[2].text, LANG_EN));
    ck_assert_uint_eq(got.n, 1);
    ck_assert_int_eq(got.items[0].line, 7);
    ck_assert_int_eq(got.items[0].level, PROBLEM_WARNING);
    /* Every strict prefix is refused, and so is any trailing byte. */
    for (size_t cut = 0; cut < b.len; cut += 1 + cut / 16) {
        Module *x = NULL;
        Problems p = {0};
        ck_assert(!tu_modelio_read(b.s, cut, &x, &p));
        ck_assert_ptr_null(x);
        ck_assert_uint_eq(p.n, 0);
    }
    strbuf_append(&b, "x", 1);
    Module *x = NULL;
    ck_assert(!tu_modelio_read(b.s, b.len, &x, &got));
    module_free(back);
    problems_done(&probs);
    problems_done(&got);
    strbuf_done(&b);
    catalog_done(&cat);
}
END_TEST

/* A lesson with a practice quiz beside its exam: both settings cross, and a practice quiz beside
 * anything but an exam is refused. */
START_TEST(practice_beside_the_exam_round_trip)
{
    Catalog cat;
    catalog_init(&cat);
    ck_assert(tu_load_file(&cat, "content/examples/must-be-right.lua", NULL));
    Module *m = cat.modules[0];
    ck_assert_ptr_nonnull(m->practice);
    StrBuf b;
    strbuf_init(&b);
    Problems none = {0};
    tu_modelio_write(&b, m, &none);
    Module *back = NULL;
    ck_assert(tu_modelio_read(b.s, b.len, &back, &none));
    ck_assert_int_eq(back->settings.mode, QUIZ_EXAM);
    ck_assert_uint_eq(back->settings.time_limit, 600);
    ck_assert_uint_eq(back->settings.attempts, 3);
    ck_assert_double_eq(back->settings.pass, 80);
    ck_assert_ptr_nonnull(back->practice);
    ck_assert_int_eq(back->practice->mode, QUIZ_PRACTICE);
    ck_assert_uint_eq(back->practice->retries, 1);
    ck_assert_double_eq(back->practice->penalty, 0.5);
    ck_assert_double_eq(back->practice->pass, 70);
    ck_assert_uint_eq(back->practice->n_pass_by_tag, 1);
    ck_assert_str_eq(back->practice->pass_by_tag[0].tag, "scene");
    module_free(back);
    strbuf_done(&b);
    strbuf_init(&b);
    m->settings.mode = QUIZ_PRACTICE; /* two practice quizzes: never from the loader */
    tu_modelio_write(&b, m, &none);
    back = NULL;
    ck_assert(!tu_modelio_read(b.s, b.len, &back, &none));
    ck_assert_ptr_null(back);
    strbuf_done(&b);
    catalog_done(&cat);
}
END_TEST

START_TEST(malformed_counts_and_answers_refused)
{
    Catalog cat;
    Module *m = load_bundled(&cat);
    Problems none = {0};
    m->questions[0].answer = 99; /* an answer the loader would never let through */
    StrBuf b;
    strbuf_init(&b);
    tu_modelio_write(&b, m, &none);
    Module *x = NULL;
    ck_assert(!tu_modelio_read(b.s, b.len, &x, &none));
    /* A huge count with nothing behind it. */
    char bogus[16] = "RMOD\x01\0\0\0\xff\xff\xff\x7f";
    ck_assert(!tu_modelio_read(bogus, 12, &x, &none));
    ck_assert(!tu_modelio_read("nonsense", 8, &x, &none));
    strbuf_done(&b);
    catalog_done(&cat);
}
END_TEST

/* A form field's rule crosses by its name: every rule comes back as it went, and a name the
 * reader does not know is refused. */
START_TEST(form_field_rules_by_name)
{
    Catalog cat;
    catalog_init(&cat);
    ck_assert(tu_load_file(&cat, "content/examples/trace-request.lua", NULL));
    const Module *m = cat.modules[0];
    const Question *form = NULL;
    for (size_t i = 0; i < m->n_questions && !form; i++)
        if (m->questions[i].type == QUESTION_FORM)
            form = &m->questions[i];
    ck_assert_ptr_nonnull(form);
    Problems none = {0};
    StrBuf b;
    strbuf_init(&b);
    modelio_write_question(&b, form, &none);
    Question back;
    bool have;
    ck_assert(modelio_read_question(b.s, b.len, &back, &have, &none));
    ck_assert(have);
    ck_assert_uint_eq(back.n_fields, form->n_fields);
    for (size_t k = 0; k < form->n_fields; k++)
        ck_assert_int_eq(back.fields[k].rule, form->fields[k].rule);
    question_done(&back);
    /* The numeric field's rule, renamed in the stream. */
    char *at = memmem(b.s, b.len, "\x06\0\0\0number", 10);
    ck_assert_ptr_nonnull(at);
    at[9] = 'x';
    ck_assert(!modelio_read_question(b.s, b.len, &back, &have, &none));
    ck_assert(!have);
    strbuf_done(&b);
    catalog_done(&cat);
}
END_TEST

Suite *model_io_suite(void)
{
    Suite *s = suite_create("model_io");
    TCase *tc = tcase_create("stream");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, round_trip);
    tcase_add_test(tc, practice_beside_the_exam_round_trip);
    tcase_add_test(tc, malformed_counts_and_answers_refused);
    tcase_add_test(tc, form_field_rules_by_name);
    suite_add_tcase(s, tc);
    return s;
}
