/* Workshops and their rosters, and finding trainees and workshops by the names people type. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "store.h"
#include "store_internal.h"

/* Whether w's name is one a workshop may take: not blank, and no other workshop's (w->id is 0
 * for a new one). */
static bool name_free(Store *s, const Workshop *w, char *err, size_t errlen)
{
    if (text_is_blank(w->name)) {
        snprintf(err, errlen, "a workshop needs a name (only spaces were given)");
        return false;
    }
    bool found;
    Workshop same;
    if (!store_workshop_find(s, w->name, &same, &found, err, errlen))
        return false;
    /* Found by its name, not by an id that the name happens to start (a name such as "2026abcd"). */
    bool taken = found && same.id != w->id && strcasecmp(same.name, w->name) == 0;
    if (found)
        workshop_done(&same);
    if (taken)
        snprintf(err, errlen, "there is already a workshop named \"%s\"", w->name);
    return !taken;
}

bool store_workshop_add(Store *s, Workshop *w, char *err, size_t errlen)
{
    w->id = 0;
    if (!name_free(s, w, err, errlen))
        return false;
    sqlite3_stmt *st = store_prepare(s, "INSERT INTO workshop(uid, name, country, starts_on, ends_on, "
                                        "instructor) VALUES (?, ?, ?, ?, ?, ?)", err, errlen);
    if (!st)
        return false;
    store_new_uid(w->uid);
    sqlite3_bind_text(st, 1, w->uid, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, w->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, w->country, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, w->starts, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, w->ends, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, w->instructor ? w->instructor : "", -1, SQLITE_STATIC);
    if (!store_step_write(s, st, err, errlen, "cannot add workshop"))
        return false;
    w->id = sqlite3_last_insert_rowid(store_sqlite(s));
    return true;
}

/* The short id a person may type for a record: its uid's first hex digits (at least 8), lower
 * case; NULL when text is not one. */
static const char *id_prefix(const char *text, char buf[33])
{
    size_t n = strlen(text);
    if (n < STORE_SHORT_ID || n > 32)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (!isxdigit((unsigned char)text[i]))
            return NULL;
        buf[i] = (char)tolower((unsigned char)text[i]);
    }
    buf[n] = '\0';
    return buf;
}

#define WORKSHOP_COLUMNS                                                                          \
    "w.id, w.uid, w.name, w.country, w.starts_on, w.ends_on, w.instructor, "                    \
    "coalesce((SELECT n FROM roster_count c WHERE c.workshop_id = w.id), 0)"

static void workshop_read(sqlite3_stmt *st, Workshop *w)
{
    memset(w, 0, sizeof *w);
    w->id = sqlite3_column_int64(st, 0);
    store_column_copy(st, 1, w->uid, sizeof w->uid);
    w->name = store_column_dup(st, 2);
    store_column_copy(st, 3, w->country, sizeof w->country);
    store_column_copy(st, 4, w->starts, sizeof w->starts);
    store_column_copy(st, 5, w->ends, sizeof w->ends);
    w->instructor = store_column_dup(st, 6);
    w->members = sqlite3_column_int(st, 7);
}

bool store_workshop_list(Store *s, Workshop **out, size_t *n, char *err, size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s, "SELECT " WORKSHOP_COLUMNS " FROM workshop w "
                                        "ORDER BY w.starts_on DESC, w.name COLLATE NOCASE", err, errlen);
    if (!st)
        return false;
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        workshop_read(st, &(*out)[(*n)++]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        workshop_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot list workshops");
    }
    return true;
}

bool store_workshop_find(Store *s, const char *name, Workshop *out, bool *found, char *err,
                         size_t errlen)
{
    *found = false;
    sqlite3_stmt *st = store_prepare(s, "SELECT " WORKSHOP_COLUMNS " FROM workshop w "
                                        "WHERE w.name = ?1 OR w.uid = ?1 OR w.name = ?1 COLLATE NOCASE "
                                        "OR substr(w.uid, 1, length(?2)) = ?2 "
                                        "ORDER BY w.name = ?1 DESC LIMIT 1", err, errlen);
    if (!st)
        return false;
    char buf[33];
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, id_prefix(name, buf), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        workshop_read(st, out);
        *found = true;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot find workshop");
}

