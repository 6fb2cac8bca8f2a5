/* Trainee records in SQLite: trainees, attempts and answers, with schema migrations. */
#include "store.h"
#include "store_internal.h"
#include "store_assess.h"
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Each entry moves the schema from version i to i + 1. Never edit a released entry: add one. */
static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE trainee("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  name TEXT NOT NULL,"
    "  agency TEXT NOT NULL DEFAULT '',"
    "  country TEXT NOT NULL CHECK (length(country) = 2),"
    "  lang TEXT NOT NULL DEFAULT 'en',"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));"
    "CREATE TABLE attempt("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  trainee_id INTEGER NOT NULL REFERENCES trainee(id),"
    "  module_id TEXT NOT NULL,"
    "  module_version INTEGER NOT NULL DEFAULT 1,"
    "  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
    "  finished_at TEXT,"
    "  score REAL,"
    "  max_score REAL);"
    "CREATE INDEX attempt_by_trainee ON attempt(trainee_id, module_id);"
    "CREATE TABLE answer("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  attempt_id INTEGER NOT NULL REFERENCES attempt(id),"
    "  question_id TEXT NOT NULL,"
    "  position INTEGER NOT NULL,"
    "  response TEXT NOT NULL,"
    "  score REAL NOT NULL,"
    "  max_score REAL NOT NULL,"
    "  seed INTEGER,"
    "  answered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));"
    "CREATE INDEX answer_by_attempt ON answer(attempt_id);",
    /* 1 -> 2: quiz modes. An attempt keeps its mode, the seed that drew its questions and its
     * time limit; an answer keeps which try it was, whether a hint was taken, and whether it is
     * the question's final answer (reports count only those). */
    "ALTER TABLE attempt ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice';"
    "ALTER TABLE attempt ADD COLUMN seed INTEGER;"
    "ALTER TABLE attempt ADD COLUMN time_limit INTEGER;"
    "ALTER TABLE answer ADD COLUMN try INTEGER NOT NULL DEFAULT 1;"
    "ALTER TABLE answer ADD COLUMN hinted INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE answer ADD COLUMN final INTEGER NOT NULL DEFAULT 1;",
    /* 2 -> 3: workshops and their rosters; whether an answer was right (review needs it, and a
     * practice answer's score alone does not say once tries cost marks); where a trainee stopped
     * in a lesson; and the questions each trainee has to review, in Leitner boxes. */
    "CREATE TABLE workshop("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  name TEXT NOT NULL UNIQUE,"
    "  country TEXT NOT NULL CHECK (length(country) = 2),"
    "  starts_on TEXT NOT NULL DEFAULT '',"
    "  ends_on TEXT NOT NULL DEFAULT '',"
    "  instructor TEXT NOT NULL DEFAULT '',"
    "  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));"
    "CREATE TABLE workshop_member("
    "  workshop_id INTEGER NOT NULL REFERENCES workshop(id),"
    "  trainee_id INTEGER NOT NULL REFERENCES trainee(id),"
    "  PRIMARY KEY (workshop_id, trainee_id)) WITHOUT ROWID;"
    "CREATE INDEX member_by_trainee ON workshop_member(trainee_id);"
    "ALTER TABLE answer ADD COLUMN correct INTEGER;"
    "CREATE TABLE lesson_place("
    "  trainee_id INTEGER NOT NULL REFERENCES trainee(id),"
    "  module_id TEXT NOT NULL,"
    "  pages TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
    "  PRIMARY KEY (trainee_id, module_id)) WITHOUT ROWID;"
    "CREATE TABLE review("
    "  trainee_id INTEGER NOT NULL REFERENCES trainee(id),"
    "  module_id TEXT NOT NULL,"
    "  question_id TEXT NOT NULL,"
    "  box INTEGER NOT NULL DEFAULT 1,"
    "  due_at INTEGER NOT NULL,"
    "  missed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"
    "  PRIMARY KEY (trainee_id, module_id, question_id)) WITHOUT ROWID;"
    "CREATE INDEX attempt_open ON attempt(trainee_id, module_id) WHERE finished_at IS NULL;",
    /* 3 -> 4: the roster in its order without sorting every trainee, so that its first page
     * costs the same on a roster of ten thousand as on one of four. */
    "CREATE INDEX trainee_by_name ON trainee(name COLLATE NOCASE, id);",
    /* 4 -> 5: how many trainees each roster has (workshop 0: everyone), kept by triggers, so
     * that the first screen can say "1/10001" without counting ten thousand rows. */
    "CREATE TABLE roster_count("
    "  workshop_id INTEGER PRIMARY KEY,"
    "  n INTEGER NOT NULL);"
    "INSERT INTO roster_count SELECT 0, count(*) FROM trainee;"
    "INSERT INTO roster_count SELECT workshop_id, count(*) FROM workshop_member GROUP BY 1;"
    "CREATE TRIGGER roster_count_trainee_in AFTER INSERT ON trainee BEGIN"
    "  INSERT INTO roster_count VALUES (0, 1) ON CONFLICT(workshop_id) DO UPDATE SET n = n + 1;"
    "END;"
    "CREATE TRIGGER roster_count_trainee_out AFTER DELETE ON trainee BEGIN"
    "  UPDATE roster_count SET n = n - 1 WHERE workshop_id = 0;"
    "END;"
    "CREATE TRIGGER roster_count_member_in AFTER INSERT ON workshop_member BEGIN"
    "  INSERT INTO roster_count VALUES (NEW.workshop_id, 1)"
    "    ON CONFLICT(workshop_id) DO UPDATE SET n = n + 1;"
    "END;"
    "CREATE TRIGGER roster_count_member_out AFTER DELETE ON workshop_member BEGIN"
    "  UPDATE roster_count SET n = n - 1 WHERE workshop_id = OLD.workshop_id;"
    "END;",
    /* 5 -> 6: country capacity assessments (store_assess.c). */
    store_assess_migration,
    /* 6 -> 7: the workshop running today found among those not yet ended (few), not by reading
     * every workshop a classroom server has kept: its first screen looks for one. */
    "CREATE INDEX workshop_by_end ON workshop(ends_on);",
};
#define N_MIGRATIONS (sizeof migrations / sizeof migrations[0])
_Static_assert(N_MIGRATIONS == STORE_SCHEMA_VERSION, "a migration for each schema version");

