/* Which database a command uses, as an organiser meets it: an empty name is a mistake, commands
 * that only read never create a database, those that add records create one and say where, a
 * damaged or read-only database is named and still read where it can be, names are real names
 * and dates real dates, and arguments are never echoed with their control characters. */
#include <check.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/text.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static char *out, *errs;

static void reset(void)
{
    free(out);
    free(errs);
    out = errs = NULL;
}

/* rastro --db db --content dir --lang en ARGS... with options o (may be NULL). */
#define RUN(o, ...)                                                                               \
    (reset(), tu_rastro_run(tu_in_dir(o, dir), &out, &errs, "--db", db, "--content", dir, "--lang", "en",         \
                            __VA_ARGS__, NULL))

static void setup(void)
{
    dir = tu_tmpdir();
    db = xasprintf("%s/sub/dir/r.db", dir);
    out = errs = NULL;
}

static void teardown(void)
{
    reset();
    tu_rmrf(dir);
    free(dir);
    free(db);
}

START_TEST(an_empty_database_name_is_refused)
{
    char *data = xasprintf("XDG_DATA_HOME=%s", dir), *home = xasprintf("HOME=%s", dir);
    char *env[] = {"RASTRO_DB=", data, home, NULL};
    TuRunOptions o = {.env = env, .dir = dir};
    reset();
    ck_assert_int_eq(tu_rastro_run(&o, &out, &errs, "trainee", "add", "--name", "Ana",
                                   "--country", "MX", NULL), 2);
    ck_assert_msg(strstr(errs, "RASTRO_DB is empty"), "%s", errs);
    reset();
    ck_assert_int_eq(tu_rastro_run(&o, &out, &errs, "--db", "", "report", "items", NULL), 2);
    ck_assert_msg(strstr(errs, "--db is empty"), "%s", errs);
    /* Nothing was made where the default database lives, nor here. */
    char *rastro_dir = xasprintf("%s/rastro", dir);
    ck_assert(!tu_exists(rastro_dir));
    char *argv[] = {"/bin/sh", "-c", "ls -A \"$0\" | wc -l", dir, NULL};
    char *listing = NULL;
    ck_assert_int_eq(tu_run(argv, &listing, NULL), 0);
    ck_assert_int_eq(atoi(listing), 0);
    free(listing);
    free(rastro_dir);
    free(data);
    free(home);
}
END_TEST

START_TEST(reading_commands_never_create_a_database)
{
    const char *const cmds[][6] = {
        {"trainee", "list"},
        {"workshop", "list"},
        {"workshop", "roster", "W"},
        {"report", "items"},
        {"report", "trainees", "--format", "csv"},
        {"export", "-o", "-"},
        {"certificate", "--trainee", "Ana"},
        {"instructor"},
    };
    char *sub = xasprintf("%s/sub", dir);
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        const char *const *c = cmds[i];
        ck_assert_msg(RUN(NULL, c[0], c[1], c[2], c[3], c[4]) == 1, "%s %s: %s", c[0],
                      c[1] ? c[1] : "", errs);
        ck_assert_msg(strstr(errs, db) && strstr(errs, "no database there"), "%s", errs);
        ck_assert_msg(!tu_exists(sub), "%s %s made %s", c[0], c[1] ? c[1] : "", sub);
    }
    free(sub);
}
END_TEST

START_TEST(adding_commands_create_one_and_say_where)
{
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX"), 0);
    ck_assert_msg(strstr(errs, "new database") && strstr(errs, db), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "workshop", "add", "--name", "W", "--country", "MX"), 0);
    ck_assert_msg(!strstr(errs, "new database"), "%s", errs);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    /* The shell makes one too, and says so on its first screen. */
    char *other = xasprintf("%s/shell/new.db", dir);
    char *argv[] = {(char *)tu_rastro(), "--db", other, "--content", dir, "--lang", "en", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    tu_expect(t, "New database:", 10000);
    tu_expect(t, "new.db", 2000);
    ptyterm_send(t, "q");
    ptyterm_wait_exit(t, 5000);
    ptyterm_free(t);
    ck_assert(tu_exists(other));
    free(other);
}
END_TEST

