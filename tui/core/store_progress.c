/* A trainee's progress as the store keeps it: unfinished attempts and lesson places to resume,
 * the questions due for review (Leitner boxes), and the history of attempts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"
#include "store_internal.h"

/* The newest unfinished attempt at module: a review or not (review), and in the mode named
 * when mode is not NULL. */
static bool attempt_open(Store *s, int64_t trainee_id, const char *module_id, bool review,
                         const char *mode, OpenAttempt *out, bool *found, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    *found = false;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT id, mode, coalesce(seed, 0), coalesce(time_limit, 0), "
        "  (julianday(started_at) - 2440587.5) * 86400.0 "
        "FROM attempt WHERE trainee_id = ?1 AND module_id = ?2 AND finished_at IS NULL "
        "  AND (mode = 'review') = ?3 AND (?4 IS NULL OR mode = ?4) ORDER BY id DESC LIMIT 1",
        err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, review);
    if (mode)
        sqlite3_bind_text(st, 4, mode, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *found = true;
        out->id = sqlite3_column_int64(st, 0);
        out->mode = attempt_mode_parse((const char *)sqlite3_column_text(st, 1));
        out->seed = (uint32_t)sqlite3_column_int64(st, 2);
        out->time_limit = (unsigned)sqlite3_column_int(st, 3);
        out->started = sqlite3_column_double(st, 4);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot read unfinished attempts");
    st = store_prepare(s, "SELECT question_id, position, response, score, max_score, seed, try, "
                          "hinted, final, coalesce(correct, score >= max_score) "
                          "FROM answer WHERE attempt_id = ? ORDER BY id", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, out->id);
    size_t cap = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        out->answers = xgrow(out->answers, out->n_answers, &cap, sizeof *out->answers);
        AnswerRow *a = &out->answers[out->n_answers++];
        *a = (AnswerRow){.attempt_id = out->id,
                         .question_id = store_column_dup(st, 0),
                         .position = sqlite3_column_int(st, 1),
                         .response = store_column_dup(st, 2),
                         .score = sqlite3_column_double(st, 3),
                         .max_score = sqlite3_column_double(st, 4),
                         .has_seed = sqlite3_column_type(st, 5) != SQLITE_NULL,
                         .seed = (uint32_t)sqlite3_column_int64(st, 5),
                         .try_no = sqlite3_column_int(st, 6),
                         .hinted = sqlite3_column_int(st, 7),
                         .final = sqlite3_column_int(st, 8),
                         .correct = sqlite3_column_int(st, 9)};
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        open_attempt_done(out);
        *found = false;
        return store_fail(s, err, errlen, "cannot read an attempt's answers");
    }
    return true;
}

bool store_attempt_open(Store *s, int64_t trainee_id, const char *module_id, bool review,
                        OpenAttempt *out, bool *found, char *err, size_t errlen)
{
    return attempt_open(s, trainee_id, module_id, review, NULL, out, found, err, errlen);
}

bool store_attempt_open_mode(Store *s, int64_t trainee_id, const char *module_id,
                             AttemptMode mode, OpenAttempt *out, bool *found, char *err,
                             size_t errlen)
{
    return attempt_open(s, trainee_id, module_id, mode == ATTEMPT_REVIEW, attempt_mode_name(mode),
                        out, found, err, errlen);
}

void open_attempt_done(OpenAttempt *a)
{
    for (size_t i = 0; i < a->n_answers; i++) {
        free((char *)a->answers[i].question_id);
        free((char *)a->answers[i].response);
    }
    free(a->answers);
    a->answers = NULL;
    a->n_answers = 0;
}