struct Store {
    sqlite3 *db;
    bool read_only; /* the file could not be opened for writing (STORE_EXISTING only) */
    StoreFailure failure; /* why the last call that failed did */
    /* Waiting for another program's lock (see on_busy). */
    StoreWaitHook wait_hook;
    void *wait_ctx;
    double wait_limit; /* seconds */
    double wait_start; /* clock_seconds() when the current wait began */
};

/* What the error SQLite just reported means for the trainee: the database held by someone
 * else, no room to write (a full disk, a quota, a file-size limit), or anything else. Called
 * right after the failure: SQLite does not keep the system error of every failed write (a
 * commit's, for one), but errno still holds it then. */
static StoreFailure failure_of(sqlite3 *db)
{
    int e = errno;
    int rc = sqlite3_errcode(db) & 0xff;
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return STORE_LOCKED;
    if (sqlite3_system_errno(db))
        e = sqlite3_system_errno(db);
    if (rc == SQLITE_FULL || (rc == SQLITE_IOERR && (e == EFBIG || e == ENOSPC || e == EDQUOT)))
        return STORE_FULL;
    return STORE_FAILED;
}

bool store_db_fail(sqlite3 *db, char *err, size_t errlen, const char *what)
{
    /* SQLite says "disk I/O error" for a full disk or a file-size limit alike: the system's
     * errno tells which. */
    int sys = sqlite3_system_errno(db);
    int code = sqlite3_errcode(db) & 0xff;
    char msg[256];
    snprintf(msg, sizeof msg, "%s", sqlite3_errmsg(db)); /* the query below replaces it */
    /* The error may have been noted by one file of the connection (an attached one too) and
     * forgotten by the connection itself: ask each database file. */
    sqlite3_stmt *st = NULL;
    if (!sys && (code == SQLITE_IOERR || code == SQLITE_FULL) &&
        sqlite3_prepare_v2(db, "PRAGMA database_list", -1, &st, NULL) == SQLITE_OK) {
        while (!sys && sqlite3_step(st) == SQLITE_ROW) {
            const char *name = (const char *)sqlite3_column_text(st, 1);
            int e = 0;
            if (name && sqlite3_file_control(db, name, SQLITE_FCNTL_LAST_ERRNO, &e) == SQLITE_OK)
                sys = e;
        }
    }
    sqlite3_finalize(st);
    bool io = code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN ||
              code == SQLITE_READONLY;
    if (io && sys)
        snprintf(err, errlen, "%s: %s (%s)", what, msg, strerror(sys));
    else
        snprintf(err, errlen, "%s: %s", what, msg);
    return false;
}

