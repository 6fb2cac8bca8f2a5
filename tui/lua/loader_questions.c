/* Reading the question constructors of a module into core Questions: what every question has,
 * then its kind's own fields through that kind's reader (loader_read.h); the readers of choice,
 * truefalse, multi, text, numeric, serial, order, match and form (locate: loader_locate.c). */
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "loader_read.h"

static const char *const choice_fields[] = {"options", "answer", NULL};
static const char *const truefalse_fields[] = {"answer", NULL};
static const char *const text_fields[] = {"answers", "match_case", "match_accents", "match_spacing", NULL};

/* text { answers = { "alemán", { en = "German", es = "alemán" } }, match_case = false, ... }:
 * every accepted answer, in any language. Stack: 0. */
static void read_text_answers(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *apath = ld_join_path(path, "answers");
    int al = ld_field_line(ld, idx, "answers", line);
    lua_Integer n = ld_push_list(ld, idx, "answers", line, path, 50);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, al, apath, "missing (a list of accepted answers, e.g. { \"9 mm\" })");
    if (n > 0)
        q->accepted = xcalloc((size_t)n * LANG_COUNT, sizeof *q->accepted);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ipath = xasprintf("%s[%lld]", apath, (long long)i);
        lua_rawgeti(L, list, i);
        LText t = {0};
        if (ld_read_answer_value(ld, ld_entry_line(ld, list, i, al), ipath, &t)) {
            for (int l = 0; l < LANG_COUNT && i == 1; l++)
                if (t.s[l])
                    q->model_answer.s[l] = xstrdup(t.s[l]);
            for (int l = 0; l < LANG_COUNT; l++) {
                bool dup = false;
                for (size_t k = 0; t.s[l] && k < q->n_accepted && !dup; k++)
                    dup = strcmp(q->accepted[k], t.s[l]) == 0;
                if (t.s[l] && t.s[l][0] && !dup) {
                    q->accepted[q->n_accepted++] = t.s[l];
                    t.s[l] = NULL;
                }
            }
        }
        ltext_done(&t);
        lua_pop(L, 1);
        free(ipath);
    }
    lua_pop(L, 1);
    free(apath);
    static const struct { const char *field; unsigned flag; } flags[] = {
        {"match_case", TEXT_KEEP_CASE}, {"match_accents", TEXT_KEEP_ACCENTS},
        {"match_spacing", TEXT_KEEP_SPACING}};
    for (size_t k = 0; k < sizeof flags / sizeof flags[0]; k++) {
        ld_raw_getfield(L, idx, flags[k].field);
        if (lua_type(L, -1) == LUA_TBOOLEAN) {
            if (lua_toboolean(L, -1))
                q->match |= flags[k].flag;
        } else if (!lua_isnil(L, -1)) {
            char *p = ld_join_path(path, flags[k].field);
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, flags[k].field, line), p,
                      "must be true or false");
            free(p);
        }
        lua_pop(L, 1);
    }
}

static const char *const numeric_fields[] = {"answer", "tolerance", "unit", NULL};

/* numeric { answer = 9, tolerance = 0.5, unit = "mm" }. Stack: 0. */
static void read_numeric_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *p = ld_join_path(path, "answer");
    ld_raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "answer", line), p,
                  "%s (the right number, e.g. answer = 9)",
               lua_isnil(L, -1) ? "missing" : "must be a number");
    else
        q->value = lua_tonumber(L, -1);
    lua_pop(L, 1);
    free(p);
    p = ld_join_path(path, "tolerance");
    ld_raw_getfield(L, idx, "tolerance");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TNUMBER || !(lua_tonumber(L, -1) >= 0) ||
            !isfinite(lua_tonumber(L, -1)))
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "tolerance", line), p,
                      "must be a number from 0");
        else
            q->tolerance = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    free(p);
    p = ld_join_path(path, "unit");
    line = ld_field_line(ld, idx, "unit", line);
    ld_raw_getfield(L, idx, "unit");
    if (lua_type(L, -1) == LUA_TSTRING) {
        q->unit = ld_checked_string(ld, -1, line, p);
        if (q->unit && strlen(q->unit) > 16) {
            ld_report(ld, PROBLEM_ERROR, line, p, "too long for a unit (at most 16 bytes)");
            free(q->unit);
            q->unit = NULL;
        }
    } else if (!lua_isnil(L, -1)) {
        ld_report(ld, PROBLEM_ERROR, line, p, "must be a string such as \"mm\"");
    }
    lua_pop(L, 1);
    free(p);
}

