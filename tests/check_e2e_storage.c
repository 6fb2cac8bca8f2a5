/* End to end, the shell when the database will not take a write: another program holding its
 * lock (the shell says it is waiting and for how long, saves once the lock is free, and gives up
 * with a plain "not saved" after RASTRO_LOCK_WAIT seconds or at Esc), and a file-size limit
 * (said like a full disk; nothing stored before is lost and the terminal is given back). */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *db;

static void setup(void)
{
    db = tu_db_with_trainee(tu_dir, "Kim", "JM");
}

static void teardown(void)
{
    free(db);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

/* The shell on db; wait is RASTRO_LOCK_WAIT's value, or NULL for the default. */
static PtyTerm *shell(const char *wait)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", "content", "--lang", "en", NULL};
    char var[64];
    snprintf(var, sizeof var, "RASTRO_LOCK_WAIT=%s", wait ? wait : "");
    char *extra[] = {var, NULL};
    return tu_pty(argv, "C.UTF-8", wait ? extra : NULL, 24, 80);
}

/* Kim opens the first module's practice quiz: its first question is asked. */
static void open_quiz(PtyTerm *t)
{
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Practice quiz");
    ptyterm_send(t, "2");
    expect(t, "Practice: question 1 of");
    expect(t, "Choose an answer");
}

/* Another program writing to the database: a connection of the test's own in a write
 * transaction, holding the lock until release_lock. */
static sqlite3 *hold_lock(void)
{
    sqlite3 *h = NULL;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(h, "BEGIN EXCLUSIVE; UPDATE trainee SET agency = 'held';", NULL, NULL,
                          &msg);
    ck_assert_msg(rc == SQLITE_OK, "locking: %s", msg ? msg : "?");
    return h;
}

static void release_lock(sqlite3 *h)
{
    ck_assert_int_eq(sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
}

static long long answers(void)
{
    return tu_sql_int(db, "SELECT count(*) FROM answer");
}

/* Waits until text has left the screen. */
static void expect_gone(PtyTerm *t, const char *text, int timeout_ms)
{
    double until = ptyterm_elapsed_ms(t) + timeout_ms;
    while (ptyterm_contains(t, text) && ptyterm_elapsed_ms(t) < until)
        ptyterm_settle(t, 50, 100);
    if (ptyterm_contains(t, text)) {
        char *screen = ptyterm_screen(t);
        ck_abort_msg("'%s' stayed on screen:\n%s", text, screen);
        free(screen);
    }
}

START_TEST(answer_waits_for_the_lock_then_saves)
{
    PtyTerm *t = shell(NULL);
    open_quiz(t);
    sqlite3 *h = hold_lock();
    ptyterm_send(t, "2");
    /* The wait is shown, and counts. */
    expect(t, "Waiting for the database");
    expect(t, "locked by another program: 1 s");
    expect(t, "locked by another program: 2 s");
    ck_assert_int_eq(answers(), 0);
    ck_assert(!ptyterm_contains(t, "Saved."));
    release_lock(h);
    expect(t, "Saved. Enter: next question");
    tu_expect_absent(t, "Waiting for the database");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE position = 1 AND "
                                    "response = '2' AND final"), 1);
    ptyterm_free(t);
}
END_TEST

START_TEST(answer_not_saved_when_the_lock_is_kept)
{
    PtyTerm *t = shell("4");
    open_quiz(t);
    sqlite3 *h = hold_lock();
    ptyterm_send(t, "2");
    expect(t, "locked by another program: 1 s");
    expect(t, "locked by another program: 3 s");
    /* RASTRO_LOCK_WAIT seconds on, the shell gives up and says so. */
    expect(t, "Your answer was not saved.");
    expect(t, "Try again");
    tu_expect_absent(t, "Saved.");
    tu_expect_absent(t, "Waiting for the database");
    ck_assert_int_eq(answers(), 0);

    /* Again, and Esc stops waiting at once. */
    ptyterm_send(t, "2");
    expect(t, "locked by another program: 1 s");
    double esc = ptyterm_elapsed_ms(t);
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect_gone(t, "Waiting for the database", 2000);
    expect(t, "Your answer was not saved.");
    ck_assert_msg(ptyterm_elapsed_ms(t) - esc < 2000, "Esc took %.0f ms",
                  ptyterm_elapsed_ms(t) - esc);
    tu_expect_absent(t, "Saved.");
    ck_assert_int_eq(answers(), 0);

    /* The question is still asked: with the lock gone, the same key saves. */
    release_lock(h);
    expect(t, "Practice: question 1 of");
    ptyterm_send(t, "2");
    expect(t, "Saved. Enter: next question");
    ck_assert_int_eq(answers(), 1);
    ptyterm_free(t);
}
END_TEST