bool store_fail(Store *s, char *err, size_t errlen, const char *what)
{
    if (!s || !s->db) {
        if (s)
            s->failure = STORE_FAILED;
        snprintf(err, errlen, "%s: no database", what);
        return false;
    }
    s->failure = failure_of(s->db); /* first: errno still holds the system's reason */
    return store_db_fail(s->db, err, errlen, what);
}

bool store_exec(Store *s, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        s->failure = failure_of(s->db);
        snprintf(err, errlen, "%s", msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

StoreFailure store_failure(Store *s)
{
    return s->failure;
}

/* SQLite's own busy-timeout steps: most waits are for another shell's commit, a few
 * milliseconds, so the first sleeps are short. */
static const int wait_steps_ms[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};

/* SQLite's busy handler: another connection holds the lock this one needs. Sleeps a step and
 * asks to try again until the wait limit or the hook says to stop; 0 makes the call fail with
 * SQLITE_BUSY, having written nothing. count is 0 at the first call of each wait. */
static int on_busy(void *arg, int count)
{
    Store *s = arg;
    double now = clock_seconds();
    if (count == 0)
        s->wait_start = now;
    double waited = now - s->wait_start;
    if (waited >= s->wait_limit)
        return 0;
    if (s->wait_hook && !s->wait_hook(s->wait_ctx, waited, s->wait_limit))
        return 0;
    size_t n = sizeof wait_steps_ms / sizeof wait_steps_ms[0];
    double step = (count >= 0 && (size_t)count < n ? wait_steps_ms[count] : 100) / 1000.0;
    if (step > s->wait_limit - waited)
        step = s->wait_limit - waited;
    struct timespec ts = {.tv_sec = (time_t)step,
                          .tv_nsec = (long)((step - (double)(time_t)step) * 1e9)};
    nanosleep(&ts, NULL);
    return 1;
}

/* rastro_fold(text): text with case and accents folded away (text_fold), so that a search by
 * name finds "José" for "jose". */
static void sql_fold(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const unsigned char *t = sqlite3_value_text(argv[0]);
    if (!t) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_text(ctx, text_fold((const char *)t, 0), -1, free);
}

/* Every call that needs the lock waits for it through on_busy, up to $RASTRO_LOCK_WAIT seconds
 * (STORE_WAIT_SECONDS when unset or not a number). */
static void wait_init(Store *s)
{
    const char *env = getenv("RASTRO_LOCK_WAIT");
    char *end = NULL;
    double limit = env && env[0] ? strtod(env, &end) : -1;
    store_set_wait_limit(s, end && *end == '\0' && limit >= 0 ? limit : STORE_WAIT_SECONDS);
    sqlite3_busy_handler(s->db, on_busy, s);
}

void store_set_wait_limit(Store *s, double seconds)
{
    s->wait_limit = seconds < 0 ? 0 : seconds > 86400 ? 86400 : seconds;
}

void store_set_wait_hook(Store *s, StoreWaitHook hook, void *ctx)
{
    s->wait_hook = hook;
    s->wait_ctx = ctx;
}

void store_new_uid(char out[33])
{
    unsigned char raw[16];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t r = getrandom(raw + got, sizeof raw - got, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            /* No entropy source: the rest from rand() (never seeded, so the same sequence in
             * every process) mixed with the pid, which tells apart only processes running at
             * the same time. */
            for (size_t i = got; i < sizeof raw; i++)
                raw[i] = (unsigned char)((size_t)rand() ^ (size_t)getpid() ^ i);
            break;
        }
        got += (size_t)r;
    }
    for (size_t i = 0; i < sizeof raw; i++)
        sprintf(out + 2 * i, "%02x", raw[i]);
}

bool store_make_parent_dirs(const char *path, char *err, size_t errlen)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    bool ok = true;
    if (!slash || slash == dir)
        goto done;
    *slash = '\0';
    for (char *p = dir + 1; ok; p++) {
        if (*p == '/' || *p == '\0') {
            char saved = *p;
            *p = '\0';
            if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
                snprintf(err, errlen, "cannot create directory %s: %s", dir, strerror(errno));
                ok = false;
            }
            *p = saved;
            if (saved == '\0')
                break;
        }
    }
