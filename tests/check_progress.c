/* Progress kept in the store: resuming a quiz (same questions, options, place and exam clock),
 * lesson places, review boxes, history, workshops and rosters, scores per competency and the
 * per-country summary, on a real SQLite file. */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../tui/core/quiz.h"
#include "../tui/core/report.h"
#include "../tui/core/route.h"
#include "../tui/core/scores.h"
#include "../tui/core/store_internal.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Store *store;
static Catalog cat;
static int64_t kim;
static char err[512];

static int64_t add_trainee(const char *name, const char *country)
{
    Trainee t = {.name = (char *)name, .agency = "PNC", .lang = LANG_EN};
    snprintf(t.country, sizeof t.country, "%s", country);
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "%s", err);
    return t.id;
}

static void setup(void)
{
    dir = tu_tmpdir();
    db = xasprintf("%s/p.db", dir);
    store = tu_store_open(db, err, sizeof err);
    ck_assert_msg(store, "%s", err);
    catalog_init(&cat);
    kim = add_trainee("Kim", "JM");
}

static void teardown(void)
{
    store_close(store);
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

#define T(s) "{ en = '" s "', es = '" s "' }"

/* A module of n choice questions (answer 1 right), tagged "marking" (odd) or "tracing" (even). */
static const Module *module(const char *id, int n, const char *settings)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "return lesson { id = '%s', title = " T("M") ",\n"
                      " sources = { { key = 'S1', text = 'test' } },\n"
                      " pages = { page { title = " T("P1") ", text = " T("one") ", sources = { 'S1' } },\n"
                      "           page { title = " T("P2") ", text = " T("two") ", sources = { 'S1' } },\n"
                      "           page { title = " T("P3") ", text = " T("three") ", sources = { 'S1' } } },\n"
                      " %s,\n quiz = {\n", id, settings);
    for (int i = 1; i <= n; i++)
        strbuf_printf(&b, "  choice { id = 'q%d', prompt = " T("Q") ", options = { " T("A") ", "
                          T("B") ", " T("C") ", " T("D") " }, answer = 1, explain = " T("e") ",\n"
                          "   tags = { '%s' } },\n", i, i % 2 ? "marking" : "tracing");
    strbuf_puts(&b, " } }\n");
    bool ok = tu_load_module(&cat, dir, b.s);
    strbuf_done(&b);
    ck_assert_msg(ok, "%s", cat.problems.n ? cat.problems.items[0].message : "?");
    return catalog_find(&cat, id);
}

/* Answers the current question: right (its option 0) or wrong (option 1). */
static Verdict answer(QuizRun *run, bool right)
{
    Verdict v;
    ck_assert_msg(quiz_submit(run, quiz_pick(right ? 0 : 1), &v, err, sizeof err), "%s", err);
    return v;
}

START_TEST(quiz_resumes_with_the_same_draw_and_place)
{
    const Module *m = module("m", 10, "exam = { draw = 6, time_limit = 600 }");
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 777, err, sizeof err));
    answer(&a, true);
    quiz_next(&a);
    answer(&a, false);
    quiz_next(&a);
    answer(&a, true);
    /* The process dies here: only the store is left. */
    OpenAttempt open;
    bool found;
    ck_assert(store_attempt_open(store, kim, "m", false, &open, &found, err, sizeof err));
    ck_assert(found);
    ck_assert_int_eq(open.n_answers, 3);
    ck_assert_int_eq(open.mode, ATTEMPT_EXAM);
    ck_assert_uint_eq(open.seed, 777);
    ck_assert(fabs(open.started - a.started) < 1.0);
    QuizRun b;
    ck_assert_msg(quiz_resume(&b, store, m, NULL, &open, err, sizeof err), "%s", err);
    ck_assert_uint_eq(b.n_items, a.n_items);
    for (size_t i = 0; i < a.n_items; i++) {
        ck_assert_ptr_eq(b.items[i].q, a.items[i].q);
        ck_assert(memcmp(b.items[i].shown, a.items[i].shown, sizeof a.items[i].shown) == 0);
    }
    ck_assert_uint_eq(b.current, 3);
    ck_assert_double_eq_tol(b.score, 2, 1e-9);
    ck_assert_uint_eq(b.n_correct, 2);
    /* The exam clock runs from the attempt's start, not from the resume. */
    ck_assert(fabs(quiz_seconds_left(&b, b.started + 100) - 500) < 1e-6);
    ck_assert(b.started < clock_wall() + 1 && b.started > clock_wall() - 60);
    /* Resuming does not count as another attempt. */
    int count = 0;
    ck_assert(store_attempt_count(store, kim, "m", &count, err, sizeof err));
    ck_assert_int_eq(count, 1);
    answer(&b, true);
    quiz_next(&b);
    ck_assert_uint_eq(b.current, 4);
    quiz_done(&a);
    quiz_done(&b);
    open_attempt_done(&open);
}
END_TEST

