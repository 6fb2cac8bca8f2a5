/* Many trainees at once on one classroom database: 30 processes answering at full speed lose
 * nothing and never see a lock error. Another program holding the database: a write waits for
 * it, telling its hook how long, and gives up at the limit or when the hook says so, having
 * written nothing; a lock released during the wait lets the write through. No room to write is
 * told apart from a lock. */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/store.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

#define PROCESSES 30
#define ANSWERS 100

/* One trainee's session in a child process: its own connection, an attempt, ANSWERS answers
 * each committed on its own. Exits 0 when every write succeeded, else prints why. */
static void answer_all(const char *db, int who)
{
    char err[512];
    Store *s = tu_store_open(db, err, sizeof err);
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
    Store *s = tu_store_open(db, err, sizeof err); /* created once, as the classroom server does */
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

/* ---- another program holding the lock ---- */

static char *lock_dir, *lock_db;
static Store *store;
static sqlite3 *holder; /* the other program's connection */

static void lock_setup(void)
{
    lock_dir = tu_tmpdir();
    ck_assert_ptr_nonnull(lock_dir);
    ck_assert_int_ge(asprintf(&lock_db, "%s/class.db", lock_dir), 0);
    char err[512];
    store = tu_store_open(lock_db, err, sizeof err);
    ck_assert_msg(store != NULL, "%s", err);
    ck_assert_int_eq(sqlite3_open(lock_db, &holder), SQLITE_OK);
}

static void lock_teardown(void)
{
    store_close(store);
    sqlite3_close(holder);
    tu_rmrf(lock_dir);
    free(lock_dir);
    free(lock_db);
}

static void hold(void)
{
    ck_assert_int_eq(sqlite3_exec(holder, "BEGIN EXCLUSIVE; INSERT INTO trainee(uid, name, country) "
                                          "VALUES ('held', 'Held', 'JM')", NULL, NULL, NULL),
                     SQLITE_OK);
}

typedef struct {
    int calls;
    double first, last, limit; /* waited at the first and last call */
    bool decreasing;           /* waited went back during one wait */
    double stop_at;            /* the hook stops the wait from here (seconds), <0 never */
    double release_at;         /* the holder commits from here, <0 never */
} Waits;

static bool record_wait(void *ctx, double waited, double limit)
{
    Waits *w = ctx;
    if (w->calls++ == 0)
        w->first = waited;
    else if (waited < w->last)
        w->decreasing = true;
    w->last = waited;
    w->limit = limit;
    if (w->release_at >= 0 && waited >= w->release_at && sqlite3_get_autocommit(holder) == 0)
        ck_assert_int_eq(sqlite3_exec(holder, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
    return w->stop_at < 0 || waited < w->stop_at;
}

static bool add_trainee(const char *name, char *err, size_t errlen)
{
    Trainee t = {.name = (char *)name, .agency = "", .country = "JM"};
    return store_trainee_add(store, &t, err, errlen);
}

START_TEST(write_gives_up_at_the_limit)
{
    Waits w = {.stop_at = -1, .release_at = -1};
    store_set_wait_hook(store, record_wait, &w);
    store_set_wait_limit(store, 0.6);
    hold();
    char err[512];
    double start = clock_seconds();
    ck_assert(!add_trainee("Kim", err, sizeof err));
    double took = clock_seconds() - start;
    ck_assert_int_eq(store_failure(store), STORE_LOCKED);
    ck_assert_msg(took >= 0.55 && took < 3, "waited %.2f s", took);
    /* The hook heard of the wait all along, from its start, and of the limit. */
    ck_assert_int_ge(w.calls, 5);
    ck_assert(w.first < 0.05);
    ck_assert(w.last > 0.4 && w.last < 0.6);
    ck_assert(!w.decreasing);
    ck_assert(w.limit > 0.59 && w.limit < 0.61);
    /* Nothing of it was written: with the holder gone, only the holder's own row is there. */
    ck_assert_int_eq(sqlite3_exec(holder, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM trainee"), 0);
    /* And the store works again. */
    ck_assert_msg(add_trainee("Kim", err, sizeof err), "%s", err);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM trainee WHERE name = 'Kim'"), 1);
}
END_TEST

START_TEST(hook_stops_the_wait)
{
    Waits w = {.stop_at = 0.2, .release_at = -1};
    store_set_wait_hook(store, record_wait, &w);
    store_set_wait_limit(store, 20);
    Trainee t = {.name = "Kim", .agency = "", .country = "JM"};
    char err[512];
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "%s", err);
    int64_t attempt;
    AttemptRow row = {.trainee_id = t.id, .module_id = "m", .module_version = 1};
    ck_assert_msg(store_attempt_start(store, &row, &attempt, err, sizeof err), "%s", err);
    hold();
    double start = clock_seconds();
    AnswerRow a = {.attempt_id = attempt, .question_id = "q1", .position = 1, .response = "1",
                   .score = 0, .max_score = 1, .final = true};
    ck_assert(!store_answer_add(store, &a, err, sizeof err));
    ck_assert_int_eq(store_failure(store), STORE_LOCKED);
    ck_assert_msg(clock_seconds() - start < 1.5, "waited %.2f s", clock_seconds() - start);
    ck_assert_int_eq(sqlite3_exec(holder, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM answer"), 0);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM review"), 0);
}
END_TEST

START_TEST(lock_released_during_the_wait)
{
    Waits w = {.stop_at = -1, .release_at = 0.3};
    store_set_wait_hook(store, record_wait, &w);
    hold();
    char err[512];
    ck_assert_msg(add_trainee("Kim", err, sizeof err), "%s", err);
    ck_assert(w.last >= 0.3);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM trainee"), 2);
}
END_TEST

START_TEST(wait_limit_from_the_environment)
{
    store_close(store);
    setenv("RASTRO_LOCK_WAIT", "0.3", 1);
    char err[512];
    store = tu_store_open(lock_db, err, sizeof err);
    ck_assert_msg(store != NULL, "%s", err);
    Waits w = {.stop_at = -1, .release_at = -1};
    store_set_wait_hook(store, record_wait, &w);
    hold();
    ck_assert(!add_trainee("Kim", err, sizeof err));
    ck_assert(w.limit > 0.29 && w.limit < 0.31);
    ck_assert(w.last < 0.3);
    /* Not a number: the default. */
    store_close(store);
    setenv("RASTRO_LOCK_WAIT", "soon", 1);
    store = tu_store_open(lock_db, err, sizeof err);
    ck_assert_msg(store != NULL, "%s", err);
    w = (Waits){.stop_at = 0.05, .release_at = -1};
    store_set_wait_hook(store, record_wait, &w);
    ck_assert(!add_trainee("Kim", err, sizeof err));
    ck_assert_int_eq((int)w.limit, STORE_WAIT_SECONDS);
    unsetenv("RASTRO_LOCK_WAIT");
}
END_TEST

START_TEST(no_room_is_not_a_lock)
{
    char err[512];
    ck_assert_msg(add_trainee("Kim", err, sizeof err), "%s", err);
    /* A file-size limit below everything: the log cannot grow (EFBIG). */
    struct rlimit old, none;
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
    none = old;
    none.rlim_cur = 1;
    void (*handler)(int) = signal(SIGXFSZ, SIG_IGN);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &none), 0);
    bool ok = add_trainee("Ana", err, sizeof err);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, handler);
    ck_assert(!ok);
    ck_assert_int_eq(store_failure(store), STORE_FULL);
    ck_assert_int_eq(tu_sql_int(lock_db, "SELECT count(*) FROM trainee"), 1);
    /* Any other refusal is neither. */
    AnswerRow a = {.attempt_id = 99, .question_id = "q1", .position = 1, .response = "1",
                   .max_score = 1, .final = true};
    ck_assert(!store_answer_add(store, &a, err, sizeof err));
    ck_assert_int_eq(store_failure(store), STORE_FAILED);
    ck_assert_msg(add_trainee("Ana", err, sizeof err), "%s", err);
}
END_TEST

Suite *concurrency_suite(void)
{
    Suite *s = suite_create("concurrency");
    TCase *tc = tcase_create("classroom");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, thirty_processes_lose_nothing);
    suite_add_tcase(s, tc);
    tc = tcase_create("lock");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, lock_setup, lock_teardown);
    tcase_add_test(tc, write_gives_up_at_the_limit);
    tcase_add_test(tc, hook_stops_the_wait);
    tcase_add_test(tc, lock_released_during_the_wait);
    tcase_add_test(tc, wait_limit_from_the_environment);
    tcase_add_test(tc, no_room_is_not_a_lock);
    suite_add_tcase(s, tc);
    return s;
}
