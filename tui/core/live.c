/* The instructor's live view: per trainee on a roster, where they are and how they are doing so
 * far, aggregated by SQLite in one statement; and one trainee's answers for the drill-down. */
#include "live.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_internal.h"
#include "text.h"

/* ?1 workshop id (0: every trainee), ?2 now (seconds since the epoch), ?3 the recent window.
 * fa holds the final answers of practice and exam attempts, finished or not: the view is of
 * work in progress, unlike the reports, which wait for an attempt to finish. An answer saved
 * before answers recorded rightness counts as right when it got full marks. */
static const char ROSTER_SQL[] =
    "WITH r AS ("
    "  SELECT id, name, agency, country FROM trainee"
    "  WHERE ?1 = 0 OR id IN (SELECT trainee_id FROM workshop_member WHERE workshop_id = ?1)),"
    " fa AS ("
    "  SELECT a.trainee_id AS tid, n.id AS nid, n.score AS x, n.max_score AS m,"
    "   n.answered_at AS at, coalesce(n.correct, n.max_score > 0 AND n.score >= n.max_score) AS ok"
    "  FROM r JOIN attempt a ON a.trainee_id = r.id JOIN answer n ON n.attempt_id = a.id"
    "  WHERE n.final = 1 AND a.mode <> 'review'),"
    " agg AS ("
    "  SELECT tid, count(*) AS answers, sum(x) AS got, sum(m) AS mx,"
    "   sum(CAST(strftime('%s', at) AS INTEGER) >= ?2 - ?3) AS recent"
    "  FROM fa GROUP BY tid),"
    /* The run of wrong answers at the newest end: those with no right answer at or after them. */
    " run AS ("
    "  SELECT tid, count(*) AS wrong_run FROM ("
    "   SELECT tid, sum(ok) OVER (PARTITION BY tid ORDER BY at DESC, nid DESC) AS rights FROM fa)"
    "  WHERE rights = 0 GROUP BY tid),"
    /* Kind: 0 lesson, 1 practice, 2 exam. An open attempt's time is its last answer's. */
    " here AS ("
    "  SELECT l.trainee_id AS tid, l.module_id, 0 AS kind, l.updated_at AS t"
    "  FROM lesson_place l JOIN r ON r.id = l.trainee_id"
    "  UNION ALL"
    "  SELECT a.trainee_id, a.module_id, CASE a.mode WHEN 'exam' THEN 2 ELSE 1 END,"
    "   coalesce((SELECT max(answered_at) FROM answer n WHERE n.attempt_id = a.id), a.started_at)"
    "  FROM attempt a JOIN r ON r.id = a.trainee_id"
    "  WHERE a.finished_at IS NULL AND a.mode <> 'review'),"
    " place AS ("
    "  SELECT tid, module_id, kind FROM ("
    "   SELECT tid, module_id, kind,"
    "    row_number() OVER (PARTITION BY tid ORDER BY t DESC, kind > 0 DESC) AS k FROM here)"
    "  WHERE k = 1),"
    /* Last sign of life: any answer (review too), attempt start or end, lesson page. */
    " seen AS ("
    "  SELECT tid, max(t) AS t FROM ("
    "   SELECT tid, t FROM here WHERE kind = 0"
    "   UNION ALL"
    "   SELECT a.trainee_id, max(a.started_at, coalesce(a.finished_at, ''))"
    "   FROM attempt a JOIN r ON r.id = a.trainee_id"
    "   UNION ALL"
    "   SELECT a.trainee_id, n.answered_at"
    "   FROM r JOIN attempt a ON a.trainee_id = r.id JOIN answer n ON n.attempt_id = a.id)"
    "  GROUP BY tid)"
    " SELECT r.id, r.name, r.agency, r.country, p.module_id, coalesce(p.kind, -1),"
    "  coalesce(g.answers, 0), coalesce(g.got, 0), coalesce(g.mx, 0), coalesce(g.recent, 0),"
    "  coalesce(w.wrong_run, 0), CAST(strftime('%s', s.t) AS INTEGER)"
    " FROM r LEFT JOIN place p ON p.tid = r.id LEFT JOIN agg g ON g.tid = r.id"
    "  LEFT JOIN run w ON w.tid = r.id LEFT JOIN seen s ON s.tid = r.id"
    " ORDER BY r.name COLLATE NOCASE, r.id";

bool live_struggling(int answers, double pct, int wrong_run)
{
    if (answers >= LIVE_STRUGGLE_MIN_ANSWERS && pct >= 0 && pct < LIVE_STRUGGLE_PCT)
        return true;
    return wrong_run >= LIVE_STRUGGLE_RUN;
}