START_TEST(errors_name_the_database_file)
{
    free(db);
    db = tu_write(dir, "junk.db", "this is not a database, only some text that is long enough\n");
    ck_assert_int_eq(RUN(NULL, "report", "items"), 1);
    ck_assert_msg(strstr(errs, db) && strstr(errs, "not a database"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX"), 1);
    ck_assert_msg(strstr(errs, db) && strstr(errs, "not a database"), "%s", errs);
    /* And left it as it was. */
    FILE *f = fopen(db, "r");
    char line[80] = "";
    ck_assert_ptr_nonnull(fgets(line, sizeof line, f));
    fclose(f);
    ck_assert_str_eq(line, "this is not a database, only some text that is long enough\n");
}
END_TEST

START_TEST(a_read_only_database_can_still_be_read)
{
    free(db);
    db = xasprintf("%s/ro/r.db", dir);
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX"), 0);
    ck_assert_int_eq(RUN(NULL, "workshop", "add", "--name", "W", "--country", "MX"), 0);
    /* Files nobody may write, in a directory nobody may write; as root, the commands run as
     * another user, since root may write anything. */
    char *ro = xasprintf("%s/ro", dir), *outdir = xasprintf("%s/out", dir);
    const char *suffix[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) {
        char *p = xasprintf("%s%s", db, suffix[i]);
        if (tu_exists(p))
            ck_assert_int_eq(chmod(p, 0444), 0);
        free(p);
    }
    ck_assert_int_eq(chmod(dir, 0755), 0);
    ck_assert_int_eq(chmod(ro, 0555), 0);
    ck_assert_int_eq(mkdir(outdir, 0777), 0);
    ck_assert_int_eq(chmod(outdir, 0777), 0);
    TuRunOptions o = {.uid = geteuid() == 0 ? 65534 : 0};
    char *bundle = xasprintf("%s/r.bundle", outdir);
    ck_assert_msg(RUN(&o, "trainee", "list") == 0, "%s", errs);
    ck_assert_msg(strstr(out, "Ana"), "%s", out);
    ck_assert_msg(RUN(&o, "report", "trainees") == 0, "%s", errs);
    ck_assert_msg(RUN(&o, "workshop", "roster", "W") == 0, "%s", errs);
    ck_assert_msg(RUN(&o, "export", "-o", bundle) == 0, "%s", errs);
    ck_assert(tu_exists(bundle));
    /* Adding to it fails, saying why, and changes nothing. */
    ck_assert_int_eq(RUN(&o, "trainee", "add", "--name", "Ben", "--country", "MX"), 1);
    ck_assert_msg(strstr(errs, db), "%s", errs);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    chmod(ro, 0700);
    free(ro);
    free(outdir);
    free(bundle);
}
END_TEST

START_TEST(names_are_names_and_dates_are_dates)
{
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "   ", "--country", "MX"), 1);
    ck_assert_msg(strstr(errs, "needs a name"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", " \t\xC2\xA0", "--country", "MX"), 1);
    ck_assert_int_eq(RUN(NULL, "workshop", "add", "--name", "  ", "--country", "MX"), 1);
    ck_assert_msg(strstr(errs, "needs a name"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "workshop", "add", "--name", "W", "--country", "MX", "--starts",
                         ""), 2);
    ck_assert_msg(strstr(errs, "YYYY-MM-DD"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "workshop", "add", "--name", "W", "--country", "MX", "--ends", ""),
                     2);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM workshop"), 0);
}
END_TEST

/* Fails the test when s holds a raw control character (other than the newline). */
static void assert_inert(const char *what, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        bool c1 = p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0;
        ck_assert_msg((*p >= 0x20 || *p == '\n') && *p != 0x7F && !c1,
                      "%s: raw byte 0x%02x in: %s", what, *p, s);
    }
}

START_TEST(arguments_are_never_echoed_raw)
{
    static const char esc[] = "\x1b]0;owned\x07\x1b[2J\xC2\x9B" "31m";
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX"), 0);
    const char *const cmds[][6] = {
        {esc},
        {"--lang", esc, "trainee", "list"},
        {"--pictures", esc},
        {"instructor", "--workshop", esc},
        {esc, "--help"},
        {"trainee", "add", "--name", "X", "--country", esc},
        {"workshop", "add", "--name", "X", "--country", esc},
        {"workshop", "add", "--name", "X", "--country", "MX"},
        {"workshop", "roster", esc},
        {"certificate", "--trainee", esc},
        {"picture", esc},
        {"import", esc},
        {"preview", esc},
        {"lint", "--seeds", esc},
        {"report", "items", "-o", esc},
    };
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        const char *const *c = cmds[i];
        int rc = RUN(NULL, c[0], c[1], c[2], c[3], c[4], c[5]);
        assert_inert(c[0], errs);
        assert_inert(c[0], out);
        (void)rc;
    }
    /* The shell, told to open a workshop that is not there, says so on standard error. */
    RUN(NULL, "--workshop", esc);
    ck_assert_msg(strstr(errs, "no workshop named"), "%s", errs);
    assert_inert("--workshop", errs);
    /* `rastro new` makes no file with such a name. */
    TuRunOptions here = {.dir = dir};
    reset();
    ck_assert_int_eq(tu_rastro_run(&here, &out, &errs, "new", esc, NULL), 2);
    assert_inert("new", errs);
    char *argv[] = {"/bin/sh", "-c", "ls -A \"$0\" | grep -c lua || true", dir, NULL};
    char *listing = NULL;
    ck_assert_int_eq(tu_run(argv, &listing, NULL), 0);
    ck_assert_int_eq(atoi(listing), 0);
    free(listing);
}
END_TEST