START_TEST(new_trainee_not_saved_when_the_lock_is_kept)
{
    PtyTerm *t = shell("2");
    expect(t, "Kim");
    ptyterm_send(t, "n");
    expect(t, "type its name or code");
    ptyterm_send(t, "Ana");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "gt");
    sqlite3 *h = hold_lock();
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "locked by another program: 1 s");
    expect(t, "The trainee was not saved.");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    /* The form keeps what was typed: Enter once the lock is gone creates the trainee. */
    release_lock(h);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    expect(t, "Ana, Guatemala");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE name = 'Ana'"), 1);
    ptyterm_free(t);
}
END_TEST

/* The last occurrence of needle in the len bytes at hay, or NULL. */
static const char *last_in(const char *hay, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = len >= n ? len - n + 1 : 0; i-- > 0;)
        if (memcmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

START_TEST(file_size_limit_is_said_like_a_full_disk)
{
    /* Records already there: a workshop with two more trainees on it. */
    char *ws[] = {(char *)tu_rastro(), "--db", db, "workshop", "add", "--name", "Taller",
                  "--country", "HN", NULL};
    ck_assert_int_eq(tu_run(ws, NULL, NULL), 0);
    for (int i = 0; i < 2; i++) {
        char name[32];
        snprintf(name, sizeof name, "Trainee %d", i);
        char *add[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", name,
                       "--country", "HN", "--workshop", "Taller", NULL};
        ck_assert_int_eq(tu_run(add, NULL, NULL), 0);
    }
    long long size = tu_sql_int(db, "SELECT page_count * page_size FROM pragma_page_count, "
                                    "pragma_page_size");
    ck_assert_int_gt(size, 40000);
    /* The log emptied, so that the shell's writes start at its beginning. */
    sqlite3 *h = NULL;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(h, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(h);
    /* The shell runs under a file-size limit smaller than the database: the log can take the
     * attempt and an answer or two, then a write past the limit fails (EFBIG). */
    struct rlimit old, small;
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
    small = old;
    small.rlim_cur = 40000;
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
    PtyTerm *t = shell(NULL);
    setrlimit(RLIMIT_FSIZE, &old);
    open_quiz(t);
    int saved = 0;
    bool failed = false;
    for (int q = 1; q <= 12 && !failed; q++) {
        char title[48];
        snprintf(title, sizeof title, "Practice: question %d of", q);
        expect(t, title);
        ptyterm_send(t, "2");
        for (int waited = 0; waited < 10000; waited += 100) {
            ptyterm_settle(t, 50, 100);
            if (ptyterm_contains(t, "Saved.") || ptyterm_contains(t, "not saved"))
                break;
        }
        failed = ptyterm_contains(t, "Your answer was not saved.");
        if (!failed) {
            expect(t, "Saved.");
            saved++;
            ptyterm_key(t, VTERM_KEY_ENTER);
        }
    }
    ck_assert_msg(failed, "every answer was saved under the limit");
    expect(t, "The disk is full");
    tu_expect_absent(t, "Saved.");
    /* Out of the quiz and out of rastro, which gives the terminal back. */
    ptyterm_send(t, "q");
    expect(t, "Leave the quiz?");
    ptyterm_send(t, "y");
    expect(t, "Read the lesson");
    ptyterm_send(t, "q");
    expect(t, "Choose a module.");
    ptyterm_send(t, "q");
    expect(t, "Who is training?");
    ptyterm_send(t, "q");
    int status = ptyterm_wait_exit(t, 10000);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == 0, "status %d", status);
    size_t len;
    const char *raw = ptyterm_raw(t, &len);
    const char *entered = last_in(raw, len, "\033[?1049h");
    const char *left = last_in(raw, len, "\033[?1049l");
    ck_assert_msg(entered && left && left > entered, "the terminal was not given back");
    ptyterm_free(t);
    /* Every answer shown as saved is there, and the records from before are untouched. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT integrity_check = 'ok' FROM pragma_integrity_check"), 1);
    ck_assert_int_eq(answers(), saved);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 3);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM workshop_member"), 2);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM workshop WHERE name = 'Taller'"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt"), 1);
}
END_TEST

Suite *e2e_storage_suite(void)
{
    Suite *s = suite_create("e2e_storage");
    TCase *tc = tcase_create("locked");
    tcase_set_timeout(tc, 90);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, answer_waits_for_the_lock_then_saves);
    tcase_add_test(tc, answer_not_saved_when_the_lock_is_kept);
    tcase_add_test(tc, new_trainee_not_saved_when_the_lock_is_kept);
    suite_add_tcase(s, tc);
    TCase *full = tcase_create("full");
    tcase_set_timeout(full, 90);
    tcase_add_checked_fixture(full, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(full, setup, teardown);
    tcase_add_test(full, file_size_limit_is_said_like_a_full_disk);
    suite_add_tcase(s, full);
    return s;
}
