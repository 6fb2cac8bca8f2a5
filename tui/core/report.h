/* Reports on the records. Item analysis: per question, how many answered it, its facility (mean
 * score over the maximum) and its discrimination (the correlation of its score with the rest of
 * the attempt's score), over final answers in finished quizzes and exams (a review asks only what
 * was missed before, which would skew both). */
#ifndef RASTRO_REPORT_H
#define RASTRO_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "store.h"

/* Flag thresholds: questions almost nobody gets right or almost everybody does, and those whose
 * score hardly follows the rest of the test. */
#define REPORT_FACILITY_LOW 0.2
#define REPORT_FACILITY_HIGH 0.95
#define REPORT_DISCRIMINATION_LOW 0.2

typedef struct {
    char module_id[72];
    char question_id[72];
    int attempts;          /* finished attempts with a final answer to it */
    double facility;       /* 0..1, NAN without marks */
    double discrimination; /* -1..1, NAN when either score never varies */
    bool too_hard, too_easy, weak;
} ItemStats;

/* Every question answered in a finished attempt, by module and question id. *out is an array of
 * *n (caller frees). Memory does not grow with the number of answers, only of questions. */
bool report_items(Store *s, ItemStats **out, size_t *n, char *err, size_t errlen);

/* Prints items as an aligned table, or as CSV (a header line, then one row each). */
void report_items_print(FILE *f, const ItemStats *items, size_t n, bool csv);

/* One country's trainees and their results: finished quizzes and exams (not review). */
typedef struct {
    char country[3];
    int trainees;       /* on record */
    int active;         /* with a finished attempt */
    int attempts;       /* finished attempts */
    long answers;       /* final answers in them */
    double score, max;  /* summed over those attempts */
} CountryStats;

/* Every country with trainees, by code; *out is an array of *n (caller frees). Memory grows with
 * the number of countries only. */
bool report_countries(Store *s, CountryStats **out, size_t *n, char *err, size_t errlen);
void report_countries_print(FILE *f, const CountryStats *c, size_t n, bool csv);

#endif