static const char *const serial_fields[] = {"answer", NULL};

/* serial { answer = "AB12345" }: the serial number as marked. Stack: 0. */
static void read_serial_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *p = ld_join_path(path, "answer");
    line = ld_field_line(ld, idx, "answer", line);
    ld_raw_getfield(L, idx, "answer");
    char *v = lua_type(L, -1) == LUA_TSTRING ? ld_checked_string(ld, -1, line, p) : NULL;
    if (lua_type(L, -1) != LUA_TSTRING)
        ld_report(ld, PROBLEM_ERROR, line, p, "%s (the serial number as marked, e.g. \"AB12345\")",
               lua_isnil(L, -1) ? "missing" : "must be a string");
    else if (v && (!v[0] || strlen(v) > 40 || strchr(v, ' ') == v)) {
        ld_report(ld, PROBLEM_ERROR, line, p, "must be 1 to 40 characters, not starting with a space");
        free(v);
        v = NULL;
    }
    if (v) {
        q->accepted = xcalloc(1, sizeof *q->accepted);
        q->accepted[0] = v;
        q->n_accepted = 1;
        for (int l = 0; l < LANG_COUNT; l++)
            q->model_answer.s[l] = xstrdup(v);
    }
    lua_pop(L, 1);
    free(p);
}

static const char *const order_fields[] = {"items", NULL};

static const char *const match_fields[] = {"pairs", NULL};

/* match { pairs = { { "left", "right" }, ... } }: each left item with the right item that
 * belongs to it. Stack: 0. */
static void read_match_pairs(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *ppath = ld_join_path(path, "pairs");
    line = ld_field_line(ld, idx, "pairs", line);
    lua_Integer n = ld_push_list(ld, idx, "pairs", line, path, QUESTION_MAX_OPTIONS);
    if (n >= 0 && n < 2)
        ld_report(ld, PROBLEM_ERROR, line, ppath,
                  "needs at least 2 pairs, e.g. { { \"A\", \"a\" }, { \"B\", \"b\" } }");
    if (n > 0) {
        q->options = xcalloc((size_t)n, sizeof *q->options);
        q->right = xcalloc((size_t)n, sizeof *q->right);
        q->n_options = q->n_right = (size_t)n;
        int list = lua_gettop(L);
        for (lua_Integer i = 1; i <= n; i++) {
            char *ipath = xasprintf("%s[%lld]", ppath, (long long)i);
            int at = ld_entry_line(ld, list, i, line);
            lua_rawgeti(L, list, i);
            if (lua_type(L, -1) != LUA_TTABLE || lua_rawlen(L, -1) != 2) {
                ld_report(ld, PROBLEM_ERROR, at, ipath, "must be a pair { left, right }");
            } else {
                for (int side = 1; side <= 2; side++) {
                    char *spath = xasprintf("%s[%d]", ipath, side);
                    int sl = ld_entry_line(ld, -1, side, at);
                    lua_rawgeti(L, -1, side);
                    ld_read_text_value(ld, sl, spath, true,
                                    side == 1 ? &q->options[i - 1] : &q->right[i - 1]);
                    lua_pop(L, 1);
                    free(spath);
                }
            }
            lua_pop(L, 1);
            free(ipath);
        }
    }
    lua_pop(L, 1);
    free(ppath);
}

static const char *const form_fields[] = {"fields", NULL};

static const char *const multi_fields[] = {"options", "answers", "negative", NULL};

