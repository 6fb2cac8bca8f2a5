/* Trainee records in SQLite: trainees, attempts and answers, with schema migrations.
 * Every write is its own committed transaction: when a function returns true, the row is on disk. */
#ifndef RASTRO_STORE_H
#define RASTRO_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

#define STORE_SCHEMA_VERSION 2

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

/* Opens (creating if needed, with owner-only permissions) and migrates the database at path.
 * Returns NULL with a message in err on failure; nothing is written then. */
Store *store_open(const char *path, char *err, size_t errlen);
void store_close(Store *s);
int store_schema_version(Store *s);

/* Adds t (name, agency, country, lang) and fills t->id and t->uid. */
bool store_trainee_add(Store *s, Trainee *t, char *err, size_t errlen);
/* Lists trainees by name; *out is an array of *n, free with trainee_list_free. */
bool store_trainee_list(Store *s, Trainee **out, size_t *n, char *err, size_t errlen);
bool store_trainee_set_lang(Store *s, int64_t trainee_id, Lang lang, char *err, size_t errlen);
void trainee_done(Trainee *t);
void trainee_copy(Trainee *dst, const Trainee *src);
void trainee_list_free(Trainee *list, size_t n);

typedef struct {
    int64_t trainee_id;
    const char *module_id;
    int module_version;
    bool exam;           /* else practice */
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
} AnswerRow;

/* Records the start of an attempt; *attempt_id is its row. */
bool store_attempt_start(Store *s, const AttemptRow *row, int64_t *attempt_id, char *err,
                         size_t errlen);
/* Stores one answer and commits before returning. */
bool store_answer_add(Store *s, const AnswerRow *row, char *err, size_t errlen);
/* Attempts trainee has begun on module, finished or not. */
bool store_attempt_count(Store *s, int64_t trainee_id, const char *module_id, int *count,
                         char *err, size_t errlen);
/* A practice attempt (store_attempt_start with defaults). */
bool store_attempt_begin(Store *s, int64_t trainee_id, const char *module_id, int module_version,
                         int64_t *attempt_id, char *err, size_t errlen);
/* A first and final answer (store_answer_add with defaults). */
bool store_answer_save(Store *s, int64_t attempt_id, const char *question_id, int position,
                       const char *response, double score, double max_score, char *err,
                       size_t errlen);
bool store_attempt_finish(Store *s, int64_t attempt_id, double score, double max_score, char *err,
                          size_t errlen);
bool store_module_stats(Store *s, int64_t trainee_id, const char *module_id, ModuleStats *out,
                        char *err, size_t errlen);

/* Makes the directory holding path (and its parents) with mode 0700 where missing. */
bool store_make_parent_dirs(const char *path, char *err, size_t errlen);
/* The default database path: $XDG_DATA_HOME/rastro/rastro.db, else ~/.local/share/rastro/rastro.db.
 * Caller frees. */
char *store_default_path(void);

#endif
