/* Results bundles: a workshop laptop's trainees, attempts and answers written to one file (a
 * small SQLite database with a format version and a SHA-256 checksum of every row), and merged
 * into another database by stable ids, all or nothing. */
#include "bundle.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sha256.h"
#include "store_internal.h"

#define BUNDLE_FORMAT "rastro-bundle"
#define BUNDLE_VERSION "3"
/* Version 2 (before assessments) carries the first V2_TABLES tables; it is still read. */
#define BUNDLE_VERSION_2 "2"
#define V2_TABLES 5

/* The rows a bundle carries, in a fixed column order: the checksum covers exactly these. */
static const struct {
    const char *table;
    const char *columns;
    const char *create;
} tables[] = {
    {"trainee", "uid, name, agency, country, lang, created_at",
     "uid TEXT PRIMARY KEY, name TEXT NOT NULL, agency TEXT NOT NULL, country TEXT NOT NULL, "
     "lang TEXT NOT NULL, created_at TEXT NOT NULL"},
    {"attempt", "uid, trainee_uid, module_id, module_version, started_at, finished_at, score, "
                "max_score, mode, seed, time_limit",
     "uid TEXT PRIMARY KEY, trainee_uid TEXT NOT NULL, module_id TEXT NOT NULL, "
     "module_version INTEGER NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, score REAL, "
     "max_score REAL, mode TEXT NOT NULL, seed INTEGER, time_limit INTEGER"},
    {"answer", "uid, attempt_uid, question_id, position, response, score, max_score, seed, try, "
               "hinted, final, answered_at, correct",
     "uid TEXT PRIMARY KEY, attempt_uid TEXT NOT NULL, question_id TEXT NOT NULL, "
     "position INTEGER NOT NULL, response TEXT NOT NULL, score REAL NOT NULL, "
     "max_score REAL NOT NULL, seed INTEGER, try INTEGER NOT NULL, hinted INTEGER NOT NULL, "
     "final INTEGER NOT NULL, answered_at TEXT NOT NULL, correct INTEGER"},
    {"workshop", "uid, name, country, starts_on, ends_on, instructor, created_at",
     "uid TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, starts_on TEXT NOT NULL, "
     "ends_on TEXT NOT NULL, instructor TEXT NOT NULL, created_at TEXT NOT NULL"},
    /* uid here is the membership's own: workshop uid and trainee uid. */
    {"workshop_member", "uid, workshop_uid, trainee_uid",
     "uid TEXT PRIMARY KEY, workshop_uid TEXT NOT NULL, trainee_uid TEXT NOT NULL"},
    /* Version 3: country capacity assessments and their ratings (store_assess.h). */
    {"assessment", "uid, country, instrument_id, instrument_version, assessed_on, assessors, "
                   "sources, status, finalised_at, copied_from, created_at",
     "uid TEXT PRIMARY KEY, country TEXT NOT NULL, instrument_id TEXT NOT NULL, "
     "instrument_version INTEGER NOT NULL, assessed_on TEXT NOT NULL, assessors TEXT NOT NULL, "
     "sources TEXT NOT NULL, status TEXT NOT NULL, finalised_at TEXT, copied_from TEXT, "
     "created_at TEXT NOT NULL"},
    {"rating", "uid, assessment_uid, indicator_id, level, not_applicable, reason, evidence, "
               "documents, measured_level, measured_value, rated_by, rated_at, copied_from",
     "uid TEXT PRIMARY KEY, assessment_uid TEXT NOT NULL, indicator_id TEXT NOT NULL, "
     "level INTEGER, not_applicable INTEGER NOT NULL, reason TEXT NOT NULL, "
     "evidence TEXT NOT NULL, documents TEXT NOT NULL, measured_level INTEGER, "
     "measured_value REAL, rated_by TEXT NOT NULL, rated_at TEXT NOT NULL, copied_from TEXT"},
};
#define N_TABLES (sizeof tables / sizeof tables[0])

static bool exec(sqlite3 *db, const char *sql, char *err, size_t errlen, const char *what)
{
    return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK || store_db_fail(db, err, errlen, what);
}

/* "\x1fi" and the decimal digits of v, as "%lld" writes them, in buf (at least 24 bytes);
 * returns the length. The checksum formats a million of these: printf's cost shows. */