done:
    free(dir);
    return ok;
}

char *store_default_path(void)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/rastro/rastro.db", xdg);
    const char *home = getenv("HOME");
    return xasprintf("%s/.local/share/rastro/rastro.db", home && home[0] ? home : ".");
}

static int read_version(Store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

/* Brings the schema from version v (as read at open) to the newest. */
static bool migrate(Store *s, int v, char *err, size_t errlen)
{
    if (v >= (int)N_MIGRATIONS)
        return true;
    /* Every step in one transaction: a new database costs one commit (and its syncs), not one a
     * step, and a crash half way leaves the schema as it was. */
    if (!store_exec(s, "BEGIN IMMEDIATE;", err, errlen))
        return false;
    /* Another process may have migrated while we waited for the write lock. */
    v = read_version(s);
    bool ok = v >= 0;
    if (!ok)
        snprintf(err, errlen, "cannot read the schema version");
    for (; ok && v < (int)N_MIGRATIONS; v++)
        ok = store_exec(s, migrations[v], err, errlen);
    char setv[64];
    snprintf(setv, sizeof setv, "PRAGMA user_version = %d;", v);
    if (!ok || !store_exec(s, setv, err, errlen)) {
        char ignored[64];
        store_exec(s, "ROLLBACK;", ignored, sizeof ignored);
        return false;
    }
    return store_exec(s, "COMMIT;", err, errlen);
}

/* Whether the database at path can be opened as access asks; sets *created when it is new. */
static bool check_file(const char *path, StoreAccess access, bool *created, char *err,
                       size_t errlen)
{
    struct stat st;
    *created = false;
    if (stat(path, &st) != 0) {
        if (errno != ENOENT) {
            snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
            return false;
        }
        if (access == STORE_EXISTING) {
            snprintf(err, errlen, "%s: no database there (nothing was created); give --db the "
                                  "file of an existing one", path);
            return false;
        }
        *created = true;
        return store_make_parent_dirs(path, err, errlen);
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s is not a database file", path);
        return false;
    }
    /* An empty file is what a start cut short leaves: made into a database only by a command
     * that would have created one. */
    if (st.st_size == 0 && access == STORE_EXISTING) {
        snprintf(err, errlen, "%s: the file is empty, not a database (nothing was changed)", path);
        return false;
    }
    *created = st.st_size == 0;
    return true;
}

Store *store_open_as(const char *path, StoreAccess access, bool *created, char *err,
                     size_t errlen)
{
    Store *s = xcalloc(1, sizeof *s);
    bool is_new;
    if (created)
        *created = false;
    if (!check_file(path, access, &is_new, err, errlen))
        goto fail;
    /* Create the file owner-only before SQLite opens it, so it never exists with wider rights.
     * Its header tells whether WAL mode (persistent in the file) still has to be set. */
    int fd = open(path, access == STORE_CREATE ? O_RDWR | O_CREAT | O_CLOEXEC : O_RDONLY | O_CLOEXEC,
                  0600);
    if (fd < 0 && access == STORE_CREATE && (errno == EACCES || errno == EROFS))
        fd = open(path, O_RDONLY | O_CLOEXEC); /* read-only: the version check says more */
    if (fd < 0) {
        snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
        goto fail;
    }
    unsigned char header[20];
    bool is_wal = pread(fd, header, sizeof header, 0) == (ssize_t)sizeof header &&
                  memcmp(header, "SQLite format 3", 16) == 0 && header[18] == 2 && header[19] == 2;
    close(fd);
    /* Start-up cost (see make bench): no allocation statistics (a global mutex on every SQLite
     * allocation) and no bulk page-cache allocation (it touches ~90 KB a small database never
     * uses). Both only take effect before the library's first use; later calls are refused
     * harmlessly. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_PAGECACHE, NULL, 0, 0);
    /* Without SQLITE_OPEN_CREATE a missing file is an error, never a new database; a file that
     * cannot be written is opened read-only (attached files, such as an exported bundle, can
     * still be written). */
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
                (access == STORE_CREATE ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot open %s: %s", path, s->db ? sqlite3_errmsg(s->db) : "?");
        goto fail;
    }
    wait_init(s);
    sqlite3_create_function(s->db, "rastro_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                            sql_fold, NULL, NULL);
    /* Keep the -wal and -shm files between runs (emptied at a clean close) rather than creating
     * and deleting them every time: a third of the cost of opening. */
    int persist = 1;
    sqlite3_file_control(s->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
    char msg[256];
    /* Refuse a newer schema before changing anything in the file. */
    int v = read_version(s);
    if (v < 0) {
        char what[PATH_MAX + 64];
        snprintf(what, sizeof what, sqlite3_errcode(s->db) == SQLITE_NOTADB
                                        ? "%s: not a database rastro can read"
                                        : "%s: cannot read the database", path);
        store_fail(s, err, errlen, what);
        goto fail;
    }
    if (v > (int)N_MIGRATIONS) {
        snprintf(err, errlen,
                 "%s: database schema version %d is newer than this rastro understands (%d)",
                 path, v, (int)N_MIGRATIONS);
        goto fail;
    }
    s->read_only = sqlite3_db_readonly(s->db, "main") == 1;
    if (s->read_only && access == STORE_CREATE) {
        snprintf(err, errlen, "%s: the database cannot be written (%s); records cannot be added "
                              "to it", path, strerror(EACCES));
        goto fail;
    }
    if (s->read_only && v < (int)N_MIGRATIONS) {
        snprintf(err, errlen, "%s: the database was made by an older rastro and must be updated, "
                              "but it cannot be written; open it once with write access", path);
        goto fail;
    }
    /* WAL lets an instructor read while trainees write; FULL syncs every commit so an answer
     * acknowledged on screen survives a crash of the process and of the machine. Foreign keys
     * are switched on directly, not by a statement that SQLite would parse and run. */
    int fk = 0;
    if (sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &fk) != SQLITE_OK || !fk) {
        snprintf(err, errlen, "%s: cannot switch on foreign key checks", path);
        goto fail;
    }
    if ((!is_wal && !s->read_only && !store_exec(s, "PRAGMA journal_mode = WAL;", msg, sizeof msg)) ||
        !store_exec(s, "PRAGMA synchronous = FULL;", msg, sizeof msg)) {
        snprintf(err, errlen, "%s: %s", path, msg);
        goto fail;
    }
    if (!migrate(s, v, msg, sizeof msg)) {
        snprintf(err, errlen, "%s: %s", path, msg);
        goto fail;
    }
    if (!s->read_only) {
        /* The write-ahead log kept between runs (PERSIST_WAL) is cut back to this after each
         * checkpoint: without it a large import leaves one as large as itself, read at every
         * open. A log left larger by an older rastro or a crash is shrunk now, once. */
        store_exec(s, "PRAGMA journal_size_limit = " STORE_WAL_LIMIT_TEXT ";", msg, sizeof msg);
        char *wal = xasprintf("%s-wal", path);
        struct stat wst;
        if (stat(wal, &wst) == 0 && wst.st_size > STORE_WAL_LIMIT)
            store_checkpoint(s);
        free(wal);
    }
    if (created)
        *created = is_new;
    return s;
fail:
    store_close(s);
    return NULL;
}

void store_checkpoint(Store *s)
{
    if (!s || !s->db || s->read_only)
        return;
    /* Never waits: another program reading or writing now means another time. */
    sqlite3_busy_handler(s->db, NULL, NULL);
    sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
    sqlite3_busy_handler(s->db, on_busy, s);
}

void store_close(Store *s)
{
    if (!s)
        return;
    if (s->db)
        sqlite3_close(s->db);
    free(s);
}

sqlite3 *store_sqlite(Store *s)
{
    return s->db;
}

/* Runs a prepared write statement that must change exactly one row (waiting for the lock in
 * on_busy). Finalizes st. */
bool store_step_write(Store *s, sqlite3_stmt *st, char *err, size_t errlen, const char *what)
{
    bool ok = sqlite3_step(st) == SQLITE_DONE;
    if (!ok)
        store_fail(s, err, errlen, what);
    else if (sqlite3_changes(s->db) != 1) {
        snprintf(err, errlen, "%s: no such record", what);
        s->failure = STORE_FAILED;
        ok = false;
    }
    sqlite3_finalize(st);
    return ok;
}

sqlite3_stmt *store_prepare(Store *s, const char *sql, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        store_fail(s, err, errlen, "cannot prepare statement");
        return NULL;
    }
    return st;
}

bool store_trainee_add(Store *s, Trainee *t, char *err, size_t errlen)
{
    if (text_is_blank(t->name)) {
        snprintf(err, errlen, "a trainee needs a name (only spaces were given)");
        return false;
    }
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO trainee(uid, name, agency, country, lang) "
                                  "VALUES (?, ?, ?, ?, ?)", err, errlen);
    if (!st)
        return false;
    store_new_uid(t->uid);
    sqlite3_bind_text(st, 1, t->uid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, t->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, t->agency ? t->agency : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, t->country, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, lang_code(t->lang), -1, SQLITE_STATIC);
    if (!store_step_write(s, st, err, errlen, "cannot add trainee"))
        return false;
    t->id = sqlite3_last_insert_rowid(s->db);
    return true;
}

