/* The authoring API beyond single questions: forms, question functions and their seeds, quiz
 * settings, page links and prerequisites; and taking such a quiz: draws, tries, hints, exams. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/quiz.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static Catalog cat;
static Store *store;
static int64_t trainee_id;
static char err[512];

static void setup(void)
{
    catalog_init(&cat);
    store = tu_store_with_trainee(tu_dir, "MX", &trainee_id);
}

static void teardown(void)
{
    store_close(store);
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

#define HEAD "return lesson { id = 'm', title = { en = 'M', es = 'M' },\n"
#define T(s) "{ en = '" s "', es = '" s "' }"

static const char *const FORM =
    HEAD " quiz = { form { id = 'f', prompt = " T("Fill") ", explain = " T("e") ",\n"
    "  hint = " T("Look at the slide") ", tags = { 'tracing', 'marking' },\n"
    "  image = { file = 'slide.png', caption = " T("Slide") ", alt = " T("A slide") " },\n"
    "  fields = {\n"
    "   { name = 'serial', label = " T("Serial") ", rule = 'serial', answer = 'AB12' },\n"
    "   { name = 'make', label = " T("Make") ", answers = { 'Acme' } },\n"
    "   { name = 'cal', label = " T("Calibre") ", rule = 'number', answer = 9, unit = 'mm' },\n"
    "   { name = 'country', label = " T("Country") ", rule = 'country', answer = 'at' },\n"
    "   { name = 'imp', label = " T("Importer") ", answer = 'ACME SA',\n"
    "     check = function(v) if v == 'boom' then error('bad check') end\n"
    "       return v:upper():find('ACME') ~= nil, { en = 'importer: ' .. v, es = 'importador: ' .. v } end },\n"
    " } } } }\n";

START_TEST(form_fields_load_with_their_rules)
{
    ck_assert(load(FORM));
    const Question *q = &cat.modules[0]->questions[0];
    ck_assert_int_eq(q->type, QUESTION_FORM);
    ck_assert_uint_eq(q->n_fields, 5);
    ck_assert_int_eq(q->fields[0].rule, FIELD_SERIAL);
    ck_assert_int_eq(q->fields[1].rule, FIELD_TEXT);
    ck_assert_int_eq(q->fields[2].rule, FIELD_NUMERIC);
    ck_assert_str_eq(q->fields[2].unit, "mm");
    ck_assert_int_eq(q->fields[3].rule, FIELD_COUNTRY);
    ck_assert_str_eq(q->fields[3].accepted[0], "AT");
    ck_assert_int_eq(q->fields[4].rule, FIELD_CHECK);
    ck_assert_str_eq(ltext_get(&q->fields[4].shown, LANG_ES), "ACME SA");
    ck_assert(question_has_tag(q, "marking"));
    ck_assert_str_eq(ltext_get(&q->image.file, LANG_ES), "slide.png");
    ck_assert_str_eq(ltext_get(&q->hint, LANG_EN), "Look at the slide");
    ck_assert_ptr_nonnull(cat.modules[0]->source); /* kept for the check function */
    /* Rules score typed values in core. */
    ck_assert(form_field_score(&q->fields[0], " AB12 ") == 1);
    ck_assert(form_field_score(&q->fields[0], "AB1Z") == 0);
    ck_assert(form_field_score(&q->fields[1], "acme") == 1);
    ck_assert(form_field_score(&q->fields[2], "9,0 mm") == 1);
    ck_assert(form_field_score(&q->fields[2], "nine") == 0);
    ck_assert(form_field_score(&q->fields[3], "at") == 1);
    ck_assert(form_field_score(&q->fields[3], "AU") == 0);
    ck_assert(form_field_score(&q->fields[1], "") == 0);
}
END_TEST

START_TEST(form_mistakes_are_reported)
{
    ck_assert(!load(HEAD " quiz = { form { id = 'f', prompt = 'p', fields = {\n"
                    "  { name = 'a', label = 'A', rule = 'colour', answer = 'x' },\n"
                    "  { name = 'b', label = 'B', rule = 'check' },\n"
                    "  { name = 'c', label = 'C', rule = 'country', answer = 'QQ' },\n"
                    "  { name = 'c', label = 'C', answers = { 'x' }, tolerance = 1 },\n"
                    " } } } }\n"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].fields[1].rule: unknown rule 'colour'"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].fields[2].check: missing"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].fields[3].answer: must be an ISO 3166"));
    ck_assert_ptr_nonnull(problem_with("duplicate field name 'c'"));
    ck_assert_ptr_nonnull(problem_with("quiz[1].fields[4].tolerance: unknown field"));
}
END_TEST

