/* The instructor's live view in core: the roster's figures (answers, score so far, recent work,
 * where each trainee is), the struggling rule both ways, the workshop filter, and a trainee's
 * answers, on a real database filled through the store's public API. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tui/core/i18n.h"
#include "../tui/core/live.h"
#include "../tui/core/quiz_kind.h"
#include "../tui/core/response.h"
#include "../tui/core/store_internal.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Store *store;
static char err[512];
static int64_t ws; /* workshop W1: Ana and Ben; Carla is on no roster */
static Trainee ana, ben, carla;

static void add_trainee(Trainee *t, const char *name)
{
    *t = (Trainee){.name = (char *)name, .agency = "PN", .country = "MX"};
    ck_assert_msg(store_trainee_add(store, t, err, sizeof err), "%s", err);
    if (t != &carla)
        ck_assert_msg(store_workshop_join(store, ws, t->id, err, sizeof err), "%s", err);
}

static int64_t start(const Trainee *t, const char *module, AttemptMode mode)
{
    AttemptRow row = {.trainee_id = t->id, .module_id = module, .module_version = 1,
                      .mode = mode};
    int64_t id;
    ck_assert_msg(store_attempt_start(store, &row, &id, err, sizeof err), "%s", err);
    return id;
}

/* A final answer to question q (position pos), right or wrong. */
static void answer(int64_t attempt, const char *q, int pos, bool right)
{
    AnswerRow a = {.attempt_id = attempt, .question_id = q, .position = pos,
                   .response = right ? "yes" : "no", .score = right, .max_score = 1,
                   .try_no = 1, .final = true, .correct = right};
    ck_assert_msg(store_answer_add(store, &a, err, sizeof err), "%s", err);
}

/* Answers the pattern ("+" right, "-" wrong) as questions q1, q2, ... of attempt. */
static void answers(int64_t attempt, const char *pattern)
{
    for (int i = 0; pattern[i]; i++) {
        char q[16];
        snprintf(q, sizeof q, "q%d", i + 1);
        answer(attempt, q, i + 1, pattern[i] == '+');
    }
}

static void sql(const char *text)
{
    ck_assert_msg(store_exec(store, text, err, sizeof err), "%s", err);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_int_ge(asprintf(&db, "%s/live.db", dir), 0);
    store = tu_store_open(db, err, sizeof err);
    ck_assert_msg(store, "%s", err);
    Workshop w = {.name = "W1", .country = "MX", .starts = "2026-01-01", .instructor = ""};
    ck_assert_msg(store_workshop_add(store, &w, err, sizeof err), "%s", err);
    ws = w.id;
    add_trainee(&ana, "Ana");
    add_trainee(&ben, "Ben");
    add_trainee(&carla, "Carla");
}

