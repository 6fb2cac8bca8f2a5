/* What each kind of question does in core: what a loaded question of the kind must hold, how an
 * answer to it is read, stored and scored, and how a stored answer and the right answer are put
 * in words. One QuizKind per entry of QUESTION_KINDS (kinds.h), named quiz_kind_<name>; quiz.c,
 * model_io.c and response.c reach them through quiz_kind(). */
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
    /* Appends to b the response as stored for q (what judge wrote, never empty) as the trainee
     * saw it, in lang: the options' text for their numbers, a form's fields by their labels;
     * utf8 says whether an arrow may be drawn as one (else "->"). False when the response does
     * not fit q (the module has changed since it was given): the caller then shows it as
     * stored, whatever was appended. */
    bool (*describe)(const Question *q, const char *response, Lang lang, bool utf8, StrBuf *b);
    /* Appends to b the right answer to q described the same way; nothing when q keeps no
     * answer to show. */
    void (*right)(const Question *q, Lang lang, bool utf8, StrBuf *b);
    /* How many parts q's marks are shared among (1 for a question scored whole); 0 is read
     * as 1. */
    unsigned (*parts)(const Question *q);
} QuizKind;

#define X(id, name, shape, facts) extern const QuizKind quiz_kind_##name;
QUESTION_KINDS(X)
#undef X

/* The kind's functions; t must be a kind. */
const QuizKind *quiz_kind(QuestionType t);

/* Whether a typed number is right: within tolerance of value (and a hair, for rounding). */
bool quiz_number_within(double typed, double value, double tolerance);

/* Appends a right number as the quiz's feedback shows it: "9 mm", "7.62 +/- 0.1 mm" (utf8: a
 * plus-minus sign). */
void quiz_put_number(StrBuf *b, double value, double tolerance, const char *unit, bool utf8);

/* A verdict of full marks or none. */
Verdict quiz_verdict_whole(const Question *q, bool correct);
/* One part: parts for a kind scored whole. */
unsigned quiz_parts_whole(const Question *q);

/* Frees n field checks and the array (NULL is fine). */
void quiz_checks_free(FieldCheck *checks, size_t n);

#endif
