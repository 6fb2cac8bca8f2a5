/* Taking a quiz: scoring each answer and committing it before the caller shows feedback. */
#ifndef RASTRO_QUIZ_H
#define RASTRO_QUIZ_H

#include <stdbool.h>
#include <stdint.h>

#include "model.h"
#include "pass.h"
#include "store.h"

typedef struct {
    bool correct;
    double score; /* after any deduction for extra tries and hints */
    double max;
    bool final;          /* the question is done: no tries left, or right */
    unsigned tries_left; /* practice: tries still open after a wrong answer */
} Verdict;

/* One question of an attempt, as drawn: which question, its option order, and how it went. */
typedef struct {
    const Question *q; /* the module's question, or &gen */
    Question gen;      /* a generated question's instance for seed (owned) */
    uint32_t seed;     /* generated: the seed it was built with, else 0 */
    size_t shown[QUESTION_MAX_OPTIONS]; /* display order: place k shows option shown[k] */
    unsigned tries;    /* answers given */
    bool hinted;       /* the hint was taken (practice) */
    bool done;         /* has its final answer */
    Verdict verdict;   /* of the last answer */
    char *response;    /* the last answer as stored (owned) */
    FieldCheck *checks; /* form: how each field of the last answer was judged (owned) */
} QuizItem;

/* What the quiz needs from the Lua host: building generated questions and running form checks.
 * Either may be NULL: a generated question then keeps its loaded instance (seed 1) and a checked
 * field scores 0. */
typedef struct {
    bool (*generate)(void *ctx, const Module *m, const Question *q, uint32_t seed, Question *out);
    bool (*check)(void *ctx, const Module *m, const Question *q, const char *const *values,
                  FieldCheck *out);
    void *ctx;
} QuizHooks;

