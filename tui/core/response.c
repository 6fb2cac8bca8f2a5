/* Stored answers turned back into what the trainee saw: option numbers into the options' text,
 * a form's JSON into its labelled fields, a cell name into words. */
#include "response.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"

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

/* Choice and multi: "1,3" as the options' text. */
static bool describe_options(const Question *q, const char *r, Lang lang, StrBuf *b)
{
    if (q->type == QUESTION_TRUEFALSE && q->n_options == 2) {
        if (strcmp(r, "true") == 0 || strcmp(r, "false") == 0) {
            strbuf_puts(b, ltext_get(&q->options[r[0] == 't' ? 0 : 1], lang));
            return true;
        }
    }
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

/* Order: "3,1,2" (the option put in each place) as "1. third; 2. first; 3. second". */
static bool describe_order(const Question *q, const char *r, Lang lang, StrBuf *b)
{
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

/* Match: "1=2,2=1" (option and the right-hand item given to it) as "first -> second; ...". */
static bool describe_match(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    for (size_t k = 0;; k++) {
        size_t i, j;
        if (!next_index(&r, q->n_options, &i) || *r++ != '=' ||
            !next_index(&r, q->n_right, &j))
            return false;
        strbuf_printf(b, "%s%s %s %s", k ? "; " : "", ltext_get(&q->options[i], lang),
                      utf8 ? "\xE2\x86\x92" : "->", ltext_get(&q->right[j], lang));
        if (!*r)
            return true;
        if (*r++ != ',')
            return false;
    }
}

/* Reads a JSON string at *p (as quiz.c writes them: \" \\ and \uXXXX escapes) into out. */
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

/* Form: {"serial":"AB12","country":"MX"} as "Serial number: AB12; Country: MX". */
static bool describe_form(const Question *q, const char *r, Lang lang, StrBuf *b)
{
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

/* Words of its own ("cell C4") are in the interface language (tr), which the instructor's
 * screen shows lang in. */
char *response_describe(const Question *q, const char *response, Lang lang, bool utf8)
{
    const char *r = response ? response : "";
    StrBuf b;
    strbuf_init(&b);
    bool ok = true;
    unsigned col, row;
    switch (q->type) {
    case QUESTION_CHOICE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTI: ok = describe_options(q, r, lang, &b); break;
    case QUESTION_ORDER: ok = describe_order(q, r, lang, &b); break;
    case QUESTION_MATCH: ok = describe_match(q, r, lang, utf8, &b); break;
    case QUESTION_FORM: ok = describe_form(q, r, lang, &b); break;
    case QUESTION_LOCATE:
        ok = locate_parse_cell(q, r, &col, &row);
        if (ok) {
            char cell[8];
            locate_cell_name(col, row, cell, sizeof cell);
            /* TRANSLATORS: where a trainee pointed on a picture's grid, e.g. "cell C4". */
            strbuf_printf(&b, tr("cell %s"), cell);
        }
        break;
    case QUESTION_NUMERIC:
        strbuf_puts(&b, r);
        /* The unit was shown after the field: "9" was typed as "9 mm". */
        if (q->unit && q->unit[0] && r[0] && !strstr(r, q->unit))
            strbuf_printf(&b, " %s", q->unit);
        break;
    default: strbuf_puts(&b, r); break;
    }
    if (!ok || !r[0]) {
        strbuf_clear(&b);
        strbuf_puts(&b, r);
    }
    return strbuf_take(&b);
}

/* "9 mm", "7.62 +/- 0.1 mm", as the quiz's feedback shows a right number. */
static void put_number(StrBuf *b, double value, double tolerance, const char *unit, bool utf8)
{
    strbuf_printf(b, "%g", value);
    if (tolerance > 0)
        strbuf_printf(b, " %s %g", utf8 ? "\xC2\xB1" : "+/-", tolerance);
    if (unit && unit[0])
        strbuf_printf(b, " %s", unit);
}

static void right_form(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    for (size_t k = 0; k < q->n_fields; k++) {
        const FormField *f = &q->fields[k];
        size_t before = b->len;
        strbuf_printf(b, "%s%s: ", b->len ? "; " : "",
                      ltext_empty(&f->label) ? f->name : ltext_get(&f->label, lang));
        if (f->rule == FIELD_NUMERIC)
            put_number(b, f->value, f->tolerance, f->unit, utf8);
        else if (!ltext_empty(&f->shown))
            strbuf_puts(b, ltext_get(&f->shown, lang));
        else if (f->n_accepted)
            strbuf_puts(b, f->accepted[0]);
        else {
            /* Judged by a check alone: nothing to show for it. */
            b->len = before;
            b->s[before] = '\0';
        }
    }
}

static void right_cells(const Question *q, StrBuf *b)
{
    StrBuf list;
    strbuf_init(&list);
    unsigned n = 0;
    for (unsigned r = 0; r < q->grid_rows; r++)
        for (unsigned c = 0; c < q->grid_cols; c++)
            if (locate_cell_right(q, c, r)) {
                char cell[8];
                locate_cell_name(c, r, cell, sizeof cell);
                strbuf_printf(&list, "%s%s", n++ ? ", " : "", cell);
            }
    if (n == 1)
        strbuf_printf(b, tr("cell %s"), list.s);
    else if (n)
        /* TRANSLATORS: the right places on a picture's grid, e.g. "any of cells B2, C2". */
        strbuf_printf(b, tr("any of cells %s"), list.s);
    strbuf_done(&list);
}

char *response_describe_right(const Question *q, Lang lang, bool utf8)
{
    StrBuf b;
    strbuf_init(&b);
    switch (q->type) {
    case QUESTION_CHOICE:
    case QUESTION_TRUEFALSE:
        if (q->answer < q->n_options)
            strbuf_puts(&b, ltext_get(&q->options[q->answer], lang));
        break;
    case QUESTION_MULTI:
        for (size_t i = 0; i < q->n_options && i < 32; i++)
            if (q->answers & (1u << i))
                strbuf_printf(&b, "%s%s", b.len ? "; " : "", ltext_get(&q->options[i], lang));
        break;
    case QUESTION_ORDER:
        for (size_t i = 0; i < q->n_options; i++)
            strbuf_printf(&b, "%s%zu. %s", i ? "; " : "", i + 1, ltext_get(&q->options[i], lang));
        break;
    case QUESTION_MATCH:
        for (size_t i = 0; i < q->n_options && i < q->n_right; i++)
            strbuf_printf(&b, "%s%s %s %s", i ? "; " : "", ltext_get(&q->options[i], lang),
                          utf8 ? "\xE2\x86\x92" : "->", ltext_get(&q->right[i], lang));
        break;
    case QUESTION_TEXT:
        if (!ltext_empty(&q->model_answer))
            strbuf_puts(&b, ltext_get(&q->model_answer, lang));
        else if (q->n_accepted)
            strbuf_puts(&b, q->accepted[0]);
        break;
    case QUESTION_SERIAL:
        if (q->n_accepted)
            strbuf_puts(&b, q->accepted[0]);
        break;
    case QUESTION_NUMERIC: put_number(&b, q->value, q->tolerance, q->unit, utf8); break;
    case QUESTION_FORM: right_form(q, lang, utf8, &b); break;
    case QUESTION_LOCATE: right_cells(q, &b); break;
    case QUESTION_KIND_COUNT: break; /* not a kind */
    }
    return strbuf_take(&b);
}

unsigned response_count_parts(const Question *q)
{
    unsigned n = 0;
    switch (q->type) {
    case QUESTION_MULTI:
        for (size_t i = 0; i < q->n_options && i < 32; i++)
            n += (q->answers >> i) & 1u;
        break;
    case QUESTION_MATCH: n = (unsigned)q->n_options; break;
    case QUESTION_ORDER: n = (unsigned)(q->n_options * (q->n_options - 1) / 2); break;
    case QUESTION_FORM: n = (unsigned)q->n_fields; break;
    default: n = 1; break;
    }
    return n ? n : 1;
}
