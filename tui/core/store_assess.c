/* Country capacity assessments in SQLite: assessments, their append-only ratings (the latest of
 * an indicator is its current one), the final state that nothing may change, a new draft as a
 * copy of the last final one, and where the assessor stopped. */
#include "store_assess.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "store_internal.h"

#define NOW "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

/* Schema 6. The triggers make a final assessment read-only in the database itself, whatever
 * program writes to it (an sqlite3 session, an older tool): its row cannot change or go, and no
 * rating may be added to it, changed or removed. Ratings are never changed at all, only added. */
const char store_assess_migration[] =
    "CREATE TABLE assessment("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  country TEXT NOT NULL CHECK (length(country) = 2),"
    "  instrument_id TEXT NOT NULL,"
    "  instrument_version INTEGER NOT NULL DEFAULT 1,"
    "  assessed_on TEXT NOT NULL,"
    "  assessors TEXT NOT NULL DEFAULT '',"
    "  sources TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),"
    "  finalised_at TEXT,"
    "  copied_from TEXT,"
    "  created_at TEXT NOT NULL DEFAULT (" NOW "));"
    "CREATE INDEX assessment_by_country ON assessment(country, instrument_id, assessed_on);"
    "CREATE TABLE rating("
    "  id INTEGER PRIMARY KEY,"
    "  uid TEXT NOT NULL UNIQUE,"
    "  assessment_id INTEGER NOT NULL REFERENCES assessment(id),"
    "  indicator_id TEXT NOT NULL,"
    "  level INTEGER CHECK (level BETWEEN 0 AND 4),"
    "  not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  evidence TEXT NOT NULL DEFAULT '',"
    "  documents TEXT NOT NULL DEFAULT '',"
    "  measured_level INTEGER CHECK (measured_level BETWEEN 0 AND 4),"
    "  measured_value REAL,"
    "  rated_by TEXT NOT NULL DEFAULT '',"
    "  rated_at TEXT NOT NULL DEFAULT (" NOW "),"
    "  copied_from TEXT,"
    "  CHECK (NOT (not_applicable = 1 AND level IS NOT NULL)));"
    "CREATE INDEX rating_by_assessment ON rating(assessment_id, indicator_id);"
    "CREATE TABLE assessment_place("
    "  assessment_id INTEGER PRIMARY KEY REFERENCES assessment(id),"
    "  indicator_id TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL DEFAULT (" NOW "));"
    "CREATE TRIGGER rating_to_final BEFORE INSERT ON rating"
    "  WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'final' BEGIN"
    "  SELECT RAISE(ABORT, 'the assessment is final: its ratings cannot change');"
    "END;"
    "CREATE TRIGGER rating_kept BEFORE UPDATE ON rating BEGIN"
    "  SELECT RAISE(ABORT, 'a rating is kept as written: rate the indicator again instead');"
    "END;"
    "CREATE TRIGGER rating_of_final_kept BEFORE DELETE ON rating"
    "  WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'final' BEGIN"
    "  SELECT RAISE(ABORT, 'the assessment is final: its ratings cannot change');"
    "END;"
    "CREATE TRIGGER assessment_final_kept BEFORE UPDATE ON assessment"
    "  WHEN OLD.status = 'final' BEGIN"
    "  SELECT RAISE(ABORT, 'the assessment is final: it cannot change');"
    "END;"
    "CREATE TRIGGER assessment_final_not_deleted BEFORE DELETE ON assessment"
    "  WHEN OLD.status = 'final' BEGIN"
    "  SELECT RAISE(ABORT, 'the assessment is final: it cannot change');"
    "END;";

#define ASSESSMENT_COLUMNS                                                                       \
    "a.id, a.uid, a.country, a.instrument_id, a.instrument_version, a.assessed_on, a.assessors, " \
    "a.sources, a.status, a.finalised_at, a.copied_from, a.created_at"

