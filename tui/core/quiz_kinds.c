/* The kinds of question answered by picking, typing or arranging: choice, truefalse, multi,
 * text, numeric, serial, order and match (how each is judged and how its answers are put in
 * words); and the table that reaches every kind's core functions (form and locate have files of
 * their own). */
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

unsigned quiz_parts_whole(const Question *q)
{
    (void)q;
    return 1;
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

/* Reads the next number of a list such as "3,1,2" or "1=2": 1..max, into *out (0-based). */
static bool next_index(const char **p, size_t max, size_t *out)
{
    const char *s = *p;
    if (*s < '0' || *s > '9')
        return false;
    char *end;
    unsigned long v = strtoul(s, &end, 10);
    if (v < 1 || v > max)
        return false;
    *out = (size_t)v - 1;
    *p = end;
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

/* "1,3" (the options picked) as the options' text: "first; third". */
static bool describe_picks(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    for (size_t k = 0;; k++) {
        size_t i;
        if (!next_index(&r, q->n_options, &i))
            return false;
        strbuf_printf(b, "%s%s", k ? "; " : "", ltext_get(&q->options[i], lang));
        if (!*r)
            return true;
        if (*r++ != ',')
            return false;
    }
}

/* "true" and "false" as the options that say them; else as picks. */
static bool describe_truefalse(const Question *q, const char *r, Lang lang, bool utf8,
                               StrBuf *b)
{
    if (q->n_options == 2 && (strcmp(r, "true") == 0 || strcmp(r, "false") == 0)) {
        strbuf_puts(b, ltext_get(&q->options[r[0] == 't' ? 0 : 1], lang));
        return true;
    }
    return describe_picks(q, r, lang, utf8, b);
}

/* The right option's text (choice, truefalse: "True"). */
static void right_choice(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    if (q->answer < q->n_options)
        strbuf_puts(b, ltext_get(&q->options[q->answer], lang));
}

static void right_multi(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    size_t start = b->len;
    for (size_t i = 0; i < q->n_options && i < 32; i++)
        if (q->answers & (1u << i))
            strbuf_printf(b, "%s%s", b->len > start ? "; " : "",
                          ltext_get(&q->options[i], lang));
}

/* A multi question's marks are shared among its right options. */
static unsigned parts_multi(const Question *q)
{
    unsigned n = 0;
    for (size_t i = 0; i < q->n_options && i < 32; i++)
        n += (q->answers >> i) & 1u;
    return n;
}

const QuizKind quiz_kind_choice = {.valid = valid_always, .judge = judge_picks,
                                   .describe = describe_picks, .right = right_choice,
                                   .parts = quiz_parts_whole};
const QuizKind quiz_kind_truefalse = {.valid = valid_always, .judge = judge_picks,
                                      .describe = describe_truefalse, .right = right_choice,
                                      .parts = quiz_parts_whole};
const QuizKind quiz_kind_multi = {.valid = valid_multi, .judge = judge_picks,
                                  .describe = describe_picks, .right = right_multi,
                                  .parts = parts_multi};

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

/* Text and serial: as typed. */
static bool describe_typed(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)q, (void)lang, (void)utf8;
    strbuf_puts(b, r);
    return true;
}

/* The unit was shown after the field: "9" was typed as "9 mm". */
static bool describe_numeric(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)lang, (void)utf8;
    strbuf_puts(b, r);
    if (q->unit && q->unit[0] && !strstr(r, q->unit))
        strbuf_printf(b, " %s", q->unit);
    return true;
}

void quiz_put_number(StrBuf *b, double value, double tolerance, const char *unit, bool utf8)
{
    strbuf_printf(b, "%g", value);
    if (tolerance > 0)
        strbuf_printf(b, " %s %g", utf8 ? "\xC2\xB1" : "+/-", tolerance);
    if (unit && unit[0])
        strbuf_printf(b, " %s", unit);
}

/* The model answer when the question has one, else the first accepted. */
static void right_text(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    if (!ltext_empty(&q->model_answer))
        strbuf_puts(b, ltext_get(&q->model_answer, lang));
    else if (q->n_accepted)
        strbuf_puts(b, q->accepted[0]);
}

static void right_numeric(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)lang;
    quiz_put_number(b, q->value, q->tolerance, q->unit, utf8);
}

/* The serial number as marked. */
static void right_serial(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)lang, (void)utf8;
    if (q->n_accepted)
        strbuf_puts(b, q->accepted[0]);
}

const QuizKind quiz_kind_text = {.valid = valid_accepted, .judge = judge_text,
                                 .describe = describe_typed, .right = right_text,
                                 .parts = quiz_parts_whole};
const QuizKind quiz_kind_numeric = {.valid = valid_always, .judge = judge_numeric,
                                    .describe = describe_numeric, .right = right_numeric,
                                    .parts = quiz_parts_whole};
const QuizKind quiz_kind_serial = {.valid = valid_accepted, .judge = judge_serial,
                                   .describe = describe_typed, .right = right_serial,
                                   .parts = quiz_parts_whole};

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

/* "3,1,2" (the option put in each place) as "1. third; 2. first; 3. second". */
static bool describe_order(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    for (size_t k = 0;; k++) {
        size_t i;
        if (!next_index(&r, q->n_options, &i))
            return false;
        strbuf_printf(b, "%s%zu. %s", k ? "; " : "", k + 1, ltext_get(&q->options[i], lang));
        if (!*r)
            return true;
        if (*r++ != ',')
            return false;
    }
}

/* The items in their order, as content lists them. */
static void right_order(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    for (size_t i = 0; i < q->n_options; i++)
        strbuf_printf(b, "%s%zu. %s", i ? "; " : "", i + 1, ltext_get(&q->options[i], lang));
}

/* An order's marks are shared among the pairs of items it puts before one another. */
static unsigned parts_order(const Question *q)
{
    return (unsigned)(q->n_options * (q->n_options - 1) / 2);
}

const QuizKind quiz_kind_order = {.valid = valid_always, .judge = judge_order,
                                  .describe = describe_order, .right = right_order,
                                  .parts = parts_order};

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

static const char *arrow(bool utf8)
{
    return utf8 ? "\xE2\x86\x92" : "->";
}

/* "1=2,2=1" (item and the right-hand item given to it) as "first -> second; ...". */
static bool describe_match(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    for (size_t k = 0;; k++) {
        size_t i, j;
        if (!next_index(&r, q->n_options, &i) || *r++ != '=' ||
            !next_index(&r, q->n_right, &j))
            return false;
        strbuf_printf(b, "%s%s %s %s", k ? "; " : "", ltext_get(&q->options[i], lang),
                      arrow(utf8), ltext_get(&q->right[j], lang));
        if (!*r)
            return true;
        if (*r++ != ',')
            return false;
    }
}

/* Each item with its own right-hand item (content lists them in pairs). */
static void right_match(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    for (size_t i = 0; i < q->n_options && i < q->n_right; i++)
        strbuf_printf(b, "%s%s %s %s", i ? "; " : "", ltext_get(&q->options[i], lang),
                      arrow(utf8), ltext_get(&q->right[i], lang));
}

/* A match's marks are shared among its pairs. */
static unsigned parts_match(const Question *q)
{
    return (unsigned)q->n_options;
}

const QuizKind quiz_kind_match = {.valid = valid_match, .judge = judge_match,
                                  .describe = describe_match, .right = right_match,
                                  .parts = parts_match};