/* multi { answers = { 1, 3 }, negative = false }: the right options, as a set. Stack: 0. */
static void read_multi_answers(Ld *ld, int idx, int line, const char *path, lua_Integer n_options,
                               Question *q)
{
    lua_State *L = ld->L;
    char *apath = ld_join_path(path, "answers");
    int al = ld_field_line(ld, idx, "answers", line);
    lua_Integer n = ld_push_list(ld, idx, "answers", line, path, QUESTION_MAX_OPTIONS);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, al, apath, "missing (a list of the right option numbers, e.g. { 1, 3 })");
    for (lua_Integer i = 1; i <= n; i++) {
        int at = ld_entry_line(ld, -1, i, al);
        lua_rawgeti(L, -1, i);
        lua_Integer a = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
        if (a < 1 || a > QUESTION_MAX_OPTIONS || (n_options > 0 && a > n_options))
            ld_report(ld, PROBLEM_ERROR, at, apath, "entry %lld is not an option number (1 to %lld)",
                   (long long)i, (long long)n_options);
        else if (q->answers & (1u << (a - 1)))
            ld_report(ld, PROBLEM_ERROR, at, apath, "option %lld is listed twice", (long long)a);
        else
            q->answers |= 1u << (a - 1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    free(apath);
    ld_raw_getfield(L, idx, "negative");
    if (lua_type(L, -1) == LUA_TBOOLEAN)
        q->negative = lua_toboolean(L, -1);
    else if (!lua_isnil(L, -1)) {
        char *p = ld_join_path(path, "negative");
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "negative", line), p,
                  "must be true or false");
        free(p);
    }
    lua_pop(L, 1);
}
/* truefalse { ... }: the answer is a boolean; the options are True and False. Stack: 0. */
static void read_truefalse_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *apath = ld_join_path(path, "answer");
    ld_raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) != LUA_TBOOLEAN)
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "answer", line), apath,
                  "%s (write answer = true or answer = false)",
               lua_isnil(L, -1) ? "missing" : "must be true or false");
    else
        question_make_truefalse(q, lua_toboolean(L, -1));
    lua_pop(L, 1);
    free(apath);
}

/* Moves what a question reader filled in tmp into the form field f. */
static void take_answer(FormField *f, Question *tmp)
{
    f->accepted = tmp->accepted;
    f->n_accepted = tmp->n_accepted;
    f->match = tmp->match;
    f->value = tmp->value;
    f->tolerance = tmp->tolerance;
    f->unit = tmp->unit;
    f->shown = tmp->model_answer;
    tmp->accepted = NULL;
    tmp->n_accepted = 0;
    tmp->unit = NULL;
    memset(&tmp->model_answer, 0, sizeof tmp->model_answer);
}

/* One form field: { name = "serial", label = ..., rule = "serial", answer = "AB123" }. Each rule
 * takes the answer fields of the question type it is named after; a check function takes an
 * optional answer to show. Stack: 0. */
static void read_form_field(Ld *ld, int idx, int line, const char *path, FormField *f)
{
    static const char *const text_f[] = {"answers", "match_case", "match_accents",
                                         "match_spacing", NULL};
    static const char *const exact_f[] = {"answers", NULL};
    static const char *const answer_f[] = {"answer", NULL};
    static const char *const number_f[] = {"answer", "tolerance", "unit", NULL};
    static const char *const check_f[] = {"check", "answer", NULL};
    static const struct { const char *name; FieldRule rule; const char *const *fields; } rules[] = {
        {"text", FIELD_TEXT, text_f},         {"exact", FIELD_EXACT, exact_f},
        {"serial", FIELD_SERIAL, answer_f},   {"number", FIELD_NUMERIC, number_f},
        {"country", FIELD_COUNTRY, answer_f}, {"check", FIELD_CHECK, check_f},
    };
    lua_State *L = ld->L;
    const char *all[12] = {"name", "label", "rule"};
    f->name = ld_read_id(ld, idx, "name", line, path);
    ld_read_text(ld, idx, "label", line, path, true, &f->label);
    bool has_check = ld_raw_getfield(L, idx, "check") == LUA_TFUNCTION;
    int rt = ld_raw_getfield(L, idx, "rule");
    const char *rule = rt == LUA_TSTRING ? lua_tostring(L, -1) : has_check ? "check" : "text";
    size_t r = 0;
    while (r < sizeof rules / sizeof rules[0] && strcmp(rules[r].name, rule) != 0)
        r++;
    char *rp = ld_join_path(path, "rule");
    int rl = ld_field_line(ld, idx, "rule", line);
    if (rt != LUA_TNIL && rt != LUA_TSTRING)
        ld_report(ld, PROBLEM_ERROR, rl, rp, "must be a string");
    else if (r == sizeof rules / sizeof rules[0])
        ld_report(ld, PROBLEM_ERROR, rl, rp,
                  "unknown rule '%s' (text, exact, serial, number, country or check)", rule);
    lua_pop(L, 2);
    free(rp);
    if (r == sizeof rules / sizeof rules[0])
        return;
    f->rule = rules[r].rule;
    size_t n = 3;
    for (const char *const *k = rules[r].fields; *k; k++)
        all[n++] = *k;
    ld_check_fields(ld, idx, line, path, all);
    Question tmp = {0};
    switch (f->rule) {
    case FIELD_TEXT: case FIELD_EXACT: read_text_answers(ld, idx, line, path, &tmp); break;
    case FIELD_SERIAL: read_serial_answer(ld, idx, line, path, &tmp); break;
    case FIELD_NUMERIC: read_numeric_answer(ld, idx, line, path, &tmp); break;
    case FIELD_COUNTRY: {
        char *ap = ld_join_path(path, "answer");
        char code[3];
        if (ld_raw_getfield(L, idx, "answer") != LUA_TSTRING || !country_valid(lua_tostring(L, -1), code))
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, "answer", line), ap,
                      "must be an ISO 3166 country code such as \"MX\"");
        else {
            tmp.accepted = xcalloc(1, sizeof *tmp.accepted);
            tmp.accepted[tmp.n_accepted++] = xstrdup(code);
            for (int l = 0; l < LANG_COUNT; l++)
                tmp.model_answer.s[l] = xstrdup(code);
        }
        lua_pop(L, 1);
        free(ap);
        break;
    }
    case FIELD_CHECK:
        if (!has_check) {
            char *cp = ld_join_path(path, "check");
            ld_report(ld, PROBLEM_ERROR, line, cp,
                      "missing: a function (value) returning true or false (or 0 to 1), and a message");
            free(cp);
        }
        if (ld_raw_getfield(L, idx, "answer") != LUA_TNIL) {
            char *ap = ld_join_path(path, "answer");
            ld_read_answer_value(ld, ld_field_line(ld, idx, "answer", line), ap, &tmp.model_answer);
            free(ap);
        }
        lua_pop(L, 1);
        break;
    }
    take_answer(f, &tmp);
    question_done(&tmp);
}

