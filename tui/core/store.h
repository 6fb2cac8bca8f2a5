/* Trainee records in SQLite: trainees, attempts and answers, with schema migrations.
 * Every write is its own committed transaction: when a function returns true, the row is on disk. */
#ifndef RASTRO_STORE_H
#define RASTRO_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

#define STORE_SCHEMA_VERSION 7

typedef struct Store Store;

typedef struct {
    int64_t id;
    char uid[33]; /* stable id across databases (hex) */
    char *name;
    char *agency;
    char country[3]; /* ISO 3166-1 alpha-2 */
    Lang lang;       /* preferred language */
} Trainee;

typedef struct {
    int attempts;      /* finished attempts with a score (max_score > 0) */
    double best_pct;   /* best finished score in percent, -1 when none */
    double last_pct;   /* last finished score in percent, -1 when none */
} ModuleStats;

typedef enum {
    STORE_CREATE,   /* read and write; a missing database (and its directory) is created */
    STORE_EXISTING, /* the database must exist; opened read-only when its file cannot be written */
} StoreAccess;

/* Opens and migrates the database at path; a new one is created owner-only (STORE_CREATE), and
 * *created (may be NULL) says so. Returns NULL with a message naming the file in err on failure;
 * nothing is written then. */
Store *store_open_as(const char *path, StoreAccess access, bool *created, char *err,
                     size_t errlen);
/* The write-ahead log is cut back to this many bytes after a checkpoint (see store_checkpoint). */
#define STORE_WAL_LIMIT (1024 * 1024)
#define STORE_WAL_LIMIT_TEXT "1048576"
/* Copies the write-ahead log into the database and empties it, unless another connection is
 * busy with the database at that moment (then it does nothing and never waits). For after large
 * writes, such as an import. */
void store_checkpoint(Store *s);
void store_close(Store *s);

/* Another program may hold the database (another shell's commit, an import, an sqlite3 session
 * in a transaction). A call that needs it waits, up to the wait limit, and then fails with
 * nothing written and store_failure() STORE_LOCKED. The limit is $RASTRO_LOCK_WAIT seconds as
 * read at open, else STORE_WAIT_SECONDS. */
#define STORE_WAIT_SECONDS 30
void store_set_wait_limit(Store *s, double seconds);
/* Called every few milliseconds (at most 0.1 s apart) while a call waits, with the seconds
 * waited so far (0 at the start of each wait) and the limit; false stops the wait there. It
 * runs inside the waiting call: it must not use the store. hook NULL: none. */
typedef bool (*StoreWaitHook)(void *ctx, double waited, double limit);
void store_set_wait_hook(Store *s, StoreWaitHook hook, void *ctx);

typedef enum {
    STORE_FAILED, /* anything else: err says what */
    STORE_LOCKED, /* another program held the database past the wait (or the hook stopped it) */
    STORE_FULL,   /* no room: a full disk, a quota or a file-size limit */
} StoreFailure;
/* Why the last call that returned false did (for telling a trainee what to do about it). */
StoreFailure store_failure(Store *s);

/* Adds t (name, agency, country, lang) and fills t->id and t->uid. */
bool store_trainee_add(Store *s, Trainee *t, char *err, size_t errlen);
/* store_trainee_add and, when workshop_id is not 0, the new trainee on that workshop's roster:
 * both or neither. */
bool store_trainee_enrol(Store *s, Trainee *t, int64_t workshop_id, char *err, size_t errlen);
bool store_trainee_set_lang(Store *s, int64_t trainee_id, Lang lang, char *err, size_t errlen);
void trainee_done(Trainee *t);
void trainee_copy(Trainee *dst, const Trainee *src);
void trainee_list_free(Trainee *list, size_t n);

typedef enum { ATTEMPT_PRACTICE, ATTEMPT_EXAM, ATTEMPT_REVIEW } AttemptMode;

AttemptMode attempt_mode_parse(const char *name);

typedef struct {
    int64_t trainee_id;
    const char *module_id;
    int module_version;
    AttemptMode mode;
    uint32_t seed;       /* drew the questions and their order */
    unsigned time_limit; /* seconds, 0 for none */
} AttemptRow;

typedef struct {
    int64_t attempt_id;
    const char *question_id;
    int position;         /* 1-based place of the question in the attempt */
    const char *response; /* the answer as text (see question_response) */
    double score, max_score;
    bool has_seed;        /* a generated question: seed rebuilds it */
    uint32_t seed;
    int try_no;           /* 1 for the first try */
    bool hinted;
    bool final;           /* the question's last answer in this attempt */
    bool correct;         /* right (before any deduction for tries and hints) */
} AnswerRow;