static void teardown(void)
{
    store_close(store);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

static LiveRow *rows;
static size_t n_rows;

static void read_live(int64_t workshop, int64_t now)
{
    live_rows_free(rows, n_rows);
    ck_assert_msg(live_read(store, workshop, now, &rows, &n_rows, err, sizeof err), "%s", err);
}

static const LiveRow *row_of(const Trainee *t)
{
    for (size_t i = 0; i < n_rows; i++)
        if (rows[i].trainee_id == t->id)
            return &rows[i];
    ck_abort_msg("%s is not in the view", t->name);
    return NULL;
}

static void done_rows(void)
{
    live_rows_free(rows, n_rows);
    rows = NULL;
    n_rows = 0;
}

START_TEST(struggling_rule_both_ways)
{
    /* A low score counts only once there are enough answers to judge. */
    ck_assert(!live_struggling(4, 0, 0));
    ck_assert(live_struggling(5, 40, 0));
    ck_assert(!live_struggling(5, 50, 0));
    ck_assert(!live_struggling(20, 80, 2));
    /* Wrong answers in a row: at any score, from the first few answers on. */
    ck_assert(live_struggling(3, 0, 3));
    ck_assert(live_struggling(20, 85, 3));
    ck_assert(!live_struggling(0, -1, 0));
}
END_TEST

START_TEST(roster_figures_and_workshop_filter)
{
    int64_t now = (int64_t)time(NULL);
    /* Ana: six final answers, two right, no run of wrong ones at the end: a low score. */
    int64_t a1 = start(&ana, "mod-a", ATTEMPT_PRACTICE);
    /* A wrong first try before a right final one counts as the final one only. */
    AnswerRow try1 = {.attempt_id = a1, .question_id = "q0", .position = 7, .response = "x",
                      .score = 0, .max_score = 1, .try_no = 1};
    ck_assert(store_answer_add(store, &try1, err, sizeof err));
    answers(a1, "--+--+");
    /* Review answers are practice of a kind the score leaves out. */
    int64_t rv = start(&ana, "mod-a", ATTEMPT_REVIEW);
    answers(rv, "----");
    /* Ben: five right, then three wrong in a row. */
    int64_t b1 = start(&ben, "mod-b", ATTEMPT_EXAM);
    answers(b1, "+++++---");

    read_live(ws, now);
    ck_assert_uint_eq(n_rows, 2);
    ck_assert_str_eq(rows[0].name, "Ana");
    ck_assert_str_eq(rows[1].name, "Ben");
    const LiveRow *a = row_of(&ana), *b = row_of(&ben);
    ck_assert_str_eq(a->agency, "PN");
    ck_assert_str_eq(a->country, "MX");
    ck_assert_int_eq(a->answers, 6);
    ck_assert_double_eq_tol(a->pct, 100.0 * 2 / 6, 1e-9);
    ck_assert_int_eq(a->wrong_run, 0);
    ck_assert(a->struggling);
    ck_assert_int_eq(a->recent, 6);
    ck_assert(a->idle >= 0 && a->idle < 60);
    ck_assert_int_eq(b->answers, 8);
    ck_assert_double_eq_tol(b->pct, 62.5, 1e-9);
    ck_assert_int_eq(b->wrong_run, 3);
    ck_assert(b->struggling);
    ck_assert_int_eq(b->place, LIVE_EXAM);
    ck_assert_str_eq(b->module_id, "mod-b");
    LiveSummary sum = live_summary(rows, n_rows);
    ck_assert_int_eq(sum.trainees, 2);
    ck_assert_int_eq(sum.active, 2);
    ck_assert_int_eq(sum.struggling, 2);

    /* A right answer ends Ben's run; two more lift Ana over half marks. */
    answer(b1, "q9", 9, true);
    answer(a1, "q7", 8, true);
    answer(a1, "q8", 9, true);
    read_live(ws, now);
    b = row_of(&ben);
    a = row_of(&ana);
    ck_assert_int_eq(b->wrong_run, 0);
    ck_assert(!b->struggling);
    ck_assert_int_eq(a->answers, 8);
    ck_assert_double_eq_tol(a->pct, 50.0, 1e-9);
    ck_assert(!a->struggling);

    /* Every trainee: Carla too, who has done nothing yet. */
    read_live(0, now);
    ck_assert_uint_eq(n_rows, 3);
    const LiveRow *c = row_of(&carla);
    ck_assert_int_eq(c->answers, 0);
    ck_assert(c->pct < 0);
    ck_assert_int_eq(c->idle, -1);
    ck_assert_int_eq(c->place, LIVE_NOWHERE);
    ck_assert_str_eq(c->module_id, "");
    ck_assert(!c->struggling);
    sum = live_summary(rows, n_rows);
    ck_assert_int_eq(sum.trainees, 3);
    ck_assert_int_eq(sum.active, 2);
    ck_assert_int_eq(sum.struggling, 0);

    /* An hour on, nothing is recent and nobody active; the figures stand. The hour counts from
     * now, not from the test's start: the answers above may have been given a second later. */
    read_live(ws, (int64_t)time(NULL) + 3600);
    a = row_of(&ana);
    ck_assert_int_eq(a->recent, 0);
    ck_assert(a->idle >= 3600);
    ck_assert_int_eq(a->answers, 8);
    sum = live_summary(rows, n_rows);
    ck_assert_int_eq(sum.active, 0);

    /* Answers saved before rightness was recorded: right when they got full marks. */
    sql("UPDATE answer SET correct = NULL");
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ben)->wrong_run, 0);
    answer(b1, "q10", 10, false);
    answer(b1, "q11", 11, false);
    answer(b1, "q12", 12, false);
    sql("UPDATE answer SET correct = NULL");
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ben)->wrong_run, 3);
    ck_assert(row_of(&ben)->struggling);
    done_rows();
}
END_TEST