static size_t format_int(char *buf, int64_t v)
{
    char digits[24];
    size_t n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t len = 0;
    buf[len++] = '\x1f';
    buf[len++] = 'i';
    if (v < 0)
        buf[len++] = '-';
    while (n)
        buf[len++] = digits[--n];
    return len;
}

/* The tables a bundle of version carries. */
static size_t tables_of(const char *version)
{
    return strcmp(version, BUNDLE_VERSION_2) == 0 ? V2_TABLES : N_TABLES;
}

/* The checksum of the rows of a bundle of version in schema (e.g. "b"): every table's rows by
 * uid, each value tagged with its type, so that no change to any row goes unseen. */
static bool checksum(sqlite3 *db, const char *schema, const char *version, char out[65],
                     char *err, size_t errlen)
{
    Sha256 h;
    sha256_init(&h);
    char head[64];
    snprintf(head, sizeof head, BUNDLE_FORMAT " %s\n", version);
    sha256_add(&h, head, strlen(head));
    for (size_t t = 0, n_tables = tables_of(version); t < n_tables; t++) {
        char *sql = sqlite3_mprintf("SELECT %s FROM \"%w\".%s ORDER BY uid", tables[t].columns,
                                    schema, tables[t].table);
        sqlite3_stmt *st = NULL;
        int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
        sqlite3_free(sql);
        if (rc != SQLITE_OK)
            return store_db_fail(db, err, errlen, "the bundle's tables are not as expected");
        sha256_add(&h, tables[t].table, strlen(tables[t].table));
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); c++) {
                char num[40];
                switch (sqlite3_column_type(st, c)) {
                case SQLITE_NULL: sha256_add(&h, "\x1fN", 2); break;
                case SQLITE_INTEGER:
                    sha256_add(&h, num, format_int(num, sqlite3_column_int64(st, c)));
                    break;
                case SQLITE_FLOAT:
                    snprintf(num, sizeof num, "\x1f" "f%.17g", sqlite3_column_double(st, c));
                    sha256_add(&h, num, strlen(num));
                    break;
                default: {
                    /* Text and blobs by their bytes, with their length: no value can pose as two. */
                    int n = sqlite3_column_bytes(st, c);
                    const void *p = sqlite3_column_blob(st, c);
                    snprintf(num, sizeof num, "\x1ft%d:", n);
                    sha256_add(&h, num, strlen(num));
                    if (n > 0)
                        sha256_add(&h, p, (size_t)n);
                }
                }
            }
            sha256_add(&h, "\n", 1);
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return store_db_fail(db, err, errlen, "cannot read the bundle");
    }
    sha256_hex(&h, out);
    return true;
}

/* Rows of each kind in schema ("main", or an attached bundle). */
static bool count_rows(sqlite3 *db, const char *schema, BundleCounts *c)
{
    sqlite3_stmt *st;
    char *sql = sqlite3_mprintf("SELECT (SELECT count(*) FROM \"%w\".trainee), (SELECT count(*) "
                                "FROM \"%w\".attempt), (SELECT count(*) FROM \"%w\".answer), "
                                "(SELECT count(*) FROM \"%w\".assessment), "
                                "(SELECT count(*) FROM \"%w\".rating)",
                                schema, schema, schema, schema, schema);
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK)
        return false;
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok) {
        c->trainees = sqlite3_column_int(st, 0);
        c->attempts = sqlite3_column_int(st, 1);
        c->answers = sqlite3_column_int(st, 2);
        c->assessments = sqlite3_column_int(st, 3);
        c->ratings = sqlite3_column_int(st, 4);
    }
    sqlite3_finalize(st);
    return ok;
}

/* rastro_pseudonym(uid): a stable stand-in for a name, the same in every export. */
static void sql_pseudonym(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const unsigned char *uid = sqlite3_value_text(argv[0]);
    Sha256 h;
    char hex[65];
    sha256_init(&h);
    sha256_add(&h, "rastro-pseudonym:", 17);
    if (uid)
        sha256_add(&h, uid, strlen((const char *)uid));
    sha256_hex(&h, hex);
    char name[24];
    snprintf(name, sizeof name, "Trainee %.8s", hex);
    sqlite3_result_text(ctx, name, -1, SQLITE_TRANSIENT);
}