START_TEST(practice_resumes_inside_a_question_with_its_tries)
{
    const Module *m = module("m", 3, "practice = { retries = 2, penalty = 0.25 }");
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 5, err, sizeof err));
    Verdict v = answer(&a, false);
    ck_assert(!v.final);
    OpenAttempt open;
    bool found;
    ck_assert(store_attempt_open(store, kim, "m", false, &open, &found, err, sizeof err) && found);
    QuizRun b;
    ck_assert(quiz_resume(&b, store, m, NULL, &open, err, sizeof err));
    ck_assert_uint_eq(b.current, 0);
    ck_assert_uint_eq(b.items[0].tries, 1);
    /* The second try still costs its penalty: tries are not forgotten by a restart. */
    v = answer(&b, true);
    ck_assert(v.final && v.correct);
    ck_assert_double_eq_tol(v.score, 0.75, 1e-9);
    quiz_done(&a);
    quiz_done(&b);
    open_attempt_done(&open);
}
END_TEST

START_TEST(resume_refuses_a_module_that_changed)
{
    const Module *m = module("m", 4, "practice = { }");
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 9, err, sizeof err));
    answer(&a, true);
    quiz_done(&a);
    const Module *changed = module("m2", 4, "practice = { }");
    OpenAttempt open;
    bool found;
    ck_assert(store_attempt_open(store, kim, "m", false, &open, &found, err, sizeof err) && found);
    /* Same answers, but the module now asks other ids at those places. */
    free((char *)open.answers[0].question_id);
    open.answers[0].question_id = xstrdup("gone");
    QuizRun b;
    ck_assert(!quiz_resume(&b, store, changed, NULL, &open, err, sizeof err));
    ck_assert(strstr(err, "changed") != NULL);
    open_attempt_done(&open);
}
END_TEST

START_TEST(finished_attempts_are_not_resumed)
{
    const Module *m = module("m", 2, "practice = { }");
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 1, err, sizeof err));
    answer(&a, true);
    quiz_next(&a);
    answer(&a, true);
    ck_assert(quiz_finish(&a, err, sizeof err));
    OpenAttempt open;
    bool found = true;
    ck_assert(store_attempt_open(store, kim, "m", false, &open, &found, err, sizeof err));
    ck_assert(!found);
    quiz_done(&a);
}
END_TEST