char *store_column_dup(sqlite3_stmt *st, int col)
{
    const unsigned char *v = sqlite3_column_text(st, col);
    return xstrdup(v ? (const char *)v : "");
}

void store_column_copy(sqlite3_stmt *st, int col, char *buf, size_t size)
{
    const unsigned char *v = sqlite3_column_text(st, col);
    size_t n = v ? (size_t)sqlite3_column_bytes(st, col) : 0;
    if (n >= size)
        n = size - 1;
    memcpy(buf, v ? (const char *)v : "", n);
    buf[n] = '\0';
}

bool store_trainee_set_lang(Store *s, int64_t trainee_id, Lang lang, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "UPDATE trainee SET lang = ? WHERE id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, lang_code(lang), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, trainee_id);
    return store_step_write(s, st, err, errlen, "cannot save language");
}

void trainee_done(Trainee *t)
{
    free(t->name);
    free(t->agency);
    t->name = t->agency = NULL;
}

void trainee_copy(Trainee *dst, const Trainee *src)
{
    *dst = *src;
    dst->name = xstrdup(src->name ? src->name : "");
    dst->agency = xstrdup(src->agency ? src->agency : "");
}

void trainee_list_free(Trainee *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        trainee_done(&list[i]);
    free(list);
}

const char *attempt_mode_name(AttemptMode mode)
{
    return mode == ATTEMPT_EXAM ? "exam" : mode == ATTEMPT_REVIEW ? "review" : "practice";
}