/* The quiz hooks, as the shell wires them: the Lua host in a child process. */
static bool gen_hook(void *ctx, const Module *m, const Question *q, uint32_t seed, Question *out)
{
    (void)ctx;
    Problems p = {0};
    bool ok = host_generate(m, q, seed, out, &p);
    problems_done(&p);
    return ok;
}

static bool check_hook(void *ctx, const Module *m, const Question *q, const char *const *values,
                       FieldCheck *out)
{
    Problems *p = ctx;
    return host_check_fields(m, q, values, out, p);
}

START_TEST(form_scored_per_field_with_the_lua_check)
{
    ck_assert(load(FORM));
    Problems probs = {0};
    QuizHooks hooks = {.generate = gen_hook, .check = check_hook, .ctx = &probs};
    QuizRun run;
    ck_assert_msg(quiz_start(&run, store, trainee_id, cat.modules[0], &hooks, 7, err, sizeof err),
                  "%s", err);
    const char *values[] = {"AB12", "acme", "9", "AT", "Acme imports"};
    Verdict v;
    ck_assert_msg(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err) == false, "a pick taken");
    ck_assert_msg(quiz_submit(&run, (QuizAnswer){ANSWER_FIELDS, .values = values}, &v, err,
                              sizeof err), "%s", err);
    ck_assert(v.correct);
    ck_assert_double_eq_tol(v.score, 1.0, 1e-9);
    QuizItem *it = &run.items[0];
    ck_assert_double_eq(it->checks[4].score, 1.0);
    ck_assert_str_eq(ltext_get(&it->checks[4].message, LANG_ES), "importador: Acme imports");
    ck_assert_uint_eq(probs.n, 0);
    /* Answered: another answer is refused, as on every kind, and its checks are not run. */
    const char *again[] = {"x", "x", "x", "x", "boom"};
    ck_assert(!quiz_submit(&run, (QuizAnswer){ANSWER_FIELDS, .values = again}, &v, err,
                           sizeof err));
    ck_assert_uint_eq(probs.n, 0);
    ck_assert_double_eq(it->checks[4].score, 1.0);
    ck_assert(quiz_finish(&run, err, sizeof err));
    quiz_done(&run);

    /* A wrong serial and a check that fails: 3 of 5 fields, the failure reported. */
    ck_assert(quiz_start(&run, store, trainee_id, cat.modules[0], &hooks, 8, err, sizeof err));
    const char *bad[] = {"AB1Z", "acme", "9", "AT", "boom"};
    ck_assert(quiz_submit(&run, (QuizAnswer){ANSWER_FIELDS, .values = bad}, &v, err,
                          sizeof err));
    ck_assert(!v.correct);
    ck_assert_double_eq_tol(v.score, 0.6, 1e-9);
    ck_assert_ptr_nonnull(strstr(probs.items[0].message, "bad check"));
    char *db = xasprintf("%s/t.db", tu_dir);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE response = "
                                    "'{\"serial\":\"AB1Z\",\"make\":\"acme\",\"cal\":\"9\","
                                    "\"country\":\"AT\",\"imp\":\"boom\"}'"), 1);
    free(db);
    quiz_done(&run);
    problems_done(&probs);
}
END_TEST

static const char *const GENERATED =
    HEAD " quiz = {\n"
    "  function(rng)\n"
    "    local n = rng:int(2, 1000000)\n"
    "    local s = rng:pick({ 'a', 'b', 'c' }) .. math.random(1, 9)\n"
    "    return numeric { id = 'sum', prompt = " T("How much?") ", answer = n,\n"
    "      explain = { en = s, es = s } }\n"
    "  end } }\n";

