/* Taking a quiz: scoring each answer and committing it before the caller shows feedback. */
#include "quiz.h"

#include "quiz_kind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The seed of a generated question in an attempt: fixed by the attempt's seed and the question's
 * place in the module, so the same attempt always builds the same questions. */
static uint32_t item_seed(uint32_t attempt_seed, size_t quiz_index)
{
    uint64_t st = ((uint64_t)attempt_seed << 20) ^ (uint64_t)quiz_index;
    uint32_t v = (uint32_t)model_random(&st);
    return v ? v : 1;
}

static void shuffle(size_t *v, size_t n, uint64_t *st)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(model_random(st) % i);
        size_t t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

size_t quiz_length(const Module *m, const QuizSettings *set)
{
    size_t n = quiz_pool_size(m, set);
    return set->draw && set->draw < n ? set->draw : n;
}

/* Which questions an attempt asks, in which order: the pool (questions with one of the settings'
 * tags, or all), N of them drawn at random when the settings draw fewer, shuffled or in the
 * module's order. */
size_t quiz_draw_questions(const Module *m, const QuizSettings *set, uint64_t *st, size_t *pick)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n_questions; i++)
        if (quiz_pool_has(set, &m->questions[i]))
            pick[n++] = i;
    if (set->draw && set->draw < n) {
        shuffle(pick, n, st);
        n = set->draw;
        if (!set->shuffle) { /* keep the module's order among those drawn */
            for (size_t i = 1; i < n; i++)
                for (size_t j = i; j > 0 && pick[j - 1] > pick[j]; j--) {
                    size_t t = pick[j];
                    pick[j] = pick[j - 1];
                    pick[j - 1] = t;
                }
        }
    } else if (set->shuffle) {
        shuffle(pick, n, st);
    }
    return n;
}

/* Sets up item for question q: builds a generated one, orders its options. */
static void item_init(QuizRun *run, QuizItem *it, const Question *q, uint64_t *st)
{
    it->q = q;
    if (q->generated) {
        uint32_t seed = item_seed(run->seed, q->quiz_index);
        if (run->hooks.generate && run->hooks.generate(run->hooks.ctx, run->module, q, seed, &it->gen)) {
            it->q = &it->gen;
            it->gen.generated = true;
            it->gen.seed = seed;
            it->gen.quiz_index = q->quiz_index;
            it->seed = seed;
        } else {
            it->seed = q->seed; /* the instance built at load */
        }
    }
    q = it->q;
    for (size_t k = 0; k < q->n_options && k < QUESTION_MAX_OPTIONS; k++)
        it->shown[k] = k;
    /* True/False keep their order; order and match questions have their own arrangement. */
    if (run->settings->shuffle && question_type_has(q->type, KIND_SHUFFLED))
        shuffle(it->shown, q->n_options, st);
}

bool quiz_attempts_left(Store *store, int64_t trainee_id, const Module *module, int *left,
                        char *err, size_t errlen)
{
    *left = -1;
    const QuizSettings *exam = module_quiz(module, QUIZ_EXAM);
    unsigned allowed = exam ? exam->attempts : 0;
    if (!allowed)
        return true;
    /* Practice attempts beside the exam do not use up its attempts. */
    int used = 0;
    if (!store_attempt_count_mode(store, trainee_id, module->id, ATTEMPT_EXAM, &used, err, errlen))
        return false;
    *left = used >= (int)allowed ? 0 : (int)allowed - used;
    return true;
}

/* Practice: the tries still open after `tries` answers to a question (0 in exams and review). */
static unsigned tries_left(const QuizRun *run, unsigned tries)
{
    unsigned retries = run->settings->retries;
    return run->mode == ATTEMPT_PRACTICE && tries <= retries ? retries + 1 - tries : 0;
}

/* it has its final answer (it->verdict): it counts in the run's score. */
static void settle(QuizRun *run, QuizItem *it)
{
    it->done = true;
    run->score += it->verdict.score;
    run->max += it->verdict.max;
    run->n_correct += it->verdict.correct;
}

