/* Schema migrations, tested on a database made by the previous version of rastro
 * (tests/fixtures/schema-v1.db: schema 1, a trainee and three answers given in its shell). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/store.h"
#include "suites.h"
#include "testutil.h"

START_TEST(version_1_database_migrates_keeping_everything)
{
    char *dir = tu_tmpdir();
    char *db = NULL, *cmd = NULL;
    ck_assert_int_ge(asprintf(&db, "%s/old.db", dir), 0);
    ck_assert_int_ge(asprintf(&cmd, "cp tests/fixtures/schema-v1.db '%s'", db), 0);
    ck_assert_int_eq(system(cmd), 0);
    ck_assert_int_eq(tu_sql_int(db, "PRAGMA user_version"), 1);

    char err[512];
    Store *s = store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    ck_assert_int_eq(store_schema_version(s), STORE_SCHEMA_VERSION);
    Trainee *list;
    size_t n;
    ck_assert(store_trainee_list(s, &list, &n, err, sizeof err));
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
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(cmd);
}
END_TEST

Suite *migration_suite(void)
{
    Suite *s = suite_create("migration");
    TCase *tc = tcase_create("from version 1");
    tcase_add_test(tc, version_1_database_migrates_keeping_everything);
    suite_add_tcase(s, tc);
    return s;
}
