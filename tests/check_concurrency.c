/* Many trainees at once on one classroom database: 30 processes answering at full speed lose
 * nothing and never see a lock error. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/store.h"
#include "suites.h"
#include "testutil.h"

#define PROCESSES 30
#define ANSWERS 100

/* One trainee's session in a child process: its own connection, an attempt, ANSWERS answers
 * each committed on its own. Exits 0 when every write succeeded, else prints why. */
static void answer_all(const char *db, int who)
{
    char err[512];
    Store *s = store_open(db, err, sizeof err);
    if (!s) {
        fprintf(stderr, "process %d: open: %s\n", who, err);
        _exit(1);
    }
    char name[32];
    snprintf(name, sizeof name, "Trainee %d", who);
    Trainee t = {.name = name, .agency = "", .country = "JM"};
    int64_t attempt;
    AttemptRow row = {.module_id = "m", .module_version = 1, .seed = (uint32_t)who};
    bool ok = store_trainee_add(s, &t, err, sizeof err);
    row.trainee_id = t.id;
    ok = ok && store_attempt_start(s, &row, &attempt, err, sizeof err);
    for (int i = 0; ok && i < ANSWERS; i++) {
        char qid[16];
        snprintf(qid, sizeof qid, "q%d", i);
        AnswerRow a = {.attempt_id = attempt, .question_id = qid, .position = i + 1,
                       .response = "1", .score = 1, .max_score = 1, .final = true};
        ok = store_answer_add(s, &a, err, sizeof err);
    }
    if (!ok)
        fprintf(stderr, "process %d: %s\n", who, err);
    store_close(s);
    _exit(ok ? 0 : 1);
}

START_TEST(thirty_processes_lose_nothing)
{
    char *dir = tu_tmpdir();
    char *db = NULL;
    ck_assert_int_ge(asprintf(&db, "%s/class.db", dir), 0);
    char err[512];
    Store *s = store_open(db, err, sizeof err); /* created once, as the classroom server does */
    ck_assert_msg(s != NULL, "%s", err);
    store_close(s);
    pid_t pids[PROCESSES];
    for (int i = 0; i < PROCESSES; i++) {
        pids[i] = fork();
        ck_assert_int_ge(pids[i], 0);
        if (pids[i] == 0)
            answer_all(db, i);
    }
    int failed = 0;
    for (int i = 0; i < PROCESSES; i++) {
        int status;
        ck_assert_int_eq(waitpid(pids[i], &status, 0), pids[i]);
        failed += !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    ck_assert_int_eq(failed, 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), PROCESSES * ANSWERS);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(DISTINCT uid) FROM answer"), PROCESSES * ANSWERS);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), PROCESSES);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt a WHERE (SELECT count(*) FROM "
                                    "answer WHERE attempt_id = a.id) = 100"), PROCESSES);
    ck_assert_int_eq(tu_sql_int(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check"), 1);
    tu_rmrf(dir);
    free(dir);
    free(db);
}
END_TEST

Suite *concurrency_suite(void)
{
    Suite *s = suite_create("concurrency");
    TCase *tc = tcase_create("classroom");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, thirty_processes_lose_nothing);
    suite_add_tcase(s, tc);
    return s;
}