START_TEST(current_module_is_the_newest_place)
{
    int64_t now = (int64_t)time(NULL);
    int64_t a1 = start(&ana, "mod-quiz", ATTEMPT_PRACTICE);
    answers(a1, "+");
    ck_assert(store_lesson_place_save(store, ana.id, "mod-lesson", "p1\np2", err, sizeof err));
    /* The page was turned after the answer: the lesson. */
    sql("UPDATE answer SET answered_at = '2026-01-01T10:00:00.000Z';"
        "UPDATE attempt SET started_at = '2026-01-01T09:59:00.000Z';"
        "UPDATE lesson_place SET updated_at = '2026-01-01T10:05:00.000Z'");
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ana)->place, LIVE_LESSON);
    ck_assert_str_eq(row_of(&ana)->module_id, "mod-lesson");
    /* An answer after the page: the quiz. */
    sql("UPDATE answer SET answered_at = '2026-01-01T10:06:00.000Z'");
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ana)->place, LIVE_PRACTICE);
    ck_assert_str_eq(row_of(&ana)->module_id, "mod-quiz");
    /* The last activity is the answer, measured from now. */
    read_live(ws, 1767261960 + 60); /* 2026-01-01T10:06:00Z + 1 min */
    ck_assert_int_eq(row_of(&ana)->idle, 60);
    /* An attempt without answers counts from its start; a tie goes to the quiz. */
    int64_t a2 = start(&ana, "mod-exam", ATTEMPT_EXAM);
    (void)a2;
    sql("UPDATE attempt SET started_at = '2026-01-01T10:06:00.000Z' WHERE module_id = 'mod-exam';"
        "UPDATE lesson_place SET updated_at = '2026-01-01T10:07:00.000Z'");
    read_live(ws, now);
    ck_assert_str_eq(row_of(&ana)->module_id, "mod-lesson");
    sql("UPDATE attempt SET started_at = '2026-01-01T10:07:00.000Z' WHERE module_id = 'mod-exam'");
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ana)->place, LIVE_EXAM);
    ck_assert_str_eq(row_of(&ana)->module_id, "mod-exam");
    /* Finished attempts, a finished lesson and review attempts are no current place. */
    ck_assert(store_attempt_finish(store, a1, 1, 1, err, sizeof err));
    ck_assert(store_attempt_finish(store, a2, 0, 1, err, sizeof err));
    ck_assert(store_lesson_place_save(store, ana.id, "mod-lesson", "", err, sizeof err));
    start(&ana, "mod-review", ATTEMPT_REVIEW);
    read_live(ws, now);
    ck_assert_int_eq(row_of(&ana)->place, LIVE_NOWHERE);
    ck_assert_str_eq(row_of(&ana)->module_id, "");
    /* Finishing is activity: just now. */
    ck_assert(row_of(&ana)->idle >= 0 && row_of(&ana)->idle < 60);
    done_rows();
}
END_TEST