/* form { fields = { ... } }: each field's rule and answer into q->fields. Stack: 0. */
static void read_form_fields(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *fp = ld_join_path(path, "fields");
    line = ld_field_line(ld, idx, "fields", line);
    lua_Integer n = ld_push_list(ld, idx, "fields", line, path, QUESTION_MAX_FIELDS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(ld, PROBLEM_ERROR, line, fp,
                  "missing (a list of fields, e.g. { { name = \"serial\", label = ..., rule = "
                  "\"serial\", answer = \"AB123\" } })");
    if (n > 0)
        q->fields = xcalloc((size_t)n, sizeof *q->fields);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = xasprintf("%s[%lld]", fp, (long long)i);
        int at = ld_entry_line(ld, list, i, line);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TTABLE) {
            ld_report(ld, PROBLEM_ERROR, at, ip, "must be { name = ..., label = ..., ... }");
        } else {
            FormField *f = &q->fields[q->n_fields++];
            read_form_field(ld, lua_gettop(L), at, ip, f);
            for (size_t k = 0; f->name && k + 1 < q->n_fields; k++)
                if (q->fields[k].name && strcmp(q->fields[k].name, f->name) == 0)
                    ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, -1, "name", at), ip,
                              "duplicate field name '%s'", f->name);
        }
        lua_pop(L, 1);
        free(ip);
    }
    lua_pop(L, 1);
    free(fp);
}

/* The list field (options, items) of the table at idx into q->options: at least 2. Returns how
 * many were listed (-1 when not a list). Stack: 0. */
static lua_Integer read_options(Ld *ld, int idx, int line, const char *path, const char *list_field,
                                Question *q)
{
    lua_State *L = ld->L;
    char *opath = ld_join_path(path, list_field);
    int ol = ld_field_line(ld, idx, list_field, line);
    lua_Integer n = ld_push_list(ld, idx, list_field, line, path, QUESTION_MAX_OPTIONS);
    if (n >= 0 && n < 2)
        ld_report(ld, PROBLEM_ERROR, ol, opath, "needs at least 2 %s", list_field);
    if (n > 0) {
        q->options = xcalloc((size_t)n, sizeof *q->options);
        q->n_options = (size_t)n;
        int list = lua_gettop(L);
        for (lua_Integer i = 1; i <= n; i++) {
            char *ipath = xasprintf("%s[%lld]", opath, (long long)i);
            int at = ld_entry_line(ld, list, i, ol);
            lua_rawgeti(L, list, i);
            ld_read_text_value(ld, at, ipath, true, &q->options[i - 1]);
            lua_pop(L, 1);
            free(ipath);
        }
    }
    lua_pop(L, 1);
    free(opath);
    return n;
}

