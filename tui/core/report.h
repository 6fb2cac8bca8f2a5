/* Reports on the records. Item analysis: per question, how many answered it, its facility (mean
 * score over the maximum) and its discrimination (the correlation of its score with the rest of
 * the attempt's score), over final answers in finished quizzes and exams (a review asks only what
 * was missed before, which would skew both). Text output is in the interface language (tr) with
 * country names; CSV keeps fixed English column names and codes, for spreadsheets and scripts. */
#ifndef RASTRO_REPORT_H
#define RASTRO_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "store.h"

/* Flag thresholds: questions almost nobody gets right or almost everybody does, and those whose
 * score hardly follows the rest of the test. */
#define REPORT_FACILITY_LOW 0.2
#define REPORT_FACILITY_HIGH 0.95
#define REPORT_DISCRIMINATION_LOW 0.2

/* Fewest attempts at a question before it is flagged at all. Under ten, one trainee's answer
 * moves the facility by more than a tenth, enough to carry an ordinary question past a
 * threshold, and a correlation over so few is mostly chance: the first few trainees of a
 * workshop would get every question flagged. A workshop of the usual size (15 to 25) reaches
 * ten in its first sitting, so flags still come while it runs. */
#define REPORT_MIN_ATTEMPTS 10

typedef struct {
    char module_id[72];
    char question_id[72];
    int attempts;          /* finished attempts with a final answer to it */
    double facility;       /* 0..1, NAN without marks */
    double discrimination; /* -1..1, NAN when either score never varies */
    int needed;            /* attempts still needed before it is judged (0: judged) */
    bool too_hard, too_easy, weak; /* always false while needed > 0 */
} ItemStats;

/* Every question answered in a finished attempt by the trainees of workshop_id (0: everyone), by
 * module and question id. *out is an array of *n (caller frees). Memory does not grow with the
 * number of answers, only of questions. */
bool report_items(Store *s, int64_t workshop_id, ItemStats **out, size_t *n, char *err,
                  size_t errlen);

/* What an item's flags say, in the interface language: "too hard; does not discriminate", "needs
 * 7 more attempts", or "" for a question judged and not flagged. */
void report_item_flags(const ItemStats *it, char *buf, size_t len);

/* Prints items as an aligned table, or as CSV (a header line, then one row each; the flags in
 * English words, and a column attempts_needed). */
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

/* Every country with trainees (of workshop_id; 0: everyone), by code; *out is an array of *n
 * (caller frees). Memory grows with the number of countries only. */
bool report_countries(Store *s, int64_t workshop_id, CountryStats **out, size_t *n, char *err,
                      size_t errlen);
/* As text, a row per country by name; as CSV, by code, with its name in the last column
 * (country_name: the columns before keep their places). */
void report_countries_print(FILE *f, const CountryStats *c, size_t n, bool csv);

#endif
