/* The pass rule: whether an attempt at a module (practice or exam) is passed, and why not. One rule
 * for the results screen, prerequisites, reports and certificates, so that "passed" means the
 * same everywhere:
 *   - the score reaches the pass mark of the attempt's quiz, and
 *   - every critical question the attempt asked has a right final answer (the last try counts,
 *     whatever it cost in marks; a partly right or unanswered one is not right), and
 *   - for each tag with a mark of its own (pass_by_tag), the questions the attempt asked that
 *     carry it earned at least that share of their marks (a tag it did not ask sets no rule).
 * Critical flags and tags are read from the module as loaded now, by question id, so an attempt
 * stored before a question was marked critical is judged as the module stands.
 * Which attempts can pass the module itself (prerequisites, reports, certificates): when it has
 * an exam, only its exam attempts, judged by the exam's settings; a practice attempt beside an
 * exam is judged by the practice quiz's own settings for its results, and never passes the
 * module. Without an exam, every practice and exam attempt, by the module's settings. */
#ifndef RASTRO_PASS_H
#define RASTRO_PASS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "store.h"

/* One question an attempt asked, as it went. */
typedef struct {
    const char *question_id; /* borrowed */
    bool answered;           /* it has a final answer */
    bool correct;            /* that answer is right (before deductions for tries and hints) */
    double score, max;       /* marks earned and its marks (unanswered: 0 of its marks) */
} PassAnswer;

/* A tag whose questions fell short of their own mark. */
typedef struct {
    const char *tag; /* borrowed from the module's settings */
    double pct;      /* the share of the marks its questions earned, in percent */
    double pass;     /* the mark they needed */
} PassShortfall;

typedef struct {
    bool passed;
    double pct;        /* the attempt's score in percent */
    bool below_mark;   /* pct is under the module's pass mark */
    size_t *missed;    /* critical questions not answered right: indexes into the answers judged,
                        * in the order given (owned) */
    size_t n_missed;
    PassShortfall *short_tags; /* tags below their own mark, in the settings' order (owned) */
    size_t n_short_tags;
} PassResult;

/* Judges an attempt at m's quiz with settings s (one of m's: module_quiz) that asked the n
 * questions in answers and scored score of max marks (every question asked counts in max,
 * answered or not). Free out with pass_result_done. */
void pass_judge(const Module *m, const QuizSettings *s, const PassAnswer *answers, size_t n,
                double score, double max, PassResult *out);
void pass_result_done(PassResult *r);

/* True when an attempt in mode may pass module m: not a review, and an exam attempt when m has
 * an exam. */
bool pass_counts(const Module *m, AttemptMode mode);

#endif
