/* The kinds of question answered by picking, typing or arranging: choice, truefalse, multi,
 * text, numeric, serial, order and match; and the table that reaches every kind's core
 * functions (form and locate have files of their own). */
#include "quiz_kind.h"

#include "serial.h"

#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const QuizKind *const kinds[] = {
#define X(id, name, shape, facts) [QUESTION_##id] = &quiz_kind_##name,
    QUESTION_KINDS(X)
#undef X
};

const QuizKind *quiz_kind(QuestionType t)
{
    assert((unsigned)t < QUESTION_KIND_COUNT);
    return kinds[t];
}

Verdict quiz_verdict_whole(const Question *q, bool correct)
{
    Verdict v = {.correct = correct, .max = question_max_score(q)};
    v.score = correct ? v.max : 0.0;
    return v;
}

void quiz_checks_free(FieldCheck *checks, size_t n)
{
    for (size_t k = 0; checks && k < n; k++)
        ltext_done(&checks[k].message);
    free(checks);
}

static bool valid_always(const Question *q)
{
    (void)q;
    return true;
}

/* --- picks: choice, truefalse, multi --- */

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

Verdict score_choice(const Question *q, size_t option)
{
    return question_score(q, option < 32 ? 1u << option : 0);
}

/* One option picked (choice, truefalse) or a set of them (multi), each an option that exists. */
static bool judge_picks(const QuizRun *run, const Question *q, const QuizAnswer *a, StrBuf *response,
                        Verdict *v, FieldCheck **checks, char *err, size_t errlen)
{
    (void)run;
    (void)checks;
    uint32_t valid = q->n_options >= 32 ? UINT32_MAX : (1u << q->n_options) - 1;
    if (a->picked == 0 || (a->picked & ~valid) ||
        (q->type != QUESTION_MULTI && bits(a->picked) != 1)) {
        snprintf(err, errlen, "no such option");
        return false;
    }
    char buf[64];
    strbuf_puts(response, question_response(q, a->picked, buf, sizeof buf));
    *v = question_score(q, a->picked);
    return true;
}

static bool valid_multi(const Question *q)
{
    uint32_t valid = (1u << q->n_options) - 1;
    return q->answers != 0 && (q->answers & ~valid) == 0;
}

const QuizKind quiz_kind_choice = {valid_always, judge_picks};
const QuizKind quiz_kind_truefalse = {valid_always, judge_picks};
const QuizKind quiz_kind_multi = {valid_multi, judge_picks};

/* --- typed: text, numeric, serial --- */

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

bool quiz_parse_number_unit(const char *unit_text, const char *typed, double *out)
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
        if (*end && unit_text) {
            char *unit = text_fold(unit_text, 0);
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

bool quiz_parse_number(const Question *q, const char *typed, double *out)
{
    return quiz_parse_number_unit(q->unit, typed, out);
}

bool quiz_number_within(double typed, double value, double tolerance)
{
    return fabs(typed - value) <= tolerance + 1e-9 * fabs(value);
}

static bool judge_text(const QuizRun *run, const Question *q, const QuizAnswer *a, StrBuf *response,
                       Verdict *v, FieldCheck **checks, char *err, size_t errlen)
{
    (void)run, (void)checks, (void)err, (void)errlen;
    strbuf_puts(response, a->typed);
    *v = question_score_text(q, a->typed);
    return true;
}

/* A number, right within the tolerance; what is not a number is refused. */
static bool judge_numeric(const QuizRun *run, const Question *q, const QuizAnswer *a,
                          StrBuf *response, Verdict *v, FieldCheck **checks, char *err,
                          size_t errlen)
{
    (void)run, (void)checks;
    double n;
    if (!quiz_parse_number(q, a->typed, &n)) {
        snprintf(err, errlen, "not a number");
        return false;
    }
    strbuf_puts(response, a->typed);
    *v = quiz_verdict_whole(q, quiz_number_within(n, q->value, q->tolerance));
    return true;
}

/* The serial number as marked (accepted[0]), exactly. */
static bool judge_serial(const QuizRun *run, const Question *q, const QuizAnswer *a,
                         StrBuf *response, Verdict *v, FieldCheck **checks, char *err,
                         size_t errlen)
{
    (void)run, (void)checks, (void)err, (void)errlen;
    strbuf_puts(response, a->typed);
    *v = quiz_verdict_whole(q, q->n_accepted && serial_compare(q->accepted[0], a->typed, NULL, 0) == 0);
    return true;
}

static bool valid_accepted(const Question *q)
{
    return q->n_accepted > 0;
}

const QuizKind quiz_kind_text = {valid_accepted, judge_text};
const QuizKind quiz_kind_numeric = {valid_always, judge_numeric};
const QuizKind quiz_kind_serial = {valid_accepted, judge_serial};

/* --- order --- */

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

/* An arrangement of every item, each once; stored as the option numbers in order, "3,1,2". */
static bool judge_order(const QuizRun *run, const Question *q, const QuizAnswer *a,
                        StrBuf *response, Verdict *v, FieldCheck **checks, char *err,
                        size_t errlen)
{
    (void)run, (void)checks;
    uint32_t seen = 0;
    for (size_t i = 0; i < q->n_options; i++) {
        if (a->arranged[i] >= q->n_options || (seen & (1u << a->arranged[i]))) {
            snprintf(err, errlen, "not an arrangement of the items");
            return false;
        }
        seen |= 1u << a->arranged[i];
    }
    for (size_t i = 0; i < q->n_options; i++)
        strbuf_printf(response, "%s%zu", i ? "," : "", a->arranged[i] + 1);
    *v = question_score_order(q, a->arranged);
    return true;
}

const QuizKind quiz_kind_order = {valid_always, judge_order};

/* --- match --- */

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

/* A right-hand item for every item; stored as "1=3,2=1" (item = right-hand item, 1-based). */
static bool judge_match(const QuizRun *run, const Question *q, const QuizAnswer *a,
                        StrBuf *response, Verdict *v, FieldCheck **checks, char *err,
                        size_t errlen)
{
    (void)run, (void)checks;
    for (size_t i = 0; i < q->n_options; i++)
        if (a->chosen[i] >= q->n_right) {
            snprintf(err, errlen, "every item needs its match");
            return false;
        }
    for (size_t i = 0; i < q->n_options; i++)
        strbuf_printf(response, "%s%zu=%zu", i ? "," : "", i + 1, a->chosen[i] + 1);
    *v = question_score_match(q, a->chosen);
    return true;
}

static bool valid_match(const Question *q)
{
    return q->n_right == q->n_options;
}

const QuizKind quiz_kind_match = {valid_match, judge_match};