static void assessment_read(sqlite3_stmt *st, Assessment *a)
{
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(st, 0);
    snprintf(a->uid, sizeof a->uid, "%s", (const char *)sqlite3_column_text(st, 1));
    snprintf(a->country, sizeof a->country, "%s", (const char *)sqlite3_column_text(st, 2));
    a->instrument_id = store_column_dup(st, 3);
    a->instrument_version = sqlite3_column_int(st, 4);
    snprintf(a->assessed_on, sizeof a->assessed_on, "%s", (const char *)sqlite3_column_text(st, 5));
    a->assessors = store_column_dup(st, 6);
    a->sources = store_column_dup(st, 7);
    const char *status = (const char *)sqlite3_column_text(st, 8);
    a->status = status && strcmp(status, "final") == 0 ? ASSESS_FINAL : ASSESS_DRAFT;
    a->finalised_at = store_column_dup(st, 9);
    a->copied_from = sqlite3_column_type(st, 10) == SQLITE_NULL ? NULL : store_column_dup(st, 10);
    a->created_at = store_column_dup(st, 11);
}

#define RATING_COLUMNS                                                                           \
    "r.id, r.uid, r.indicator_id, r.level, r.not_applicable, r.reason, r.evidence, r.documents, " \
    "r.measured_level, r.measured_value, r.rated_by, r.rated_at, r.copied_from"

static void rating_read(sqlite3_stmt *st, Rating *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(st, 0);
    snprintf(r->uid, sizeof r->uid, "%s", (const char *)sqlite3_column_text(st, 1));
    r->indicator_id = store_column_dup(st, 2);
    r->level = sqlite3_column_type(st, 3) == SQLITE_NULL ? ASSESS_UNRATED : sqlite3_column_int(st, 3);
    r->not_applicable = sqlite3_column_int(st, 4) != 0;
    r->reason = store_column_dup(st, 5);
    r->evidence = store_column_dup(st, 6);
    r->documents = store_column_dup(st, 7);
    r->measured = sqlite3_column_type(st, 8) != SQLITE_NULL;
    r->measured_level = r->measured ? sqlite3_column_int(st, 8) : ASSESS_UNRATED;
    r->measured_value = r->measured ? sqlite3_column_double(st, 9) : 0;
    r->rated_by = store_column_dup(st, 10);
    r->rated_at = store_column_dup(st, 11);
    r->copied_from = sqlite3_column_type(st, 12) == SQLITE_NULL ? NULL : store_column_dup(st, 12);
}

/* Reads every row of st into a list (free with free_list); finalizes st. */
typedef void (*ReadRow)(sqlite3_stmt *st, void *item);

static bool read_all(Store *s, sqlite3_stmt *st, size_t size, ReadRow read, void **out, size_t *n,
                     char *err, size_t errlen, const char *what)
{
    *out = NULL;
    *n = 0;
    if (!st)
        return false;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, size);
        read(st, (char *)*out + *n * size);
        (*n)++;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || store_fail(s, err, errlen, what);
}

static void read_assessment_row(sqlite3_stmt *st, void *item)
{
    assessment_read(st, item);
}

static void read_rating_row(sqlite3_stmt *st, void *item)
{
    rating_read(st, item);
}

/* At most one assessment from st into out; finalizes st. */
static bool read_one(Store *s, sqlite3_stmt *st, Assessment *out, bool *found, char *err,
                     size_t errlen, const char *what)
{
    *found = false;
    if (!st)
        return false;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        assessment_read(st, out);
        *found = true;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE || store_fail(s, err, errlen, what);
}

/* Whether text is a date written YYYY-MM-DD that the calendar has. */
static bool valid_date(const char *text)
{
    if (!text || strlen(text) != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)text[i]))
            return false;
    int y = atoi(text), m = atoi(text + 5), d = atoi(text + 8);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