bool store_lesson_place_save(Store *s, int64_t trainee_id, const char *module_id,
                             const char *pages, char *err, size_t errlen)
{
    bool forget = !pages || !pages[0];
    sqlite3_stmt *st = store_prepare(s, forget
        ? "DELETE FROM lesson_place WHERE trainee_id = ?1 AND module_id = ?2"
        : "INSERT INTO lesson_place(trainee_id, module_id, pages) VALUES (?1, ?2, ?3) "
          "ON CONFLICT DO UPDATE SET pages = excluded.pages, updated_at = excluded.updated_at",
        err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    if (!forget)
        sqlite3_bind_text(st, 3, pages, -1, SQLITE_STATIC);
    bool ok = sqlite3_step(st) == SQLITE_DONE || store_fail(s, err, errlen, "cannot save the page");
    sqlite3_finalize(st);
    return ok;
}

bool store_lesson_place_get(Store *s, int64_t trainee_id, const char *module_id, char **pages,
                            char *err, size_t errlen)
{
    *pages = NULL;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT pages FROM lesson_place p WHERE trainee_id = ?1 AND module_id = ?2 AND NOT EXISTS ("
        "  SELECT 1 FROM attempt a WHERE a.trainee_id = ?1 AND a.module_id = ?2 AND "
        "  a.mode <> 'review' AND a.finished_at >= p.updated_at)", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        *pages = store_column_dup(st, 0);
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ||
           store_fail(s, err, errlen, "cannot read where the lesson stopped");
}

bool store_last_place(Store *s, int64_t trainee_id, Place *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    /* An unfinished attempt's time is that of its last answer, or its start; a finished one's,
     * its end. At the same moment (to the millisecond) a quiz wins over a page, and a quiz's end
     * over both. */
    sqlite3_stmt *st = store_prepare(s,
        "SELECT module_id, kind, mode FROM ("
        "  SELECT module_id, 0 AS kind, updated_at AS t, NULL AS mode FROM lesson_place"
        "  WHERE trainee_id = ?1"
        "  UNION ALL"
        "  SELECT a.module_id, 1, coalesce((SELECT max(answered_at) FROM answer n"
        "                                    WHERE n.attempt_id = a.id), a.started_at), a.mode"
        "  FROM attempt a WHERE a.trainee_id = ?1 AND a.finished_at IS NULL AND a.mode <> 'review'"
        "  UNION ALL"
        "  SELECT a.module_id, 2, a.finished_at, a.mode FROM attempt a"
        "  WHERE a.trainee_id = ?1 AND a.finished_at IS NOT NULL AND a.mode <> 'review')"
        " ORDER BY t DESC, kind DESC LIMIT 1", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        out->found = true;
        store_column_copy(st, 0, out->module_id, sizeof out->module_id);
        int kind = sqlite3_column_int(st, 1);
        out->kind = kind == 2 ? PLACE_MODULE : kind == 1 ? PLACE_QUIZ : PLACE_LESSON;
        const char *mode = (const char *)sqlite3_column_text(st, 2);
        out->mode = mode ? attempt_mode_parse(mode) : ATTEMPT_PRACTICE;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ||
           store_fail(s, err, errlen, "cannot read where the trainee stopped");
}

/* Seconds to wait after a right review answer that moves a question into box (2..REVIEW_BOXES). */
static int64_t review_interval(int box)
{
    /* Box 2 after a day, box 3 after three: spaced further as the question sticks. */
    static const int64_t days[REVIEW_BOXES + 1] = {0, 0, 1, 3};
    if (box < 1)
        box = 1;
    if (box > REVIEW_BOXES)
        box = REVIEW_BOXES;
    return days[box] * 86400;
}

bool store_review_missed(Store *s, int64_t trainee_id, const char *module_id,
                         const char *question_id, int64_t now, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s,
        "INSERT INTO review(trainee_id, module_id, question_id, box, due_at) VALUES (?, ?, ?, 1, ?) "
        "ON CONFLICT DO UPDATE SET box = 1, due_at = min(due_at, excluded.due_at), "
        "missed_at = excluded.missed_at", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, question_id, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, now);
    return store_step_write(s, st, err, errlen, "cannot put the question in review");
}

bool store_review_answered(Store *s, int64_t trainee_id, const char *module_id,
                           const char *question_id, bool correct, int64_t now, bool *left_review,
                           char *err, size_t errlen)
{
    *left_review = false;
    int64_t box = 0;
    sqlite3_stmt *st = store_prepare(s, "SELECT box FROM review WHERE trainee_id = ? AND "
                                        "module_id = ? AND question_id = ?", err, errlen);
    if (st) {
        sqlite3_bind_int64(st, 1, trainee_id);
        sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, question_id, -1, SQLITE_STATIC);
    }
    if (!store_step_int(s, st, &box, err, errlen, "cannot read the review box"))
        return false;
    if (!box)
        return true; /* not in review (learnt already): nothing to move */
    int next = correct ? (int)box + 1 : 1;
    *left_review = next > REVIEW_BOXES;
    st = store_prepare(s, *left_review
        ? "DELETE FROM review WHERE trainee_id = ?1 AND module_id = ?2 AND question_id = ?3"
        : "UPDATE review SET box = ?4, due_at = ?5 WHERE trainee_id = ?1 AND module_id = ?2 "
          "AND question_id = ?3", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_text(st, 2, module_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, question_id, -1, SQLITE_STATIC);
    if (!*left_review) {
        sqlite3_bind_int(st, 4, next);
        sqlite3_bind_int64(st, 5, now + review_interval(next));
    }
    return store_step_write(s, st, err, errlen, "cannot move the question in review");
}

bool store_review_due(Store *s, int64_t trainee_id, const char *module_id, int64_t now,
                      ReviewItem **out, size_t *n, char *err, size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT module_id, question_id, box, due_at FROM review WHERE trainee_id = ?1 "
        "AND due_at <= ?2 AND (?3 IS NULL OR module_id = ?3) ORDER BY due_at, module_id, missed_at",
        err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_int64(st, 2, now);
    if (module_id)
        sqlite3_bind_text(st, 3, module_id, -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        (*out)[(*n)++] = (ReviewItem){.module_id = store_column_dup(st, 0),
                                      .question_id = store_column_dup(st, 1),
                                      .box = sqlite3_column_int(st, 2),
                                      .due = sqlite3_column_int64(st, 3)};
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        review_list_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot list the questions to review");
    }
    return true;
}

bool store_review_count(Store *s, int64_t trainee_id, const char *module_id, int64_t now,
                        int *due, int *total, char *err, size_t errlen)
{
    *due = *total = 0;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT coalesce(sum(due_at <= ?2), 0), count(*) FROM review WHERE trainee_id = ?1 "
        "AND (?3 IS NULL OR module_id = ?3)", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    sqlite3_bind_int64(st, 2, now);
    if (module_id)
        sqlite3_bind_text(st, 3, module_id, -1, SQLITE_STATIC);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    if (ok) {
        *due = sqlite3_column_int(st, 0);
        *total = sqlite3_column_int(st, 1);
    } else {
        store_fail(s, err, errlen, "cannot count the questions to review");
    }
    sqlite3_finalize(st);
    return ok;
}

void review_list_free(ReviewItem *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(items[i].module_id);
        free(items[i].question_id);
    }
    free(items);
}

bool store_history(Store *s, int64_t trainee_id, HistoryRow **out, size_t *n, char *err,
                   size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT a.id, a.module_id, a.mode, strftime('%Y-%m-%d %H:%M', a.started_at, 'localtime'), "
        "  a.finished_at IS NOT NULL, coalesce(a.score, 0), coalesce(a.max_score, 0), "
        "  (SELECT count(*) FROM answer n WHERE n.attempt_id = a.id AND n.final = 1) "
        "FROM attempt a WHERE a.trainee_id = ? ORDER BY a.started_at DESC, a.id DESC", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, trainee_id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        HistoryRow *h = &(*out)[(*n)++];
        memset(h, 0, sizeof *h);
        h->id = sqlite3_column_int64(st, 0);
        h->module_id = store_column_dup(st, 1);
        h->mode = attempt_mode_parse((const char *)sqlite3_column_text(st, 2));
        store_column_copy(st, 3, h->started, sizeof h->started);
        h->finished = sqlite3_column_int(st, 4);
        h->score = sqlite3_column_double(st, 5);
        h->max_score = sqlite3_column_double(st, 6);
        h->answers = sqlite3_column_int(st, 7);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        history_free(*out, *n);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot read past attempts");
    }
    return true;
}

void history_free(HistoryRow *rows, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(rows[i].module_id);
    free(rows);
}
