/* An answer acknowledged on screen is on disk: rastro is killed with SIGKILL right after the
 * acknowledgement, and at random points of scripted sessions, and every answer and page it had
 * shown as done is found in the database, which stays sound; the next start takes the trainee
 * back to where the database says they stopped. */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *db;

static void setup(void)
{
    db = tu_db_with_trainee(tu_dir, "Kim", "JM");
}

static void teardown(void)
{
    free(db);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

static PtyTerm *spawn_rastro(void)
{
    /* A fixture of its own: the test answers by key, so it must not change with the course. */
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", "tests/modules/durability",
                    "--lang", "en", NULL};
    return tu_pty(argv, "C.UTF-8", NULL, 24, 80);
}

/* Answers questions from..to (option 2 each), killing rastro the moment the last one is
 * acknowledged. From 1 the quiz is opened from the menu; later, picking Kim resumes it. */
static void answer_then_kill(int from, int to)
{
    PtyTerm *t = spawn_rastro();
    expect(t, "Kim");
    ptyterm_key(t, VTERM_KEY_ENTER);
    if (from == 1) {
        expect(t, "Choose a module.");
        ptyterm_key(t, VTERM_KEY_ENTER);
        expect(t, "Take the quiz");
        ptyterm_send(t, "2");
    } else {
        char note[64];
        snprintf(note, sizeof note, "Taken up where you stopped: question %d of 21.", from);
        expect(t, note);
    }
    for (int i = from; i <= to; i++) {
        char title[32];
        snprintf(title, sizeof title, "Question %d of", i);
        expect(t, title);
        expect(t, "Choose an answer");
        ptyterm_send(t, "2");
        expect(t, "Saved.");
        if (i == to)
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
    answer_then_kill(1, 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE response = '2' AND position = 1"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NULL"), 1);
}
END_TEST