START_TEST(generated_questions_replay_from_their_seed)
{
    ck_assert(load(GENERATED));
    const Module *m = cat.modules[0];
    const Question *q = &m->questions[0];
    ck_assert(q->generated);
    ck_assert_uint_eq(q->seed, 1);
    Problems p = {0};
    Question a, b, c;
    ck_assert(host_generate(m, q, 12345, &a, &p));
    ck_assert(host_generate(m, q, 12345, &b, &p));
    ck_assert(host_generate(m, q, 54321, &c, &p));
    ck_assert_uint_eq(p.n, 0);
    ck_assert_double_eq(a.value, b.value); /* the same seed builds the same question */
    ck_assert_str_eq(ltext_get(&a.explain, LANG_EN), ltext_get(&b.explain, LANG_EN));
    ck_assert(a.value != c.value || strcmp(ltext_get(&a.explain, LANG_EN),
                                           ltext_get(&c.explain, LANG_EN)) != 0);
    ck_assert_str_eq(a.id, "sum");
    question_done(&a);
    question_done(&b);
    question_done(&c);
    problems_done(&p);

    /* In a quiz the seed is stored with the answer, and rebuilds the question asked. */
    QuizHooks hooks = {.generate = gen_hook};
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, &hooks, 99, err, sizeof err));
    const Question *asked = quiz_question(&run);
    uint32_t seed = run.items[0].seed;
    ck_assert_uint_ne(seed, 1);
    char answer[64];
    snprintf(answer, sizeof answer, "%.17g", asked->value);
    Verdict v;
    ck_assert(quiz_submit(&run, (QuizAnswer){ANSWER_TYPED, .typed = answer}, &v, err, sizeof err));
    ck_assert(v.correct);
    char *db = xasprintf("%s/t.db", tu_dir);
    ck_assert_int_eq(tu_sql_int(db, "SELECT seed FROM answer"), (long long)seed);
    free(db);
    Question again;
    Problems p2 = {0};
    ck_assert(host_generate(m, q, seed, &again, &p2));
    ck_assert_double_eq(again.value, asked->value);
    question_done(&again);
    problems_done(&p2);
    quiz_done(&run);
}
END_TEST

START_TEST(lint_tries_many_seeds)
{
    static const char *const src =
        HEAD " quiz = {\n"
        "  function(rng)\n"
        "    local k = rng:int(1, 6)\n"
        "    if k == 4 then error('four is not handled') end\n"
        "    return truefalse { id = 'tf', prompt = " T("p") ", answer = true, explain = " T("e") " }\n"
        "  end,\n"
        "  function(rng)\n"
        "    return truefalse { id = 'x' .. rng:int(1, 3), prompt = " T("p") ", answer = true, explain = " T("e") " }\n"
        "  end,\n"
        "  function(rng)\n"
        "    return truefalse { id = 'w', prompt = 'English only', answer = rng:int(1, 2) == 1 }\n"
        "  end,\n"
        "  function(rng)\n"
        "    return rng:int(1, 3) == 2 and 'not a question' or "
        "truefalse { id = 'v', prompt = " T("p") ", answer = true, explain = " T("e") " }\n"
        "  end } }\n";
    ck_assert(load(src)); /* the shell builds seed 1 only */
    catalog_done(&cat);
    catalog_init(&cat);
    char *path = tu_write(tu_dir, "m.lua", src);
    HostLoadOptions forty = host_load_shell;
    forty.gen_seeds = 40;
    ck_assert(!tu_load_file(&cat, path, &forty));
    free(path);
    const Problem *p = problem_with("four is not handled");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 5);
    ck_assert_ptr_nonnull(strstr(p->message, "quiz[1] (seed "));
    ck_assert_ptr_nonnull(problem_with("must keep its id and type"));
    ck_assert_ptr_nonnull(problem_with("builds truefalse 'x"));
    /* Seed 1's warnings are not repeated for every seed tried. */
    size_t warned = 0;
    for (size_t i = 0; i < cat.problems.n; i++)
        warned += strstr(cat.problems.items[i].message, "quiz[3] (seed 1).prompt: missing translation") != NULL;
    ck_assert_uint_eq(warned, 1);
    /* What is not a question is reported at the function's line. */
    const Problem *nq = problem_with("must return a question");
    ck_assert_ptr_nonnull(nq);
    ck_assert_int_eq(nq->line, 14);
}
END_TEST

