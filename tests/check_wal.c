/* The database's write-ahead log: a new database is made in one commit, and no large log is kept
 * between runs, after an import through the real command or when an older run left one. */
#include <check.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/bundle.h"
#include "../tui/core/store.h"
#include "../tui/core/store_internal.h"
#include "suites.h"
#include "testutil.h"

static char err[512];

static long long size_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* How many commits the write-ahead log at path holds: frames whose header gives the database's
 * size after a commit (the file format's "commit frame"). */
static int commits_in_log(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    unsigned char head[32], frame[24];
    ck_assert_uint_eq(fread(head, 1, sizeof head, f), sizeof head);
    uint32_t page = be32(head + 8);
    ck_assert_uint_gt(page, 0);
    int commits = 0;
    while (fread(frame, 1, sizeof frame, f) == sizeof frame) {
        /* Frames of this log carry its salts; older ones past its end do not. */
        if (memcmp(frame + 8, head + 16, 8) != 0)
            break;
        commits += be32(frame + 4) != 0;
        ck_assert_int_eq(fseek(f, (long)page, SEEK_CUR), 0);
    }
    fclose(f);
    return commits;
}

START_TEST(a_new_database_is_one_commit)
{
    char *db = xasprintf("%s/new.db", tu_dir), *wal = xasprintf("%s/new.db-wal", tu_dir);
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    /* Read while the store is open, before a close checkpoints the log away. */
    ck_assert_int_eq(commits_in_log(wal), 1);
    ck_assert_int_eq(tu_peer_int(db, "PRAGMA user_version", 0), STORE_SCHEMA_VERSION);
    store_close(s);
    free(db);
    free(wal);
}
END_TEST

/* A database of one trainee with n answers, at path. */
static void make_answers(const char *path, int n)
{
    Store *s = tu_store_open(path, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    char *sql = xasprintf(
        "INSERT INTO trainee(uid, name, country) VALUES (lower(hex(randomblob(16))), 'Kim', 'JM');"
        "INSERT INTO attempt(uid, trainee_id, module_id, finished_at, score, max_score) "
        "  VALUES (lower(hex(randomblob(16))), 1, 'm', '2026-12-01', 1, 1);"
        "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %d) "
        "INSERT INTO answer(uid, attempt_id, question_id, position, response, score, max_score) "
        "  SELECT lower(hex(randomblob(16))), 1, 'q' || i, i, hex(randomblob(24)), 1, 1 FROM k;",
        n);
    ck_assert_msg(store_exec(s, sql, err, sizeof err), "%s", err);
    free(sql);
    store_close(s);
}

START_TEST(an_import_leaves_no_large_log)
{
    char *a = xasprintf("%s/a.db", tu_dir), *bundle = xasprintf("%s/a.rastro", tu_dir);
    char *b = xasprintf("%s/b.db", tu_dir), *bwal = xasprintf("%s/b.db-wal", tu_dir);
    make_answers(a, 60000);
    Store *s = tu_store_open(a, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    BundleCounts n;
    ck_assert_msg(bundle_export(s, bundle, 0, false, &n, err, sizeof err), "%s", err);
    store_close(s);
    ck_assert_int_eq(n.answers, 60000);
    ck_assert_int_gt(size_of(bundle), 4 * STORE_WAL_LIMIT);
    char *argv[] = {(char *)tu_rastro(), "--db", b, "import", bundle, NULL};
    char *out = NULL, *errs = NULL;
    ck_assert_msg(tu_run(argv, &out, &errs) == 0, "%s", errs);
    free(out);
    free(errs);
    ck_assert_int_eq(tu_sql_int(b, "SELECT count(*) FROM answer"), 60000);
    ck_assert_msg(size_of(bwal) <= STORE_WAL_LIMIT, "log of %lld bytes left", size_of(bwal));
    free(a);
    free(bundle);
    free(b);
    free(bwal);
}
END_TEST

START_TEST(a_large_log_left_behind_is_shrunk)
{
    char *db = xasprintf("%s/old.db", tu_dir), *wal = xasprintf("%s/old.db-wal", tu_dir);
    make_answers(db, 10);
    /* Another program (or an older rastro) writes a lot and keeps its log. */
    sqlite3 *h;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    int persist = 1;
    sqlite3_file_control(h, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    ck_assert_int_eq(sqlite3_exec(h, "PRAGMA journal_size_limit = -1;"
                                     "CREATE TABLE filler(x);"
                                     "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                     "  FROM k WHERE i < 4000) "
                                     "INSERT INTO filler SELECT randomblob(2000) FROM k;",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    ck_assert_int_gt(size_of(wal), 4 * STORE_WAL_LIMIT);
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    ck_assert_msg(size_of(wal) <= STORE_WAL_LIMIT, "log of %lld bytes kept", size_of(wal));
    store_close(s);
    ck_assert_msg(size_of(wal) <= STORE_WAL_LIMIT, "log of %lld bytes kept", size_of(wal));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM filler"), 4000);
    free(db);
    free(wal);
}
END_TEST

Suite *wal_suite(void)
{
    Suite *s = suite_create("wal");
    TCase *tc = tcase_create("wal");
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, a_new_database_is_one_commit);
    tcase_add_test(tc, an_import_leaves_no_large_log);
    tcase_add_test(tc, a_large_log_left_behind_is_shrunk);
    suite_add_tcase(s, tc);
    return s;
}