AttemptMode attempt_mode_parse(const char *name)
{
    return !strcmp(name, "exam") ? ATTEMPT_EXAM : !strcmp(name, "review") ? ATTEMPT_REVIEW
                                                                          : ATTEMPT_PRACTICE;
}

bool store_step_int(Store *s, sqlite3_stmt *st, int64_t *out, char *err, size_t errlen,
                    const char *what)
{
    if (!st)
        return false;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        *out = sqlite3_column_int64(st, 0);
    bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    if (!ok)
        store_fail(s, err, errlen, what);
    sqlite3_finalize(st);
    return ok;
}

bool store_attempt_start(Store *s, const AttemptRow *row, int64_t *attempt_id, char *err,
                         size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO attempt(uid, trainee_id, module_id, module_version, "
                                  "mode, seed, time_limit) VALUES (?, ?, ?, ?, ?, ?, ?)", err, errlen);
    if (!st)
        return false;
    char uid[33];
    store_new_uid(uid);
    sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, row->trainee_id);
    sqlite3_bind_text(st, 3, row->module_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, row->module_version);
    sqlite3_bind_text(st, 5, attempt_mode_name(row->mode), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, row->seed);
    if (row->time_limit)
        sqlite3_bind_int(st, 7, (int)row->time_limit);
    if (!store_step_write(s, st, err, errlen, "cannot start attempt"))
        return false;
    *attempt_id = sqlite3_last_insert_rowid(s->db);
    return true;
}

