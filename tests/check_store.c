/* Unit tests for tui/core/store.c against real SQLite files in a private temporary directory.
 * Every write is checked from a second, independent sqlite3 connection right after the store
 * call returns: that is the durability contract the quiz relies on. */
#include <check.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/store.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

Suite *store_suite(void);

/* ---- fixture ---------------------------------------------------------------------------- */

static const char *tmpdir; /* tu_case_dir_make */
static char db_path[PATH_MAX]; /* tmpdir/data/rastro.db: the store creates "data" */
static Store *store;
static char err[512];
static mode_t saved_umask;

/* A root directory per test case, made and removed outside the forked tests (unchecked
 * fixture) so that nothing is left behind even when a failed test never reaches its teardown. */
static void root_setup(void)
{
    ck_assert_ptr_nonnull(tu_root_make("store"));
}

static void setup(void)
{
    tmpdir = tu_case_dir_make();
    snprintf(db_path, sizeof db_path, "%s/data/rastro.db", tmpdir);
    store = NULL;
    err[0] = '\0';
    saved_umask = umask(022);
    umask(saved_umask);
}

static void teardown(void)
{
    store_close(store);
    store = NULL;
    umask(saved_umask);
    tu_case_dir_remove();
}

/* Opens the store at db_path, failing the test with the store's message otherwise. */
static Store *open_store(void)
{
    err[0] = '\0';
    Store *s = tu_store_open(db_path, err, sizeof err);
    ck_assert_msg(s != NULL, "store_open: %s", err);
    return s;
}

static void make_path(char *out, size_t n, const char *name)
{
    snprintf(out, n, "%s/%s", tmpdir, name);
}

/* ---- a second, independent connection (tu_peer_*) ------------------------------------- */

static void assert_peer_text(const char *sql, long long arg, const char *want)
{
    char *got = tu_peer_text(db_path, sql, arg);
    ck_assert_msg(strcmp(got, want) == 0, "%s -> \"%s\", want \"%s\"", sql, got, want);
    free(got);
}

/* Creates a database with plain sqlite3 (no store involved). */
static void raw_create(const char *path, const char *sql)
{
    sqlite3 *db = NULL;
    ck_assert(sqlite3_open(path, &db) == SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &msg);
    ck_assert_msg(rc == SQLITE_OK, "raw sql: %s", msg ? msg : "?");
    sqlite3_close(db);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "fopen %s: %s", path, strerror(errno));
    StrBuf b;
    strbuf_init(&b);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&b, buf, n);
    fclose(f);
    *len = b.len;
    char *s = strbuf_take(&b);
    strbuf_done(&b);
    return s;
}

static Trainee make_trainee(const char *name, const char *agency, const char *country, Lang lang)
{
    Trainee t;
    memset(&t, 0, sizeof t);
    t.name = xstrdup(name);
    t.agency = agency ? xstrdup(agency) : NULL;
    snprintf(t.country, sizeof t.country, "%s", country);
    t.lang = lang;
    return t;
}

/* Adds a trainee and returns its id. */
/* A practice attempt: store_attempt_start with the defaults. */
static bool attempt_begin(Store *s, int64_t trainee_id, const char *module_id, int module_version,
                          int64_t *attempt_id, char *e, size_t elen)
{
    AttemptRow row = {.trainee_id = trainee_id, .module_id = module_id,
                      .module_version = module_version};
    return store_attempt_start(s, &row, attempt_id, e, elen);
}

/* A first and final answer: store_answer_add with the defaults. */
static bool answer_save(Store *s, int64_t attempt_id, const char *question_id, int position,
                        const char *response, double score, double max_score, char *e,
                        size_t elen)
{
    AnswerRow row = {.attempt_id = attempt_id, .question_id = question_id, .position = position,
                     .response = response, .score = score, .max_score = max_score, .final = true};
    return store_answer_add(s, &row, e, elen);
}

static int64_t add_trainee(const char *name, const char *country)
{
    Trainee t = make_trainee(name, "Agency", country, LANG_EN);
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "trainee_add: %s", err);
    int64_t id = t.id;
    trainee_done(&t);
    return id;
}