START_TEST(a_trainees_answers_newest_first)
{
    int64_t now = (int64_t)time(NULL);
    int64_t a1 = start(&ana, "mod-a", ATTEMPT_PRACTICE);
    AnswerRow first = {.attempt_id = a1, .question_id = "q1", .position = 1, .response = "ak-47",
                       .score = 0, .max_score = 2, .try_no = 1};
    ck_assert(store_answer_add(store, &first, err, sizeof err));
    AnswerRow second = {.attempt_id = a1, .question_id = "q1", .position = 1,
                        .response = "AK-47\x1b[2J", .score = 1, .max_score = 2, .try_no = 2,
                        .hinted = true, .final = true, .correct = true};
    ck_assert(store_answer_add(store, &second, err, sizeof err));
    int64_t e1 = start(&ana, "mod-b", ATTEMPT_EXAM);
    answer(e1, "q5", 1, false);
    answers(start(&ben, "mod-b", ATTEMPT_PRACTICE), "+++");
    /* Distinct times so that the order is that of the clock, not of insertion. */
    sql("UPDATE answer SET answered_at = '2026-01-01T10:00:01.000Z' WHERE response = 'ak-47';"
        "UPDATE answer SET answered_at = '2026-01-01T10:00:02.000Z' WHERE question_id = 'q5';"
        "UPDATE answer SET answered_at = '2026-01-01T10:00:03.000Z' WHERE response <> 'ak-47' "
        " AND question_id = 'q1' AND try = 2");

    LiveAnswer *list;
    size_t n;
    ck_assert_msg(live_answers(store, ana.id, now, 0, &list, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(list[0].module_id, "mod-a");
    ck_assert_str_eq(list[0].question_id, "q1");
    ck_assert_str_eq(list[0].response, "AK-47\x1b[2J"); /* stored as given; drawn inert */
    ck_assert_int_eq(list[0].try_no, 2);
    ck_assert(list[0].hinted && list[0].final && list[0].correct);
    ck_assert_double_eq(list[0].score, 1);
    ck_assert_double_eq(list[0].max_score, 2);
    ck_assert_str_eq(list[0].at, "2026-01-01 10:00:03");
    ck_assert(list[0].ago > 0);
    ck_assert_str_eq(list[1].question_id, "q5");
    ck_assert_int_eq(list[1].mode, ATTEMPT_EXAM);
    ck_assert(!list[1].correct && list[1].final);
    ck_assert_str_eq(list[2].response, "ak-47");
    ck_assert(!list[2].final && !list[2].correct);
    ck_assert_int_eq(list[2].try_no, 1);
    live_answers_free(list, n);

    ck_assert(live_answers(store, ana.id, 1767261603 + 7, 1, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].question_id, "q1");
    ck_assert_int_eq(list[0].ago, 7);
    live_answers_free(list, n);

    ck_assert(live_answers(store, carla.id, now, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 0);
    live_answers_free(list, n);
}
END_TEST

/* The question id of module mid in cat; fails the test when it is not there. */
static const Question *question_of(const Catalog *cat, const char *mid, const char *id)
{
    const Module *m = catalog_find(cat, mid);
    ck_assert_msg(m, "module %s did not load", mid);
    const Question *q = module_question(m, id);
    ck_assert_msg(q, "no question %s in %s", id, mid);
    return q;
}

/* response to question id as described in lang equals want. */
static void says(const Catalog *cat, const char *mid, const char *id, const char *response,
                 Lang lang, const char *want)
{
    char *got = response_describe(question_of(cat, mid, id), response, lang, true);
    ck_assert_msg(strcmp(got, want) == 0, "%s \"%s\": got \"%s\", want \"%s\"", id, response,
                  got, want);
    free(got);
}

START_TEST(stored_answers_read_as_the_trainee_saw_them)
{
    Catalog cat;
    catalog_init(&cat);
    char *paths[] = {"content/examples/question-types.lua", "content/examples/trace-request.lua"};
    host_load_paths(&cat, paths, 2, NULL);
    const char *qt = "example-question-types", *tr = "example-trace-request";
    says(&cat, qt, "serial-location", "1", LANG_EN, "On the frame or receiver");
    says(&cat, qt, "serial-location", "2", LANG_ES, "En el cañón, junto al calibre");
    says(&cat, qt, "required-fields", "1,2,4", LANG_EN,
         "Serial number; Calibre; Country of origin");
    says(&cat, qt, "duplicate-serials", "false", LANG_EN, "False");
    says(&cat, qt, "duplicate-serials", "true", LANG_ES, "Verdadero");
    says(&cat, qt, "traces-reaching-purchaser", "52", LANG_EN, "52 %");
    says(&cat, qt, "traces-reaching-purchaser", "52 %", LANG_EN, "52 %");
    says(&cat, qt, "transcribe-serial", "B8O1S5Z2", LANG_EN, "B8O1S5Z2");
    says(&cat, qt, "trace-chain", "2,1,3,4", LANG_EN,
         "1. Wholesaler or distributor; 2. Manufacturer or importer; 3. Retail dealer; "
         "4. First retail purchaser");
    says(&cat, qt, "categories", "1=2,2=1,3=3,4=4", LANG_EN,
         "Pistol \xE2\x86\x92 A cylinder of chambers; Revolver \xE2\x86\x92 Chamber integral "
         "with the barrel; Rifle \xE2\x86\x92 Shoulder-fired, rifled bore; Shotgun "
         "\xE2\x86\x92 Shoulder-fired, smooth bore");
    says(&cat, qt, "serial-place", "F3", LANG_EN, "cell F3");
    says(&cat, tr, "fill-trace-request",
         "{\"serial\":\"4BS0871\",\"type\":\"pistola\",\"manufacturer\":\"\","
         "\"model\":\"RA\\\"9\\u0007\"}", LANG_ES,
         "Número de serie: 4BS0871; Tipo: pistola; Fabricante: -; Modelo: RA\"9\x07");
    /* A response that no longer fits the question (the module changed) is shown as stored. */
    says(&cat, qt, "serial-location", "7", LANG_EN, "7");
    says(&cat, qt, "serial-location", "Always loaded", LANG_EN, "Always loaded");
    says(&cat, qt, "trace-chain", "2,1,x", LANG_EN, "2,1,x");
    says(&cat, qt, "categories", "1=9", LANG_EN, "1=9");
    says(&cat, qt, "serial-place", "Z99", LANG_EN, "Z99");
    says(&cat, tr, "fill-trace-request", "{\"serial\":\"4BS", LANG_EN, "{\"serial\":\"4BS");
    catalog_done(&cat);
}
END_TEST

static void right_says(const Catalog *cat, const char *mid, const char *id, Lang lang,
                       unsigned parts, const char *want)
{
    const Question *q = question_of(cat, mid, id);
    char *got = response_describe_right(q, lang, false);
    ck_assert_msg(strcmp(got, want) == 0, "%s: got \"%s\", want \"%s\"", id, got, want);
    free(got);
    ck_assert_uint_eq(response_count_parts(q), parts);
}

/* The right answer in the same words, for a trainee's results; its parts for partial credit. */
START_TEST(right_answers_read_in_words)
{
    Catalog cat;
    catalog_init(&cat);
    char *paths[] = {"content/examples/question-types.lua", "content/examples/trace-request.lua"};
    host_load_paths(&cat, paths, 2, NULL);
    const char *qt = "example-question-types", *tr = "example-trace-request";
    right_says(&cat, qt, "serial-location", LANG_EN, 1, "On the frame or receiver");
    right_says(&cat, qt, "required-fields", LANG_EN, 3,
               "Serial number; Calibre; Country of origin");
    right_says(&cat, qt, "duplicate-serials", LANG_ES, 1, "Falso");
    right_says(&cat, qt, "reference-part", LANG_EN, 1, "frame or receiver");
    right_says(&cat, qt, "traces-reaching-purchaser", LANG_EN, 1, "52 +/- 2 %");
    right_says(&cat, qt, "transcribe-serial", LANG_EN, 1, "B8O1S5Z2");
    right_says(&cat, qt, "trace-chain", LANG_EN, 6,
               "1. Manufacturer or importer; 2. Wholesaler or distributor; 3. Retail dealer; "
               "4. First retail purchaser");
    right_says(&cat, qt, "categories", LANG_EN, 4,
               "Pistol -> Chamber integral with the barrel; Revolver -> A cylinder of chambers; "
               "Rifle -> Shoulder-fired, rifled bore; Shotgun -> Shoulder-fired, smooth bore");
    right_says(&cat, qt, "serial-place", LANG_EN, 1, "any of cells B3, C3, D3, E3, F3, B4, C4, D4, E4, B5, C5, D5, C6");
    right_says(&cat, tr, "fill-trace-request", LANG_ES, 7,
               "Número de serie: 4BS0871; Tipo: pistola; Fabricante: Rastro Arms; Modelo: RA-9; "
               "Calibre: 9 mm; País de origen (código ISO): CL; Importador: Rio Imports, Miami FL");
    catalog_done(&cat);
}
END_TEST

/* response.c asks every kind for its words: none may leave a function out. */
START_TEST(every_kind_has_its_words)
{
    for (unsigned t = 0; t < QUESTION_KIND_COUNT; t++) {
        const QuizKind *k = quiz_kind((QuestionType)t);
        const char *name = question_type_name((QuestionType)t);
        ck_assert_msg(k->valid && k->judge, "%s: no valid or judge", name);
        ck_assert_msg(k->describe && k->right && k->parts, "%s: no describe, right or parts", name);
    }
}
END_TEST

/* A generated question's answer is described against the instance built for its seed. */
START_TEST(generated_answers_against_their_own_instance)
{
    Catalog cat;
    catalog_init(&cat);
    char *paths[] = {"content/examples/generated.lua"};
    host_load_paths(&cat, paths, 1, NULL);
    const Module *m = catalog_find(&cat, "example-generated");
    ck_assert_ptr_nonnull(m);
    const Question *sample = module_question(m, "record-retention");
    ck_assert_ptr_nonnull(sample);
    Question q;
    Problems p = {0};
    ck_assert(host_generate(m, sample, 77, &q, &p));
    problems_done(&p);
    char *got = response_describe(&q, "3", LANG_EN, false);
    ck_assert_str_eq(got, ltext_get(&q.options[2], LANG_EN));
    ck_assert_ptr_nonnull(strstr(got, "At least"));
    free(got);
    question_done(&q);
    catalog_done(&cat);
}
END_TEST

Suite *live_suite(void)
{
    Suite *s = suite_create("live");
    TCase *tc = tcase_create("live");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, struggling_rule_both_ways);
    tcase_add_test(tc, roster_figures_and_workshop_filter);
    tcase_add_test(tc, current_module_is_the_newest_place);
    tcase_add_test(tc, a_trainees_answers_newest_first);
    suite_add_tcase(s, tc);
    TCase *words = tcase_create("response");
    tcase_set_timeout(words, 60);
    tcase_add_test(words, stored_answers_read_as_the_trainee_saw_them);
    tcase_add_test(words, right_answers_read_in_words);
    tcase_add_test(words, generated_answers_against_their_own_instance);
    tcase_add_test(words, every_kind_has_its_words);
    suite_add_tcase(s, words);
    return s;
}