/* The settings an attempt in mode takes: its quiz's (NULL when the module has none in that mode);
 * a review asks its questions by the module's settings. */
static const QuizSettings *mode_settings(const Module *m, AttemptMode mode)
{
    return mode == ATTEMPT_REVIEW ? &m->settings
                                  : module_quiz(m, mode == ATTEMPT_EXAM ? QUIZ_EXAM : QUIZ_PRACTICE);
}

/* Sets up run for module and attempt (already recorded) in mode, whose settings set are one of
 * module's: draws its items from seed, the questions in ids when given (review), else as set
 * says. */
static void run_init(QuizRun *run, Store *store, const Module *module, const QuizSettings *set,
                     const QuizHooks *hooks, AttemptMode mode, int64_t attempt_id, uint32_t seed,
                     const char *const *ids, size_t n_ids)
{
    memset(run, 0, sizeof *run);
    run->module = module;
    run->settings = set;
    run->store = store;
    run->mode = mode;
    run->attempt_id = attempt_id;
    run->seed = seed;
    if (hooks)
        run->hooks = *hooks;
    uint64_t st = seed;
    size_t *pick = xcalloc(module->n_questions ? module->n_questions : 1, sizeof *pick);
    if (ids) {
        for (size_t k = 0; k < n_ids; k++) {
            const Question *q = module_question(module, ids[k]);
            if (q)
                pick[run->n_items++] = (size_t)(q - module->questions);
        }
    } else {
        run->n_items = quiz_draw_questions(module, set, &st, pick);
    }
    run->items = xcalloc(run->n_items ? run->n_items : 1, sizeof *run->items);
    for (size_t i = 0; i < run->n_items; i++)
        item_init(run, &run->items[i], &module->questions[pick[i]], &st);
    free(pick);
    run->started = clock_wall();
}

bool quiz_start_mode(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                     QuizMode quiz_mode, const QuizHooks *hooks, uint32_t seed, char *err,
                     size_t errlen)
{
    memset(run, 0, sizeof *run);
    const QuizSettings *set = module_quiz(module, quiz_mode);
    if (!set) {
        snprintf(err, errlen, "the module has no %s", quiz_mode == QUIZ_EXAM ? "exam" : "practice quiz");
        return false;
    }
    AttemptMode mode = quiz_mode == QUIZ_EXAM ? ATTEMPT_EXAM : ATTEMPT_PRACTICE;
    if (mode == ATTEMPT_EXAM) {
        int left;
        if (!quiz_attempts_left(store, trainee_id, module, &left, err, errlen))
            return false;
        if (left == 0) {
            snprintf(err, errlen, "no attempts left (%u allowed)", set->attempts);
            return false;
        }
    }
    AttemptRow row = {.trainee_id = trainee_id, .module_id = module->id,
                      .module_version = module->version, .mode = mode, .seed = seed,
                      .time_limit = mode == ATTEMPT_EXAM ? set->time_limit : 0};
    int64_t attempt_id;
    if (!store_attempt_start(store, &row, &attempt_id, err, errlen))
        return false;
    run_init(run, store, module, set, hooks, mode, attempt_id, seed, NULL, 0);
    return true;
}

bool quiz_start(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                const QuizHooks *hooks, uint32_t seed, char *err, size_t errlen)
{
    return quiz_start_mode(run, store, trainee_id, module, module->settings.mode, hooks, seed, err,
                           errlen);
}

bool quiz_start_review(QuizRun *run, Store *store, int64_t trainee_id, const Module *module,
                       const QuizHooks *hooks, uint32_t seed, const char *const *ids, size_t n_ids,
                       char *err, size_t errlen)
{
    memset(run, 0, sizeof *run);
    AttemptRow row = {.trainee_id = trainee_id, .module_id = module->id,
                      .module_version = module->version, .mode = ATTEMPT_REVIEW, .seed = seed};
    int64_t attempt_id;
    if (!store_attempt_start(store, &row, &attempt_id, err, errlen))
        return false;
    run_init(run, store, module, mode_settings(module, ATTEMPT_REVIEW), hooks, ATTEMPT_REVIEW,
             attempt_id, seed, ids, n_ids);
    return true;
}