static void row_read(sqlite3_stmt *st, int64_t now, LiveRow *r)
{
    memset(r, 0, sizeof *r);
    r->trainee_id = sqlite3_column_int64(st, 0);
    r->name = store_column_dup(st, 1);
    r->agency = store_column_dup(st, 2);
    snprintf(r->country, sizeof r->country, "%s", (const char *)sqlite3_column_text(st, 3));
    r->module_id = store_column_dup(st, 4);
    switch (sqlite3_column_int(st, 5)) {
    case 0: r->place = LIVE_LESSON; break;
    case 1: r->place = LIVE_PRACTICE; break;
    case 2: r->place = LIVE_EXAM; break;
    default: r->place = LIVE_NOWHERE; break;
    }
    r->answers = sqlite3_column_int(st, 6);
    double got = sqlite3_column_double(st, 7), max = sqlite3_column_double(st, 8);
    r->pct = max > 0 ? 100.0 * got / max : -1;
    r->recent = sqlite3_column_int(st, 9);
    r->wrong_run = sqlite3_column_int(st, 10);
    if (sqlite3_column_type(st, 11) == SQLITE_NULL) {
        r->idle = -1;
    } else {
        int64_t t = sqlite3_column_int64(st, 11);
        r->idle = now > t ? now - t : 0;
    }
    r->struggling = live_struggling(r->answers, r->pct, r->wrong_run);
}

bool live_read(Store *s, int64_t workshop_id, int64_t now, LiveRow **out, size_t *n, char *err,
               size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s, ROSTER_SQL, err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_int64(st, 2, now);
    sqlite3_bind_int(st, 3, LIVE_RECENT_SECONDS);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        row_read(st, now, &(*out)[(*n)++]);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        live_rows_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot read the trainees' progress");
    }
    return true;
}

void live_rows_free(LiveRow *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].name);
        free(rows[i].agency);
        free(rows[i].module_id);
    }
    free(rows);
}

LiveSummary live_summary(const LiveRow *rows, size_t n)
{
    LiveSummary sum = {.trainees = (int)n};
    for (size_t i = 0; i < n; i++) {
        sum.active += rows[i].idle >= 0 && rows[i].idle <= LIVE_RECENT_SECONDS;
        sum.struggling += rows[i].struggling;
    }
    return sum;
}

bool live_answers(Store *s, int64_t trainee_id, int64_t now, size_t limit, LiveAnswer **out,
                  size_t *n, char *err, size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT n.id, a.module_id, n.question_id, n.response, a.mode, n.score, n.max_score, n.try,"
        " n.hinted, n.final, coalesce(n.correct, n.max_score > 0 AND n.score >= n.max_score),"
        " strftime('%Y-%m-%d %H:%M:%S', n.answered_at),"
        " CAST(strftime('%s', n.answered_at) AS INTEGER), n.seed"
        " FROM attempt a JOIN answer n ON n.attempt_id = a.id WHERE a.trainee_id = ?1"
        " ORDER BY n.answered_at DESC, n.id DESC LIMIT ?2", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_int64(st, 2, limit ? (int64_t)limit : -1);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        LiveAnswer *a = &(*out)[(*n)++];
        memset(a, 0, sizeof *a);
        a->id = sqlite3_column_int64(st, 0);
        a->module_id = store_column_dup(st, 1);
        a->question_id = store_column_dup(st, 2);
        a->response = store_column_dup(st, 3);
        a->mode = attempt_mode_parse((const char *)sqlite3_column_text(st, 4));
        a->score = sqlite3_column_double(st, 5);
        a->max_score = sqlite3_column_double(st, 6);
        a->try_no = sqlite3_column_int(st, 7);
        a->hinted = sqlite3_column_int(st, 8);
        a->final = sqlite3_column_int(st, 9);
        a->correct = sqlite3_column_int(st, 10);
        const unsigned char *at = sqlite3_column_text(st, 11);
        snprintf(a->at, sizeof a->at, "%s", at ? (const char *)at : "");
        int64_t t = sqlite3_column_int64(st, 12);
        a->ago = now > t ? now - t : 0;
        a->has_seed = sqlite3_column_type(st, 13) != SQLITE_NULL;
        a->seed = (uint32_t)sqlite3_column_int64(st, 13);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        live_answers_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot read the trainee's answers");
    }
    return true;
}

void live_answers_free(LiveAnswer *rows, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(rows[i].module_id);
        free(rows[i].question_id);
        free(rows[i].response);
    }
    free(rows);
}