bool store_workshop_current(Store *s, const char *today, Workshop *out, bool *found, char *err,
                            size_t errlen)
{
    *found = false;
    /* Its id first, by a short statement (the shell's first screen asks) that the index on the
     * end date serves: on most days a server that keeps a year of workshops has none running,
     * and this is all there is to do. */
    sqlite3_stmt *st = store_prepare(s, "SELECT id FROM workshop "
                                        "WHERE (ends_on = '' OR ends_on >= ?1) AND starts_on <> '' "
                                        "AND starts_on <= ?1 ORDER BY starts_on DESC, id DESC LIMIT 1",
                                     err, errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, today, -1, SQLITE_STATIC);
    int64_t id = 0;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot find workshop");
    if (!(st = store_prepare(s, "SELECT " WORKSHOP_COLUMNS " FROM workshop w WHERE w.id = ?1", err,
                             errlen)))
        return false;
    sqlite3_bind_int64(st, 1, id);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        workshop_read(st, out);
        *found = true;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot find workshop");
}

bool store_workshop_join(Store *s, int64_t workshop_id, int64_t trainee_id, char *err,
                         size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s, "INSERT OR IGNORE INTO workshop_member(workshop_id, trainee_id) "
                                        "VALUES (?, ?)", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_int64(st, 2, trainee_id);
    bool ok = sqlite3_step(st) == SQLITE_DONE ||
              store_fail(s, err, errlen, "cannot add the trainee to the workshop");
    sqlite3_finalize(st);
    return ok;
}

/* One transaction: a trainee added but left off the roster (a lock taken in between) would be
 * added a second time when the form is sent again. */
bool store_trainee_enrol(Store *s, Trainee *t, int64_t workshop_id, char *err, size_t errlen)
{
    if (!store_begin(s, err, errlen))
        return false;
    bool ok = store_trainee_add(s, t, err, errlen) &&
              (!workshop_id || store_workshop_join(s, workshop_id, t->id, err, errlen));
    return store_commit(s, ok, err, errlen);
}

static void trainee_read(sqlite3_stmt *st, Trainee *t)
{
    memset(t, 0, sizeof *t);
    t->id = sqlite3_column_int64(st, 0);
    store_column_copy(st, 1, t->uid, sizeof t->uid);
    t->name = store_column_dup(st, 2);
    t->agency = store_column_dup(st, 3);
    store_column_copy(st, 4, t->country, sizeof t->country);
    if (!lang_parse((const char *)sqlite3_column_text(st, 5), &t->lang))
        t->lang = LANG_EN;
}

bool store_roster(Store *s, int64_t workshop_id, Trainee **out, size_t *n, char *err,
                  size_t errlen)
{
    size_t total;
    return store_roster_page(s, workshop_id, NULL, 0, SIZE_MAX, out, n, &total, err, errlen);
}

/* The roster's WHERE: the workshop's trainees (?1, 0 for all) whose folded name holds ?2. */
#define ROSTER_WHERE                                                                              \
    "WHERE (?1 = 0 OR t.id IN (SELECT trainee_id FROM workshop_member WHERE workshop_id = ?1)) " \
    "AND (?2 IS NULL OR instr(rastro_fold(t.name), ?2) > 0) "

/* The count of the roster: kept (roster_count) for a whole one, counted for a search. */
static bool roster_count(Store *s, int64_t workshop_id, const char *folded, size_t *total,
                         char *err, size_t errlen)
{
    sqlite3_stmt *st = folded ? store_prepare(s, "SELECT count(*) FROM trainee t " ROSTER_WHERE,
                                              err, errlen)
                              : store_prepare(s, "SELECT coalesce((SELECT n FROM roster_count "
                                                 "WHERE workshop_id = ?1), 0)",
                                              err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    if (folded)
        sqlite3_bind_text(st, 2, folded, -1, SQLITE_STATIC);
    int64_t count = 0;
    if (!store_step_int(s, st, &count, err, errlen, "cannot count trainees"))
        return false;
    *total = (size_t)count;
    return true;
}

bool store_roster_page(Store *s, int64_t workshop_id, const char *filter, size_t offset,
                       size_t limit, Trainee **out, size_t *n, size_t *total, char *err,
                       size_t errlen)
{
    *out = NULL;
    *n = 0;
    *total = 0;
    char *folded = filter && filter[0] ? text_fold(filter, 0) : NULL;
    bool ok = false;
    /* A search is counted first. A whole roster's kept count comes with its page, in a column
     * of its own (one statement fewer to prepare on the way to the first screen), and is read
     * apart only when the page is empty. Everyone unsearched (the first screen when no
     * workshop runs) by the shorter statement, which costs less to prepare. */
    if (folded && !roster_count(s, workshop_id, folded, total, err, errlen))
        goto done;
#define ROSTER_FROM "SELECT t.id, t.uid, t.name, t.agency, t.country, t.lang"
#define ROSTER_KEPT_COUNT ", (SELECT n FROM roster_count WHERE workshop_id = ?1)"
#define ROSTER_PAGE "ORDER BY t.name COLLATE NOCASE, t.id LIMIT ?3 OFFSET ?4"
    const char *sql =
        folded        ? ROSTER_FROM " FROM trainee t " ROSTER_WHERE ROSTER_PAGE
        : workshop_id ? ROSTER_FROM ROSTER_KEPT_COUNT " FROM trainee t " ROSTER_WHERE ROSTER_PAGE
                      : ROSTER_FROM ROSTER_KEPT_COUNT " FROM trainee t " ROSTER_PAGE;
    sqlite3_stmt *st = store_prepare(s, sql, err, errlen);
    if (!st)
        goto done;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_text(st, 2, folded, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, limit > INT64_MAX ? -1 : (int64_t)limit);
    sqlite3_bind_int64(st, 4, (int64_t)offset);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (!folded && *n == 0)
            *total = (size_t)sqlite3_column_int64(st, 6);
        *out = xgrow(*out, *n, &cap, sizeof **out);
        trainee_read(st, &(*out)[(*n)++]);
    }
    sqlite3_finalize(st);
    ok = rc == SQLITE_DONE;
    if (!ok)
        store_fail(s, err, errlen, "cannot list trainees");
    else if (!folded && *n == 0)
        ok = roster_count(s, workshop_id, NULL, total, err, errlen);
    if (!ok) {
        trainee_list_free(*out, *n);
        *out = NULL;
        *n = 0;
    }
done:
    free(folded);
    return ok;
}

