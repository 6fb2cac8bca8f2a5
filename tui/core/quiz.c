/* Taking a quiz: scoring each answer and committing it before the caller shows feedback. */
#include "quiz.h"

#include "serial.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bits(uint32_t v)
{
    return __builtin_popcount(v);
}

Verdict question_score(const Question *q, uint32_t picked)
{
    Verdict v = {.max = question_max_score(q)};
    if (q->type != QUESTION_MULTI) {
        v.correct = picked == (1u << q->answer);
        v.score = v.correct ? v.max : 0.0;
        return v;
    }
    int right_total = bits(q->answers);
    int right = bits(picked & q->answers), wrong = bits(picked & ~q->answers);
    double s = right_total ? (double)(right - wrong) / right_total : 0.0;
    double floor = q->negative ? -1.0 : 0.0;
    v.score = v.max * (s < floor ? floor : s);
    v.correct = picked == q->answers;
    return v;
}

Verdict question_score_text(const Question *q, const char *typed)
{
    Verdict v = {.max = question_max_score(q)};
    char *mine = text_fold(typed, q->match);
    for (size_t i = 0; i < q->n_accepted && !v.correct; i++) {
        char *ok = text_fold(q->accepted[i], q->match);
        v.correct = mine[0] && strcmp(mine, ok) == 0;
        free(ok);
    }
    free(mine);
    v.score = v.correct ? v.max : 0.0;
    return v;
}

Verdict question_score_order(const Question *q, const size_t *arranged)
{
    Verdict v = {.max = question_max_score(q)};
    size_t n = q->n_options, pairs = 0, right = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            pairs++;
            right += arranged[i] < arranged[j];
        }
    v.correct = pairs > 0 && right == pairs;
    v.score = pairs ? v.max * (double)right / (double)pairs : 0.0;
    return v;
}

Verdict question_score_match(const Question *q, const size_t *chosen)
{
    Verdict v = {.max = question_max_score(q)};
    size_t n = q->n_options, right = 0;
    for (size_t i = 0; i < n; i++)
        right += chosen[i] == i;
    v.correct = n > 0 && right == n;
    v.score = n ? v.max * (double)right / (double)n : 0.0;
    return v;
}

bool quiz_parse_number(const Question *q, const char *typed, double *out)
{
    char *t = text_fold(typed, 0);
    for (char *p = t; *p; p++)
        if (*p == ',')
            *p = '.';
    char *end = NULL;
    errno = 0;
    double v = strtod(t, &end);
    bool ok = end != t && errno == 0 && isfinite(v);
    if (ok) {
        while (*end == ' ')
            end++;
        /* An optional unit: the question's own, in any case. */
        if (*end && q->unit) {
            char *unit = text_fold(q->unit, 0);
            if (strcmp(end, unit) == 0)
                end += strlen(end);
            free(unit);
        }
        ok = *end == '\0';
    }
    free(t);
    if (ok)
        *out = v;
    return ok;
}

Verdict score_choice(const Question *q, size_t option)
{
    return question_score(q, option < 32 ? 1u << option : 0);
}

bool quiz_begin(QuizRun *run, Store *store, int64_t trainee_id, const Module *module, char *err,
                size_t errlen)
{
    memset(run, 0, sizeof *run);
    run->module = module;
    run->store = store;
    return store_attempt_begin(store, trainee_id, module->id, module->version, &run->attempt_id,
                               err, errlen);
}

const Question *quiz_question(const QuizRun *run)
{
    if (run->current >= run->module->n_questions)
        return NULL;
    return &run->module->questions[run->current];
}

bool quiz_submit(QuizRun *run, size_t option, Verdict *out, char *err, size_t errlen)
{
    const Question *q = quiz_question(run);
    if (q && option >= q->n_options) {
        snprintf(err, errlen, "no such option");
        return false;
    }
    return quiz_submit_set(run, option < 32 ? 1u << option : 0, out, err, errlen);
}

static bool record(QuizRun *run, const Question *q, const char *response, Verdict v, Verdict *out,
                   char *err, size_t errlen);

