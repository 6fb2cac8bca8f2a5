/* The form kind in core: several typed fields, each checked by its rule (a Lua check through
 * the quiz's hooks) and scored on its own; stored as a JSON object of field name to value
 * (written by SQLite's JSON functions, json.h), and described as the fields by their labels. */
#include "quiz_kind.h"

#include "country.h"
#include "json.h"
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

/* The answer as stored: a JSON object of each field's name to the value typed, written by
 * SQLite's json_object (json.h). False with the reason in err. */
static bool form_response(const Question *q, const char *const *values, StrBuf *response,
                          char *err, size_t errlen)
{
    Json *j = json_new(err, errlen);
    if (!j)
        return false;
    JsonNode *o = json_object_begin(j);
    for (size_t k = 0; k < q->n_fields; k++)
        json_add_string(o, q->fields[k].name, values[k] ? values[k] : "");
    char *text = json_end(o);
    if (text)
        strbuf_puts(response, text);
    else
        snprintf(err, errlen, "cannot store the answer: %s", json_error(j));
    free(text);
    json_free(j);
    return text != NULL;
}

/* Each field scores its share; the module's Lua checks, when the form has any, run once for all
 * its fields through the hooks (without hooks a checked field scores 0). */
static bool judge_form(const QuizRun *run, const Question *q, const QuizAnswer *a,
                       StrBuf *response, Verdict *v, FieldCheck **checks_out, char *err,
                       size_t errlen)
{
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
    if (!form_response(q, values, response, err, errlen)) {
        quiz_checks_free(checks, n);
        return false;
    }
    *v = (Verdict){.max = question_max_score(q)};
    v->correct = right == n;
    v->score = n ? v->max * sum / (double)n : 0;
    *checks_out = checks;
    return true;
}

static bool valid_form(const Question *q)
{
    return q->n_fields > 0;
}

/* Reads a JSON string at *p (as SQLite's json_object writes them: \" \\ \n ... and \uXXXX
 * escapes) into out. */
static bool json_string_read(const char **p, StrBuf *out)
{
    const char *s = *p;
    if (*s++ != '"')
        return false;
    strbuf_clear(out);
    while (*s && *s != '"') {
        if (*s != '\\') {
            strbuf_append(out, s++, 1);
            continue;
        }
        s++;
        static const char plain[] = "\"\\/bfnrt", meant[] = "\"\\/\b\f\n\r\t";
        const char *e = *s ? strchr(plain, *s) : NULL;
        if (e) {
            strbuf_append(out, &meant[e - plain], 1);
            s++;
        } else if (*s == 'u') {
            char hex[5] = {0};
            memcpy(hex, s + 1, strnlen(s + 1, 4));
            if (strlen(hex) != 4 || strspn(hex, "0123456789abcdefABCDEF") != 4)
                return false;
            long cp = strtol(hex, NULL, 16);
            char utf[4];
            strbuf_append(out, utf, (size_t)utf8_encode(cp, utf));
            s += 5;
        } else {
            return false;
        }
    }
    if (*s != '"')
        return false;
    *p = s + 1;
    return true;
}

/* {"serial":"AB12","country":"MX"} as "Serial number: AB12; Country: MX" (a field the form no
 * longer has by its name). */
static bool describe_form(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)utf8;
    StrBuf name, value;
    strbuf_init(&name);
    strbuf_init(&value);
    bool ok = *r++ == '{';
    for (size_t k = 0; ok && *r != '}'; k++) {
        if (k && *r++ != ',') {
            ok = false;
            break;
        }
        ok = json_string_read(&r, &name) && *r++ == ':' && json_string_read(&r, &value);
        if (!ok)
            break;
        const char *label = name.s;
        for (size_t f = 0; f < q->n_fields; f++)
            if (strcmp(q->fields[f].name, name.s) == 0 && !ltext_empty(&q->fields[f].label))
                label = ltext_get(&q->fields[f].label, lang);
        strbuf_printf(b, "%s%s: %s", k ? "; " : "", label, value.s[0] ? value.s : "-");
    }
    ok = ok && *r == '}' && r[1] == '\0';
    strbuf_done(&name);
    strbuf_done(&value);
    return ok;
}

/* Each field's shown answer by its label; a field judged by a check alone, with no answer to
 * show, is left out. */
static void right_form(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    size_t start = b->len;
    for (size_t k = 0; k < q->n_fields; k++) {
        const FormField *f = &q->fields[k];
        size_t before = b->len;
        strbuf_printf(b, "%s%s: ", b->len > start ? "; " : "",
                      ltext_empty(&f->label) ? f->name : ltext_get(&f->label, lang));
        if (f->rule == FIELD_NUMERIC)
            quiz_put_number(b, f->value, f->tolerance, f->unit, utf8);
        else if (!ltext_empty(&f->shown))
            strbuf_puts(b, ltext_get(&f->shown, lang));
        else if (f->n_accepted)
            strbuf_puts(b, f->accepted[0]);
        else {
            b->len = before;
            b->s[before] = '\0';
        }
    }
}

/* A form's marks are shared among its fields. */
static unsigned parts_form(const Question *q)
{
    return (unsigned)q->n_fields;
}

const QuizKind quiz_kind_form = {.valid = valid_form, .judge = judge_form,
                                 .describe = describe_form, .right = right_form,
                                 .parts = parts_form};