/* Checks and normalises what a new or changed assessment says of itself. */
static bool check_header(Assessment *a, char *err, size_t errlen)
{
    char code[3];
    if (!country_valid(a->country, code)) {
        snprintf(err, errlen, "'%s' is not a country code (ISO 3166, e.g. HN)", a->country);
        return false;
    }
    memcpy(a->country, code, sizeof code);
    if (!a->instrument_id || !a->instrument_id[0]) {
        snprintf(err, errlen, "an assessment needs its instrument");
        return false;
    }
    if (!valid_date(a->assessed_on)) {
        snprintf(err, errlen, "'%s' is not a date written YYYY-MM-DD", a->assessed_on);
        return false;
    }
    if (a->instrument_version < 1)
        a->instrument_version = 1;
    return true;
}

/* Inserts the header of a new draft (in the caller's transaction, if any); *id is its row. */
static bool insert_assessment(Store *s, const Assessment *a, const char *copied_from, int64_t *id,
                              char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO assessment(uid, country, instrument_id, "
                                        "instrument_version, assessed_on, assessors, sources, "
                                        "copied_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", err, errlen);
    if (!st)
        return false;
    char uid[33];
    store_new_uid(uid);
    sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, a->country, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, a->instrument_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, a->instrument_version);
    sqlite3_bind_text(st, 5, a->assessed_on, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, a->assessors ? a->assessors : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, a->sources ? a->sources : "", -1, SQLITE_STATIC);
    if (copied_from)
        sqlite3_bind_text(st, 8, copied_from, -1, SQLITE_STATIC);
    if (!store_step_write(s, st, err, errlen, "cannot start the assessment"))
        return false;
    *id = sqlite3_last_insert_rowid(store_sqlite(s));
    return true;
}

bool store_assessment_add(Store *s, const Assessment *a, int64_t *id, char *err, size_t errlen)
{
    Assessment h = *a; /* the country normalised; the strings are still a's */
    return check_header(&h, err, errlen) && insert_assessment(s, &h, NULL, id, err, errlen);
}

bool store_assessment_copy_last(Store *s, const Assessment *a, int64_t *id, size_t *copied,
                                char *err, size_t errlen)
{
    if (copied)
        *copied = 0;
    Assessment h = *a;
    if (!check_header(&h, err, errlen) || !store_begin(s, err, errlen))
        return false;
    Assessment last;
    bool found = false;
    bool ok = store_assessment_last_final(s, h.country, h.instrument_id, &last, &found, err,
                                          errlen);
    if (ok && !found) {
        snprintf(err, errlen, "%s has no final assessment with %s to start from", h.country,
                 h.instrument_id);
        ok = false;
    }
    ok = ok && insert_assessment(s, &h, last.uid, id, err, errlen);
    sqlite3_stmt *st = NULL;
    if (ok)
        st = store_prepare(s,
            "INSERT INTO rating(uid, assessment_id, indicator_id, level, not_applicable, reason, "
            "  evidence, documents, measured_level, measured_value, rated_by, rated_at, copied_from) "
            "SELECT lower(hex(randomblob(16))), ?1, indicator_id, level, not_applicable, reason, "
            "  evidence, documents, measured_level, measured_value, rated_by, rated_at, uid "
            "FROM (SELECT r.*, row_number() OVER (PARTITION BY indicator_id "
            "        ORDER BY rated_at DESC, id DESC) AS k FROM rating r WHERE assessment_id = ?2) "
            "WHERE k = 1 AND (level IS NOT NULL OR not_applicable = 1) ORDER BY indicator_id",
            err, errlen);
    if (st) {
        sqlite3_bind_int64(st, 1, *id);
        sqlite3_bind_int64(st, 2, last.id);
        ok = sqlite3_step(st) == SQLITE_DONE || store_fail(s, err, errlen, "cannot copy the ratings");
        if (ok && copied)
            *copied = (size_t)sqlite3_changes(store_sqlite(s));
        sqlite3_finalize(st);
    } else {
        ok = false;
    }
    if (found)
        assessment_done(&last);
    if (!store_commit(s, ok, err, errlen)) {
        if (copied)
            *copied = 0;
        return false;
    }
    return true;
}