typedef struct {
    const Module *module; /* borrowed; outlives the run */
    const QuizSettings *settings; /* of its mode (module_quiz; review: the module's settings);
                                   * borrowed from module */
    Store *store;         /* borrowed */
    QuizHooks hooks;
    AttemptMode mode;     /* practice, exam or review */
    int64_t attempt_id;
    uint32_t seed;        /* draws the questions, orders them and their options */
    QuizItem *items;      /* the questions drawn for this attempt */
    size_t n_items;
    size_t current; /* index of the item being asked */
    double score, max;
    size_t n_correct;
    bool answered; /* the current question has its final answer */
    bool finished;
    bool expired;  /* exam time ran out: no more answers */
    double started; /* wall clock (clock_wall) at the attempt's start, kept across resumes */
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
/* Scores a match question: chosen[i] is the right-hand item given to option i; each right pair
 * earns its share of the marks. */
Verdict question_score_match(const Question *q, const size_t *chosen);

/* Reads a typed number: "9", "-0.5", "9,5" (decimal comma), with the question's unit or spaces
 * after it. False when it is not a number. */
bool quiz_parse_number(const Question *q, const char *typed, double *out);
/* The same with the unit given (may be NULL). */
bool quiz_parse_number_unit(const char *unit, const char *typed, double *out);
Verdict score_choice(const Question *q, size_t option);

/* Starts an attempt for trainee at module's quiz in mode (practice or exam) and records it:
 * draws the questions as that quiz's settings say (pool by tag, draw N, shuffle questions and
 * options) from seed, and builds the generated ones through hooks (may be NULL). Refused when
 * the module has no quiz in that mode, or an exam has no attempts left. Free with quiz_done. */
bool quiz_start_mode(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                     QuizMode mode, const QuizHooks *hooks, uint32_t seed, char *err,
                     size_t errlen);
/* quiz_start_mode in the mode of the quiz that decides a pass (module->settings): the exam when
 * the module has one. */
bool quiz_start(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                const QuizHooks *hooks, uint32_t seed, char *err, size_t errlen);
/* Starts a review attempt on module: asks the questions in ids (those of module that exist), one
 * try each, with feedback; each answer moves its question through the review boxes. */
bool quiz_start_review(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                       const QuizHooks *hooks, uint32_t seed, const char *const *ids, size_t n_ids,
                       char *err, size_t errlen);
/* Takes up an unfinished attempt where it stopped, in its mode: the same questions in the same
 * order with the same options (redrawn from its seed with the settings of its mode), its answers
 * counted, at the first question without a final answer, and an exam's clock still running from
 * the attempt's start. Refused (err says why) when the module no longer has a quiz in that mode
 * or no longer matches the stored answers. */
bool quiz_resume(QuizRun *run, Store *store, const Module *module, const QuizHooks *hooks,
                 const OpenAttempt *open, char *err, size_t errlen);
/* Closes an unfinished attempt that is not taken up, scored as quiz_resume would count it: its
 * final answers, each with its marks. False on a database error. */
bool quiz_close_open(Store *store, const OpenAttempt *open, char *err, size_t errlen);
/* The questions an attempt at m with settings set (one of m's, module_quiz) asks, in order,
 * drawn with the generator state *st (an attempt's seed, which it advances): fills pick[] (room
 * for m->n_questions) with indexes into m->questions and returns how many. The same module,
 * settings and seed always draw the same. */
size_t quiz_draw_questions(const Module *m, const QuizSettings *set, uint64_t *st, size_t *pick);
/* How many questions an attempt at m with settings set asks (its pool, or the number drawn from
 * it). */
size_t quiz_length(const Module *m, const QuizSettings *set);
void quiz_done(QuizRun *run);
/* How many more attempts at module's exam this trainee may begin (its attempts less the exam
 * attempts begun; -1: no limit, as for a practice quiz). False on a database error. */
bool quiz_attempts_left(Store *store, int64_t trainee_id, const Module *module, int *left,
                        char *err, size_t errlen);
/* The question being asked, NULL once every question has been answered. */
const Question *quiz_question(const QuizRun *run);
/* The item being asked (its option order, tries, last verdict), NULL at the end. */
QuizItem *quiz_item(QuizRun *run);
/* Practice: shows the current question's hint, which costs hint_cost of its marks. False when
 * there is none to take (no hint, exam, or already answered). */
bool quiz_take_hint(QuizRun *run);
/* Seconds left in a timed exam at wall-clock time now (clock_wall) (clamped at 0), -1 when untimed. */
double quiz_seconds_left(const QuizRun *run, double now);
/* Scores one form field's typed value by its rule (0..1); FIELD_CHECK fields score 0 here. */
double form_field_score(const FormField *f, const char *typed);
/* Judges the attempt by the pass rule (pass.h) with the settings of its mode (a practice quiz
 * beside an exam has its own pass mark): every question drawn counts, answered or not. Free out
 * with pass_result_done; its indexes are into run->items. */
void quiz_judge(const QuizRun *run, PassResult *out);
/* An answer to the current question, in the shape its kind takes (question_type_shape): only
 * the field that shape names is read. */
typedef struct {
    AnswerShape shape;
    uint32_t picked;           /* PICKS: bit i = option i (one bit for choice and truefalse) */
    const char *typed;         /* TYPED: as typed, stored so (text, numeric, serial) */
    const size_t *arranged;    /* ORDER: arranged[k] = option put in place k */
    const size_t *chosen;      /* MATCH: chosen[i] = right-hand item given to option i */
    const char *const *values; /* FIELDS: one typed value per form field */
    unsigned col, row;         /* CELL: the grid cell pointed at, 0-based */
} QuizAnswer;

/* The answer that picks option (0-based); one out of range picks nothing, which is refused. */
static inline QuizAnswer quiz_pick(size_t option)
{
    return (QuizAnswer){.shape = ANSWER_PICKS, .picked = option < 32 ? 1u << option : 0};
}

/* Scores the answer to the current question and commits it to the store. Only when this returns
 * true may the caller acknowledge the answer on screen. Does not advance. In practice a wrong
 * answer with tries left (out->final false) may be followed by another; otherwise a second
 * answer to the same question, one after quiz_finish, one after an exam's time ran out
 * (run->expired), and one whose shape is not the question's are refused, as is an answer its
 * kind cannot read (an option that does not exist, a numeric answer that is not a number, a
 * cell off the grid): false, err says why, nothing stored. Extra tries and a hint take their
 * share of the score. A form's Lua checks run through the hooks, and how each field was judged
 * is left in quiz_item(run)->checks. */
bool quiz_submit(QuizRun *run, QuizAnswer answer, Verdict *out, char *err, size_t errlen);
void quiz_next(QuizRun *run);
/* Moves an attempt to the question with this id, not answered yet, leaving those before it
 * unanswered: `rastro preview` asks again the question its author was editing. False (run
 * unchanged) when the attempt did not draw it. */
bool quiz_skip_to(QuizRun *run, const char *question_id);
/* Records the final score of the attempt: every drawn question counts, answered or not. */
bool quiz_finish(QuizRun *run, char *err, size_t errlen);
/* Score in percent, 0 when nothing was scored. */
double quiz_percent(const QuizRun *run);

#endif