START_TEST(every_acknowledged_answer_survives)
{
    answer_then_kill(1, 3);
    /* The second start takes the quiz up at question 4, in the same attempt. */
    answer_then_kill(4, 5);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer"), 5);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM attempt WHERE finished_at IS NULL"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(DISTINCT position) FROM answer WHERE final"), 5);
    ck_assert_int_eq(tu_sql_int(db, "SELECT min(position) FROM answer"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT max(position) FROM answer"), 5);
    /* The database is sound after two kills. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
}
END_TEST

/* ---- 200 sessions killed at random points ----
 * The test keeps a model of what the database must hold for the trainee (attempts, their final
 * answers, the lesson page kept, which of lesson and quiz is newer) and of the screen shown. Each
 * step is a key or a few, and the model after it. A step is acknowledged when the screen shows
 * its result; after a kill the database must equal the model as last acknowledged, or one of the
 * states the keys sent since could have led to (each write they make is one such state). */

enum {
    N_Q = 21,          /* tests/modules/durability: practice, all questions, in file order */
    N_PAGES = 6,
    MAX_ATT = 48,
    MAX_CANDS = 48,
    MAX_TRAINEES = 16,
    RUNS_PER_TRAINEE = 25,
};

static const char *const question_ids[N_Q + 1] = {
    NULL, "q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10", "q11", "q12", "q13",
    "q14", "q15", "q16", "q17", "q18", "q19", "first-steps-in-order", "categories-and-features",
};

/* Keys answering each question right or wrong: a digit answers a choice at once; a multiple
 * choice ticks then Enter; a typed answer then Enter; the order question's first two items are
 * swapped to be right (Space picks up, j moves); the match question cycles each item's match
 * with Space (pool shown as: cylinder, smooth bore, chamber in barrel, rifled bore, the
 * fixture's pairs B, D, A, C). */
static const char *const right_keys[N_Q + 1] = {
    NULL, "2", "4", "1", "3", "1", "3", "2", "4", "3", "1", "2", "4", "3", "2", "1", "2",
    "124\r", "frame\r", "4\r", " j\r", "   j j    j  \r",
};
static const char *const wrong_keys[N_Q + 1] = {
    NULL, "1", "1", "2", "1", "2", "1", "1", "1", "1", "2", "1", "1", "1", "1", "2", "1",
    "3\r", "barrel\r", "5\r", "\r", " j j j \r",
};

static const char *ask_footer(int q)
{
    if (q == 17)
        return "Tick the right answers";
    if (q == 18 || q == 19)
        return "Type your answer";
    if (q == 20)
        return "Space picks an item";
    if (q == 21)
        return "Up and Down choose an item";
    return "Choose an answer";
}

typedef enum { S_ROSTER, S_MAIN, S_MODULE, S_LESSON, S_ASK, S_SAVED, S_CONFIRM, S_RESULTS } Where;

typedef struct {
    int answers; /* final answers, at positions 1..answers */
    bool finished;
    signed char correct[N_Q + 1];
} Att;

typedef struct {
    /* the screen */
    Where at, back; /* back: where n returns from the leave question */
    int page, q;    /* lesson page, question position shown */
    /* the database, for one trainee */
    int place;       /* lesson page kept, 0 for none */
    bool quiz_newer; /* the open attempt is newer than the page kept */
    bool place_done; /* an attempt was finished after the page was kept: the page is no place
                      * to carry on from */
    int n_att;
    Att att[MAX_ATT];
} Model;

typedef struct {
    char keys[64];
    char want[4][96]; /* all of these on screen: the step is done */
    int n_want;
} Step;

typedef struct {
    Model m[MAX_CANDS];
    int n;
} Cands;

typedef struct {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static int rnd(Rng *r, int n)
{
    return (int)(rng_next(r) % (uint64_t)n);
}

/* What every failure message starts with, so a failing run can be replayed. */
static char ctx[160];

static Att *open_att(Model *m)
{
    return m->n_att && !m->att[m->n_att - 1].finished ? &m->att[m->n_att - 1] : NULL;
}

static void wrote(const Model *m, Cands *c)
{
    ck_assert_msg(c->n < MAX_CANDS, "%s: too many writes in flight", ctx);
    c->m[c->n++] = *m;
}

static void want(Step *s, const char *fmt, int n)
{
    snprintf(s->want[s->n_want++], sizeof s->want[0], fmt, n);
}

/* The texts that show the model's screen is drawn (the status note is added by the caller). */
static void want_screen(const Model *m, Step *s)
{
    switch (m->at) {
    case S_ROSTER: break;
    case S_MAIN: want(s, "Choose a module.", 0); break;
    case S_MODULE:
        want(s, "Back to the main menu", 0);
        want(s, m->place && !m->place_done ? "Carry on reading the lesson"
                                           : "Read the lesson (%d pages)", N_PAGES);
        if (m->n_att && !m->att[m->n_att - 1].finished)
            want(s, "Carry on with the quiz (%d answered)", m->att[m->n_att - 1].answers);
        else
            want(s, "Take the quiz (%d questions)", N_Q);
        break;
    case S_LESSON: want(s, "Page %d of 6", m->page); break;
    case S_ASK:
        want(s, "Question %d of 21", m->q);
        want(s, ask_footer(m->q), 0);
        break;
    case S_SAVED:
        want(s, "Question %d of 21", m->q);
        want(s, m->q < N_Q ? "Saved. Enter: next question" : "Saved. Enter: see your score", 0);
        break;
    case S_CONFIRM: want(s, "Leave the quiz?", 0); break;
    case S_RESULTS: want(s, "Your score:", 0); break;
    }
}

/* The attempt open is finished: a lesson page kept before it is no place to carry on from. */
static void finish_att(Model *m, Att *a)
{
    a->finished = true;
    m->place_done = m->place != 0;
}

/* The quiz opened (from the module or the roster): the open attempt is taken up, or shown as
 * results when every question has its answer, or a new one begins. */
static void open_quiz(Model *m, Step *s, Cands *c)
{
    Att *a = open_att(m);
    if (a && a->answers == N_Q) {
        finish_att(m, a);
        wrote(m, c);
        m->at = S_RESULTS;
    } else if (a) {
        m->at = S_ASK;
        m->q = a->answers + 1;
        want(s, "Taken up where you stopped: question %d of 21.", m->q);
    } else {
        ck_assert_msg(m->n_att < MAX_ATT, "%s: too many attempts", ctx);
        m->att[m->n_att++] = (Att){0};
        m->quiz_newer = true;
        wrote(m, c);
        m->at = S_ASK;
        m->q = 1;
    }
}

/* The lesson opened: on the page kept, else the first; the page is kept again (now newest). */
static void open_lesson(Model *m, Step *s, Cands *c)
{
    m->page = m->place && !m->place_done ? m->place : 1;
    if (m->page >= 2)
        want(s, "Back on page %d, where you stopped.", m->page);
    m->place = m->page;
    m->quiz_newer = false;
    m->place_done = false;
    wrote(m, c);
    m->at = S_LESSON;
}

static void turn_page(Model *m, int page, Cands *c)
{
    m->page = m->place = page;
    m->quiz_newer = false;
    m->place_done = false;
    wrote(m, c);
}

/* Picks the next step from the model's screen, moves the model past it and lists in c each
 * database state it writes on the way. */
static void step_take(Model *m, Rng *r, Step *s, Cands *c)
{
    memset(s, 0, sizeof *s);
    int x = rnd(r, 100);
    const char *k = "";
    Att *a;
    switch (m->at) {
    case S_ROSTER:
        k = "1"; /* the newest trainee is first on the roster */
        a = open_att(m);
        if (a && (!m->place || m->quiz_newer))
            open_quiz(m, s, c);
        else if (m->place && !m->place_done)
            open_lesson(m, s, c);
        else if (m->n_att) /* the newest is a finished attempt: its module, with the score */
            m->at = S_MODULE;
        else
            m->at = S_MAIN;
        break;
    case S_MAIN:
        k = "1";
        m->at = S_MODULE;
        break;
    case S_MODULE:
        if (x < 35) {
            k = "1";
            open_lesson(m, s, c);
        } else if (x < 90) {
            k = "2";
            open_quiz(m, s, c);
        } else {
            k = "q";
            m->at = S_MAIN;
        }
        break;
    case S_LESSON:
        if (x < 12) {
            k = "q";
            m->at = S_MODULE;
        } else if (x < 20 && m->page > 1) {
            k = "p";
            turn_page(m, m->page - 1, c);
        } else if (m->page < N_PAGES) {
            k = "n"; /* turns the page at once (Enter would first read on down a long one) */
            turn_page(m, m->page + 1, c);
        } else {
            /* End, then Enter: the lesson's end forgets the page and goes back to the module. */
            k = "\033OF\r";
            m->place = 0;
            m->place_done = false;
            wrote(m, c);
            m->at = S_MODULE;
        }
        break;
    case S_ASK:
        if (x < 10 && m->q != 18 && m->q != 19) { /* q is text in a typed answer */
            k = "q";
            m->back = S_ASK;
            m->at = S_CONFIRM;
            break;
        }
        a = open_att(m);
        ck_assert_msg(a && a->answers == m->q - 1, "%s: model lost its attempt", ctx);
        bool right = rnd(r, 100) < 75;
        k = right ? right_keys[m->q] : wrong_keys[m->q];
        a->answers = m->q;
        a->correct[m->q] = right;
        m->quiz_newer = true;
        wrote(m, c);
        if (m->q == N_Q) { /* the last answer completes the attempt */
            finish_att(m, a);
            wrote(m, c);
        }
        m->at = S_SAVED;
        break;
    case S_SAVED:
        if (x < 12) {
            k = "q";
            m->back = S_SAVED;
            m->at = S_CONFIRM;
        } else if (m->q == N_Q) {
            k = "\r";
            m->at = S_RESULTS;
        } else {
            k = "\r";
            m->q++;
            m->at = S_ASK;
        }
        break;
    case S_CONFIRM:
        if (x < 80) {
            k = "y";
            m->at = S_MODULE;
        } else {
            k = "n";
            m->at = m->back;
        }
        break;
    case S_RESULTS:
        k = "\r";
        m->at = S_MODULE;
        break;
    }
    snprintf(s->keys, sizeof s->keys, "%s", k);
    want_screen(m, s);
}

/* ---- the database as the model sees it ---- */

static sqlite3_stmt *prep(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *st = NULL;
    ck_assert_msg(sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK, "%s: %s: %s", ctx, sql,
                  sqlite3_errmsg(h));
    return st;
}

static long long one_int(sqlite3 *h, const char *sql)
{
    sqlite3_stmt *st = prep(h, sql);
    ck_assert_msg(sqlite3_step(st) == SQLITE_ROW, "%s: %s: %s", ctx, sql, sqlite3_errmsg(h));
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Reads trainee's attempts, answers and lesson page into out; *newer_known says whether out's
 * quiz_newer means anything (a page kept and an open attempt both, at different times; *tie when
 * at the same time). Fails the test on rows the model has no words for: answers out of place or
 * doubled, an open attempt before another, a garbled page path. */
static void db_read(sqlite3 *h, long long trainee, Model *out, bool *newer_known, bool *tie)
{
    memset(out, 0, sizeof *out);
    *tie = false;
    long long ids[MAX_ATT];
    sqlite3_stmt *st = prep(h, "SELECT id, finished_at IS NOT NULL FROM attempt WHERE trainee_id = ? "
                               "AND mode <> 'review' ORDER BY id");
    sqlite3_bind_int64(st, 1, trainee);
    while (sqlite3_step(st) == SQLITE_ROW) {
        ck_assert_msg(out->n_att < MAX_ATT, "%s: too many attempts", ctx);
        ids[out->n_att] = sqlite3_column_int64(st, 0);
        out->att[out->n_att++].finished = sqlite3_column_int(st, 1);
    }
    sqlite3_finalize(st);
    st = prep(h, "SELECT position, final, correct, question_id FROM answer WHERE attempt_id = ? "
                 "ORDER BY position, id");
    for (int i = 0; i < out->n_att; i++) {
        ck_assert_msg(i == out->n_att - 1 || out->att[i].finished,
                      "%s: attempt %d of trainee %lld is open but not the last", ctx, i + 1, trainee);
        Att *a = &out->att[i];
        sqlite3_bind_int64(st, 1, ids[i]);
        while (sqlite3_step(st) == SQLITE_ROW) {
            int pos = sqlite3_column_int(st, 0);
            const char *qid = (const char *)sqlite3_column_text(st, 3);
            ck_assert_msg(pos == a->answers + 1 && pos <= N_Q && sqlite3_column_int(st, 1),
                          "%s: attempt %d of trainee %lld: an answer at position %d (final %d) "
                          "follows %d final answers in order: one is lost or doubled", ctx, i + 1,
                          trainee, pos, sqlite3_column_int(st, 1), a->answers);
            ck_assert_msg(qid && strcmp(qid, question_ids[pos]) == 0,
                          "%s: attempt %d position %d holds question %s, not %s", ctx, i + 1, pos,
                          qid ? qid : "NULL", question_ids[pos]);
            a->correct[pos] = (signed char)sqlite3_column_int(st, 2);
            a->answers = pos;
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    sqlite3_finalize(st);
    st = prep(h, "SELECT pages FROM lesson_place WHERE trainee_id = ?");
    sqlite3_bind_int64(st, 1, trainee);
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *pages = (const char *)sqlite3_column_text(st, 0);
        /* Read straight through: "0 1 ... n-1" for page n. */
        char path[64] = "0";
        int n = 1;
        while (n < N_PAGES && strcmp(path, pages ? pages : "") != 0) {
            snprintf(path + strlen(path), sizeof path - strlen(path), " %d", n);
            n++;
        }
        ck_assert_msg(pages && strcmp(path, pages) == 0, "%s: lesson page kept as '%s'", ctx,
                      pages ? pages : "NULL");
        out->place = n;
    }
    sqlite3_finalize(st);
    if (out->place) {
        /* A page kept before an attempt's end is no place to carry on from. */
        st = prep(h, "SELECT EXISTS (SELECT 1 FROM attempt a, lesson_place l WHERE "
                     "l.trainee_id = ?1 AND a.trainee_id = ?1 AND a.module_id = l.module_id AND "
                     "a.mode <> 'review' AND a.finished_at >= l.updated_at)");
        sqlite3_bind_int64(st, 1, trainee);
        ck_assert(sqlite3_step(st) == SQLITE_ROW);
        out->place_done = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    *newer_known = out->place && out->n_att && !out->att[out->n_att - 1].finished;
    if (*newer_known) {
        /* 1: the page is newer, 0: the quiz, 2: both in the same millisecond. */
        st = prep(h, "SELECT CASE WHEN l.updated_at > q THEN 1 WHEN l.updated_at = q THEN 2 "
                     "ELSE 0 END FROM lesson_place l, (SELECT coalesce((SELECT max(answered_at) "
                     "FROM answer WHERE attempt_id = ?2), (SELECT started_at FROM attempt "
                     "WHERE id = ?2)) AS q) WHERE l.trainee_id = ?1");
        sqlite3_bind_int64(st, 1, trainee);
        sqlite3_bind_int64(st, 2, ids[out->n_att - 1]);
        ck_assert(sqlite3_step(st) == SQLITE_ROW);
        int newer = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        out->quiz_newer = newer != 1;
        if (newer == 2) {
            /* Times are kept to the millisecond: which came first is not on record, and the
             * resume takes the quiz. Either order matches; the model takes the quiz from now. */
            *newer_known = false;
            *tie = true;
        }
    }
}

/* How the database (got) differs from the model (m): NULL when it does not. */
static const char *db_diff(const Model *m, const Model *got, bool newer_known)
{
    static char why[256];
    if (got->n_att != m->n_att) {
        snprintf(why, sizeof why, "%d attempts stored, %d expected", got->n_att, m->n_att);
        return why;
    }
    for (int i = 0; i < m->n_att; i++) {
        const Att *w = &m->att[i], *g = &got->att[i];
        if (g->answers < w->answers) {
            snprintf(why, sizeof why, "attempt %d: %d answers stored, %d expected: the answer to "
                     "question %d is lost", i + 1, g->answers, w->answers, g->answers + 1);
            return why;
        }
        if (g->answers > w->answers) {
            snprintf(why, sizeof why, "attempt %d: %d answers stored, only %d given", i + 1,
                     g->answers, w->answers);
            return why;
        }
        for (int p = 1; p <= w->answers; p++)
            if (g->correct[p] != w->correct[p]) {
                snprintf(why, sizeof why, "attempt %d: question %d stored as %s, answered %s",
                         i + 1, p, g->correct[p] ? "right" : "wrong",
                         w->correct[p] ? "right" : "wrong");
                return why;
            }
        if (g->finished != w->finished) {
            snprintf(why, sizeof why, "attempt %d (%d answers) is %s, expected %s", i + 1,
                     g->answers, g->finished ? "finished" : "open",
                     w->finished ? "finished" : "open");
            return why;
        }
    }
    if (got->place != m->place) {
        snprintf(why, sizeof why, "lesson page kept: %d, expected %d (0: none)", got->place,
                 m->place);
        return why;
    }
    if (got->place && got->place_done != m->place_done) {
        snprintf(why, sizeof why, "the lesson page kept is %s the last attempt's end in the "
                 "database, %s it in the session", got->place_done ? "before" : "after",
                 m->place_done ? "before" : "after");
        return why;
    }
    if (newer_known && got->quiz_newer != m->quiz_newer) {
        snprintf(why, sizeof why, "the %s is newer in the database, the %s in the session",
                 got->quiz_newer ? "quiz" : "lesson page", m->quiz_newer ? "quiz" : "lesson page");
        return why;
    }
    return NULL;
}

static char *shown_keys(const char *keys)
{
    static char out[512];
    size_t n = 0;
    for (const char *k = keys; *k && n + 4 < sizeof out; k++) {
        if (*k == '\r')
            n += (size_t)snprintf(out + n, sizeof out - n, "<Enter>");
        else
            out[n++] = *k;
        if (n >= sizeof out - 1)
            break;
    }
    out[n < sizeof out ? n : sizeof out - 1] = '\0';
    return out;
}

typedef struct {
    long long id;
    Model m;
} Archived;

/* The database part of m, in words. */
static const char *describe(const Model *m)
{
    static char out[200];
    const Att *a = m->n_att ? &m->att[m->n_att - 1] : NULL;
    int n = snprintf(out, sizeof out, "%d attempts", m->n_att);
    if (a)
        n += snprintf(out + n, sizeof out - (size_t)n, ", the last %s with %d answers",
                      a->finished ? "finished" : "open", a->answers);
    n += snprintf(out + n, sizeof out - (size_t)n, "; lesson page kept: %d%s", m->place,
                  m->place && m->place_done ? " (before an attempt's end)" : "");
    if (a && !a->finished && m->place)
        snprintf(out + n, sizeof out - (size_t)n, "; the %s is newer",
                 m->quiz_newer ? "quiz" : "lesson page");
    return out;
}

/* After a kill: the database is sound, holds what every trainee before did, and equals the
 * model as last acknowledged or a state the keys sent since could have written; *m becomes that
 * state. Returns which: -1 for the model as acknowledged, else the index in c. */
static int check_db(Model *m, const Cands *c, long long trainee, const Archived *old, int n_old,
                    const char *unacked, const char *screen, int *ties)
{
    sqlite3 *h = NULL;
    ck_assert_msg(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK,
                  "%s: cannot open the database read-only: %s", ctx, h ? sqlite3_errmsg(h) : "");
    sqlite3_busy_timeout(h, 5000);
    sqlite3_stmt *st = prep(h, "PRAGMA integrity_check");
    ck_assert_msg(sqlite3_step(st) == SQLITE_ROW, "%s: integrity_check: %s", ctx, sqlite3_errmsg(h));
    const char *ok = (const char *)sqlite3_column_text(st, 0);
    ck_assert_msg(ok && strcmp(ok, "ok") == 0, "%s: integrity_check says: %s", ctx, ok ? ok : "");
    sqlite3_finalize(st);
    /* Each wrong answer's question went into review in the answer's transaction, and nothing
     * else did (no review is ever taken here). */
    ck_assert_msg(one_int(h, "SELECT count(*) FROM answer n JOIN attempt a ON a.id = n.attempt_id "
                             "WHERE n.final AND n.correct = 0 AND NOT EXISTS (SELECT 1 FROM review r "
                             "WHERE r.trainee_id = a.trainee_id AND r.module_id = a.module_id AND "
                             "r.question_id = n.question_id)") == 0,
                  "%s: a wrong answer is stored without its question in review", ctx);
    ck_assert_msg(one_int(h, "SELECT count(*) FROM review r WHERE NOT EXISTS (SELECT 1 FROM answer n "
                             "JOIN attempt a ON a.id = n.attempt_id WHERE a.trainee_id = r.trainee_id "
                             "AND a.module_id = r.module_id AND n.question_id = r.question_id AND "
                             "n.correct = 0)") == 0,
                  "%s: a question is in review without a wrong answer stored", ctx);
    Model got;
    bool newer_known, tie;
    for (int i = 0; i < n_old; i++) {
        db_read(h, old[i].id, &got, &newer_known, &tie);
        const char *why = db_diff(&old[i].m, &got, newer_known);
        ck_assert_msg(!why, "%s: an earlier trainee's records changed: %s", ctx, why);
    }
    db_read(h, trainee, &got, &newer_known, &tie);
    sqlite3_close(h);
    *ties += tie;
    const char *diff = db_diff(m, &got, newer_known);
    if (!diff) {
        if (tie)
            m->quiz_newer = true;
        return -1;
    }
    char acked[256];
    snprintf(acked, sizeof acked, "%s", diff);
    for (int i = 0; i < c->n; i++)
        if (!db_diff(&c->m[i], &got, newer_known)) {
            *m = c->m[i];
            if (tie)
                m->quiz_newer = true;
            return i;
        }
    char last[256] = "(no keys sent)";
    if (c->n)
        snprintf(last, sizeof last, "%s", db_diff(&c->m[c->n - 1], &got, newer_known));
    ck_abort_msg("%s: the database matches no state the session could have reached.\n"
                 "Against what the screen last acknowledged (%s): %s\n"
                 "Against the furthest state the keys sent since could reach: %s\n"
                 "Keys sent since the last acknowledgement: %s\nScreen at the kill:\n%s",
                 ctx, describe(m), acked, last, shown_keys(unacked), screen);
    return -1;
}

/* Waits for every text of s; fails with the run's seed and the screen. */
static void await(PtyTerm *t, const Step *s, const Model *m)
{
    for (int i = 0; i < s->n_want; i++)
        if (!ptyterm_wait_text(t, s->want[i], 10000)) {
            char *screen = ptyterm_screen(t);
            ck_abort_msg("%s: after keys '%s', '%s' never appeared (the database as the session "
                         "knows it: %s); screen:\n%s", ctx, shown_keys(s->keys), s->want[i],
                         describe(m), screen);
            free(screen);
        }
}

static void pause_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

/* Reads some of the drawing that follows the keys just sent (at most a few kilobytes). */
static void read_into_draw(PtyTerm *t, Rng *r)
{
    size_t start = ptyterm_bytes_total(t), goal = start + 1 + (size_t)rnd(r, 3000);
    double t0 = ptyterm_elapsed_ms(t);
    while (ptyterm_bytes_total(t) < goal) {
        double now = ptyterm_elapsed_ms(t);
        if (now - t0 > 3000)
            break;
        if (ptyterm_bytes_total(t) > start && now - ptyterm_last_output_ms(t) > 5)
            break; /* the drawing is over */
        ptyterm_settle(t, 1, 1);
    }
}

enum { KILL_ACKED, KILL_IN_FLIGHT, KILL_DRAWING, KILL_STREAM };
static const char *const kill_name[] = {"right after an acknowledgement", "keys in flight",
                                        "while the screen is drawn", "mid-stream of keys"};

static unsigned env_uint(const char *name, unsigned fallback)
{
    const char *v = getenv(name);
    return v && v[0] ? (unsigned)strtoul(v, NULL, 0) : fallback;
}

START_TEST(sigkill_at_random_points)
{
    unsigned seed = env_uint("RASTRO_KILL_SEED", (unsigned)time(NULL) ^ (unsigned)getpid() << 16);
    int runs = (int)env_uint("RASTRO_KILL_RUNS", 200);
    Rng rng = {seed}, *r = &rng;
    static Model m;
    static Cands c;
    static Archived old[MAX_TRAINEES];
    int n_old = 0;
    long long trainee = 0;
    char name[16] = "";
    /* For RASTRO_KILL_VERBOSE: what the runs covered. */
    int kills[4] = {0}, landed[S_RESULTS + 1] = {0}, none_done = 0, some_done = 0, ties = 0;
    int answers = 0, pages = 0, finished = 0;
    for (int run = 0; run <= runs; run++) {
        snprintf(ctx, sizeof ctx, "run %d of %d, seed %u (RASTRO_KILL_SEED=%u replays it)", run,
                 runs, seed, seed);
        if (run % RUNS_PER_TRAINEE == 0 && run < runs) {
            /* A fresh trainee, named to come first on the roster. */
            if (trainee) {
                ck_assert(n_old < MAX_TRAINEES);
                old[n_old++] = (Archived){trainee, m};
            }
            snprintf(name, sizeof name, "A%02d", 99 - run / RUNS_PER_TRAINEE);
            char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", name,
                            "--country", "JM", NULL};
            ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
            char *sql = sqlite3_mprintf("SELECT id FROM trainee WHERE name = %Q", name);
            trainee = tu_sql_int(db, sql);
            sqlite3_free(sql);
            ck_assert_int_gt(trainee, 0);
            memset(&m, 0, sizeof m);
        }
        PtyTerm *t = spawn_rastro();
        Step s = {.n_want = 1};
        snprintf(s.want[0], sizeof s.want[0], "%s", name);
        await(t, &s, &m);
        m.at = S_ROSTER;
        /* Acknowledged steps (the first is the pick on the roster, and where it lands), then
         * the kill. The last start only checks where it lands. */
        int acked = run == runs ? 1 : rnd(r, 100) < 8 ? 0 : 1 + rnd(r, 9);
        int how = run == runs ? KILL_ACKED : rnd(r, 100);
        how = how < 40 ? KILL_ACKED : how < 65 ? KILL_IN_FLIGHT : how < 80 ? KILL_DRAWING
                                                                         : KILL_STREAM;
        for (int i = 0; i < acked; i++) {
            Model before = m;
            c.n = 0;
            step_take(&m, r, &s, &c);
            ptyterm_send(t, s.keys);
            await(t, &s, &before);
            landed[m.at] += i == 0;
            answers += m.at == S_SAVED && before.at == S_ASK;
            pages += m.at == S_LESSON;
            finished += m.n_att && m.att[m.n_att - 1].finished &&
                        !(before.n_att == m.n_att && before.att[m.n_att - 1].finished);
        }
        /* The keys whose effect is not waited for: one step, or several sent as one stream. */
        c.n = 0;
        char unacked[512] = "";
        int n_unacked = how == KILL_ACKED ? 0 : how == KILL_STREAM ? 2 + rnd(r, 7) : 1;
        Model model_acked = m;
        for (int i = 0; i < n_unacked; i++) {
            step_take(&m, r, &s, &c);
            strncat(unacked, s.keys, sizeof unacked - strlen(unacked) - 1);
        }
        if (unacked[0])
            ptyterm_send(t, unacked);
        if (how == KILL_IN_FLIGHT && rnd(r, 100) < 70)
            pause_us(rnd(r, 2000));
        else if (how == KILL_STREAM)
            pause_us(rnd(r, 15000));
        else if (how == KILL_DRAWING)
            read_into_draw(t, r);
        kill(ptyterm_pid(t), SIGKILL);
        int status = ptyterm_wait_exit(t, 5000);
        char *screen = ptyterm_screen(t);
        ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                      "%s: rastro ended by itself (status %d) before the kill; screen:\n%s", ctx,
                      status, screen);
        ptyterm_free(t);
        kills[how]++;
        snprintf(ctx + strlen(ctx), sizeof ctx - strlen(ctx), ", killed %s", kill_name[how]);
        int reached = check_db(&model_acked, &c, trainee, old, n_old, unacked, screen, &ties);
        free(screen);
        none_done += c.n && reached < 0;
        some_done += c.n && reached >= 0;
        m = model_acked;
    }
    if (getenv("RASTRO_KILL_VERBOSE"))
        fprintf(stderr, "seed %u, %d runs. Kills: %d right after an acknowledgement, %d with keys "
                "in flight, %d while drawing, %d mid-stream; of those with writes in flight, %d "
                "had none done and %d some. Landings: %d main menu, %d module, %d lesson, %d "
                "quiz, %d results. Acknowledged: %d answers, %d pages, %d attempts finished. Lesson and "
                "quiz in the same millisecond: %d.\n", seed, runs, kills[KILL_ACKED],
                kills[KILL_IN_FLIGHT], kills[KILL_DRAWING], kills[KILL_STREAM], none_done,
                some_done, landed[S_MAIN], landed[S_MODULE], landed[S_LESSON], landed[S_ASK],
                landed[S_RESULTS],
                answers, pages, finished, ties);
}
END_TEST

Suite *durability_suite(void)
{
    Suite *s = suite_create("durability");
    TCase *tc = tcase_create("sigkill");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, first_answer_survives_sigkill);
    tcase_add_test(tc, every_acknowledged_answer_survives);
    suite_add_tcase(s, tc);
    TCase *random = tcase_create("sigkill-random");
    tcase_set_timeout(random, 900);
    tcase_add_checked_fixture(random, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(random, setup, teardown);
    tcase_add_test(random, sigkill_at_random_points);
    suite_add_tcase(s, random);
    return s;
}