/* The status of assessment id into *status; false with a message when there is no such
 * assessment. */
static bool status_of(Store *s, int64_t id, AssessStatus *status, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT status FROM assessment WHERE id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *status = strcmp((const char *)sqlite3_column_text(st, 0), "final") == 0 ? ASSESS_FINAL
                                                                                : ASSESS_DRAFT;
    sqlite3_finalize(st);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        snprintf(err, errlen, "no such assessment");
    else
        store_fail(s, err, errlen, "cannot read the assessment");
    return false;
}

/* In a transaction: refuses (with the reason in err) unless assessment id is a draft. */
static bool draft_only(Store *s, int64_t id, char *err, size_t errlen)
{
    AssessStatus status;
    if (!status_of(s, id, &status, err, errlen))
        return false;
    if (status == ASSESS_FINAL) {
        snprintf(err, errlen, "the assessment is final: it cannot change (start a new one as a "
                              "copy of it)");
        return false;
    }
    return true;
}

bool store_assessment_update(Store *s, const Assessment *a, char *err, size_t errlen)
{
    Assessment h = *a;
    if (!check_header(&h, err, errlen) || !store_begin(s, err, errlen))
        return false;
    bool ok = draft_only(s, a->id, err, errlen);
    sqlite3_stmt *st = ok ? store_prepare(s, "UPDATE assessment SET country = ?, assessed_on = ?, "
                                             "assessors = ?, sources = ?, instrument_version = ? "
                                             "WHERE id = ?", err, errlen)
                          : NULL;
    if (st) {
        sqlite3_bind_text(st, 1, h.country, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, h.assessed_on, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, h.assessors ? h.assessors : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, h.sources ? h.sources : "", -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 5, h.instrument_version);
        sqlite3_bind_int64(st, 6, a->id);
        ok = store_step_write(s, st, err, errlen, "cannot change the assessment");
    } else {
        ok = false;
    }
    return store_commit(s, ok, err, errlen);
}

bool store_assessment_finalise(Store *s, int64_t id, char *err, size_t errlen)
{
    if (!store_begin(s, err, errlen))
        return false;
    bool ok = draft_only(s, id, err, errlen);
    if (ok) {
        sqlite3_stmt *st = store_prepare(s, "UPDATE assessment SET status = 'final', finalised_at "
                                            "= " NOW " WHERE id = ?", err, errlen);
        if (st) {
            sqlite3_bind_int64(st, 1, id);
            ok = store_step_write(s, st, err, errlen, "cannot finalise the assessment");
        } else {
            ok = false;
        }
    }
    return store_commit(s, ok, err, errlen);
}

bool store_assessment_get(Store *s, int64_t id, Assessment *out, bool *found, char *err,
                          size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT " ASSESSMENT_COLUMNS " FROM assessment a "
                                        "WHERE a.id = ?", err, errlen);
    if (st)
        sqlite3_bind_int64(st, 1, id);
    return read_one(s, st, out, found, err, errlen, "cannot read the assessment");
}

bool store_assessment_find(Store *s, const char *ref, Assessment *out, bool *found, char *err,
                           size_t errlen)
{
    *found = false;
    size_t n = strlen(ref);
    char low[33];
    bool hex = n >= STORE_SHORT_ID && n <= 32;
    for (size_t i = 0; hex && i < n; i++) {
        hex = isxdigit((unsigned char)ref[i]);
        low[i] = (char)tolower((unsigned char)ref[i]);
    }
    if (!hex)
        return true;
    low[n] = '\0';
    sqlite3_stmt *st = store_prepare(s, "SELECT " ASSESSMENT_COLUMNS " FROM assessment a "
                                        "WHERE substr(a.uid, 1, length(?1)) = ?1 LIMIT 2", err,
                                     errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, low, -1, SQLITE_TRANSIENT);
    Assessment *list;
    size_t count;
    if (!read_all(s, st, sizeof *list, read_assessment_row, (void **)&list, &count, err, errlen,
                  "cannot find the assessment"))
        return false;
    bool ok = count <= 1;
    if (count == 1) {
        *out = list[0];
        *found = true;
        free(list);
    } else {
        assessment_list_free(list, count);
        if (!ok)
            snprintf(err, errlen, "several assessments have an id starting %s: give more of it",
                     low);
    }
    return ok;
}