static bool answer_insert(Store *s, const AnswerRow *row, char *err, size_t errlen);

bool store_begin(Store *s, char *err, size_t errlen)
{
    /* Takes the write lock at once (waiting for it in on_busy), so that no statement of the
     * transaction has to wait half-way. */
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return store_fail(s, err, errlen, "cannot begin a transaction");
    return true;
}

bool store_commit(Store *s, bool ok, char *err, size_t errlen)
{
    if (ok && store_exec(s, "COMMIT", err, errlen))
        return true;
    /* Not store_exec: the failure to report is the one that got here. */
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return false;
}

/* A final wrong answer outside review puts its question in review, and a review answer moves its
 * question through the boxes: the answer and the move commit together. */
bool store_answer_add(Store *s, const AnswerRow *row, char *err, size_t errlen)
{
    if (!store_begin(s, err, errlen))
        return false;
    bool ok = answer_insert(s, row, err, errlen);
    if (ok && row->final) {
        sqlite3_stmt *st = store_prepare(s, "SELECT trainee_id, module_id, mode FROM attempt "
                                            "WHERE id = ?", err, errlen);
        ok = st != NULL;
        if (ok) {
            sqlite3_bind_int64(st, 1, row->attempt_id);
            ok = sqlite3_step(st) == SQLITE_ROW || store_fail(s, err, errlen, "no such attempt");
            bool review = ok && !strcmp((const char *)sqlite3_column_text(st, 2), "review");
            int64_t trainee_id = ok ? sqlite3_column_int64(st, 0) : 0;
            const char *module_id = ok ? (const char *)sqlite3_column_text(st, 1) : "";
            bool learnt;
            if (ok && review)
                ok = store_review_answered(s, trainee_id, module_id, row->question_id, row->correct,
                                           (int64_t)time(NULL), &learnt, err, errlen);
            else if (ok && !row->correct)
                ok = store_review_missed(s, trainee_id, module_id, row->question_id,
                                         (int64_t)time(NULL), err, errlen);
            sqlite3_finalize(st);
        }
    }
    return store_commit(s, ok, err, errlen);
}

static bool answer_insert(Store *s, const AnswerRow *row, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO answer(uid, attempt_id, question_id, position, "
                                  "response, score, max_score, seed, try, hinted, final, correct) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", err, errlen);
    if (!st)
        return false;
    char uid[33];
    store_new_uid(uid);
    sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, row->attempt_id);
    sqlite3_bind_text(st, 3, row->question_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, row->position);
    sqlite3_bind_text(st, 5, row->response, -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 6, row->score);
    sqlite3_bind_double(st, 7, row->max_score);
    if (row->has_seed)
        sqlite3_bind_int64(st, 8, row->seed);
    sqlite3_bind_int(st, 9, row->try_no ? row->try_no : 1);
    sqlite3_bind_int(st, 10, row->hinted);
    sqlite3_bind_int(st, 11, row->final);
    sqlite3_bind_int(st, 12, row->correct);
    return store_step_write(s, st, err, errlen, "cannot save answer");
}

