/* Schema migrations, tested on databases made by earlier versions of rastro:
 * tests/fixtures/schema-v1.db (schema 1: a trainee and three answers given in its shell) and
 * tests/fixtures/schema-v2.db (schema 2: two trainees, one with an unfinished practice attempt of
 * three answers given in its shell in Spanish, the third wrong). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/store.h"
#include "suites.h"
#include "testutil.h"

/* A copy of the fixture made by schema version v, in a new directory *dir (caller removes). */
static char *old_database(int version, char **dir)
{
    *dir = tu_tmpdir();
    char *db = xasprintf("%s/old.db", *dir);
    char *cmd = xasprintf("cp tests/fixtures/schema-v%d.db '%s'", version, db);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    ck_assert_int_eq(tu_sql_int(db, "PRAGMA user_version"), version);
    return db;
}

START_TEST(version_1_database_migrates_keeping_everything)
{
    char *dir, *db = old_database(1, &dir);

    char err[512];
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    ck_assert_int_eq(tu_peer_int(db, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
    Trainee *list;
    size_t n;
    ck_assert(store_roster(s, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].name, "Ana Pérez");
    ck_assert_str_eq(list[0].country, "GT");
    ck_assert_int_eq(list[0].lang, LANG_ES);
    int64_t tid = list[0].id;
    trainee_list_free(list, n);
    /* The old answers read as first, final tries without hints, in a practice attempt. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE try = 1 AND final = 1 "
                                    "AND hinted = 0 AND seed IS NULL"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE mode = 'practice'"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT 10 * sum(score) FROM answer"), 10);
    /* And the new columns take new answers. */
    AttemptRow row = {.trainee_id = tid, .module_id = "safety-categories", .module_version = 1,
                      .mode = ATTEMPT_EXAM, .seed = 7, .time_limit = 600};
    int64_t aid;
    ck_assert_msg(store_attempt_start(s, &row, &aid, err, sizeof err), "%s", err);
    AnswerRow a = {.attempt_id = aid, .question_id = "g", .position = 1, .response = "9",
                   .score = 0.5, .max_score = 1, .has_seed = true, .seed = 42, .try_no = 2,
                   .hinted = true, .final = true};
    ck_assert_msg(store_answer_add(s, &a, err, sizeof err), "%s", err);
    store_close(s);
    ck_assert_int_eq(tu_sql_int(db, "SELECT seed FROM answer WHERE question_id = 'g'"), 42);
    ck_assert_int_eq(tu_sql_int(db, "SELECT time_limit FROM attempt WHERE mode = 'exam'"), 600);
    ck_assert_int_eq(tu_sql_int(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check"), 1);
    /* Schema 7: the index the first screen finds today's workshop by. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM sqlite_schema "
                                    "WHERE name = 'workshop_by_end' AND tbl_name = 'workshop'"), 1);
    tu_rmrf(dir);
    free(dir);
    free(db);
}
END_TEST

START_TEST(version_2_database_migrates_and_resumes)
{
    char *dir, *db = old_database(2, &dir);

    char err[512];
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    ck_assert_int_eq(tu_peer_int(db, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
    Trainee luis;
    bool found;
    ck_assert(store_trainee_find(s, "Luis Ramírez", &luis, &found, err, sizeof err) && found);
    ck_assert_str_eq(luis.country, "HN");
    ck_assert_int_eq(luis.lang, LANG_ES);
    /* The unfinished attempt is there to take up, its answers right or wrong by their score. */
    OpenAttempt open;
    ck_assert(store_attempt_open(s, luis.id, "safety-categories", false, &open, &found, err,
                                 sizeof err));
    ck_assert(found);
    ck_assert_uint_eq(open.n_answers, 3);
    ck_assert(open.answers[0].correct && open.answers[1].correct && !open.answers[2].correct);
    ck_assert_str_eq(open.answers[2].question_id, "ammunition-separate");
    open_attempt_done(&open);
    Place p;
    ck_assert(store_last_place(s, luis.id, &p, err, sizeof err));
    ck_assert(p.found && p.kind == PLACE_QUIZ);
    /* The new tables work on it: a workshop with the old trainees, review of a new miss. */
    Workshop w = {.name = "Taller Tegucigalpa", .country = "HN", .starts = "2026-11-01"};
    ck_assert_msg(store_workshop_add(s, &w, err, sizeof err), "%s", err);
    ck_assert(store_workshop_join(s, w.id, luis.id, err, sizeof err));
    Trainee *list;
    size_t n;
    ck_assert(store_roster(s, w.id, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    trainee_list_free(list, n);
    /* The rosters' counts, filled by the migration and kept since, are the rows' own. */
    size_t counted;
    ck_assert(store_roster_page(s, 0, NULL, 0, 1, &list, &n, &counted, err, sizeof err));
    ck_assert_uint_eq(counted, 2);
    trainee_list_free(list, n);
    ck_assert(store_roster_page(s, w.id, NULL, 0, 1, &list, &n, &counted, err, sizeof err));
    ck_assert_uint_eq(counted, 1);
    trainee_list_free(list, n);
    Trainee ana = {.name = xstrdup("Ana Soto"), .agency = xstrdup(""), .country = "HN"};
    ck_assert_msg(store_trainee_add(s, &ana, err, sizeof err), "%s", err);
    ck_assert(store_workshop_join(s, w.id, ana.id, err, sizeof err));
    ck_assert(store_workshop_join(s, w.id, ana.id, err, sizeof err)); /* already there */
    ck_assert(store_roster_page(s, w.id, NULL, 0, 1, &list, &n, &counted, err, sizeof err));
    ck_assert_uint_eq(counted, 2);
    trainee_list_free(list, n);
    trainee_done(&ana);
    AnswerRow a = {.attempt_id = 1, .question_id = "category-by-chamber", .position = 4,
                   .response = "3", .score = 0, .max_score = 1, .final = true};
    ck_assert_msg(store_answer_add(s, &a, err, sizeof err), "%s", err);
    int due, total;
    ck_assert(store_review_count(s, luis.id, NULL, INT64_MAX / 2, &due, &total, err, sizeof err));
    ck_assert_int_eq(total, 1);
    trainee_done(&luis);
    store_close(s);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT n FROM roster_count WHERE workshop_id = 0"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 4);
    ck_assert_int_eq(tu_sql_int(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check"), 1);
    tu_rmrf(dir);
    free(dir);
    free(db);
}
END_TEST

Suite *migration_suite(void)
{
    Suite *s = suite_create("migration");
    TCase *tc = tcase_create("from version 1");
    tcase_add_test(tc, version_1_database_migrates_keeping_everything);
    tcase_add_test(tc, version_2_database_migrates_and_resumes);
    suite_add_tcase(s, tc);
    return s;
}