bool bundle_export(Store *s, const char *path, int64_t workshop_id, bool anonymize,
                   BundleCounts *counts, char *err, size_t errlen)
{
    sqlite3 *db = store_sqlite(s);
    memset(counts, 0, sizeof *counts);
    char *sql = sqlite3_mprintf("ATTACH DATABASE %Q AS bundle_out", path);
    bool ok = false, attached = false;
    char sum[65];
    if (!exec(db, sql, err, errlen, "cannot write the bundle"))
        goto done;
    attached = true;
    if (sqlite3_create_function(db, "rastro_pseudonym", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                NULL, sql_pseudonym, NULL, NULL) != SQLITE_OK) {
        store_db_fail(db, err, errlen, "cannot export");
        goto done;
    }
    if (!exec(db, "BEGIN", err, errlen, "cannot export"))
        goto done;
    for (size_t t = 0; t < N_TABLES; t++) {
        sqlite3_free(sql);
        sql = sqlite3_mprintf("CREATE TABLE bundle_out.%s(%s)", tables[t].table, tables[t].create);
        if (!exec(db, sql, err, errlen, "cannot write the bundle"))
            goto rollback;
    }
    sqlite3_free(sql);
    /* One workshop's bundle carries its trainees (and their work), the workshop and their
     * membership of it; otherwise everything. */
    char *members = workshop_id
        ? sqlite3_mprintf("(SELECT trainee_id FROM workshop_member WHERE workshop_id = %lld)",
                          (long long)workshop_id)
        : sqlite3_mprintf("(SELECT id FROM trainee)");
    sql = sqlite3_mprintf(
        "CREATE TABLE bundle_out.meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO bundle_out.trainee SELECT uid, %s, %s, country, lang, created_at FROM trainee "
        "  WHERE id IN %s;"
        "INSERT INTO bundle_out.attempt SELECT a.uid, t.uid, a.module_id, a.module_version, "
        "  a.started_at, a.finished_at, a.score, a.max_score, a.mode, a.seed, a.time_limit "
        "  FROM attempt a JOIN trainee t ON t.id = a.trainee_id WHERE t.id IN %s;"
        "INSERT INTO bundle_out.answer SELECT n.uid, a.uid, n.question_id, n.position, n.response, "
        "  n.score, n.max_score, n.seed, n.try, n.hinted, n.final, n.answered_at, n.correct "
        "  FROM answer n JOIN attempt a ON a.id = n.attempt_id WHERE a.trainee_id IN %s;"
        "INSERT INTO bundle_out.workshop SELECT uid, name, country, starts_on, ends_on, %s, "
        "  created_at FROM workshop WHERE %lld IN (0, id);"
        "INSERT INTO bundle_out.workshop_member SELECT w.uid || t.uid, w.uid, t.uid "
        "  FROM workshop_member m JOIN workshop w ON w.id = m.workshop_id "
        "  JOIN trainee t ON t.id = m.trainee_id WHERE %lld IN (0, w.id);",
        anonymize ? "rastro_pseudonym(uid)" : "name", anonymize ? "''" : "agency", members,
        members, members, anonymize ? "''" : "instructor", (long long)workshop_id,
        (long long)workshop_id);
    sqlite3_free(members);
    if (!exec(db, sql, err, errlen, "cannot export"))
        goto rollback;
    sqlite3_free(sql);
    /* An assessment is a country's, not a workshop's: a workshop's bundle carries those of the
     * workshop's country. Anonymized, the assessors' names are left out like instructors'. */
    sql = sqlite3_mprintf(
        "INSERT INTO bundle_out.assessment SELECT uid, country, instrument_id, instrument_version, "
        "  assessed_on, %s, sources, status, finalised_at, copied_from, created_at FROM assessment "
        "  WHERE %lld = 0 OR country IN (SELECT country FROM workshop WHERE id = %lld);"
        "INSERT INTO bundle_out.rating SELECT r.uid, a.uid, r.indicator_id, r.level, "
        "  r.not_applicable, r.reason, r.evidence, r.documents, r.measured_level, "
        "  r.measured_value, %s, r.rated_at, r.copied_from "
        "  FROM rating r JOIN assessment a ON a.id = r.assessment_id "
        "  WHERE a.uid IN (SELECT uid FROM bundle_out.assessment);",
        anonymize ? "''" : "assessors", (long long)workshop_id, (long long)workshop_id,
        anonymize ? "''" : "r.rated_by");
    if (!exec(db, sql, err, errlen, "cannot export"))
        goto rollback;
    if (!checksum(db, "bundle_out", BUNDLE_VERSION, sum, err, errlen))
        goto rollback;
    sqlite3_free(sql);
    sql = sqlite3_mprintf("INSERT INTO bundle_out.meta VALUES ('format', %Q), ('version', %Q), "
                          "('anonymized', %Q), ('created', strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', "
                          "'now')), ('checksum', %Q)",
                          BUNDLE_FORMAT, BUNDLE_VERSION, anonymize ? "yes" : "no", sum);
    if (!exec(db, sql, err, errlen, "cannot export") ||
        !exec(db, "COMMIT", err, errlen, "cannot export"))
        goto rollback;
    count_rows(db, "bundle_out", counts);
    ok = true;
    goto done;
rollback:
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
done:
    if (attached)
        sqlite3_exec(db, "DETACH DATABASE bundle_out", NULL, NULL, NULL);
    sqlite3_free(sql);
    return ok;
}