START_TEST(settings_and_pages_are_checked)
{
    /* A practice quiz and an exam side by side: each is checked on its own. */
    ck_assert(!load(HEAD " practice = { retries = 2, tags = { 'nope' }, time_limit = 60 },\n"
                    " exam = { pass = 50, draw = 2, hint_cost = 1 },\n"
                    " quiz = { truefalse { id = 'a', prompt = 'p', answer = true } } }\n"));
    ck_assert_ptr_nonnull(problem_with("practice.tags: no question carries the tag 'nope'"));
    ck_assert_ptr_nonnull(problem_with("practice.time_limit: unknown field"));
    ck_assert_ptr_nonnull(problem_with("exam.draw: draws 2 questions from a pool of 1"));
    ck_assert_ptr_nonnull(problem_with("exam.hint_cost: unknown field"));
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!load(HEAD " exam = { draw = 3, tags = { 'nope' }, retries = 1, time_limit = 5 },\n"
                    " quiz = { truefalse { id = 'a', prompt = 'p', answer = true } } }\n"));
    ck_assert_ptr_nonnull(problem_with("exam.retries: unknown field"));
    ck_assert_ptr_nonnull(problem_with("exam.time_limit: must be from 10"));
    ck_assert_ptr_nonnull(problem_with("no question carries the tag 'nope'"));
    ck_assert_ptr_nonnull(problem_with("draws 3 questions from a pool of 0"));
    catalog_done(&cat);
    catalog_init(&cat);
    ck_assert(!load(HEAD " pages = {\n"
                    "  page { id = 'a', title = 'A', text = 'a', choices = {\n"
                    "    { label = 'to b', go = 'b' }, { label = 'nowhere', go = 'zz' } } },\n"
                    "  page { id = 'b', title = 'B', text = 'b', next = 'end' },\n"
                    "  page { id = 'c', title = 'C', text = 'c' },\n"
                    "  page { id = 'c', title = 'C', text = 'c' } } }\n"));
    ck_assert_ptr_nonnull(problem_with("pages[1].choices[2].go: no page has the id 'zz'"));
    ck_assert_ptr_nonnull(problem_with("duplicate page id 'c'"));
    const Problem *p = problem_with("pages[3]: unreachable");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->level, PROBLEM_WARNING);
    ck_assert_int_eq(p->line, 6);
}
END_TEST

START_TEST(page_links_resolve)
{
    ck_assert(load(HEAD " exam = { draw = 1, time_limit = 60, attempts = 2, pass = 80 },\n"
                   " requires = { 'safety' },\n"
                   " pages = {\n"
                   "  page { id = 'a', title = " T("A") ", text = " T("a") ", choices = {\n"
                   "    { label = " T("to c") ", go = 'c' }, { label = " T("done") ", go = 'end' } } },\n"
                   "  page { id = 'b', title = " T("B") ", text = " T("b") " },\n"
                   "  page { id = 'c', title = " T("C") ", text = " T("c") ", next = 'b' } },\n"
                   " quiz = { truefalse { id = 'a', prompt = " T("p") ", answer = true, explain = " T("e") " } } }\n"));
    const Module *m = cat.modules[0];
    ck_assert_uint_eq(m->pages[0].choices[0].page, 2);
    ck_assert_uint_eq(m->pages[0].choices[1].page, PAGE_END);
    ck_assert_uint_eq(m->pages[2].next, 1);
    ck_assert_uint_eq(m->pages[1].next, 2);
    ck_assert_int_eq(m->settings.mode, QUIZ_EXAM);
    ck_assert(m->settings.shuffle); /* on by default in exams */
    ck_assert_uint_eq(m->settings.attempts, 2);
    ck_assert_str_eq(m->requires[0], "safety");
    catalog_check_requires(&cat, PROBLEM_WARNING);
    ck_assert_ptr_nonnull(problem_with("requires: no loaded module has the id 'safety'"));
}
END_TEST

START_TEST(requirement_loops_are_errors)
{
    char *a = tu_write(tu_dir, "a.lua", "return lesson { id = 'a', title = 'A', requires = { 'b' }, "
                                     "pages = { page { title = 'x', text = 'y' } } }");
    char *b = tu_write(tu_dir, "b.lua", "return lesson { id = 'b', title = 'B', requires = { 'a' }, "
                                     "pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(tu_load_file(&cat, a, NULL) && tu_load_file(&cat, b, NULL));
    catalog_check_requires(&cat, PROBLEM_ERROR);
    const Problem *p = problem_with("ends up requiring itself");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    free(a);
    free(b);
}
END_TEST

/* A module of n choice questions q1..qn, options A..D, right answer always the first option;
 * odd questions tagged 'odd'. settings is Lua text for the practice/exam field. */
static const Module *choice_module(int n, const char *settings)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, HEAD " %s,\n quiz = {\n", settings);
    for (int i = 1; i <= n; i++)
        strbuf_printf(&b, "  choice { id = 'q%d', prompt = " T("Q") ", options = { " T("A") ", "
                          T("B") ", " T("C") ", " T("D") " }, answer = 1, explain = " T("e") ",\n"
                          "   hint = " T("h") ", tags = { '%s' } },\n", i, i % 2 ? "odd" : "even");
    strbuf_puts(&b, " } }\n");
    bool ok = load(b.s);
    strbuf_done(&b);
    ck_assert_msg(ok, "%s", cat.problems.n ? cat.problems.items[0].message : "?");
    return cat.modules[cat.n - 1];
}

