/* The instructor's live view of a workshop, read from the records while trainees work: where each
 * trainee is, how they are doing so far, and who is struggling. Plain reads; another process may
 * be writing the same database (WAL), and each call sees what was committed when it ran. */
#ifndef RASTRO_LIVE_H
#define RASTRO_LIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* "Recent" activity is within this many seconds of now. */
#define LIVE_RECENT_SECONDS 600

/* The struggling rule (live_struggling): a trainee struggles when, over final answers in
 * practice and exam attempts (finished or not; review left out),
 *  - at least LIVE_STRUGGLE_MIN_ANSWERS were given and the score so far is below
 *    LIVE_STRUGGLE_PCT percent, or
 *  - the LIVE_STRUGGLE_RUN most recent ones (or more) were all wrong. */
#define LIVE_STRUGGLE_MIN_ANSWERS 5
#define LIVE_STRUGGLE_PCT 50.0
#define LIVE_STRUGGLE_RUN 3

typedef enum { LIVE_NOWHERE, LIVE_LESSON, LIVE_PRACTICE, LIVE_EXAM } LivePlace;

typedef struct {
    int64_t trainee_id;
    char *name, *agency; /* owned; untrusted text */
    char country[3];
    /* Where the trainee is now: an unfinished practice or exam attempt (its time is that of its
     * last answer, or its start) or a lesson left part-read, whichever is newer; a quiz wins a
     * tie. module_id is "" and place LIVE_NOWHERE when there is neither. */
    LivePlace place;
    char *module_id; /* owned */
    int answers;     /* final answers so far (practice and exam, not review) */
    double pct;      /* score so far over those answers, in percent; -1 when none carry marks */
    int recent;      /* those of them given in the last LIVE_RECENT_SECONDS */
    int wrong_run;   /* wrong final answers since the newest right one */
    int64_t idle;    /* seconds since the last answer, attempt or lesson page; -1 for never */
    bool struggling; /* live_struggling(answers, pct, wrong_run) */
} LiveRow;

/* The struggling rule above, on a trainee's figures. */
bool live_struggling(int answers, double pct, int wrong_run);

/* One row per trainee on workshop_id's roster (0: every trainee), by name. now is the wall clock
 * (seconds since the epoch) that idle and recent are measured from. *out is an array of *n; free
 * with live_rows_free. False with a message in err when the database cannot be read. Memory
 * grows with the roster only: the figures are aggregated by SQLite. */
bool live_read(Store *s, int64_t workshop_id, int64_t now, LiveRow **out, size_t *n, char *err,
               size_t errlen);
void live_rows_free(LiveRow *rows, size_t n);

/* A roster's totals, as the summary line shows them. */
typedef struct {
    int trainees;
    int active;     /* active within LIVE_RECENT_SECONDS */
    int struggling;
} LiveSummary;
LiveSummary live_summary(const LiveRow *rows, size_t n);

/* One answer of a trainee, for the drill-down. */
typedef struct {
    int64_t id;     /* the answer's row */
    char *module_id, *question_id, *response; /* owned; untrusted text */
    AttemptMode mode;
    double score, max_score;
    int try_no;
    bool hinted;
    bool final;     /* the question's last answer in its attempt */
    bool correct;
    bool has_seed;  /* a generated question: seed rebuilds the instance the trainee saw */
    uint32_t seed;
    char at[20];    /* YYYY-MM-DD HH:MM:SS, UTC */
    int64_t ago;    /* seconds before now */
} LiveAnswer;

/* The trainee's answers (every try, every mode), newest first; at most limit of them (0: all).
 * *out is an array of *n; free with live_answers_free. */
bool live_answers(Store *s, int64_t trainee_id, int64_t now, size_t limit, LiveAnswer **out,
                  size_t *n, char *err, size_t errlen);
void live_answers_free(LiveAnswer *rows, size_t n);

#endif
