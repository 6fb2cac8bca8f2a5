/* The form kind in core: several typed fields, each checked by its rule (a Lua check through
 * the quiz's hooks) and scored on its own; stored as a JSON object of field name to value. */
#include "quiz_kind.h"

#include "country.h"
#include "serial.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Trims spaces around typed; caller frees. */
static char *trimmed(const char *typed)
{
    while (*typed == ' ' || *typed == '\t')
        typed++;
    size_t n = strlen(typed);
    while (n && (typed[n - 1] == ' ' || typed[n - 1] == '\t'))
        n--;
    return xstrndup(typed, n);
}

double form_field_score(const FormField *f, const char *typed)
{
    char *t = trimmed(typed ? typed : "");
    double score = 0;
    double v;
    char code[3];
    if (t[0]) {
        switch (f->rule) {
        case FIELD_TEXT: {
            char *mine = text_fold(t, f->match);
            for (size_t i = 0; i < f->n_accepted && score == 0; i++) {
                char *ok = text_fold(f->accepted[i], f->match);
                score = strcmp(mine, ok) == 0;
                free(ok);
            }
            free(mine);
            break;
        }
        case FIELD_EXACT:
            for (size_t i = 0; i < f->n_accepted && score == 0; i++)
                score = strcmp(t, f->accepted[i]) == 0;
            break;
        case FIELD_SERIAL:
            score = f->n_accepted && serial_compare(f->accepted[0], t, NULL, 0) == 0;
            break;
        case FIELD_NUMERIC:
            score = quiz_parse_number_unit(f->unit, t, &v) &&
                    quiz_number_within(v, f->value, f->tolerance);
            break;
        case FIELD_COUNTRY:
            score = f->n_accepted && country_valid(t, code) && strcmp(code, f->accepted[0]) == 0;
            break;
        case FIELD_CHECK:
            break;
        }
    }
    free(t);
    return score;
}

/* Appends s as a JSON string. */
static void json_string(StrBuf *b, const char *s)
{
    strbuf_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            strbuf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            strbuf_printf(b, "\\u%04x", *p);
        else
            strbuf_append(b, (const char *)p, 1);
    }
    strbuf_puts(b, "\"");
}

/* Each field scores its share; the module's Lua checks, when the form has any, run once for all
 * its fields through the hooks (without hooks a checked field scores 0). */
static bool judge_form(const QuizRun *run, const Question *q, const QuizAnswer *a,
                       StrBuf *response, Verdict *v, FieldCheck **checks_out, char *err,
                       size_t errlen)
{
    (void)err, (void)errlen;
    const char *const *values = a->values;
    size_t n = q->n_fields;
    FieldCheck *checks = xcalloc(n, sizeof *checks);
    bool any_check = false;
    for (size_t k = 0; k < n; k++)
        any_check = any_check || q->fields[k].rule == FIELD_CHECK;
    if (any_check && run->hooks.check)
        run->hooks.check(run->hooks.ctx, run->module, q, values, checks);
    double sum = 0;
    size_t right = 0;
    for (size_t k = 0; k < n; k++) {
        if (q->fields[k].rule != FIELD_CHECK)
            checks[k].score = form_field_score(&q->fields[k], values[k]);
        else if (!values[k] || !values[k][0])
            checks[k].score = 0;
        sum += checks[k].score;
        right += checks[k].score >= 1.0;
    }
    *v = (Verdict){.max = question_max_score(q)};
    v->correct = right == n;
    v->score = n ? v->max * sum / (double)n : 0;
    strbuf_puts(response, "{");
    for (size_t k = 0; k < n; k++) {
        if (k)
            strbuf_puts(response, ",");
        json_string(response, q->fields[k].name);
        strbuf_puts(response, ":");
        json_string(response, values[k] ? values[k] : "");
    }
    strbuf_puts(response, "}");
    *checks_out = checks;
    return true;
}

static bool valid_form(const Question *q)
{
    return q->n_fields > 0;
}

const QuizKind quiz_kind_form = {valid_form, judge_form};