bool store_assessment_list(Store *s, const char *country, Assessment **out, size_t *n,
                           char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT " ASSESSMENT_COLUMNS " FROM assessment a "
                                        "WHERE ?1 IS NULL OR a.country = upper(?1) "
                                        "ORDER BY a.country, a.assessed_on, a.created_at, a.id",
                                     err, errlen);
    if (st && country)
        sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
    return read_all(s, st, sizeof **out, read_assessment_row, (void **)out, n, err, errlen,
                    "cannot list assessments");
}

bool store_assessment_last_final(Store *s, const char *country, const char *instrument_id,
                                 Assessment *out, bool *found, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT " ASSESSMENT_COLUMNS " FROM assessment a "
                                        "WHERE a.country = upper(?) AND a.instrument_id = ? "
                                        "AND a.status = 'final' "
                                        "ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC "
                                        "LIMIT 1", err, errlen);
    if (st) {
        sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, instrument_id, -1, SQLITE_STATIC);
    }
    return read_one(s, st, out, found, err, errlen, "cannot read assessments");
}

bool store_assessment_previous(Store *s, const Assessment *a, Assessment *out, bool *found,
                               char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s,
        "SELECT " ASSESSMENT_COLUMNS " FROM assessment a "
        "WHERE a.country = ?1 AND a.instrument_id = ?2 AND a.status = 'final' AND a.id <> ?3 "
        "AND (a.assessed_on < ?4 OR (a.assessed_on = ?4 AND a.created_at < ?5)) "
        "ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC LIMIT 1", err, errlen);
    if (st) {
        sqlite3_bind_text(st, 1, a->country, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, a->instrument_id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 3, a->id);
        sqlite3_bind_text(st, 4, a->assessed_on, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 5, a->created_at ? a->created_at : "", -1, SQLITE_STATIC);
    }
    return read_one(s, st, out, found, err, errlen, "cannot read assessments");
}

/* Saves place as where to resume assessment_id (in the caller's transaction, if any). */
static bool place_save(Store *s, int64_t assessment_id, const char *place, char *err,
                       size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO assessment_place(assessment_id, indicator_id) "
                                        "VALUES (?1, ?2) ON CONFLICT(assessment_id) DO UPDATE SET "
                                        "indicator_id = ?2, updated_at = " NOW, err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, assessment_id);
    sqlite3_bind_text(st, 2, place, -1, SQLITE_STATIC);
    return store_step_write(s, st, err, errlen, "cannot save the place");
}