START_TEST(draws_are_fixed_by_the_seed)
{
    const Module *m = choice_module(10, "exam = { draw = 4, tags = { 'odd' } }");
    QuizRun a, b, c;
    ck_assert(quiz_start(&a, store, trainee_id, m, NULL, 42, err, sizeof err));
    ck_assert(quiz_start(&b, store, trainee_id, m, NULL, 42, err, sizeof err));
    ck_assert(quiz_start(&c, store, trainee_id, m, NULL, 43, err, sizeof err));
    ck_assert_uint_eq(a.n_items, 4);
    bool same = true, differs = false, options_moved = false;
    for (size_t i = 0; i < a.n_items; i++) {
        ck_assert(question_has_tag(a.items[i].q, "odd"));
        same = same && a.items[i].q == b.items[i].q &&
               memcmp(a.items[i].shown, b.items[i].shown, sizeof a.items[i].shown) == 0;
        differs = differs || a.items[i].q != c.items[i].q;
        for (size_t k = 0; k < 4; k++)
            options_moved = options_moved || a.items[i].shown[k] != k;
        for (size_t j = 0; j < i; j++)
            ck_assert_ptr_ne(a.items[i].q, a.items[j].q);
    }
    ck_assert(same);
    ck_assert(differs);
    ck_assert(options_moved); /* exams shuffle options by default */
    char *db = xasprintf("%s/t.db", tu_dir);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE mode = 'exam' AND seed = 42"), 2);
    free(db);
    quiz_done(&a);
    quiz_done(&b);
    quiz_done(&c);
}
END_TEST