/* Attempts of trainee at module in the mode named (NULL: practice and exam). */
static bool attempt_count(Store *s, int64_t trainee_id, const char *module_id, const char *mode,
                          int *count, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT count(*) FROM attempt WHERE trainee_id = ?1 AND "
                                  "module_id = ?2 AND mode <> 'review' AND (?3 IS NULL OR mode = ?3)",
                                  err, errlen);
    if (st) {
        sqlite3_bind_int64(st, 1, trainee_id);
        sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
        if (mode)
            sqlite3_bind_text(st, 3, mode, -1, SQLITE_STATIC);
    }
    int64_t n = 0;
    if (!store_step_int(s, st, &n, err, errlen, "cannot count attempts"))
        return false;
    *count = (int)n;
    return true;
}

bool store_attempt_count(Store *s, int64_t trainee_id, const char *module_id, int *count,
                         char *err, size_t errlen)
{
    return attempt_count(s, trainee_id, module_id, NULL, count, err, errlen);
}

bool store_attempt_count_mode(Store *s, int64_t trainee_id, const char *module_id,
                              AttemptMode mode, int *count, char *err, size_t errlen)
{
    return attempt_count(s, trainee_id, module_id, attempt_mode_name(mode), count, err, errlen);
}

bool store_attempt_finish(Store *s, int64_t attempt_id, double score, double max_score, char *err,
                          size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "UPDATE attempt SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', "
                                  "'now'), score = ?, max_score = ? WHERE id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_double(st, 1, score);
    sqlite3_bind_double(st, 2, max_score);
    sqlite3_bind_int64(st, 3, attempt_id);
    return store_step_write(s, st, err, errlen, "cannot finish attempt");
}

/* store_module_stats of the attempts in the mode named (NULL: practice and exam). */
static bool module_stats(Store *s, int64_t trainee_id, const char *module_id, const char *mode,
                         ModuleStats *out, char *err, size_t errlen)
{
    out->attempts = 0;
    out->best_pct = out->last_pct = -1;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT count(*), max(100.0 * score / max_score), "
        "  (SELECT 100.0 * score / max_score FROM attempt b WHERE b.trainee_id = ?1 AND "
        "   b.module_id = ?2 AND b.finished_at IS NOT NULL AND b.max_score > 0 AND b.mode <> 'review' "
        "   AND (?3 IS NULL OR b.mode = ?3) ORDER BY b.finished_at DESC, b.id DESC LIMIT 1) "
        "FROM attempt WHERE trainee_id = ?1 AND module_id = ?2 AND finished_at IS NOT NULL "
        "AND max_score > 0 AND mode <> 'review' AND (?3 IS NULL OR mode = ?3)", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    if (mode)
        sqlite3_bind_text(st, 3, mode, -1, SQLITE_STATIC);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok) {
        out->attempts = sqlite3_column_int(st, 0);
        if (sqlite3_column_type(st, 1) != SQLITE_NULL)
            out->best_pct = sqlite3_column_double(st, 1);
        if (sqlite3_column_type(st, 2) != SQLITE_NULL)
            out->last_pct = sqlite3_column_double(st, 2);
    } else {
        store_fail(s, err, errlen, "cannot read results");
    }
    sqlite3_finalize(st);
    return ok;
}

bool store_module_stats(Store *s, int64_t trainee_id, const char *module_id, ModuleStats *out,
                        char *err, size_t errlen)
{
    return module_stats(s, trainee_id, module_id, NULL, out, err, errlen);
}

bool store_module_stats_mode(Store *s, int64_t trainee_id, const char *module_id,
                             AttemptMode mode, ModuleStats *out, char *err, size_t errlen)
{
    return module_stats(s, trainee_id, module_id, attempt_mode_name(mode), out, err, errlen);
}