bool bundle_is_bundle(const char *path)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    bool is = false;
    /* Opened read-only and immutable, so that looking never changes the file or leaves a journal;
     * in a URI, the characters that end a path or start an escape are escaped. */
    StrBuf uri;
    strbuf_init(&uri);
    strbuf_puts(&uri, "file:");
    for (const char *p = path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#')
            strbuf_printf(&uri, "%%%02X", (unsigned char)*p);
        else
            strbuf_append(&uri, p, 1);
    }
    strbuf_puts(&uri, "?mode=ro&immutable=1");
    if (sqlite3_open_v2(uri.s, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'format'", -1, &st, NULL) ==
            SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        is = strcmp((const char *)sqlite3_column_text(st, 0), BUNDLE_FORMAT) == 0;
    sqlite3_finalize(st);
    sqlite3_close(db);
    strbuf_done(&uri);
    return is;
}

/* Reads meta value key of the bundle in schema into out (empty when absent). */
static void meta(sqlite3 *db, const char *schema, const char *key, char *out, size_t len)
{
    sqlite3_stmt *st;
    out[0] = '\0';
    char *sql = sqlite3_mprintf("SELECT value FROM \"%w\".meta WHERE key = ?", schema);
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK)
        return;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, len, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* Checks the bundle in schema: a whole SQLite file, our format and version, the checksum of its
 * rows. err says what is wrong in words a workshop organiser can act on. */
static bool verify(sqlite3 *db, const char *schema, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    /* quick_check: the file's structure, without cross-checking indexes against their tables,
     * which the checksum below makes needless (it reads every row by its uid). */
    char *sql = sqlite3_mprintf("PRAGMA \"%w\".quick_check", schema);
    bool whole = sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK;
    sqlite3_free(sql);
    if (whole) {
        whole = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
                strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
        sqlite3_finalize(st);
    }
    if (!whole) {
        snprintf(err, errlen, "the bundle is damaged or cut short (copy it again from the laptop "
                              "that exported it)");
        return false;
    }
    char format[64], version[16], stored[80], sum[65];
    meta(db, schema, "format", format, sizeof format);
    meta(db, schema, "version", version, sizeof version);
    meta(db, schema, "checksum", stored, sizeof stored);
    if (strcmp(format, BUNDLE_FORMAT) != 0) {
        snprintf(err, errlen, "not a rastro results bundle");
        return false;
    }
    if (strcmp(version, BUNDLE_VERSION) != 0 && strcmp(version, BUNDLE_VERSION_2) != 0) {
        snprintf(err, errlen, "bundle format version %s is not one this rastro reads (it reads "
                              "%s and %s)", version, BUNDLE_VERSION_2, BUNDLE_VERSION);
        return false;
    }
    if (!checksum(db, schema, version, sum, err, errlen))
        return false;
    if (strcmp(sum, stored) != 0) {
        snprintf(err, errlen, "the bundle's checksum does not match its contents: it was changed "
                              "after it was exported");
        return false;
    }
    return true;
}

/* Merges the attached bundle_in into main by stable ids: what is there already is kept (an
 * attempt finished on one laptop and not the other takes its end). One plain string, so that the
 * benchmark's floor runs the very same SQL (scripts/bench). */
static const char MERGE_SQL[] =
    "INSERT INTO main.trainee(uid, name, agency, country, lang, created_at) "
    "  SELECT uid, name, agency, country, lang, created_at FROM bundle_in.trainee WHERE true "
    "  ON CONFLICT(uid) DO NOTHING;"
    "INSERT INTO main.attempt(uid, trainee_id, module_id, module_version, started_at, "
    "  finished_at, score, max_score, mode, seed, time_limit) "
    "  SELECT a.uid, t.id, a.module_id, a.module_version, a.started_at, a.finished_at, "
    "    a.score, a.max_score, a.mode, a.seed, a.time_limit "
    "  FROM bundle_in.attempt a JOIN main.trainee t ON t.uid = a.trainee_uid WHERE true "
    "  ON CONFLICT(uid) DO UPDATE SET "
    "    score = CASE WHEN attempt.finished_at IS NULL THEN excluded.score ELSE attempt.score END, "
    "    max_score = CASE WHEN attempt.finished_at IS NULL THEN excluded.max_score ELSE attempt.max_score END, "
    "    finished_at = coalesce(attempt.finished_at, excluded.finished_at);"
    "INSERT INTO main.answer(uid, attempt_id, question_id, position, response, score, "
    "  max_score, seed, try, hinted, final, answered_at, correct) "
    "  SELECT n.uid, a.id, n.question_id, n.position, n.response, n.score, n.max_score, "
    "    n.seed, n.try, n.hinted, n.final, n.answered_at, n.correct "
    "  FROM bundle_in.answer n JOIN main.attempt a ON a.uid = n.attempt_uid WHERE true "
    "  ON CONFLICT(uid) DO NOTHING;"
    /* The same workshop set up on two laptops has two uids but one name: it is one. */
    "INSERT INTO main.workshop(uid, name, country, starts_on, ends_on, instructor, "
    "  created_at) SELECT uid, name, country, starts_on, ends_on, instructor, created_at "
    "  FROM bundle_in.workshop WHERE true ON CONFLICT DO NOTHING;"
    "INSERT OR IGNORE INTO main.workshop_member(workshop_id, trainee_id) "
    "  SELECT w.id, t.id FROM bundle_in.workshop_member m "
    "  JOIN bundle_in.workshop bw ON bw.uid = m.workshop_uid "
    "  JOIN main.workshop w ON w.uid = bw.uid OR w.name = bw.name "
    "  JOIN main.trainee t ON t.uid = m.trainee_uid;";

/* Merges the assessments and ratings of a version 3 bundle, by uid as MERGE_SQL does the rest.
 * A new assessment comes in as a draft, so that its ratings can follow it (the database refuses
 * ratings into a final one), and is then marked final with the header it was finalised with when
 * the bundle says it is. Ratings of an assessment final here already are not merged: it was
 * finalised without them (they are counted as left out). */
static const char MERGE_ASSESS_SQL[] =
    "INSERT INTO main.assessment(uid, country, instrument_id, instrument_version, assessed_on, "
    "  assessors, sources, status, finalised_at, copied_from, created_at) "
    "  SELECT uid, country, instrument_id, instrument_version, assessed_on, assessors, sources, "
    "    'draft', NULL, copied_from, created_at FROM bundle_in.assessment WHERE true "
    "  ON CONFLICT(uid) DO NOTHING;"
    "INSERT INTO main.rating(uid, assessment_id, indicator_id, level, not_applicable, reason, "
    "  evidence, documents, measured_level, measured_value, rated_by, rated_at, copied_from) "
    "  SELECT r.uid, a.id, r.indicator_id, r.level, r.not_applicable, r.reason, r.evidence, "
    "    r.documents, r.measured_level, r.measured_value, r.rated_by, r.rated_at, r.copied_from "
    "  FROM bundle_in.rating r JOIN main.assessment a ON a.uid = r.assessment_uid "
    "  WHERE a.status = 'draft' ON CONFLICT(uid) DO NOTHING;"
    "UPDATE main.assessment AS m SET status = 'final', finalised_at = b.finalised_at, "
    "  country = b.country, instrument_version = b.instrument_version, "
    "  assessed_on = b.assessed_on, assessors = b.assessors, sources = b.sources "
    "  FROM bundle_in.assessment AS b "
    "  WHERE b.uid = m.uid AND b.status = 'final' AND m.status = 'draft';";

/* Ratings of the bundle that MERGE_ASSESS_SQL leaves out: of an assessment final here, and not
 * here. */
static const char LEFT_OUT_SQL[] =
    "SELECT count(*) FROM bundle_in.rating r JOIN main.assessment a ON a.uid = r.assessment_uid "
    "WHERE a.status = 'final' AND NOT EXISTS (SELECT 1 FROM main.rating x WHERE x.uid = r.uid)";

static bool merge_assessments(sqlite3 *db, BundleCounts *added, char *err, size_t errlen)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, LEFT_OUT_SQL, -1, &st, NULL) != SQLITE_OK)
        return store_db_fail(db, err, errlen, "cannot merge the bundle");
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok)
        added->ratings_left_out = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (!ok)
        return store_db_fail(db, err, errlen, "cannot merge the bundle");
    return exec(db, MERGE_ASSESS_SQL, err, errlen, "cannot merge the bundle's assessments");
}