bool store_trainee_find(Store *s, const char *name, Trainee *out, bool *found, char *err,
                        size_t errlen)
{
    *found = false;
    /* An exact name or uid first; otherwise a case-insensitive name that only one trainee has. */
    sqlite3_stmt *st = store_prepare(s,
        "SELECT t.id, t.uid, t.name, t.agency, t.country, t.lang FROM trainee t "
        "WHERE t.name = ?1 OR t.uid = ?1 OR t.name = ?1 COLLATE NOCASE "
        "OR substr(t.uid, 1, length(?2)) = ?2 "
        "ORDER BY (t.name = ?1 OR t.uid = ?1) DESC, t.id LIMIT 2", err, errlen);
    if (!st)
        return false;
    char buf[33];
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, id_prefix(name, buf), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    bool ok = true;
    if (rc == SQLITE_ROW) {
        bool exact = !strcmp((const char *)sqlite3_column_text(st, 2), name) ||
                     !strcmp((const char *)sqlite3_column_text(st, 1), name) ||
                     (id_prefix(name, buf) &&
                      !strncmp((const char *)sqlite3_column_text(st, 1), buf, strlen(buf)));
        trainee_read(st, out);
        rc = sqlite3_step(st);
        bool second_exact = rc == SQLITE_ROW &&
                            !strcmp((const char *)sqlite3_column_text(st, 2), name);
        if (rc == SQLITE_ROW && (!exact || second_exact)) {
            snprintf(err, errlen, "more than one trainee is named \"%s\": give the id (rastro "
                     "trainee list)", name);
            trainee_done(out);
            ok = false;
        } else {
            *found = true;
        }
    } else if (rc != SQLITE_DONE) {
        ok = store_fail(s, err, errlen, "cannot find trainee");
    }
    sqlite3_finalize(st);
    return ok;
}

void workshop_done(Workshop *w)
{
    free(w->name);
    free(w->instructor);
    w->name = w->instructor = NULL;
}

void workshop_list_free(Workshop *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        workshop_done(&list[i]);
    free(list);
}

bool store_trainee_update(Store *s, const Trainee *t, char *err, size_t errlen)
{
    if (text_is_blank(t->name)) {
        snprintf(err, errlen, "a trainee needs a name (only spaces were given)");
        return false;
    }
    sqlite3_stmt *st = store_prepare(s, "UPDATE trainee SET name = ?, agency = ?, country = ?, "
                                        "lang = ? WHERE id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, t->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, t->agency ? t->agency : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, t->country, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, lang_code(t->lang), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, t->id);
    return store_step_write(s, st, err, errlen, "cannot change the trainee");
}

bool store_workshop_update(Store *s, const Workshop *w, char *err, size_t errlen)
{
    if (!name_free(s, w, err, errlen))
        return false;
    sqlite3_stmt *st = store_prepare(s, "UPDATE workshop SET name = ?, country = ?, starts_on = ?, "
                                        "ends_on = ?, instructor = ? WHERE id = ?", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, w->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, w->country, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, w->starts, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, w->ends, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, w->instructor ? w->instructor : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, w->id);
    return store_step_write(s, st, err, errlen, "cannot change the workshop");
}