/* Runs and finishes one attempt with the given score. */
static int64_t finished_attempt(int64_t trainee, const char *module, double score, double max)
{
    int64_t a = 0;
    ck_assert_msg(attempt_begin(store, trainee, module, 1, &a, err, sizeof err), "%s", err);
    ck_assert_msg(store_attempt_finish(store, a, score, max, err, sizeof err), "%s", err);
    return a;
}

static bool is_hex32(const char *s)
{
    if (strlen(s) != 32)
        return false;
    for (int i = 0; i < 32; i++)
        if (!isxdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* ---- open, files, schema ---------------------------------------------------------------- */

START_TEST(test_open_creates_private_file_and_dirs)
{
    /* Even with a permissive umask the store asks for owner-only rights. */
    umask(0);
    char nested[PATH_MAX];
    snprintf(nested, sizeof nested, "%s/a/b/rastro.db", tmpdir);
    store = tu_store_open(nested, err, sizeof err);
    ck_assert_msg(store != NULL, "store_open: %s", err);

    struct stat sb;
    ck_assert_int_eq(stat(nested, &sb), 0);
    ck_assert(S_ISREG(sb.st_mode));
    ck_assert_msg((sb.st_mode & 0777) == 0600, "database mode %o", sb.st_mode & 0777);

    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/a", tmpdir);
    ck_assert_int_eq(stat(dir, &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    ck_assert_msg((sb.st_mode & 0777) == 0700, "%s mode %o", dir, sb.st_mode & 0777);
    snprintf(dir, sizeof dir, "%s/a/b", tmpdir);
    ck_assert_int_eq(stat(dir, &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    ck_assert_msg((sb.st_mode & 0777) == 0700, "%s mode %o", dir, sb.st_mode & 0777);

    /* The WAL and shared-memory files SQLite makes carry the same owner-only rights. */
    static const char *const sides[] = {"-wal", "-shm"};
    for (size_t i = 0; i < 2; i++) {
        char side[PATH_MAX + 8];
        snprintf(side, sizeof side, "%s%s", nested, sides[i]);
        if (stat(side, &sb) == 0)
            ck_assert_msg((sb.st_mode & 0077) == 0, "%s mode %o", side, sb.st_mode & 0777);
    }
}
END_TEST

START_TEST(test_open_default_parent)
{
    store = open_store();
    struct stat sb;
    ck_assert_int_eq(stat(db_path, &sb), 0);
    ck_assert_int_eq(sb.st_mode & 0777, 0600);
    ck_assert_uint_gt((unsigned long)sb.st_size, 0);
}
END_TEST

START_TEST(test_journal_mode_is_wal)
{
    store = open_store();
    char *mode = tu_peer_text(db_path, "PRAGMA journal_mode", 0);
    ck_assert_str_eq(mode, "wal");
    free(mode);
}
END_TEST

START_TEST(test_schema_version)
{
    store = open_store();
    ck_assert_int_eq(tu_peer_int(db_path, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
    ck_assert_int_eq(tu_peer_int(db_path,
                                 "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name IN ('trainee', 'attempt', 'answer')",
                                 0),
                     3);
    /* A second open of a current database migrates nothing and reports the same version. */
    store_close(store);
    store = open_store();
    ck_assert_int_eq(tu_peer_int(db_path, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
}
END_TEST

START_TEST(test_concurrent_first_open)
{
    /* Several processes creating the same new database at once all succeed: each migration
     * step re-checks the version under the write lock. */
    enum { N = 8 };
    pid_t pids[N];
    for (int i = 0; i < N; i++) {
        pids[i] = fork();
        ck_assert_int_ge(pids[i], 0);
        if (pids[i] == 0) {
            char e[512];
            Store *st = tu_store_open(db_path, e, sizeof e);
            if (!st)
                fprintf(stderr, "concurrent open: %s\n", e);
            _exit(st ? 0 : 1);
        }
    }
    for (int i = 0; i < N; i++) {
        int status;
        waitpid(pids[i], &status, 0);
        ck_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    ck_assert_int_eq(tu_peer_int(db_path, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
}
END_TEST

START_TEST(test_reopen_keeps_data)
{
    store = open_store();
    int64_t id = add_trainee("Persistent Person", "GT");
    finished_attempt(id, "mod.a", 3, 4);
    store_close(store);
    store = NULL;

    store = open_store();
    Trainee *list = NULL;
    size_t n = 0;
    ck_assert_msg(store_roster(store, 0, &list, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(list[0].id, id);
    ck_assert_str_eq(list[0].name, "Persistent Person");
    ck_assert_str_eq(list[0].country, "GT");
    trainee_list_free(list, n);

    ModuleStats ms;
    ck_assert(store_module_stats(store, id, "mod.a", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 1);
    ck_assert_double_eq_tol(ms.best_pct, 75.0, 1e-9);
}
END_TEST

START_TEST(test_newer_schema_refused_unchanged)
{
    char path[PATH_MAX];
    make_path(path, sizeof path, "newer.db");
    int newer = STORE_SCHEMA_VERSION + 7;
    char sql[256];
    snprintf(sql, sizeof sql,
             "PRAGMA user_version = %d; CREATE TABLE future(a TEXT); "
             "INSERT INTO future VALUES ('kept');",
             newer);
    raw_create(path, sql);

    err[0] = '\0';
    Store *s = tu_store_open(path, err, sizeof err);
    ck_assert_ptr_null(s);
    ck_assert_msg(err[0] != '\0', "no message");
    char num[16];
    snprintf(num, sizeof num, "%d", newer);
    ck_assert_msg(strstr(err, num) != NULL, "message does not name version %d: %s", newer, err);

    /* Nothing was migrated: same version, same tables, same rows. */
    ck_assert_int_eq(tu_peer_int(path, "PRAGMA user_version", 0), newer);
    ck_assert_int_eq(tu_peer_int(path, "SELECT count(*) FROM sqlite_master", 0), 1);
    ck_assert_int_eq(tu_peer_int(path, "SELECT count(*) FROM sqlite_master WHERE name = 'trainee'", 0),
                     0);
    char *v = tu_peer_text(path, "SELECT group_concat(a) FROM future", 0);
    ck_assert_str_eq(v, "kept");
    free(v);
}
END_TEST

START_TEST(test_newer_schema_refused_bytes_unchanged)
{
    /* A newer database in rollback-journal mode must come out byte for byte identical: not
     * even switched to WAL before being refused. */
    char path[PATH_MAX];
    make_path(path, sizeof path, "newer-rollback.db");
    char sql[256];
    snprintf(sql, sizeof sql,
             "PRAGMA user_version = %d; CREATE TABLE future(a); "
             "INSERT INTO future VALUES (1);",
             STORE_SCHEMA_VERSION + 1);
    raw_create(path, sql);
    size_t before_len, after_len;
    char *before = read_file(path, &before_len);

    err[0] = '\0';
    ck_assert_ptr_null(tu_store_open(path, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");

    char *after = read_file(path, &after_len);
    ck_assert_uint_eq(after_len, before_len);
    ck_assert_msg(memcmp(before, after, before_len) == 0, "database file was modified");
    free(before);
    free(after);
    ck_assert_int_eq(tu_peer_int(path, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION + 1);
}
END_TEST

START_TEST(test_not_a_database_refused_unchanged)
{
    char path[PATH_MAX];
    make_path(path, sizeof path, "junk.db");
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    for (int i = 0; i < 64; i++)
        fputs("this is not an SQLite database, just text. ", f);
    fclose(f);
    size_t before_len, after_len;
    char *before = read_file(path, &before_len);

    err[0] = '\0';
    ck_assert_ptr_null(tu_store_open(path, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");

    char *after = read_file(path, &after_len);
    ck_assert_uint_eq(after_len, before_len);
    ck_assert(memcmp(before, after, before_len) == 0);
    free(before);
    free(after);
}
END_TEST

START_TEST(test_open_fails_when_parent_cannot_be_created)
{
    /* A regular file where a directory should be: mkdir fails even for root. */
    char blocker[PATH_MAX];
    make_path(blocker, sizeof blocker, "blocker");
    FILE *f = fopen(blocker, "w");
    ck_assert_ptr_nonnull(f);
    fputs("x", f);
    fclose(f);

    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/sub/rastro.db", blocker);
    err[0] = '\0';
    ck_assert_ptr_null(tu_store_open(path, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    ck_assert_msg(strstr(err, "blocker") != NULL, "message does not name the path: %s", err);

    /* Directly under the file, too. */
    snprintf(path, sizeof path, "%s/rastro.db", blocker);
    err[0] = '\0';
    ck_assert_ptr_null(tu_store_open(path, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");

    struct stat sb;
    ck_assert_int_eq(stat(blocker, &sb), 0);
    ck_assert(S_ISREG(sb.st_mode));
    ck_assert_int_eq(sb.st_size, 1);
}
END_TEST

START_TEST(test_make_parent_dirs)
{
    char path[PATH_MAX];
    make_path(path, sizeof path, "x/y/z/file.db");
    ck_assert_msg(store_make_parent_dirs(path, err, sizeof err), "%s", err);
    char dir[PATH_MAX];
    make_path(dir, sizeof dir, "x/y/z");
    struct stat sb;
    ck_assert_int_eq(stat(dir, &sb), 0);
    ck_assert(S_ISDIR(sb.st_mode));
    ck_assert_int_eq(sb.st_mode & 0777, 0700);
    /* Only directories: the file itself is not created. */
    ck_assert(!tu_exists(path));
    /* Existing directories are fine. */
    ck_assert_msg(store_make_parent_dirs(path, err, sizeof err), "%s", err);
}
END_TEST

START_TEST(test_default_path)
{
    char *saved_xdg = getenv("XDG_DATA_HOME") ? xstrdup(getenv("XDG_DATA_HOME")) : NULL;
    char *saved_home = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;

    setenv("XDG_DATA_HOME", "/srv/xdg", 1);
    char *p1 = store_default_path();
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/officer", 1);
    char *p2 = store_default_path();
    setenv("XDG_DATA_HOME", "relative/ignored", 1);
    char *p3 = store_default_path();

    if (saved_xdg)
        setenv("XDG_DATA_HOME", saved_xdg, 1);
    else
        unsetenv("XDG_DATA_HOME");
    if (saved_home)
        setenv("HOME", saved_home, 1);
    else
        unsetenv("HOME");
    free(saved_xdg);
    free(saved_home);

    ck_assert_str_eq(p1, "/srv/xdg/rastro/rastro.db");
    ck_assert_str_eq(p2, "/home/officer/.local/share/rastro/rastro.db");
    ck_assert_str_eq(p3, "/home/officer/.local/share/rastro/rastro.db");
    free(p1), free(p2), free(p3);
}
END_TEST

/* ---- trainees --------------------------------------------------------------------------- */

START_TEST(test_trainee_add_fields_and_uid)
{
    store = open_store();
    Trainee t = make_trainee("Jos\xC3\xA9 \xC3\x91\xC3\xBA\xC3\xB1" "ez", "Polic\xC3\xAD" "a Federal",
                             "MX", LANG_ES);
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "trainee_add: %s", err);
    ck_assert_int_gt(t.id, 0);
    ck_assert_msg(is_hex32(t.uid), "uid \"%s\" is not 32 hex digits", t.uid);

    /* Visible from another connection as soon as the call returned. */
    assert_peer_text("SELECT name FROM trainee WHERE id = ?1", t.id,
                     "Jos\xC3\xA9 \xC3\x91\xC3\xBA\xC3\xB1" "ez");
    assert_peer_text("SELECT agency FROM trainee WHERE id = ?1", t.id,
                     "Polic\xC3\xAD" "a Federal");
    assert_peer_text("SELECT country FROM trainee WHERE id = ?1", t.id, "MX");
    assert_peer_text("SELECT lang FROM trainee WHERE id = ?1", t.id, "es");
    assert_peer_text("SELECT uid FROM trainee WHERE id = ?1", t.id, t.uid);

    Trainee *list = NULL;
    size_t n = 0;
    ck_assert_msg(store_roster(store, 0, &list, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(list[0].id, t.id);
    ck_assert_str_eq(list[0].uid, t.uid);
    ck_assert_str_eq(list[0].name, t.name);
    ck_assert_str_eq(list[0].agency, t.agency);
    ck_assert_str_eq(list[0].country, "MX");
    ck_assert_int_eq(list[0].lang, LANG_ES);
    trainee_list_free(list, n);
    trainee_done(&t);
    ck_assert_ptr_null(t.name);
    ck_assert_ptr_null(t.agency);
}
END_TEST

START_TEST(test_trainee_null_agency_is_empty)
{
    store = open_store();
    Trainee t = make_trainee("No Agency", NULL, "JM", LANG_EN);
    ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "%s", err);
    Trainee *list = NULL;
    size_t n = 0;
    ck_assert(store_roster(store, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_ptr_nonnull(list[0].agency);
    ck_assert_str_eq(list[0].agency, "");
    ck_assert_int_eq(list[0].lang, LANG_EN);
    trainee_list_free(list, n);
    trainee_done(&t);
}
END_TEST

START_TEST(test_trainee_uids_unique)
{
    store = open_store();
    enum { N = 40 };
    char uids[N][33];
    for (int i = 0; i < N; i++) {
        char name[32];
        snprintf(name, sizeof name, "Trainee %02d", i);
        Trainee t = make_trainee(name, "A", "US", LANG_EN);
        ck_assert_msg(store_trainee_add(store, &t, err, sizeof err), "%s", err);
        ck_assert(is_hex32(t.uid));
        memcpy(uids[i], t.uid, 33);
        trainee_done(&t);
        for (int j = 0; j < i; j++)
            ck_assert_msg(strcmp(uids[i], uids[j]) != 0, "uid %s repeated", uids[i]);
    }
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(DISTINCT uid) FROM trainee", 0), N);
}
END_TEST

START_TEST(test_trainee_list_order)
{
    store = open_store();
    int64_t bob = add_trainee("bob", "US");
    int64_t alice1 = add_trainee("Alice", "MX");
    int64_t carol = add_trainee("carol", "GT");
    int64_t alice2 = add_trainee("alice", "JM");
    int64_t bob2 = add_trainee("Bob", "US");

    Trainee *list = NULL;
    size_t n = 0;
    ck_assert_msg(store_roster(store, 0, &list, &n, err, sizeof err), "%s", err);
    ck_assert_uint_eq(n, 5);
    /* By name without regard to case, then by id. */
    const int64_t want_id[] = {alice1, alice2, bob, bob2, carol};
    const char *const want_name[] = {"Alice", "alice", "bob", "Bob", "carol"};
    const char *const want_country[] = {"MX", "JM", "US", "US", "GT"};
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(list[i].id, want_id[i]);
        ck_assert_str_eq(list[i].name, want_name[i]);
        ck_assert_str_eq(list[i].country, want_country[i]);
        ck_assert_str_eq(list[i].agency, "Agency");
    }
    trainee_list_free(list, n);
}
END_TEST

START_TEST(test_trainee_list_empty)
{
    store = open_store();
    Trainee *list = (Trainee *)&list; /* must be overwritten */
    size_t n = 99;
    ck_assert(store_roster(store, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 0);
    trainee_list_free(list, n);
}
END_TEST

START_TEST(test_trainee_add_rejects_bad_rows)
{
    store = open_store();
    Trainee t;
    memset(&t, 0, sizeof t);
    t.name = NULL; /* NOT NULL column */
    snprintf(t.country, sizeof t.country, "MX");
    err[0] = '\0';
    ck_assert(!store_trainee_add(store, &t, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");

    Trainee u = make_trainee("Short Country", "", "M", LANG_EN);
    err[0] = '\0';
    ck_assert(!store_trainee_add(store, &u, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    trainee_done(&u);

    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM trainee", 0), 0);
}
END_TEST

START_TEST(test_trainee_set_lang)
{
    store = open_store();
    int64_t id = add_trainee("Lang Changer", "MX");
    assert_peer_text("SELECT lang FROM trainee WHERE id = ?1", id, "en");
    ck_assert_msg(store_trainee_set_lang(store, id, LANG_ES, err, sizeof err), "%s", err);
    assert_peer_text("SELECT lang FROM trainee WHERE id = ?1", id, "es");

    Trainee *list = NULL;
    size_t n = 0;
    ck_assert(store_roster(store, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(list[0].lang, LANG_ES);
    trainee_list_free(list, n);
    /* Updating a record that does not exist is an error, not a silent success. */
    ck_assert(!store_trainee_set_lang(store, id + 1000, LANG_ES, err, sizeof err));
    ck_assert(!store_attempt_finish(store, 424242, 1, 1, err, sizeof err));
    ck_assert_ptr_nonnull(strstr(err, "no such record"));
}
END_TEST

START_TEST(test_trainee_copy_is_deep)
{
    Trainee a = make_trainee("Original", "Agency A", "GT", LANG_ES);
    a.id = 42;
    memcpy(a.uid, "0123456789abcdef0123456789abcdef", 33);
    Trainee b;
    trainee_copy(&b, &a);
    ck_assert_ptr_ne(a.name, b.name);
    ck_assert_ptr_ne(a.agency, b.agency);
    a.name[0] = 'X';
    ck_assert_str_eq(b.name, "Original");
    ck_assert_str_eq(b.agency, "Agency A");
    ck_assert_str_eq(b.uid, a.uid);
    ck_assert_str_eq(b.country, "GT");
    ck_assert_int_eq(b.id, 42);
    ck_assert_int_eq(b.lang, LANG_ES);
    trainee_done(&a);
    trainee_done(&b);

    Trainee empty;
    memset(&empty, 0, sizeof empty);
    trainee_copy(&b, &empty);
    ck_assert_str_eq(b.name, "");
    ck_assert_str_eq(b.agency, "");
    trainee_done(&b);
}
END_TEST

/* ---- attempts and answers: durability --------------------------------------------------- */

START_TEST(test_attempt_lifecycle_visible_to_peer)
{
    store = open_store();
    int64_t tid = add_trainee("Durable", "MX");

    int64_t aid = 0;
    ck_assert_msg(attempt_begin(store, tid, "radio.basics", 3, &aid, err, sizeof err), "%s",
                  err);
    ck_assert_int_gt(aid, 0);
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM attempt WHERE id = ?1", aid), 1);
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT trainee_id FROM attempt WHERE id = ?1", aid), tid);
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT module_version FROM attempt WHERE id = ?1", aid), 3);
    assert_peer_text("SELECT module_id FROM attempt WHERE id = ?1", aid, "radio.basics");
    assert_peer_text("SELECT finished_at FROM attempt WHERE id = ?1", aid, "(null)");
    assert_peer_text("SELECT score FROM attempt WHERE id = ?1", aid, "(null)");
    char *uid = tu_peer_text(db_path, "SELECT uid FROM attempt WHERE id = ?1", aid);
    ck_assert_msg(is_hex32(uid), "attempt uid %s", uid);
    free(uid);

    ck_assert_msg(answer_save(store, aid, "q1", 1, "2", 1.0, 1.0, err, sizeof err), "%s",
                  err);
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM answer WHERE attempt_id = ?1", aid),
                     1);
    assert_peer_text("SELECT question_id || '|' || position || '|' || response FROM answer "
                     "WHERE attempt_id = ?1",
                     aid, "q1|1|2");
    ck_assert_double_eq_tol(
        tu_peer_double(db_path, "SELECT score FROM answer WHERE attempt_id = ?1", aid), 1.0, 1e-12);

    ck_assert_msg(answer_save(store, aid, "q2", 2, "4", 0.0, 1.0, err, sizeof err), "%s",
                  err);
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM answer WHERE attempt_id = ?1", aid),
                     2);
    assert_peer_text("SELECT question_id || '|' || position || '|' || response FROM answer "
                     "WHERE attempt_id = ?1 ORDER BY id DESC LIMIT 1",
                     aid, "q2|2|4");
    ck_assert_double_eq_tol(tu_peer_double(db_path,
                                           "SELECT sum(max_score) FROM answer WHERE attempt_id = ?1",
                                           aid),
                            2.0, 1e-12);
    /* Every answer gets its own uid. */
    ck_assert_int_eq(tu_peer_int(db_path,
                                 "SELECT count(DISTINCT uid) FROM answer WHERE attempt_id = ?1 AND "
                                 "length(uid) = 32",
                                 aid),
                     2);
    /* Still open. */
    assert_peer_text("SELECT finished_at FROM attempt WHERE id = ?1", aid, "(null)");

    ck_assert_msg(store_attempt_finish(store, aid, 1.0, 2.0, err, sizeof err), "%s", err);
    ck_assert_int_eq(
        tu_peer_int(db_path, "SELECT finished_at IS NOT NULL FROM attempt WHERE id = ?1", aid), 1);
    ck_assert_double_eq_tol(tu_peer_double(db_path, "SELECT score FROM attempt WHERE id = ?1", aid),
                            1.0, 1e-12);
    ck_assert_double_eq_tol(
        tu_peer_double(db_path, "SELECT max_score FROM attempt WHERE id = ?1", aid), 2.0, 1e-12);
}
END_TEST

START_TEST(test_writes_survive_killed_process)
{
    /* A child writes through the store and is killed without closing it; every call that had
     * returned must still be on disk. */
    fflush(NULL);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        char e[256];
        Store *s = tu_store_open(db_path, e, sizeof e);
        if (!s)
            _exit(2);
        Trainee t;
        memset(&t, 0, sizeof t);
        t.name = (char *)"Crash Test";
        t.agency = (char *)"";
        memcpy(t.country, "JM", 3);
        int64_t aid;
        if (!store_trainee_add(s, &t, e, sizeof e) ||
            !attempt_begin(s, t.id, "mod.crash", 1, &aid, e, sizeof e) ||
            !answer_save(s, aid, "q1", 1, "3", 1.0, 1.0, e, sizeof e))
            _exit(3);
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                  "child did not die as planned (status %d)", status);

    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM trainee WHERE name = 'Crash Test'", 0),
                     1);
    ck_assert_int_eq(
        tu_peer_int(db_path, "SELECT count(*) FROM attempt WHERE module_id = 'mod.crash'", 0), 1);
    assert_peer_text("SELECT response FROM answer WHERE question_id = 'q1'", 0, "3");

    /* And the store itself opens the database again. */
    store = open_store();
    Trainee *list = NULL;
    size_t n = 0;
    ck_assert(store_roster(store, 0, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(list[0].name, "Crash Test");
    trainee_list_free(list, n);
}
END_TEST

START_TEST(test_attempt_for_unknown_trainee_refused)
{
    store = open_store();
    int64_t aid = -5;
    err[0] = '\0';
    ck_assert(!attempt_begin(store, 12345, "mod", 1, &aid, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM attempt", 0), 0);
}
END_TEST

START_TEST(test_answer_for_unknown_attempt_refused)
{
    store = open_store();
    err[0] = '\0';
    ck_assert(!answer_save(store, 777, "q1", 1, "1", 1.0, 1.0, err, sizeof err));
    ck_assert_msg(err[0] != '\0', "no message");
    ck_assert_int_eq(tu_peer_int(db_path, "SELECT count(*) FROM answer", 0), 0);
}
END_TEST

/* ---- module statistics ------------------------------------------------------------------ */

START_TEST(test_module_stats_none)
{
    store = open_store();
    int64_t tid = add_trainee("Nobody Yet", "MX");
    ModuleStats ms = {.attempts = 99, .best_pct = 99, .last_pct = 99};
    ck_assert_msg(store_module_stats(store, tid, "mod.a", &ms, err, sizeof err), "%s", err);
    ck_assert_int_eq(ms.attempts, 0);
    ck_assert_double_eq_tol(ms.best_pct, -1.0, 1e-12);
    ck_assert_double_eq_tol(ms.last_pct, -1.0, 1e-12);

    /* An unfinished attempt does not count. */
    int64_t aid;
    ck_assert(attempt_begin(store, tid, "mod.a", 1, &aid, err, sizeof err));
    ck_assert(answer_save(store, aid, "q1", 1, "1", 1, 1, err, sizeof err));
    ck_assert(store_module_stats(store, tid, "mod.a", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 0);
    ck_assert_double_eq_tol(ms.best_pct, -1.0, 1e-12);
    ck_assert_double_eq_tol(ms.last_pct, -1.0, 1e-12);
}
END_TEST

START_TEST(test_module_stats_best_and_last)
{
    store = open_store();
    int64_t tid = add_trainee("Scorer", "US");
    int64_t other = add_trainee("Other", "US");

    finished_attempt(tid, "mod.a", 2, 4);    /* 50 */
    finished_attempt(tid, "mod.a", 4, 4);    /* 100 */
    finished_attempt(tid, "mod.a", 3, 4);    /* 75, the last one */
    finished_attempt(tid, "mod.b", 0, 4);    /* another module */
    finished_attempt(other, "mod.a", 1, 4);  /* another trainee, finished last */
    int64_t open_attempt;
    ck_assert(attempt_begin(store, tid, "mod.a", 1, &open_attempt, err, sizeof err));

    ModuleStats ms;
    ck_assert_msg(store_module_stats(store, tid, "mod.a", &ms, err, sizeof err), "%s", err);
    ck_assert_int_eq(ms.attempts, 3);
    ck_assert_double_eq_tol(ms.best_pct, 100.0, 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, 75.0, 1e-9);

    ck_assert(store_module_stats(store, tid, "mod.b", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 1);
    ck_assert_double_eq_tol(ms.best_pct, 0.0, 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, 0.0, 1e-9);

    ck_assert(store_module_stats(store, other, "mod.a", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 1);
    ck_assert_double_eq_tol(ms.best_pct, 25.0, 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, 25.0, 1e-9);

    ck_assert(store_module_stats(store, tid, "mod.none", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 0);
    ck_assert_double_eq_tol(ms.best_pct, -1.0, 1e-12);
}
END_TEST

START_TEST(test_module_stats_last_is_last_finished)
{
    store = open_store();
    int64_t tid = add_trainee("Interleaved", "GT");
    int64_t first, second;
    ck_assert(attempt_begin(store, tid, "mod.a", 1, &first, err, sizeof err));
    ck_assert(attempt_begin(store, tid, "mod.a", 1, &second, err, sizeof err));
    ck_assert(store_attempt_finish(store, second, 1, 2, err, sizeof err)); /* 50 */
    usleep(5000); /* finish times have millisecond resolution */
    ck_assert(store_attempt_finish(store, first, 9, 10, err, sizeof err)); /* 90, finished last */

    ModuleStats ms;
    ck_assert(store_module_stats(store, tid, "mod.a", &ms, err, sizeof err));
    ck_assert_int_eq(ms.attempts, 2);
    ck_assert_double_eq_tol(ms.best_pct, 90.0, 1e-9);
    ck_assert_double_eq_tol(ms.last_pct, 90.0, 1e-9);
}
END_TEST

Suite *store_suite(void)
{
    Suite *s = suite_create("store");

    TCase *tc = tcase_create("open");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_open_creates_private_file_and_dirs);
    tcase_add_test(tc, test_open_default_parent);
    tcase_add_test(tc, test_journal_mode_is_wal);
    tcase_add_test(tc, test_schema_version);
    tcase_add_test(tc, test_concurrent_first_open);
    tcase_add_test(tc, test_reopen_keeps_data);
    tcase_add_test(tc, test_newer_schema_refused_unchanged);
    tcase_add_test(tc, test_newer_schema_refused_bytes_unchanged);
    tcase_add_test(tc, test_not_a_database_refused_unchanged);
    tcase_add_test(tc, test_open_fails_when_parent_cannot_be_created);
    tcase_add_test(tc, test_make_parent_dirs);
    tcase_add_test(tc, test_default_path);
    suite_add_tcase(s, tc);

    tc = tcase_create("trainee");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_trainee_add_fields_and_uid);
    tcase_add_test(tc, test_trainee_null_agency_is_empty);
    tcase_add_test(tc, test_trainee_uids_unique);
    tcase_add_test(tc, test_trainee_list_order);
    tcase_add_test(tc, test_trainee_list_empty);
    tcase_add_test(tc, test_trainee_add_rejects_bad_rows);
    tcase_add_test(tc, test_trainee_set_lang);
    tcase_add_test(tc, test_trainee_copy_is_deep);
    suite_add_tcase(s, tc);

    tc = tcase_create("attempt");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_attempt_lifecycle_visible_to_peer);
    tcase_add_test(tc, test_writes_survive_killed_process);
    tcase_add_test(tc, test_attempt_for_unknown_trainee_refused);
    tcase_add_test(tc, test_answer_for_unknown_attempt_refused);
    suite_add_tcase(s, tc);

    tc = tcase_create("stats");
    tcase_add_unchecked_fixture(tc, root_setup, tu_root_remove);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_module_stats_none);
    tcase_add_test(tc, test_module_stats_best_and_last);
    tcase_add_test(tc, test_module_stats_last_is_last_finished);
    suite_add_tcase(s, tc);

    return s;
}