START_TEST(practice_tries_penalties_and_hints)
{
    const Module *m = choice_module(2, "practice = { retries = 2, penalty = 0.25, hint_cost = 0.5 }");
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    Verdict v;
    /* Question 1: wrong, wrong, then right on the last try: 1 - 2 * 0.25. */
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert(!v.final);
    ck_assert_uint_eq(v.tries_left, 2);
    ck_assert(quiz_submit(&run, quiz_pick(2), &v, err, sizeof err));
    ck_assert_uint_eq(v.tries_left, 1);
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert(v.final && v.correct);
    ck_assert_double_eq_tol(v.score, 0.5, 1e-9);
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err)); /* done */
    quiz_next(&run);
    /* Question 2: the hint, then right at once: 1 - 0.5. */
    ck_assert(quiz_take_hint(&run));
    ck_assert(quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert_double_eq_tol(v.score, 0.5, 1e-9);
    quiz_next(&run);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq_tol(quiz_percent(&run), 50.0, 1e-9);
    ck_assert(!tu_quiz_passed(&run));
    char *db = xasprintf("%s/t.db", tu_dir);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 4);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE final = 1"), 2);
    ck_assert_int_eq(tu_sql_int(db, "SELECT max(try) FROM answer"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE hinted = 1"), 1);
    free(db);
    quiz_done(&run);
}
END_TEST

/* A lesson with a practice quiz and an exam: the exam decides the pass (m->settings), the
 * practice quiz draws from the same questions by its own settings, and practice attempts use
 * none of the exam's. */
START_TEST(practice_and_exam_side_by_side)
{
    const Module *m = choice_module(10, "practice = { retries = 1, hint_cost = 0.5 },\n"
                                        " exam = { draw = 4, tags = { 'odd' }, attempts = 1, "
                                        "time_limit = 60, pass = 80 }");
    ck_assert_int_eq(m->settings.mode, QUIZ_EXAM);
    ck_assert_ptr_nonnull(m->practice);
    ck_assert(module_has_exam(m) && module_has_both_quizzes(m));
    ck_assert_ptr_eq(module_quiz(m, QUIZ_EXAM), &m->settings);
    ck_assert_ptr_eq(module_quiz(m, QUIZ_PRACTICE), m->practice);
    ck_assert_int_eq(m->practice->mode, QUIZ_PRACTICE);
    ck_assert(!m->practice->shuffle); /* the practice default */
    ck_assert_uint_eq(quiz_length(m, m->practice), 10);
    ck_assert_uint_eq(quiz_length(m, &m->settings), 4);
    QuizRun run;
    for (int k = 0; k < 2; k++) {
        ck_assert(quiz_start_mode(&run, store, trainee_id, m, QUIZ_PRACTICE, NULL, 5, err, sizeof err));
        ck_assert_int_eq(run.mode, ATTEMPT_PRACTICE);
        ck_assert_uint_eq(run.n_items, 10);
        ck_assert_str_eq(run.items[0].q->id, "q1"); /* the module's order */
        ck_assert_double_eq(quiz_seconds_left(&run, clock_wall()), -1);
        ck_assert(quiz_take_hint(&run));
        Verdict v;
        ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
        ck_assert(!v.final && v.tries_left == 1);
        quiz_done(&run);
    }
    int left;
    ck_assert(quiz_attempts_left(store, trainee_id, m, &left, err, sizeof err));
    ck_assert_int_eq(left, 1); /* practice used none */
    ck_assert(quiz_start_mode(&run, store, trainee_id, m, QUIZ_EXAM, NULL, 5, err, sizeof err));
    ck_assert_int_eq(run.mode, ATTEMPT_EXAM);
    ck_assert_uint_eq(run.n_items, 4);
    for (size_t i = 0; i < run.n_items; i++)
        ck_assert(question_has_tag(run.items[i].q, "odd"));
    ck_assert(!quiz_take_hint(&run));
    ck_assert(quiz_seconds_left(&run, clock_wall()) > 58);
    quiz_done(&run);
    ck_assert(!quiz_start_mode(&run, store, trainee_id, m, QUIZ_EXAM, NULL, 6, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "no attempts left"));
    /* The exam's attempts used up, practice goes on. */
    ck_assert(quiz_start_mode(&run, store, trainee_id, m, QUIZ_PRACTICE, NULL, 7, err, sizeof err));
    quiz_done(&run);
    /* A lesson with one quiz offers only that one. */
    catalog_done(&cat);
    catalog_init(&cat);
    const Module *one = choice_module(2, "practice = { retries = 1 }");
    ck_assert_ptr_null(module_quiz(one, QUIZ_EXAM));
    ck_assert(!module_has_exam(one) && !module_has_both_quizzes(one));
    ck_assert(!quiz_start_mode(&run, store, trainee_id, one, QUIZ_EXAM, NULL, 1, err, sizeof err));
}
END_TEST

START_TEST(exam_time_limit_and_attempts)
{
    const Module *m = choice_module(3, "exam = { time_limit = 60, attempts = 2, shuffle = false }");
    QuizRun run;
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 1, err, sizeof err));
    ck_assert(!quiz_take_hint(&run)); /* no hints in an exam */
    double left = quiz_seconds_left(&run, clock_wall());
    ck_assert(left > 58 && left <= 60);
    Verdict v;
    ck_assert(quiz_submit(&run, quiz_pick(1), &v, err, sizeof err));
    ck_assert(v.final); /* one answer, no retries */
    quiz_next(&run);
    run.started -= 61; /* the clock runs out */
    ck_assert(!quiz_submit(&run, quiz_pick(0), &v, err, sizeof err));
    ck_assert(run.expired);
    ck_assert(quiz_finish(&run, err, sizeof err));
    ck_assert_double_eq(run.max, 3); /* unanswered questions count */
    quiz_done(&run);
    ck_assert(quiz_start(&run, store, trainee_id, m, NULL, 2, err, sizeof err));
    quiz_done(&run);
    int n;
    ck_assert(quiz_attempts_left(store, trainee_id, m, &n, err, sizeof err));
    ck_assert_int_eq(n, 0);
    ck_assert(!quiz_start(&run, store, trainee_id, m, NULL, 3, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "no attempts left"));
}
END_TEST

Suite *authoring_suite(void)
{
    Suite *s = suite_create("authoring");
    TCase *tc = tcase_create("authoring");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, form_fields_load_with_their_rules);
    tcase_add_test(tc, form_mistakes_are_reported);
    tcase_add_test(tc, form_scored_per_field_with_the_lua_check);
    tcase_add_test(tc, generated_questions_replay_from_their_seed);
    tcase_add_test(tc, lint_tries_many_seeds);
    tcase_add_test(tc, settings_and_pages_are_checked);
    tcase_add_test(tc, practice_and_exam_side_by_side);
    tcase_add_test(tc, page_links_resolve);
    tcase_add_test(tc, requirement_loops_are_errors);
    tcase_add_test(tc, draws_are_fixed_by_the_seed);
    tcase_add_test(tc, practice_tries_penalties_and_hints);
    tcase_add_test(tc, exam_time_limit_and_attempts);
    suite_add_tcase(s, tc);
    return s;
}