/* The bundle checked on a connection of its own, beside the merge (see bundle_import). */
typedef struct {
    sqlite3 *db;
    bool ok;
    char err[512];
} VerifyJob;

static void *verify_job(void *arg)
{
    VerifyJob *job = arg;
    job->ok = verify(job->db, "main", job->err, sizeof job->err);
    return NULL;
}

bool bundle_import(Store *s, const char *path, BundleCounts *added, char *err, size_t errlen)
{
    sqlite3 *db = store_sqlite(s);
    memset(added, 0, sizeof *added);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot open %s: %s", path, strerror(errno));
        return false;
    }
    close(fd);
    char *sql = sqlite3_mprintf("ATTACH DATABASE %Q AS bundle_in", path);
    bool ok = exec(db, sql, err, errlen, "cannot read the bundle");
    sqlite3_free(sql);
    if (!ok) {
        snprintf(err, errlen, "the bundle is damaged or cut short, or not a bundle");
        return false;
    }
    BundleCounts before = {0}, after = {0};
    /* Checking the bundle (every row through SHA-256) and merging it both read it whole and do
     * not depend on each other: the check runs on its own read-only connection and thread while
     * the merge runs in a transaction that commits only if the check passed. A damaged file
     * makes the merge fail or the check refuse it, and the transaction is rolled back either
     * way. */
    VerifyJob job = {0};
    pthread_t th;
    bool threaded = sqlite3_threadsafe() &&
                    sqlite3_open_v2(path, &job.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                                    NULL) == SQLITE_OK &&
                    pthread_create(&th, NULL, verify_job, &job) == 0;
    if (!threaded) {
        sqlite3_close(job.db);
        job.db = NULL;
    }
    /* Which tables it has: a bundle made before assessments has none (the check below refuses
     * a version it does not know, and a version changed after export fails the checksum). */
    char version[16];
    meta(db, "bundle_in", "version", version, sizeof version);
    bool assessments = strcmp(version, BUNDLE_VERSION_2) != 0;
    ok = exec(db, "BEGIN IMMEDIATE", err, errlen, "cannot import") &&
         (threaded || verify(db, "bundle_in", err, errlen)) && count_rows(db, "main", &before) &&
         exec(db, MERGE_SQL, err, errlen, "cannot merge the bundle") &&
         (!assessments || merge_assessments(db, added, err, errlen)) &&
         count_rows(db, "main", &after);
    if (threaded) {
        pthread_join(th, NULL);
        sqlite3_close(job.db);
        if (!job.ok) {
            /* The check's word comes first: it says why the merge could not be trusted. */
            snprintf(err, errlen, "%s", job.err);
            ok = false;
        }
    }
    ok = ok && exec(db, "COMMIT", err, errlen, "cannot import");
    if (!ok)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL); /* nothing is half-imported */
    sqlite3_exec(db, "DETACH DATABASE bundle_in", NULL, NULL, NULL);
    if (ok)
        store_checkpoint(s); /* a large import leaves no large log behind */
    if (ok) {
        added->trainees = after.trainees - before.trainees;
        added->attempts = after.attempts - before.attempts;
        added->answers = after.answers - before.answers;
        added->assessments = after.assessments - before.assessments;
        added->ratings = after.ratings - before.ratings;
    } else {
        added->ratings_left_out = 0;
    }
    return ok;
}
