/* Benchmark helper (scripts/bench, "records"): how long one answer takes to commit through
 * rastro's own code path (store_answer_add), with the store as rastro opens it (WAL,
 * synchronous=FULL) and, for comparison, with synchronous=NORMAL set on the connection after open.
 *   commit_time DIR [N]
 * Makes two fresh databases in DIR (commit_full.db, commit_normal.db; DIR must be on the disk to
 * measure, not a tmpfs), adds a trainee and an attempt to each, then adds N answers (default 300)
 * to each in turn, so that a slow moment of the disk falls on both alike. Prints one line of
 * key=value pairs: the median and 90th percentile of a commit in milliseconds for each. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../tui/core/store.h"
#include "../../tui/core/store_internal.h"

enum { SYNC_FULL, SYNC_NORMAL, N_SETTINGS };
static const char *const setting_name[N_SETTINGS] = {"full", "normal"};
static const char *const setting_file[N_SETTINGS] = {"commit_full.db", "commit_normal.db"};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The value below which a fraction q of the sorted samples lie (nearest rank). */
static double quantile(const double *sorted, size_t n, double q)
{
    size_t rank = (size_t)ceil(q * (double)n);
    return sorted[rank ? rank - 1 : 0];
}

static double median(const double *sorted, size_t n)
{
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static int pragma_int(Store *s, const char *sql)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(store_sqlite(s), sql, -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

/* A fresh database at path, opened as rastro opens it, with one trainee and one open attempt. */
static Store *open_fresh(const char *path, int64_t *attempt_id, char *err, size_t errlen)
{
    static const char *const suffix[] = {"", "-wal", "-shm", "-journal"};
    for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
    Store *s = store_open_as(path, STORE_CREATE, NULL, err, errlen);
    if (!s)
        return NULL;
    Trainee t = {.name = "Bench Trainee", .agency = "Bench", .country = "MX", .lang = LANG_ES};
    AttemptRow a = {.module_id = "bench-module", .module_version = 1, .mode = ATTEMPT_PRACTICE};
    if (!store_trainee_add(s, &t, err, errlen))
        goto fail;
    a.trainee_id = t.id;
    if (!store_attempt_start(s, &a, attempt_id, err, errlen))
        goto fail;
    return s;
fail:
    store_close(s);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: commit_time DIR [N]\n");
        return 2;
    }
    int n = argc == 3 ? atoi(argv[2]) : 300;
    if (n < 1) {
        fprintf(stderr, "commit_time: N must be positive\n");
        return 2;
    }
    Store *store[N_SETTINGS] = {0};
    int64_t attempt[N_SETTINGS];
    double *ms[N_SETTINGS] = {0};
    char err[512];
    int rc = 1;
    for (int k = 0; k < N_SETTINGS; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[1], setting_file[k]);
        if (!(store[k] = open_fresh(path, &attempt[k], err, sizeof err))) {
            fprintf(stderr, "commit_time: %s: %s\n", path, err);
            goto done;
        }
        ms[k] = calloc((size_t)n, sizeof *ms[k]);
        if (!ms[k]) {
            fprintf(stderr, "commit_time: out of memory\n");
            goto done;
        }
    }
    /* What rastro sets is what we measure first: refuse to report if that changed. */
    if (pragma_int(store[SYNC_FULL], "PRAGMA synchronous") != 2) {
        fprintf(stderr, "commit_time: rastro's store no longer opens with synchronous=FULL (2)\n");
        goto done;
    }
    if (!store_exec(store[SYNC_NORMAL], "PRAGMA synchronous = NORMAL;", err, sizeof err) ||
        pragma_int(store[SYNC_NORMAL], "PRAGMA synchronous") != 1) {
        fprintf(stderr, "commit_time: cannot set synchronous=NORMAL: %s\n", err);
        goto done;
    }

    for (int i = 0; i < n; i++) {
        char qid[16];
        snprintf(qid, sizeof qid, "q%02d", i % 50 + 1);
        /* One wrong answer in four, as in a quiz: a wrong final answer also enters review, in
         * the same transaction. */
        bool right = i % 4 != 3;
        for (int j = 0; j < N_SETTINGS; j++) {
            int k = (i + j) % N_SETTINGS; /* each goes first every other time */
            AnswerRow row = {.attempt_id = attempt[k], .question_id = qid, .position = i + 1,
                             .response = right ? "choice 1" : "choice 2",
                             .score = right ? 1.0 : 0.0, .max_score = 1.0, .try_no = 1,
                             .final = true, .correct = right};
            double t0 = now_ms();
            if (!store_answer_add(store[k], &row, err, sizeof err)) {
                fprintf(stderr, "commit_time: answer %d (%s): %s\n", i + 1, setting_name[k], err);
                goto done;
            }
            ms[k][i] = now_ms() - t0;
        }
    }

    printf("n=%d", n);
    for (int k = 0; k < N_SETTINGS; k++) {
        qsort(ms[k], (size_t)n, sizeof *ms[k], cmp_double);
        printf(" %s_median_ms=%.3f %s_p90_ms=%.3f", setting_name[k], median(ms[k], (size_t)n),
               setting_name[k], quantile(ms[k], (size_t)n, 0.9));
    }
    printf("\n");
    rc = 0;
done:
    for (int k = 0; k < N_SETTINGS; k++) {
        store_close(store[k]);
        free(ms[k]);
    }
    return rc;
}
