/* Taking a quiz: scoring each answer and committing it before the caller shows feedback. */
#ifndef RASTRO_QUIZ_H
#define RASTRO_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "store.h"

typedef struct {
    bool correct;
    double score;
    double max;
} Verdict;

typedef struct {
    const Module *module; /* borrowed; outlives the run */
    Store *store;         /* borrowed */
    int64_t attempt_id;
    size_t current; /* index of the question being asked */
    double score, max;
    size_t n_correct;
    bool answered; /* the current question has its answer */
    bool finished;
} QuizRun;

/* Scores the set of picked options (bit i = option i) on any question. One right option
 * (choice, truefalse): full marks for it alone. Several (multi): each right pick earns 1/R of
 * the marks (R right options) and each wrong pick takes 1/R away, floored at zero, or at -1 with
 * negative marking. correct is true only for exactly the right set. */
Verdict question_score(const Question *q, uint32_t picked);
/* Scores a typed answer to a text question: right when it matches an accepted answer once both
 * are folded as the question says (text_fold). */
Verdict question_score_text(const Question *q, const char *typed);
/* Scores an arrangement of an order question (arranged[k] = option shown in place k): the share
 * of item pairs in the right relative order; correct only when all are. */
Verdict question_score_order(const Question *q, const size_t *arranged);
bool quiz_submit_order(QuizRun *run, const size_t *arranged, Verdict *out, char *err,
                       size_t errlen);
/* Scores a match question: chosen[i] is the right-hand item given to option i; each right pair
 * earns its share of the marks. */
Verdict question_score_match(const Question *q, const size_t *chosen);
bool quiz_submit_match(QuizRun *run, const size_t *chosen, Verdict *out, char *err,
                       size_t errlen);

/* Reads a typed number: "9", "-0.5", "9,5" (decimal comma), with the question's unit or spaces
 * after it. False when it is not a number. */
bool quiz_parse_number(const Question *q, const char *typed, double *out);
Verdict score_choice(const Question *q, size_t option);

/* Starts an attempt for trainee on module and records it. */
bool quiz_begin(QuizRun *run, Store *store, int64_t trainee_id, const Module *module, char *err,
                size_t errlen);
/* The question being asked, NULL once every question has been answered. */
const Question *quiz_question(const QuizRun *run);
/* Scores the answer to the current question and commits it to the store. Only when this returns
 * true may the caller acknowledge the answer on screen. Does not advance; a second answer to the
 * same question, or one after quiz_finish, is refused. */
bool quiz_submit(QuizRun *run, size_t option, Verdict *out, char *err, size_t errlen);
/* The same for a set of picked options (bit i = option i), as multi questions take. */
bool quiz_submit_set(QuizRun *run, uint32_t picked, Verdict *out, char *err, size_t errlen);
/* The same for a typed answer (text and numeric questions); the text is stored as typed. A
 * numeric answer that is not a number is refused (false, nothing stored). */
bool quiz_submit_text(QuizRun *run, const char *typed, Verdict *out, char *err, size_t errlen);
void quiz_next(QuizRun *run);
/* Records the final score of the attempt. */
bool quiz_finish(QuizRun *run, char *err, size_t errlen);
/* Score in percent, 0 when nothing was scored. */
double quiz_percent(const QuizRun *run);

#endif