bool quiz_submit_order(QuizRun *run, const size_t *arranged, Verdict *out, char *err,
                       size_t errlen)
{
    const Question *q = quiz_question(run);
    if (!q || run->finished || run->answered || q->type != QUESTION_ORDER) {
        snprintf(err, errlen, "this question does not take an order now");
        return false;
    }
    /* Must be a permutation of the options. */
    uint32_t seen = 0;
    char response[64] = "";
    size_t used = 0;
    for (size_t i = 0; i < q->n_options; i++) {
        if (arranged[i] >= q->n_options || (seen & (1u << arranged[i]))) {
            snprintf(err, errlen, "not an arrangement of the items");
            return false;
        }
        seen |= 1u << arranged[i];
        used += (size_t)snprintf(response + used, sizeof response - used, "%s%zu", i ? "," : "",
                                 arranged[i] + 1);
    }
    return record(run, q, response, question_score_order(q, arranged), out, err, errlen);
}

bool quiz_submit_match(QuizRun *run, const size_t *chosen, Verdict *out, char *err,
                       size_t errlen)
{
    const Question *q = quiz_question(run);
    if (!q || run->finished || run->answered || q->type != QUESTION_MATCH) {
        snprintf(err, errlen, "this question does not take matches now");
        return false;
    }
    char response[96] = "";
    size_t used = 0;
    for (size_t i = 0; i < q->n_options; i++) {
        if (chosen[i] >= q->n_right) {
            snprintf(err, errlen, "every item needs its match");
            return false;
        }
        used += (size_t)snprintf(response + used, sizeof response - used, "%s%zu=%zu",
                                 i ? "," : "", i + 1, chosen[i] + 1);
    }
    return record(run, q, response, question_score_match(q, chosen), out, err, errlen);
}

/* Stores a scored answer and counts it. */
static bool record(QuizRun *run, const Question *q, const char *response, Verdict v, Verdict *out,
                   char *err, size_t errlen)
{
    if (!store_answer_save(run->store, run->attempt_id, q->id, (int)run->current + 1, response,
                           v.score, v.max, err, errlen))
        return false;
    run->score += v.score;
    run->max += v.max;
    run->n_correct += v.correct;
    run->answered = true;
    *out = v;
    return true;
}

bool quiz_submit_text(QuizRun *run, const char *typed, Verdict *out, char *err, size_t errlen)
{
    const Question *q = quiz_question(run);
    if (!q || run->finished || run->answered ||
        (q->type != QUESTION_TEXT && q->type != QUESTION_NUMERIC && q->type != QUESTION_SERIAL)) {
        snprintf(err, errlen, "this question does not take a typed answer now");
        return false;
    }
    if (q->type == QUESTION_TEXT)
        return record(run, q, typed, question_score_text(q, typed), out, err, errlen);
    if (q->type == QUESTION_SERIAL) {
        Verdict v = {.max = question_max_score(q)};
        v.correct = q->n_accepted && serial_compare(q->accepted[0], typed, NULL, 0) == 0;
        v.score = v.correct ? v.max : 0.0;
        return record(run, q, typed, v, out, err, errlen);
    }
    double v;
    if (!quiz_parse_number(q, typed, &v)) {
        snprintf(err, errlen, "not a number");
        return false;
    }
    Verdict verdict = {.max = question_max_score(q)};
    verdict.correct = fabs(v - q->value) <= q->tolerance + 1e-9 * fabs(q->value);
    verdict.score = verdict.correct ? verdict.max : 0.0;
    return record(run, q, typed, verdict, out, err, errlen);
}

bool quiz_submit_set(QuizRun *run, uint32_t picked, Verdict *out, char *err, size_t errlen)
{
    const Question *q = quiz_question(run);
    if (!q || run->finished || run->answered || q->type >= QUESTION_TEXT) {
        snprintf(err, errlen, "this question already has its answer");
        return false;
    }
    uint32_t valid = q->n_options >= 32 ? UINT32_MAX : (1u << q->n_options) - 1;
    if (picked == 0 || (picked & ~valid) || (q->type != QUESTION_MULTI && bits(picked) != 1)) {
        snprintf(err, errlen, "no such option");
        return false;
    }
    char response[64];
    question_response(q, picked, response, sizeof response);
    return record(run, q, response, question_score(q, picked), out, err, errlen);
}

void quiz_next(QuizRun *run)
{
    if (run->current < run->module->n_questions)
        run->current++;
    run->answered = false;
}

bool quiz_finish(QuizRun *run, char *err, size_t errlen)
{
    if (run->finished)
        return true;
    if (!store_attempt_finish(run->store, run->attempt_id, run->score, run->max, err, errlen))
        return false;
    run->finished = true;
    return true;
}

double quiz_percent(const QuizRun *run)
{
    return run->max > 0 ? 100.0 * run->score / run->max : 0.0;
}
