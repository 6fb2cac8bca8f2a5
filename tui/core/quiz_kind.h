/* What each kind of question does in core: what a loaded question of the kind must hold, and
 * how an answer to it is read, stored and scored. One QuizKind per entry of QUESTION_KINDS
 * (kinds.h), named quiz_kind_<name>; quiz.c and model_io.c reach them through quiz_kind(). */
#ifndef RASTRO_QUIZ_KIND_H
#define RASTRO_QUIZ_KIND_H

#include "quiz.h"

typedef struct {
    /* Whether q holds what the loader guarantees for its kind: checked again where a module
     * crosses from another process (model_io.c), so that scoring and drawing can rely on it. */
    bool (*valid)(const Question *q);
    /* Reads a (in the kind's shape) as an answer to q, the current question of run. False, err
     * saying why, when it is not one (nothing is stored). Otherwise appends the response as
     * stored to *response and sets *v as the answer scores before tries and hints; a form also
     * sets *checks to how each field was judged (the caller owns it: quiz_checks_free). */
    bool (*judge)(const QuizRun *run, const Question *q, const QuizAnswer *a, StrBuf *response,
                  Verdict *v, FieldCheck **checks, char *err, size_t errlen);
} QuizKind;

#define X(id, name, shape, facts) extern const QuizKind quiz_kind_##name;
QUESTION_KINDS(X)
#undef X

/* The kind's functions; t must be a kind. */
const QuizKind *quiz_kind(QuestionType t);

/* Whether a typed number is right: within tolerance of value (and a hair, for rounding). */
bool quiz_number_within(double typed, double value, double tolerance);

/* A verdict of full marks or none. */
Verdict quiz_verdict_whole(const Question *q, bool correct);

/* Frees n field checks and the array (NULL is fine). */
void quiz_checks_free(FieldCheck *checks, size_t n);

#endif