bool quiz_resume(QuizRun *run, Store *store, const Module *module, const QuizHooks *hooks,
                 const OpenAttempt *open, char *err, size_t errlen)
{
    const QuizSettings *set = mode_settings(module, open->mode);
    if (!set) {
        memset(run, 0, sizeof *run);
        snprintf(err, errlen, "the module has no %s now",
                 open->mode == ATTEMPT_EXAM ? "exam" : "practice quiz");
        return false;
    }
    run_init(run, store, module, set, hooks, open->mode, open->id, open->seed, NULL, 0);
    run->started = open->started;
    for (size_t i = 0; i < open->n_answers; i++) {
        const AnswerRow *a = &open->answers[i];
        QuizItem *it = a->position >= 1 && (size_t)a->position <= run->n_items
                           ? &run->items[a->position - 1] : NULL;
        if (!it || strcmp(it->q->id, a->question_id) != 0 || it->done ||
            (a->has_seed && it->seed != a->seed)) {
            snprintf(err, errlen, "the module has changed since this attempt began (question %d)",
                     a->position);
            quiz_done(run);
            return false;
        }
        it->tries = (unsigned)a->try_no;
        it->hinted = a->hinted;
        free(it->response);
        it->response = xstrdup(a->response);
        it->verdict = (Verdict){.correct = a->correct, .score = a->score, .max = a->max_score,
                                .final = a->final};
        if (a->final)
            settle(run, it);
        else
            it->verdict.tries_left = tries_left(run, it->tries);
    }
    while (run->current < run->n_items && run->items[run->current].done)
        run->current++;
    return true;
}

bool quiz_close_open(Store *store, const OpenAttempt *open, char *err, size_t errlen)
{
    double score = 0, max = 0;
    for (size_t i = 0; i < open->n_answers; i++)
        if (open->answers[i].final) { /* as settle counts them */
            score += open->answers[i].score;
            max += open->answers[i].max_score;
        }
    return store_attempt_finish(store, open->id, score, max, err, errlen);
}

void quiz_done(QuizRun *run)
{
    for (size_t i = 0; i < run->n_items; i++) {
        QuizItem *it = &run->items[i];
        if (it->q == &it->gen)
            question_done(&it->gen);
        free(it->response);
        quiz_checks_free(it->checks, it->q->n_fields);
    }
    free(run->items);
    run->items = NULL;
    run->n_items = 0;
}

QuizItem *quiz_item(QuizRun *run)
{
    return run->current < run->n_items ? &run->items[run->current] : NULL;
}

const Question *quiz_question(const QuizRun *run)
{
    return run->current < run->n_items ? run->items[run->current].q : NULL;
}

bool quiz_take_hint(QuizRun *run)
{
    QuizItem *it = quiz_item(run);
    if (!it || it->done || run->finished || run->mode != ATTEMPT_PRACTICE ||
        ltext_empty(&it->q->hint))
        return false;
    it->hinted = true;
    return true;
}

double quiz_seconds_left(const QuizRun *run, double now)
{
    const QuizSettings *set = run->settings;
    if (run->mode != ATTEMPT_EXAM || !set->time_limit)
        return -1;
    double left = set->time_limit - (now - run->started);
    return left > 0 ? left : 0;
}

void quiz_judge(const QuizRun *run, PassResult *out)
{
    PassAnswer *a = xcalloc(run->n_items ? run->n_items : 1, sizeof *a);
    double max = 0;
    for (size_t i = 0; i < run->n_items; i++) {
        const QuizItem *it = &run->items[i];
        a[i] = (PassAnswer){.question_id = it->q->id, .answered = it->done,
                            .correct = it->done && it->verdict.correct,
                            .score = it->done ? it->verdict.score : 0,
                            .max = question_max_score(it->q)};
        max += a[i].max;
    }
    pass_judge(run->module, run->settings, a, run->n_items, run->score, max, out);
    free(a);
}