/* Records the start of an attempt; *attempt_id is its row. */
bool store_attempt_start(Store *s, const AttemptRow *row, int64_t *attempt_id, char *err,
                         size_t errlen);
/* Stores one answer and commits before returning. */
bool store_answer_add(Store *s, const AnswerRow *row, char *err, size_t errlen);
/* Practice and exam attempts (not review) the trainee has begun on the module, finished or
 * not. */
bool store_attempt_count(Store *s, int64_t trainee_id, const char *module_id, int *count,
                         char *err, size_t errlen);
/* The same, of the attempts in mode only. */
bool store_attempt_count_mode(Store *s, int64_t trainee_id, const char *module_id,
                              AttemptMode mode, int *count, char *err, size_t errlen);
bool store_attempt_finish(Store *s, int64_t attempt_id, double score, double max_score, char *err,
                          size_t errlen);
/* The trainee's finished practice and exam attempts at module (store_module_stats_mode: those
 * in mode only). */
bool store_module_stats(Store *s, int64_t trainee_id, const char *module_id, ModuleStats *out,
                        char *err, size_t errlen);
bool store_module_stats_mode(Store *s, int64_t trainee_id, const char *module_id,
                             AttemptMode mode, ModuleStats *out, char *err, size_t errlen);

/* An attempt not yet finished, as read back to resume it. */
typedef struct {
    int64_t id;
    AttemptMode mode;
    uint32_t seed;
    unsigned time_limit;   /* seconds, 0 for none */
    double started;        /* wall clock, seconds since the epoch */
    AnswerRow *answers;    /* in the order given; strings owned (free with open_attempt_done) */
    size_t n_answers;
} OpenAttempt;

/* The trainee's newest unfinished attempt at module: a review when review is true, else a
 * practice or exam attempt, whichever. *found false when there is none. */
bool store_attempt_open(Store *s, int64_t trainee_id, const char *module_id, bool review,
                        OpenAttempt *out, bool *found, char *err, size_t errlen);
/* The same, of the attempts in mode only: a module's practice quiz and its exam are each taken
 * up where they stopped. */
bool store_attempt_open_mode(Store *s, int64_t trainee_id, const char *module_id,
                             AttemptMode mode, OpenAttempt *out, bool *found, char *err,
                             size_t errlen);
void open_attempt_done(OpenAttempt *a);

/* Where a trainee stopped in a module's lesson: the page ids from the first page to the current
 * one, joined by '\n' (so Back still follows the path taken). Saving an empty path forgets it. */
bool store_lesson_place_save(Store *s, int64_t trainee_id, const char *module_id,
                             const char *pages, char *err, size_t errlen);
/* *pages is the saved path (caller frees), NULL when none. A place kept before the module's quiz
 * was last finished (outside review) is none: the trainee has moved on from that reading, and
 * a lesson opened again starts at its first page. */
bool store_lesson_place_get(Store *s, int64_t trainee_id, const char *module_id, char **pages,
                            char *err, size_t errlen);

typedef enum {
    PLACE_LESSON, /* a lesson page */
    PLACE_QUIZ,   /* an unfinished quiz or exam */
    PLACE_MODULE, /* a quiz or exam finished: the module, with its result */
} PlaceKind;

/* What the trainee was doing last, in the newest module they worked on: a lesson page, an
 * unfinished quiz or a finished one (reviews aside). */
typedef struct {
    bool found;
    PlaceKind kind;
    AttemptMode mode; /* PLACE_QUIZ, PLACE_MODULE: the attempt's (practice or exam) */
    char module_id[128];
} Place;
bool store_last_place(Store *s, int64_t trainee_id, Place *out, char *err, size_t errlen);

/* Review: a question answered wrong in a quiz goes to box 1 of the trainee's Leitner boxes, due
 * at once. Answered right in review it moves up a box and comes back later (REVIEW_DAYS); wrong,
 * it goes back to box 1. Right in the last box, it leaves review. Times are seconds since the
 * epoch, passed in so tests can move the clock. */
#define REVIEW_BOXES 3
typedef struct {
    char *module_id, *question_id; /* owned */
    int box;
    int64_t due;
} ReviewItem;
/* Puts a missed question in box 1, due at now (done by store_answer_add for a final wrong
 * answer outside review). */
bool store_review_missed(Store *s, int64_t trainee_id, const char *module_id,
                         const char *question_id, int64_t now, char *err, size_t errlen);
