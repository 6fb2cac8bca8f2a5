/* An answer acknowledged on screen is on disk: rastro is killed with SIGKILL right after the
 * acknowledgement and the answer is found in the database. */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db, "%s/rastro.db", dir), 0);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", "Kim",
                    "--country", "JM", NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

/* Answers `answers` questions (option 2 each), killing rastro the moment the last one is
 * acknowledged. */
static void answer_then_kill(int answers)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", "content", "--lang", "en", NULL};
    char err[256];
    PtyTerm *t = ptyterm_spawn(argv, tu_env("C.UTF-8"), 24, 80, err, sizeof err);
    ck_assert_msg(t != NULL, "%s", err);
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Take the quiz");
    ptyterm_send(t, "2");
    for (int i = 1; i <= answers; i++) {
        char title[32];
        snprintf(title, sizeof title, "Question %d of", i);
        expect(t, title);
        expect(t, "Choose an answer");
        ptyterm_send(t, "2");
        expect(t, "Saved.");
        if (i == answers)
            kill(ptyterm_pid(t), SIGKILL);
        else
            ptyterm_key(t, VTERM_KEY_ENTER);
    }
    int status = ptyterm_wait_exit(t, 5000);
    ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    ptyterm_free(t);
}

START_TEST(first_answer_survives_sigkill)
{
    answer_then_kill(1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE response = '2' AND position = 1"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NULL"), 1);
}
END_TEST

START_TEST(every_acknowledged_answer_survives)
{
    answer_then_kill(3);
    answer_then_kill(5);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 8);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(DISTINCT attempt_id) FROM answer"), 2);
    ck_assert_int_eq(tu_sql_int(db, "SELECT max(position) FROM answer"), 5);
    /* The database is sound after two kills. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}
END_TEST

Suite *durability_suite(void)
{
    Suite *s = suite_create("durability");
    TCase *tc = tcase_create("sigkill");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, first_answer_survives_sigkill);
    tcase_add_test(tc, every_acknowledged_answer_survives);
    suite_add_tcase(s, tc);
    return s;
}