/* Whether the current question takes an answer now; err says why not. */
static bool open_for_answer(QuizRun *run, char *err, size_t errlen)
{
    QuizItem *it = quiz_item(run);
    if (!it || run->finished || it->done) {
        snprintf(err, errlen, "this question already has its answer");
        return false;
    }
    if (quiz_seconds_left(run, clock_wall()) == 0) {
        run->expired = true;
        snprintf(err, errlen, "time is up");
        return false;
    }
    return true;
}

/* Stores a scored answer and counts it: in practice a wrong answer with tries left is stored
 * but not final, and every extra try and a hint take their share of the marks. */
static bool record(QuizRun *run, const Question *q, const char *response, Verdict v, Verdict *out,
                   char *err, size_t errlen)
{
    QuizItem *it = quiz_item(run);
    /* Again: a Lua check may have taken the last of an exam's time. */
    if (!open_for_answer(run, err, errlen))
        return false;
    const QuizSettings *set = run->settings;
    bool practice = run->mode == ATTEMPT_PRACTICE;
    unsigned try_no = it->tries + 1;
    double cut = 0;
    if (practice)
        cut = v.max * (set->penalty * (double)(try_no - 1) + (it->hinted ? set->hint_cost : 0));
    if (v.score > 0)
        v.score = v.score - cut > 0 ? v.score - cut : 0;
    v.tries_left = tries_left(run, try_no);
    v.final = v.correct || v.tries_left == 0;
    if (v.final)
        v.tries_left = 0;
    AnswerRow row = {.attempt_id = run->attempt_id, .question_id = q->id,
                     .position = (int)run->current + 1, .response = response, .score = v.score,
                     .max_score = v.max, .has_seed = q->generated, .seed = it->seed,
                     .try_no = (int)try_no, .hinted = it->hinted, .final = v.final,
                     .correct = v.correct};
    if (!store_answer_add(run->store, &row, err, errlen))
        return false;
    it->tries = try_no;
    it->verdict = v;
    free(it->response);
    it->response = xstrdup(response);
    if (v.final) {
        settle(run, it);
        run->answered = true;
    }
    *out = v;
    return true;
}

bool quiz_submit(QuizRun *run, QuizAnswer answer, Verdict *out, char *err, size_t errlen)
{
    const Question *q = quiz_question(run);
    if (!q || run->finished || run->answered || answer.shape != question_type_shape(q->type)) {
        snprintf(err, errlen, "this question does not take that answer now");
        return false;
    }
    if (!open_for_answer(run, err, errlen))
        return false;
    StrBuf response;
    strbuf_init(&response);
    Verdict v;
    FieldCheck *checks = NULL;
    bool ok = quiz_kind(q->type)->judge(run, q, &answer, &response, &v, &checks, err, errlen) &&
              record(run, q, response.s ? response.s : "", v, out, err, errlen);
    strbuf_done(&response);
    QuizItem *it = quiz_item(run);
    if (ok && checks) {
        quiz_checks_free(it->checks, q->n_fields);
        it->checks = checks;
    } else {
        quiz_checks_free(checks, q->n_fields);
    }
    return ok;
}

void quiz_next(QuizRun *run)
{
    if (run->current < run->n_items)
        run->current++;
    run->answered = false;
}

bool quiz_skip_to(QuizRun *run, const char *question_id)
{
    for (size_t i = 0; i < run->n_items; i++) {
        const QuizItem *it = &run->items[i];
        if (!it->done && it->q->id && strcmp(it->q->id, question_id) == 0) {
            run->current = i;
            run->answered = false;
            return true;
        }
    }
    return false;
}

bool quiz_finish(QuizRun *run, char *err, size_t errlen)
{
    if (run->finished)
        return true;
    /* Questions left unanswered (an exam's time ran out) count with no marks. */
    double max = 0;
    for (size_t i = 0; i < run->n_items; i++)
        max += question_max_score(run->items[i].q);
    run->max = max;
    if (!store_attempt_finish(run->store, run->attempt_id, run->score, run->max, err, errlen))
        return false;
    run->finished = true;
    return true;
}

double quiz_percent(const QuizRun *run)
{
    return run->max > 0 ? 100.0 * run->score / run->max : 0.0;
}