/* choice { options = { ... }, answer = 2 }. Stack: 0. */
static void read_choice(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    lua_Integer n = read_options(ld, idx, line, path, "options", q);
    char *apath = ld_join_path(path, "answer");
    int al = ld_field_line(ld, idx, "answer", line);
    ld_raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) == LUA_TNIL)
        ld_report(ld, PROBLEM_ERROR, line, apath, "missing (the number of the correct option)");
    else if (!lua_isinteger(L, -1))
        ld_report(ld, PROBLEM_ERROR, al, apath, "must be a whole number, the correct option");
    else if (n > 0 && (lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n))
        ld_report(ld, PROBLEM_ERROR, al, apath, "%lld is not an option number (1 to %lld)",
               (long long)lua_tointeger(L, -1), (long long)n);
    else
        q->answer = (size_t)lua_tointeger(L, -1) - 1;
    lua_pop(L, 1);
    free(apath);
}

/* multi { options = { ... }, answers = { 1, 3 } }. Stack: 0. */
static void read_multi(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_Integer n = read_options(ld, idx, line, path, "options", q);
    read_multi_answers(ld, idx, line, path, n, q);
}

/* order { items = { ... } }: the items are written in the right order. Stack: 0. */
static void read_order(Ld *ld, int idx, int line, const char *path, Question *q)
{
    read_options(ld, idx, line, path, "items", q);
}

const LdQuestionReader ld_question_choice = {choice_fields, read_choice};
const LdQuestionReader ld_question_truefalse = {truefalse_fields, read_truefalse_answer};
const LdQuestionReader ld_question_multi = {multi_fields, read_multi};
const LdQuestionReader ld_question_text = {text_fields, read_text_answers};
const LdQuestionReader ld_question_numeric = {numeric_fields, read_numeric_answer};
const LdQuestionReader ld_question_serial = {serial_fields, read_serial_answer};
const LdQuestionReader ld_question_order = {order_fields, read_order};
const LdQuestionReader ld_question_match = {match_fields, read_match_pairs};
const LdQuestionReader ld_question_form = {form_fields, read_form_fields};

/* Fields every question may have, beside its own. */
static const char *const common_fields[] = {"id", "prompt", "explain", "sources", "hint", "image",
                                            "tags", "critical", NULL};

/* Checks the question's fields against the common ones and its kind's own. Stack: 0. */
static void check_question_fields(Ld *ld, int idx, int line, const char *path,
                                  const char *const *own)
{
    const char *all[32];
    size_t n = 0;
    for (const char *const *f = common_fields; *f; f++)
        all[n++] = *f;
    for (const char *const *f = own; *f && n + 1 < sizeof all / sizeof all[0]; f++)
        all[n++] = *f;
    all[n] = NULL;
    ld_check_fields(ld, idx, line, path, all);
}

/* Reads the question on top of the stack (any question constructor) into q. Stack: 0. */
void ld_read_question(Ld *ld, int parent_line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    int idx = lua_gettop(L);
    int line = parent_line;
    QuestionType type;
    if (!ld_question_of(ld, idx, &line, &type)) {
        ld_report(ld, PROBLEM_ERROR, parent_line, path, "not a question: write %s { ... }",
                  question_type_names());
        return;
    }
    static const LdQuestionReader *const readers[] = {
#define X(id, name, shape, facts) [QUESTION_##id] = &ld_question_##name,
        QUESTION_KINDS(X)
#undef X
    };
    const LdQuestionReader *reader = readers[type];
    q->line = line;
    q->type = type;
    check_question_fields(ld, idx, line, path, reader->fields);
    q->id = ld_read_id(ld, idx, "id", line, path);
    ld->id_line = ld_field_line(ld, idx, "id", line);
    ld_read_text(ld, idx, "prompt", line, path, true, &q->prompt);
    ld_read_text(ld, idx, "explain", line, path, false, &q->explain);
    if (ltext_empty(&q->explain)) {
        char *p = ld_join_path(path, "explain");
        ld_report(ld, PROBLEM_WARNING, line, p, "missing: trainees learn from the explanation");
        free(p);
    }
    ld_read_refs(ld, idx, line, path, &q->sources);
    ld_read_text(ld, idx, "hint", line, path, false, &q->hint);
    ld_read_image(ld, idx, line, path, &q->image);
    q->n_tags = ld_read_ids(ld, idx, "tags", line, path, 20, &q->tags);
    ld_read_bool(ld, idx, "critical", line, path, &q->critical);
    reader->read(ld, idx, line, path, q);
}