/* Moves a question after a review answer; *left_review true when it is learnt. */
bool store_review_answered(Store *s, int64_t trainee_id, const char *module_id,
                           const char *question_id, bool correct, int64_t now, bool *left_review,
                           char *err, size_t errlen);
/* Questions due at now (module_id NULL: every module), oldest due first; free with
 * review_list_free. */
bool store_review_due(Store *s, int64_t trainee_id, const char *module_id, int64_t now,
                      ReviewItem **out, size_t *n, char *err, size_t errlen);
/* Counts due questions (module_id NULL: all); *total counts every question still in review. */
bool store_review_count(Store *s, int64_t trainee_id, const char *module_id, int64_t now,
                        int *due, int *total, char *err, size_t errlen);
void review_list_free(ReviewItem *items, size_t n);

/* A trainee's past attempts, newest first. */
typedef struct {
    int64_t id;
    char *module_id; /* owned */
    AttemptMode mode;
    char started[20]; /* YYYY-MM-DD HH:MM, local time (TZ) */
    bool finished;
    double score, max_score;
    int answers;      /* final answers given */
} HistoryRow;
bool store_history(Store *s, int64_t trainee_id, HistoryRow **out, size_t *n, char *err,
                   size_t errlen);
void history_free(HistoryRow *rows, size_t n);

/* Workshops: a course run for a group, with its roster. */
typedef struct {
    int64_t id;
    char uid[33];
    char *name;       /* unique (owned) */
    char country[3];
    char starts[11], ends[11]; /* YYYY-MM-DD, "" when not set */
    char *instructor; /* owned, "" when not set */
    int members;      /* trainees on the roster (filled by lists) */
} Workshop;
/* How many of a uid's first hex digits a person types to name a record (lists show them). */
#define STORE_SHORT_ID 8

/* Adds w (name, country, dates, instructor); fills id and uid. A name already taken is refused. */
bool store_workshop_add(Store *s, Workshop *w, char *err, size_t errlen);
/* Workshops by start date then name; free with workshop_list_free. */
bool store_workshop_list(Store *s, Workshop **out, size_t *n, char *err, size_t errlen);
/* Changes the workshop w->id to w's name, country, dates and instructor; a name another workshop
 * has is refused. */
bool store_workshop_update(Store *s, const Workshop *w, char *err, size_t errlen);
/* Finds a workshop by its name (exact, then case-insensitive), its uid or the start of it (at
 * least STORE_SHORT_ID hex digits); *found false if none. */
bool store_workshop_find(Store *s, const char *name, Workshop *out, bool *found, char *err,
                         size_t errlen);
/* The workshop running on today (YYYY-MM-DD, between its dates; the latest to start). */
bool store_workshop_current(Store *s, const char *today, Workshop *out, bool *found, char *err,
                            size_t errlen);
/* Puts trainee on workshop's roster (again is no change). */
bool store_workshop_join(Store *s, int64_t workshop_id, int64_t trainee_id, char *err,
                         size_t errlen);
/* The roster of workshop_id by name (0: every trainee); *out is an array of *n, free with
 * trainee_list_free. */
bool store_roster(Store *s, int64_t workshop_id, Trainee **out, size_t *n, char *err,
                  size_t errlen);
/* A screen's worth of a roster: the trainees of workshop_id (0: everyone) whose name holds
 * filter (case and accents ignored; NULL or "" for all), in the roster's order, from offset, at
 * most limit of them; *total says how many match in all. Free with trainee_list_free. */
bool store_roster_page(Store *s, int64_t workshop_id, const char *filter, size_t offset,
                       size_t limit, Trainee **out, size_t *n, size_t *total, char *err,
                       size_t errlen);
/* Changes the trainee t->id to t's name, agency, country and language. */
bool store_trainee_update(Store *s, const Trainee *t, char *err, size_t errlen);
/* Finds a trainee by name (exact, then case-insensitive), uid or the start of it (at least
 * STORE_SHORT_ID hex digits); *found false if none, and an error when the name is ambiguous. */
bool store_trainee_find(Store *s, const char *name, Trainee *out, bool *found, char *err,
                        size_t errlen);
void workshop_done(Workshop *w);
void workshop_list_free(Workshop *list, size_t n);

/* Makes the directory holding path (and its parents) with mode 0700 where missing. */
bool store_make_parent_dirs(const char *path, char *err, size_t errlen);
/* The default database path: $XDG_DATA_HOME/rastro/rastro.db, else ~/.local/share/rastro/rastro.db.
 * Caller frees. */
char *store_default_path(void);

#endif