bool store_rating_add(Store *s, int64_t assessment_id, Rating *r, const char *place, char *err,
                      size_t errlen)
{
    if (!r->indicator_id || !r->indicator_id[0]) {
        snprintf(err, errlen, "a rating needs its indicator");
        return false;
    }
    bool has_level = !r->not_applicable && r->level >= 0;
    if (has_level && r->level > INSTRUMENT_MAX_LEVEL) {
        snprintf(err, errlen, "a level is from 0 to %d, not %d", INSTRUMENT_MAX_LEVEL, r->level);
        return false;
    }
    if (r->measured && (r->measured_level < 0 || r->measured_level > INSTRUMENT_MAX_LEVEL ||
                        !isfinite(r->measured_value))) {
        snprintf(err, errlen, "a measured level is from 0 to %d", INSTRUMENT_MAX_LEVEL);
        return false;
    }
    if (!store_begin(s, err, errlen))
        return false;
    bool ok = draft_only(s, assessment_id, err, errlen);
    sqlite3_stmt *st = ok ? store_prepare(s,
        "INSERT INTO rating(uid, assessment_id, indicator_id, level, not_applicable, reason, "
        "  evidence, documents, measured_level, measured_value, rated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", err, errlen) : NULL;
    char uid[33];
    store_new_uid(uid);
    if (st) {
        sqlite3_bind_text(st, 1, uid, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, assessment_id);
        sqlite3_bind_text(st, 3, r->indicator_id, -1, SQLITE_STATIC);
        if (has_level)
            sqlite3_bind_int(st, 4, r->level);
        sqlite3_bind_int(st, 5, r->not_applicable);
        sqlite3_bind_text(st, 6, r->reason ? r->reason : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 7, r->evidence ? r->evidence : "", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 8, r->documents ? r->documents : "", -1, SQLITE_STATIC);
        if (r->measured) {
            sqlite3_bind_int(st, 9, r->measured_level);
            sqlite3_bind_double(st, 10, r->measured_value);
        }
        sqlite3_bind_text(st, 11, r->rated_by ? r->rated_by : "", -1, SQLITE_STATIC);
        ok = store_step_write(s, st, err, errlen, "cannot save the rating");
    } else {
        ok = false;
    }
    int64_t id = ok ? sqlite3_last_insert_rowid(store_sqlite(s)) : 0;
    if (ok && place)
        ok = place_save(s, assessment_id, place, err, errlen);
    if (!store_commit(s, ok, err, errlen))
        return false;
    r->id = id;
    memcpy(r->uid, uid, sizeof r->uid);
    return true;
}

bool store_ratings_current(Store *s, int64_t assessment_id, Rating **out, size_t *n, char *err,
                           size_t errlen)
{
    /* The latest by the time it was rated (a rating merged from another laptop comes in after
     * later ones made here), then by the order written. */
    sqlite3_stmt *st = store_prepare(s,
        "SELECT " RATING_COLUMNS " FROM (SELECT x.*, row_number() OVER (PARTITION BY "
        "  x.indicator_id ORDER BY x.rated_at DESC, x.id DESC) AS k FROM rating x "
        "  WHERE x.assessment_id = ?) r WHERE r.k = 1 ORDER BY r.indicator_id", err, errlen);
    if (st)
        sqlite3_bind_int64(st, 1, assessment_id);
    return read_all(s, st, sizeof **out, read_rating_row, (void **)out, n, err, errlen,
                    "cannot read the ratings");
}

bool store_rating_history(Store *s, int64_t assessment_id, const char *indicator_id,
                          Rating **out, size_t *n, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "SELECT " RATING_COLUMNS " FROM rating r "
                                        "WHERE r.assessment_id = ?1 AND (?2 IS NULL OR "
                                        "r.indicator_id = ?2) ORDER BY r.rated_at, r.id", err, errlen);
    if (st) {
        sqlite3_bind_int64(st, 1, assessment_id);
        if (indicator_id)
            sqlite3_bind_text(st, 2, indicator_id, -1, SQLITE_STATIC);
    }
    return read_all(s, st, sizeof **out, read_rating_row, (void **)out, n, err, errlen,
                    "cannot read the ratings");
}

bool store_assessment_place_get(Store *s, int64_t assessment_id, char **indicator_id, char *err,
                                size_t errlen)
{
    *indicator_id = NULL;
    sqlite3_stmt *st = store_prepare(s, "SELECT indicator_id FROM assessment_place "
                                        "WHERE assessment_id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, assessment_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *indicator_id = store_column_dup(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot read the place");
}

bool store_assessment_place_save(Store *s, int64_t assessment_id, const char *indicator_id,
                                 char *err, size_t errlen)
{
    return place_save(s, assessment_id, indicator_id, err, errlen);
}