START_TEST(a_command_says_it_waits_for_a_locked_database)
{
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX"), 0);
    sqlite3 *h;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    ck_assert_int_eq(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    char *env[] = {"RASTRO_LOCK_WAIT=2", NULL};
    TuRunOptions o = {.env = env};
    ck_assert_int_eq(RUN(&o, "trainee", "add", "--name", "Ben", "--country", "MX"), 1);
    ck_assert_msg(strstr(errs, "locked by another program; waiting"), "%s", errs);
    sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(h);
    ck_assert_int_eq(RUN(&o, "trainee", "add", "--name", "Ben", "--country", "MX"), 0);
    ck_assert_msg(!strstr(errs, "waiting"), "%s", errs);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 2);
}
END_TEST

START_TEST(help_and_messages_in_the_chosen_language)
{
    reset();
    ck_assert_int_eq(tu_rastro_run(NULL, &out, &errs, "--lang", "es", "--help",
                                   NULL), 0);
    ck_assert_msg(strstr(out, "Uso: rastro") && strstr(out, "muestra esta ayuda"), "%s", out);
    reset();
    ck_assert_int_eq(tu_rastro_run(NULL, &out, &errs, "--lang", "es", "--db", "",
                                   "report", "items", NULL), 2);
    ck_assert_msg(strstr(errs, "--db está vacío"), "%s", errs);
    reset();
    ck_assert_int_eq(tu_rastro_run(NULL, &out, &errs, "--lang", "es", "frob",
                                   NULL), 2);
    ck_assert_msg(strstr(errs, "orden desconocida «frob»"), "%s", errs);
    reset();
    ck_assert_int_eq(tu_rastro_run(NULL, &out, &errs, "--lang", "en", "--help", NULL), 0);
    ck_assert_msg(strstr(out, "Usage: rastro"), "%s", out);
}
END_TEST

Suite *db_choice_suite(void)
{
    Suite *s = suite_create("db_choice");
    TCase *tc = tcase_create("db_choice");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, an_empty_database_name_is_refused);
    tcase_add_test(tc, reading_commands_never_create_a_database);
    tcase_add_test(tc, adding_commands_create_one_and_say_where);
    tcase_add_test(tc, errors_name_the_database_file);
    tcase_add_test(tc, a_read_only_database_can_still_be_read);
    tcase_add_test(tc, names_are_names_and_dates_are_dates);
    tcase_add_test(tc, arguments_are_never_echoed_raw);
    tcase_add_test(tc, a_command_says_it_waits_for_a_locked_database);
    tcase_add_test(tc, help_and_messages_in_the_chosen_language);
    suite_add_tcase(s, tc);
    return s;
}