START_TEST(lesson_place_round_trip_and_last_place)
{
    const Module *m = module("m", 2, "practice = { }");
    Route r;
    route_init(&r, m);
    ck_assert_int_eq(route_next(&r), ROUTE_MOVED);
    ck_assert_int_eq(route_next(&r), ROUTE_MOVED);
    char *path = route_save(&r);
    ck_assert_str_eq(path, "0 1 2");
    ck_assert(store_lesson_place_save(store, kim, "m", path, err, sizeof err));
    char *back = NULL;
    ck_assert(store_lesson_place_get(store, kim, "m", &back, err, sizeof err));
    Route r2;
    route_init(&r2, m);
    ck_assert(route_restore(&r2, back));
    ck_assert_uint_eq(r2.page, 2);
    ck_assert_uint_eq(route_position(&r2), 3);
    ck_assert(route_back(&r2) && r2.page == 1); /* Back follows the saved path */
    ck_assert(!route_restore(&r2, "0 9"));      /* a page the module does not have */
    ck_assert(!route_restore(&r2, "x"));
    Place p;
    ck_assert(store_last_place(store, kim, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_LESSON);
    ck_assert_str_eq(p.module_id, "m");
    /* A quiz begun after the lesson is the newer place... */
    usleep(5000);
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 3, err, sizeof err));
    ck_assert(store_last_place(store, kim, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_QUIZ);
    /* ... until the trainee turns a page again. */
    usleep(5000);
    ck_assert(store_lesson_place_save(store, kim, "m", "0 1", err, sizeof err));
    ck_assert(store_last_place(store, kim, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_LESSON);
    /* The end of the lesson forgets its place. */
    ck_assert(store_lesson_place_save(store, kim, "m", NULL, err, sizeof err));
    free(back);
    ck_assert(store_lesson_place_get(store, kim, "m", &back, err, sizeof err));
    ck_assert_ptr_null(back);
    free(path);
    route_done(&r);
    route_done(&r2);
    quiz_done(&a);
}
END_TEST

/* A quiz finished after the lesson was left on a page: the trainee comes back to the module
 * (with the result), and the page kept before is no longer a place to carry on from. A page
 * turned after that is, again. */
START_TEST(finished_quiz_is_the_last_place)
{
    const Module *m = module("m", 1, "practice = { }");
    ck_assert(store_lesson_place_save(store, kim, "m", "0 1 2", err, sizeof err));
    usleep(5000);
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 3, err, sizeof err));
    answer(&a, true);
    ck_assert(quiz_finish(&a, err, sizeof err));
    quiz_done(&a);
    Place p;
    ck_assert(store_last_place(store, kim, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_MODULE);
    ck_assert_str_eq(p.module_id, "m");
    char *pages = NULL;
    ck_assert(store_lesson_place_get(store, kim, "m", &pages, err, sizeof err));
    ck_assert_ptr_null(pages);
    /* A review finished since changes neither. */
    usleep(5000);
    ck_assert(store_lesson_place_save(store, kim, "m", "0 1", err, sizeof err));
    usleep(5000);
    const char *ids[] = {"q1"};
    QuizRun r;
    ck_assert(quiz_start_review(&r, store, kim, m, NULL, 4, ids, 1, err, sizeof err));
    answer(&r, true);
    ck_assert(quiz_finish(&r, err, sizeof err));
    quiz_done(&r);
    ck_assert(store_last_place(store, kim, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_LESSON);
    ck_assert(store_lesson_place_get(store, kim, "m", &pages, err, sizeof err));
    ck_assert_str_eq(pages, "0 1");
    free(pages);
}
END_TEST

static int due_count(int64_t now)
{
    int due, total;
    ck_assert(store_review_count(store, kim, NULL, now, &due, &total, err, sizeof err));
    return due;
}

START_TEST(missed_questions_move_through_review_boxes)
{
    const Module *m = module("m", 3, "practice = { }");
    QuizRun a;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 1, err, sizeof err));
    answer(&a, false); /* q1 missed */
    quiz_next(&a);
    answer(&a, true);
    quiz_next(&a);
    answer(&a, false); /* q3 missed */
    ck_assert(quiz_finish(&a, err, sizeof err));
    int64_t now = (int64_t)clock_wall();
    ck_assert_int_eq(due_count(now), 2);
    ReviewItem *items;
    size_t n;
    ck_assert(store_review_due(store, kim, "m", now, &items, &n, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    const char *ids[2] = {items[0].question_id, items[1].question_id};
    ck_assert(items[0].box == 1 && items[1].box == 1);
    /* A review: q1 right, q3 wrong. */
    QuizRun r;
    ck_assert(quiz_start_review(&r, store, kim, m, NULL, 2, ids, 2, err, sizeof err));
    ck_assert_uint_eq(r.n_items, 2);
    ck_assert_int_eq(r.mode, ATTEMPT_REVIEW);
    for (size_t i = 0; i < 2; i++) {
        Verdict v = answer(&r, !strcmp(r.items[i].q->id, "q1"));
        ck_assert(v.final); /* one try each */
        quiz_next(&r);
    }
    ck_assert(quiz_finish(&r, err, sizeof err));
    review_list_free(items, n);
    /* q3 is due again at once; q1 waits a day in box 2. */
    ck_assert_int_eq(due_count(now + 10), 1);
    ck_assert_int_eq(due_count(now + 86400 + 10), 2);
    bool learnt;
    int64_t t = now + 86400 + 10;
    ck_assert(store_review_answered(store, kim, "m", "q1", true, t, &learnt, err, sizeof err));
    ck_assert(!learnt); /* box 3, three days */
    ck_assert_int_eq(due_count(t + 2 * 86400), 1);
    t += 3 * 86400 + 10;
    ck_assert(store_review_answered(store, kim, "m", "q1", true, t, &learnt, err, sizeof err));
    ck_assert(learnt); /* right three times: out of review */
    /* A wrong answer sends a question back to box 1. */
    ck_assert(store_review_answered(store, kim, "m", "q3", false, t, &learnt, err, sizeof err));
    ck_assert(store_review_due(store, kim, NULL, INT64_MAX, &items, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(items[0].question_id, "q3");
    ck_assert_int_eq(items[0].box, 1);
    review_list_free(items, n);
    /* Review attempts count neither as exam attempts nor in the module's best score. */
    ModuleStats st;
    ck_assert(store_module_stats(store, kim, "m", &st, err, sizeof err));
    ck_assert_int_eq(st.attempts, 1);
    ck_assert(fabs(st.best_pct - 100.0 / 3) < 0.01);
    quiz_done(&a);
    quiz_done(&r);
}
END_TEST

START_TEST(history_lists_attempts_newest_first)
{
    const Module *m = module("m", 2, "practice = { }");
    QuizRun a, b;
    ck_assert(quiz_start(&a, store, kim, m, NULL, 1, err, sizeof err));
    answer(&a, true);
    quiz_next(&a);
    answer(&a, false);
    ck_assert(quiz_finish(&a, err, sizeof err));
    ck_assert(quiz_start(&b, store, kim, m, NULL, 2, err, sizeof err));
    answer(&b, true);
    HistoryRow *rows;
    size_t n;
    ck_assert(store_history(store, kim, &rows, &n, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    ck_assert(!rows[0].finished && rows[0].answers == 1);
    ck_assert(rows[1].finished && rows[1].answers == 2);
    ck_assert_double_eq_tol(rows[1].score, 1, 1e-9);
    ck_assert_double_eq_tol(rows[1].max_score, 2, 1e-9);
    ck_assert_str_eq(rows[1].module_id, "m");
    history_free(rows, n);
    /* Times are the trainee's clock, not UTC: six hours behind in Guatemala. */
    ck_assert_int_eq(sqlite3_exec(store_sqlite(store), "UPDATE attempt SET started_at = '2026-12-04T15:30:00.000Z'",
                                  NULL, NULL, NULL), SQLITE_OK);
    char *old_tz = getenv("TZ") ? xstrdup(getenv("TZ")) : NULL;
    setenv("TZ", "America/Guatemala", 1);
    tzset();
    ck_assert(store_history(store, kim, &rows, &n, err, sizeof err));
    if (old_tz)
        setenv("TZ", old_tz, 1);
    else
        unsetenv("TZ");
    tzset();
    free(old_tz);
    ck_assert_str_eq(rows[0].started, "2026-12-04 09:30");
    history_free(rows, n);
    quiz_done(&a);
    quiz_done(&b);
}
END_TEST

START_TEST(roster_read_a_page_at_a_time)
{
    static const char *const names[] = {"Zoe", "José Núñez", "ana", "Bruno", "Jose Perez",
                                        "Carla"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        add_trainee(names[i], "GT");
    Trainee *list;
    size_t n, total;
    ck_assert(store_roster_page(store, 0, NULL, 1, 2, &list, &n, &total, err, sizeof err));
    ck_assert_uint_eq(total, 7); /* with Kim, on the roster from the start */
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(list[0].name, "Bruno"); /* the roster's order: ana, Bruno, Carla, ... */
    ck_assert_str_eq(list[1].name, "Carla");
    trainee_list_free(list, n);
    /* A page past the end is empty and still knows the roster's size. */
    ck_assert(store_roster_page(store, 0, NULL, 7, 2, &list, &n, &total, err, sizeof err));
    ck_assert_uint_eq(total, 7);
    ck_assert_uint_eq(n, 0);
    trainee_list_free(list, n);
    /* A search ignores case and accents, and counts only what it finds. */
    ck_assert(store_roster_page(store, 0, "JOSE", 0, 10, &list, &n, &total, err, sizeof err));
    ck_assert_uint_eq(total, 2);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(list[0].name, "Jose Perez");
    ck_assert_str_eq(list[1].name, "José Núñez");
    trainee_list_free(list, n);
    ck_assert(store_roster_page(store, 0, "núñ", 0, 10, &list, &n, &total, err, sizeof err));
    ck_assert_uint_eq(total, 1);
    trainee_list_free(list, n);
    ck_assert(store_roster_page(store, 0, "x", 0, 10, &list, &n, &total, err, sizeof err));
    ck_assert_uint_eq(total, 0);
    ck_assert_uint_eq(n, 0);
    trainee_list_free(list, n);
}
END_TEST

START_TEST(workshops_and_rosters)
{
    Workshop w = {.name = "Taller Kingston", .country = "JM", .starts = "2026-11-20",
                  .ends = "2026-11-30", .instructor = "Ana"};
    ck_assert_msg(store_workshop_add(store, &w, err, sizeof err), "%s", err);
    Workshop dup = {.name = "taller kingston", .country = "JM"};
    ck_assert(!store_workshop_add(store, &dup, err, sizeof err));
    ck_assert(strstr(err, "already") != NULL);
    int64_t lee = add_trainee("Lee", "JM");
    add_trainee("Outsider", "MX");
    ck_assert(store_workshop_join(store, w.id, lee, err, sizeof err));
    ck_assert(store_workshop_join(store, w.id, lee, err, sizeof err)); /* again: no change */
    ck_assert(store_workshop_join(store, w.id, kim, err, sizeof err));
    Trainee *list;
    size_t n;
    ck_assert(store_roster(store, w.id, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(list[0].name, "Kim");
    ck_assert_str_eq(list[1].name, "Lee");
    trainee_list_free(list, n);
    ck_assert(store_roster(store, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 3);
    trainee_list_free(list, n);
    Workshop got;
    bool found;
    ck_assert(store_workshop_find(store, "TALLER KINGSTON", &got, &found, err, sizeof err) && found);
    ck_assert_int_eq(got.id, w.id);
    ck_assert_int_eq(got.members, 2);
    ck_assert_str_eq(got.instructor, "Ana");
    workshop_done(&got);
    ck_assert(store_workshop_find(store, w.uid, &got, &found, err, sizeof err) && found);
    workshop_done(&got);
    ck_assert(store_workshop_find(store, "nope", &got, &found, err, sizeof err) && !found);
    ck_assert(store_workshop_current(store, "2026-11-25", &got, &found, err, sizeof err) && found);
    workshop_done(&got);
    ck_assert(store_workshop_current(store, "2026-12-01", &got, &found, err, sizeof err) && !found);
    /* Trainees by name: exact, case-insensitive, or ambiguous. */
    Trainee t;
    ck_assert(store_trainee_find(store, "lee", &t, &found, err, sizeof err) && found);
    ck_assert_int_eq(t.id, lee);
    trainee_done(&t);
    add_trainee("LEE", "JM");
    ck_assert(store_trainee_find(store, "Lee", &t, &found, err, sizeof err) && found);
    trainee_done(&t); /* an exact match wins */
    ck_assert(!store_trainee_find(store, "lee", &t, &found, err, sizeof err));
    ck_assert(strstr(err, "more than one") != NULL);
}
END_TEST

START_TEST(scores_per_competency_and_country)
{
    const Module *m = module("m", 4, "practice = { pass = 50 }");
    int64_t ana = add_trainee("Ana", "GT");
    QuizRun a;
    /* Kim: q1 (marking) right, q2 (tracing) wrong, q3 (marking) right, q4 (tracing) right. */
    ck_assert(quiz_start(&a, store, kim, m, NULL, 1, err, sizeof err));
    const bool kim_right[] = {true, false, true, true};
    for (int i = 0; i < 4; i++) {
        answer(&a, kim_right[i]);
        quiz_next(&a);
    }
    ck_assert(quiz_finish(&a, err, sizeof err));
    quiz_done(&a);
    /* Ana: only q1 right, and an unfinished attempt that does not count. */
    ck_assert(quiz_start(&a, store, ana, m, NULL, 1, err, sizeof err));
    for (int i = 0; i < 4; i++) {
        answer(&a, i == 0);
        quiz_next(&a);
    }
    ck_assert(quiz_finish(&a, err, sizeof err));
    quiz_done(&a);
    ck_assert(quiz_start(&a, store, ana, m, NULL, 2, err, sizeof err));
    answer(&a, true);
    quiz_done(&a);
    ScoreTable t;
    ck_assert_msg(scores_read(store, &cat, 0, 0, &t, err, sizeof err), "%s", err);
    ck_assert_uint_eq(t.n_competencies, 2);
    ck_assert_str_eq(t.competencies[0], "marking");
    ck_assert_str_eq(t.competencies[1], "tracing");
    ck_assert_uint_eq(t.n_rows, 2);
    const ScoreRow *ra = &t.rows[0], *rk = &t.rows[1]; /* by name: Ana, Kim */
    ck_assert_str_eq(ra->trainee.name, "Ana");
    ck_assert_double_eq_tol(score_pct(&rk->cells[0]), 100, 1e-9);
    ck_assert_double_eq_tol(score_pct(&rk->cells[1]), 50, 1e-9);
    ck_assert_double_eq_tol(score_pct(&rk->total), 75, 1e-9);
    ck_assert_int_eq(rk->passed, 1);
    ck_assert_double_eq_tol(score_pct(&ra->cells[0]), 50, 1e-9);
    ck_assert_double_eq_tol(score_pct(&ra->cells[1]), 0, 1e-9);
    ck_assert_int_eq(ra->total.answers, 4);
    ck_assert_int_eq(ra->passed, 0);
    ck_assert_uint_eq(rk->n_modules, 1);
    ck_assert_int_eq(strlen(rk->modules[0].passed), 10);
    char *csv_path = xasprintf("%s/s.csv", dir);
    FILE *f = fopen(csv_path, "w");
    scores_print(f, &t, &cat, true);
    fclose(f);
    scores_done(&t);
    char buf[1024] = "";
    f = fopen(csv_path, "r");
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    buf[got] = '\0';
    fclose(f);
    ck_assert_msg(strstr(buf, "trainee,agency,country,country_name,answers,modules_passed,"
                              "overall_pct,marking,tracing\nAna,PNC,GT,Guatemala,4,0,25.0,50.0,0.0\n"
                              "Kim,PNC,JM,Jamaica,4,1,75.0,100.0,50.0\n"), "%s", buf);
    free(csv_path);
    /* One trainee only, as history shows it. */
    ck_assert(scores_read(store, &cat, 0, kim, &t, err, sizeof err));
    ck_assert_uint_eq(t.n_rows, 1);
    ck_assert_str_eq(t.rows[0].trainee.name, "Kim");
    scores_done(&t);
    CountryStats *cs;
    size_t n;
    ck_assert(report_countries(store, 0, &cs, &n, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(cs[0].country, "GT");
    ck_assert_int_eq(cs[0].trainees, 1);
    ck_assert_int_eq(cs[0].attempts, 1);
    ck_assert_int_eq(cs[0].answers, 4);
    ck_assert_double_eq_tol(cs[0].score / cs[0].max, 0.25, 1e-9);
    ck_assert_str_eq(cs[1].country, "JM");
    ck_assert_double_eq_tol(cs[1].score / cs[1].max, 0.75, 1e-9);
    free(cs);
}
END_TEST

Suite *progress_suite(void)
{
    Suite *s = suite_create("progress");
    TCase *tc = tcase_create("progress");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, quiz_resumes_with_the_same_draw_and_place);
    tcase_add_test(tc, practice_resumes_inside_a_question_with_its_tries);
    tcase_add_test(tc, resume_refuses_a_module_that_changed);
    tcase_add_test(tc, finished_attempts_are_not_resumed);
    tcase_add_test(tc, lesson_place_round_trip_and_last_place);
    tcase_add_test(tc, finished_quiz_is_the_last_place);
    tcase_add_test(tc, missed_questions_move_through_review_boxes);
    tcase_add_test(tc, history_lists_attempts_newest_first);
    tcase_add_test(tc, roster_read_a_page_at_a_time);
    tcase_add_test(tc, workshops_and_rosters);
    tcase_add_test(tc, scores_per_competency_and_country);
    suite_add_tcase(s, tc);
    return s;
}
