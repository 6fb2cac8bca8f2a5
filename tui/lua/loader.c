/* Turns the table a module returns into a core Module, checking every field and reporting each
 * problem as "field path: message" at the line of the nearest constructor. */
#include "loader.h"

#include <lauxlib.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    CTOR_LESSON = 1,
    CTOR_PAGE,
    CTOR_CHOICE,
    CTOR_TRUEFALSE,
    CTOR_MULTI,
    CTOR_TEXT,
    CTOR_NUMERIC,
    CTOR_SERIAL,
    CTOR_ORDER,
    CTOR_MATCH
} CtorKind;

static const char *const ctor_names[] = {NULL,        "lesson", "page", "choice",
                                        "truefalse", "multi",  "text", "numeric", "serial",
                                        "order",     "match"};

/* Registry key of the weak table mapping each constructed table to kind + CTOR_SPAN * line. */
#define CTOR_SPAN 64
_Static_assert(CTOR_MATCH < CTOR_SPAN, "constructor kinds must fit below CTOR_SPAN");
static const char CTOR_KEY[] = "rastro.ctors";

/* lesson{...}, page{...}, choice{...}: remember what was built where, return the table.
 * Stack: +1. */
static int l_construct(lua_State *L)
{
    CtorKind kind = (CtorKind)lua_tointeger(L, lua_upvalueindex(1));
    if (lua_type(L, 1) != LUA_TTABLE || lua_gettop(L) != 1)
        return luaL_error(L, "%s expects one table: %s { ... }", ctor_names[kind], ctor_names[kind]);
    lua_Debug ar;
    lua_Integer line = 0;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0)
        line = ar.currentline;
    lua_getfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, (lua_Integer)kind + CTOR_SPAN * line);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_settop(L, 1);
    return 1;
}

void loader_register_api(Sandbox *sb)
{
    lua_State *L = sandbox_state(sb);
    lua_newtable(L);
    lua_newtable(L);
    lua_pushliteral(L, "k");
    lua_setfield(L, -2, "__mode");
    lua_setmetatable(L, -2);
    lua_setfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    for (int k = CTOR_LESSON; k <= CTOR_MATCH; k++) {
        lua_pushinteger(L, k);
        lua_pushcclosure(L, l_construct, 1);
        sandbox_set_global(sb, ctor_names[k]);
    }
}

/* Pushes t[field] of the table at idx without running any metamethod a module may have set.
 * Stack: +1. */
static int raw_getfield(lua_State *L, int idx, const char *field)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, field);
    return lua_rawget(L, idx);
}

typedef struct {
    lua_State *L;
    const char *file;
    Problems *probs;
    int errors;
} Ld;

/* Kind and line of the constructed table at idx (0, 0 for a plain table). Stack: 0. */
static CtorKind ctor_of(Ld *ld, int idx, int *line)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, CTOR_KEY);
    lua_pushvalue(L, idx);
    lua_rawget(L, -2);
    lua_Integer v = lua_tointeger(L, -1);
    lua_pop(L, 2);
    if (line)
        *line = (int)(v / CTOR_SPAN);
    return (CtorKind)(v % CTOR_SPAN);
}

static void report(Ld *ld, ProblemLevel level, int line, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void report(Ld *ld, ProblemLevel level, int line, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    if (path && path[0])
        problems_add(ld->probs, ld->file, line, level, "%s: %s", path, msg ? msg : "?");
    else
        problems_add(ld->probs, ld->file, line, level, "%s", msg ? msg : "?");
    free(msg);
    if (level == PROBLEM_ERROR)
        ld->errors++;
}

/* Edit distance, for "did you mean" suggestions on misspelt field names. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    size_t prev[41], cur[41];
    for (size_t j = 0; j <= lb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
        }
        memcpy(prev, cur, sizeof prev);
    }
    return prev[lb];
}

/* Reports every key of the record table at idx that is not in known. Stack: 0. */
static void check_fields(Ld *ld, int idx, int line, const char *path, const char *const known[])
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            report(ld, PROBLEM_ERROR, line, path,
                   "unexpected %s key: fields are written name = value",
                   luaL_typename(L, -1));
            continue;
        }
        const char *key = lua_tostring(L, -1);
        const char *best = NULL;
        size_t best_d = 99;
        bool found = false;
        for (size_t i = 0; known[i]; i++) {
            if (strcmp(key, known[i]) == 0) {
                found = true;
                break;
            }
            size_t d = edit_distance(key, known[i]);
            if (d < best_d)
                best_d = d, best = known[i];
        }
        if (found)
            continue;
        char *p = path && path[0] ? xasprintf("%s.%s", path, key) : xstrdup(key);
        if (best && best_d <= 2)
            report(ld, PROBLEM_ERROR, line, p, "unknown field (did you mean '%s'?)", best);
        else
            report(ld, PROBLEM_ERROR, line, p, "unknown field");
        free(p);
    }
}

/* Longest text field accepted: a lesson page is a few thousand bytes; more is a mistake or an
 * attempt to make rastro copy and re-wrap megabytes on every key. */
#define MAX_TEXT_BYTES (64u << 10)

/* Copies the string at idx, or reports (at line, path) and returns NULL when it holds a NUL byte
 * or is longer than MAX_TEXT_BYTES. Stack: 0. */
static char *checked_string(Ld *ld, int idx, int line, const char *path)
{
    size_t n;
    const char *v = lua_tolstring(ld->L, idx, &n);
    if (strlen(v) != n) {
        report(ld, PROBLEM_ERROR, line, path, "contains a NUL byte");
        return NULL;
    }
    if (n > MAX_TEXT_BYTES) {
        report(ld, PROBLEM_ERROR, line, path, "too long (%zu bytes, at most %u)", n, MAX_TEXT_BYTES);
        return NULL;
    }
    return xstrndup(v, n);
}

static char *join_path(const char *path, const char *field)
{
    return path && path[0] ? xasprintf("%s.%s", path, field) : xstrdup(field);
}

static bool has_control(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p < 0x20 && *p != '\n') || *p == 0x7F)
            return true;
    return false;
}

/* Reads the text value on top of the stack: a string, or {en = ..., es = ...}; p is its field
 * path. Stack: 0 (leaves the value). Returns false (and reports) when required and missing, or
 * malformed. */
static bool read_text_value(Ld *ld, int line, const char *p, bool required, LText *out)
{
    lua_State *L = ld->L;
    bool ok = true;
    int t = lua_type(L, -1);
    if (t == LUA_TNIL) {
        if (required) {
            report(ld, PROBLEM_ERROR, line, p, "missing (a text: \"...\" or { en = \"...\", es = \"...\" })");
            ok = false;
        }
    } else if (t == LUA_TSTRING) {
        /* One text for every language: fine for names and numbers, a gap for prose. */
        out->s[LANG_EN] = checked_string(ld, -1, line, p);
        ok = out->s[LANG_EN] != NULL;
        for (int l = 1; l < LANG_COUNT; l++)
            report(ld, PROBLEM_WARNING, line, p, "missing translation '%s' (write { en = ..., %s = ... })",
                   lang_code((Lang)l), lang_code((Lang)l));
    } else if (t == LUA_TTABLE) {
        int tbl = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tbl)) {
            Lang lang;
            const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
            if (!code || strlen(code) != 2 || !lang_parse(code, &lang)) {
                report(ld, PROBLEM_ERROR, line, p, "unknown language key %s%s%s (use en and es)",
                       code ? "'" : "", code ? code : luaL_typename(L, -2), code ? "'" : "");
                ok = false;
            } else if (lua_type(L, -1) != LUA_TSTRING) {
                report(ld, PROBLEM_ERROR, line, p, "%s text must be a string, not %s", code,
                       luaL_typename(L, -1));
                ok = false;
            } else {
                free(out->s[lang]);
                out->s[lang] = checked_string(ld, -1, line, p);
                ok = ok && out->s[lang] != NULL;
            }
            lua_pop(L, 1);
        }
        if (ok && ltext_empty(out) && required) {
            report(ld, PROBLEM_ERROR, line, p, "empty text");
            ok = false;
        } else if (ok && !ltext_empty(out)) {
            for (int l = 0; l < LANG_COUNT; l++)
                if (!ltext_has(out, (Lang)l))
                    report(ld, PROBLEM_WARNING, line, p, "missing translation '%s'",
                           lang_code((Lang)l));
        }
    } else {
        report(ld, PROBLEM_ERROR, line, p, "must be a text, not %s", luaL_typename(L, -1));
        ok = false;
    }
    for (int l = 0; l < LANG_COUNT; l++)
        if (out->s[l] && has_control(out->s[l]))
            report(ld, PROBLEM_WARNING, line, p,
                   "contains control characters (shown as inert marks)");
    return ok;
}

/* Reads text field `field` of the table at idx. Stack: 0. */
static bool read_text(Ld *ld, int idx, const char *field, int line, const char *path, bool required,
                      LText *out)
{
    char *p = join_path(path, field);
    raw_getfield(ld->L, idx, field);
    bool ok = read_text_value(ld, line, p, required, out);
    lua_pop(ld->L, 1);
    free(p);
    return ok;
}

static bool valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && i > 0) ||
              (c == '_' && i > 0)))
            return false;
    }
    return true;
}

/* Reads identifier field `field`. Stack: 0. Returns an owned string or NULL (reported). */
static char *read_id(Ld *ld, int idx, const char *field, int line, const char *path)
{
    lua_State *L = ld->L;
    char *p = join_path(path, field);
    char *res = NULL;
    raw_getfield(L, idx, field);
    if (lua_type(L, -1) == LUA_TNIL)
        report(ld, PROBLEM_ERROR, line, p, "missing (an id such as \"safe-handling\")");
    else if (lua_type(L, -1) != LUA_TSTRING)
        report(ld, PROBLEM_ERROR, line, p, "must be a string, not %s", luaL_typename(L, -1));
    else if (!valid_id(lua_tostring(L, -1)))
        report(ld, PROBLEM_ERROR, line, p,
               "'%s' is not a valid id (lower-case letters, digits, '-' and '_', at most 64)",
               lua_tostring(L, -1));
    else
        res = checked_string(ld, -1, line, p);
    lua_pop(L, 1);
    free(p);
    return res;
}

/* Reads an optional list field, pushing it (or nil) and returning its length; -1 when the field
 * is not a proper list (reported). Stack: +1 always. */
static lua_Integer push_list(Ld *ld, int idx, const char *field, int line, const char *path,
                             lua_Integer max)
{
    lua_State *L = ld->L;
    raw_getfield(L, idx, field);
    int t = lua_type(L, -1);
    if (t == LUA_TNIL)
        return 0;
    char *p = join_path(path, field);
    lua_Integer n = -1;
    if (t != LUA_TTABLE) {
        report(ld, PROBLEM_ERROR, line, p, "must be a list { ... }, not %s", luaL_typename(L, -1));
    } else {
        n = (lua_Integer)lua_rawlen(L, -1);
        if (n > max) {
            report(ld, PROBLEM_ERROR, line, p, "too many entries (%lld, at most %lld)",
                   (long long)n, (long long)max);
            free(p);
            return -1;
        }
        lua_Integer count = 0;
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            count++;
            if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n) {
                report(ld, PROBLEM_ERROR, line, p, "must be a list: it has a named or stray key");
                lua_pop(L, 1);
                n = -1;
                break;
            }
        }
        if (n >= 0 && count != n) {
            report(ld, PROBLEM_ERROR, line, p, "list has holes (nil entries)");
            n = -1;
        }
    }
    free(p);
    return n;
}

/* sources = { "N2", ... } on a page or question. Stack: 0. */
static void read_refs(Ld *ld, int idx, int line, const char *path, SourceRefs *out)
{
    lua_State *L = ld->L;
    lua_Integer n = push_list(ld, idx, "sources", line, path, 50);
    char *p = join_path(path, "sources");
    if (n > 0) {
        out->keys = xcalloc((size_t)n, sizeof *out->keys);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) == LUA_TSTRING)
                out->keys[out->n++] = xstrdup(lua_tostring(L, -1)); /* compared, never drawn raw */
            else
                report(ld, PROBLEM_ERROR, line, p, "entry %lld must be a source key string",
                       (long long)i);
            lua_pop(L, 1);
        }
    }
    free(p);
    lua_pop(L, 1);
}

static const char *const page_fields[] = {"title", "text", "sources", NULL};
static const char *const choice_fields[] = {"id", "prompt", "options", "answer", "explain",
                                            "sources", NULL};
static const char *const truefalse_fields[] = {"id", "prompt", "answer", "explain", "sources",
                                               NULL};
static const char *const text_fields[] = {"id", "prompt", "answers", "match_case", "match_accents",
                                          "match_spacing", "explain", "sources", NULL};

/* text { answers = { "alemán", { en = "German", es = "alemán" } }, match_case = false, ... }:
 * every accepted answer, in any language. Stack: 0. */
static void read_text_answers(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *apath = join_path(path, "answers");
    lua_Integer n = push_list(ld, idx, "answers", line, path, 50);
    if (n == 0)
        report(ld, PROBLEM_ERROR, line, apath, "missing (a list of accepted answers, e.g. { \"9 mm\" })");
    if (n > 0)
        q->accepted = xcalloc((size_t)n * LANG_COUNT, sizeof *q->accepted);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ipath = xasprintf("%s[%lld]", apath, (long long)i);
        lua_rawgeti(L, -1, i);
        LText t = {0};
        if (read_text_value(ld, line, ipath, true, &t)) {
            for (int l = 0; l < LANG_COUNT && i == 1; l++)
                if (t.s[l])
                    q->model_answer.s[l] = xstrdup(t.s[l]);
            for (int l = 0; l < LANG_COUNT; l++)
                if (t.s[l] && t.s[l][0]) {
                    q->accepted[q->n_accepted++] = t.s[l];
                    t.s[l] = NULL;
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
        raw_getfield(L, idx, flags[k].field);
        if (lua_type(L, -1) == LUA_TBOOLEAN) {
            if (lua_toboolean(L, -1))
                q->match |= flags[k].flag;
        } else if (!lua_isnil(L, -1)) {
            char *p = join_path(path, flags[k].field);
            report(ld, PROBLEM_ERROR, line, p, "must be true or false");
            free(p);
        }
        lua_pop(L, 1);
    }
}

static const char *const numeric_fields[] = {"id", "prompt", "answer", "tolerance", "unit",
                                             "explain", "sources", NULL};

/* numeric { answer = 9, tolerance = 0.5, unit = "mm" }. Stack: 0. */
static void read_numeric_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *p = join_path(path, "answer");
    raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) != LUA_TNUMBER || !isfinite(lua_tonumber(L, -1)))
        report(ld, PROBLEM_ERROR, line, p, "%s (the right number, e.g. answer = 9)",
               lua_isnil(L, -1) ? "missing" : "must be a number");
    else
        q->value = lua_tonumber(L, -1);
    lua_pop(L, 1);
    free(p);
    p = join_path(path, "tolerance");
    raw_getfield(L, idx, "tolerance");
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TNUMBER || !(lua_tonumber(L, -1) >= 0) ||
            !isfinite(lua_tonumber(L, -1)))
            report(ld, PROBLEM_ERROR, line, p, "must be a number from 0");
        else
            q->tolerance = lua_tonumber(L, -1);
    }
    lua_pop(L, 1);
    free(p);
    p = join_path(path, "unit");
    raw_getfield(L, idx, "unit");
    if (lua_type(L, -1) == LUA_TSTRING) {
        q->unit = checked_string(ld, -1, line, p);
        if (q->unit && strlen(q->unit) > 16) {
            report(ld, PROBLEM_ERROR, line, p, "too long for a unit (at most 16 bytes)");
            free(q->unit);
            q->unit = NULL;
        }
    } else if (!lua_isnil(L, -1)) {
        report(ld, PROBLEM_ERROR, line, p, "must be a string such as \"mm\"");
    }
    lua_pop(L, 1);
    free(p);
}

static const char *const serial_fields[] = {"id", "prompt", "answer", "explain", "sources", NULL};

/* serial { answer = "AB12345" }: the serial number as marked. Stack: 0. */
static void read_serial_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *p = join_path(path, "answer");
    raw_getfield(L, idx, "answer");
    char *v = lua_type(L, -1) == LUA_TSTRING ? checked_string(ld, -1, line, p) : NULL;
    if (lua_type(L, -1) != LUA_TSTRING)
        report(ld, PROBLEM_ERROR, line, p, "%s (the serial number as marked, e.g. \"AB12345\")",
               lua_isnil(L, -1) ? "missing" : "must be a string");
    else if (v && (!v[0] || strlen(v) > 40 || strchr(v, ' ') == v)) {
        report(ld, PROBLEM_ERROR, line, p, "must be 1 to 40 characters, not starting with a space");
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

static const char *const order_fields[] = {"id", "prompt", "items", "explain", "sources", NULL};

static const char *const match_fields[] = {"id", "prompt", "pairs", "explain", "sources", NULL};

/* match { pairs = { { "left", "right" }, ... } }: each left item with the right item that
 * belongs to it. Stack: 0. */
static void read_match_pairs(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *ppath = join_path(path, "pairs");
    lua_Integer n = push_list(ld, idx, "pairs", line, path, QUESTION_MAX_OPTIONS);
    if (n >= 0 && n < 2)
        report(ld, PROBLEM_ERROR, line, ppath, "needs at least 2 pairs, e.g. { { \"A\", \"a\" }, { \"B\", \"b\" } }");
    if (n > 0) {
        q->options = xcalloc((size_t)n, sizeof *q->options);
        q->right = xcalloc((size_t)n, sizeof *q->right);
        q->n_options = q->n_right = (size_t)n;
        int list = lua_gettop(L);
        for (lua_Integer i = 1; i <= n; i++) {
            char *ipath = xasprintf("%s[%lld]", ppath, (long long)i);
            lua_rawgeti(L, list, i);
            if (lua_type(L, -1) != LUA_TTABLE || lua_rawlen(L, -1) != 2) {
                report(ld, PROBLEM_ERROR, line, ipath, "must be a pair { left, right }");
            } else {
                for (int side = 1; side <= 2; side++) {
                    char *spath = xasprintf("%s[%d]", ipath, side);
                    lua_rawgeti(L, -1, side);
                    read_text_value(ld, line, spath, true,
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

static const char *const multi_fields[] = {"id", "prompt", "options", "answers", "negative",
                                           "explain", "sources", NULL};

/* multi { answers = { 1, 3 }, negative = false }: the right options, as a set. Stack: 0. */
static void read_multi_answers(Ld *ld, int idx, int line, const char *path, lua_Integer n_options,
                               Question *q)
{
    lua_State *L = ld->L;
    char *apath = join_path(path, "answers");
    lua_Integer n = push_list(ld, idx, "answers", line, path, QUESTION_MAX_OPTIONS);
    if (n == 0)
        report(ld, PROBLEM_ERROR, line, apath, "missing (a list of the right option numbers, e.g. { 1, 3 })");
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_Integer a = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
        if (a < 1 || a > QUESTION_MAX_OPTIONS || (n_options > 0 && a > n_options))
            report(ld, PROBLEM_ERROR, line, apath, "entry %lld is not an option number (1 to %lld)",
                   (long long)i, (long long)n_options);
        else if (q->answers & (1u << (a - 1)))
            report(ld, PROBLEM_ERROR, line, apath, "option %lld is listed twice", (long long)a);
        else
            q->answers |= 1u << (a - 1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    free(apath);
    raw_getfield(L, idx, "negative");
    if (lua_type(L, -1) == LUA_TBOOLEAN)
        q->negative = lua_toboolean(L, -1);
    else if (!lua_isnil(L, -1)) {
        char *p = join_path(path, "negative");
        report(ld, PROBLEM_ERROR, line, p, "must be true or false");
        free(p);
    }
    lua_pop(L, 1);
}
static const char *const lesson_fields[] = {"id", "version", "title", "summary", "sources",
                                            "pages", "quiz", NULL};

/* Reads the page table on top of the stack into out. Stack: 0 (leaves the table). */
static void read_page(Ld *ld, int parent_line, const char *path, Page *out)
{
    lua_State *L = ld->L;
    int idx = lua_gettop(L);
    int line = parent_line;
    if (ctor_of(ld, idx, &line) != CTOR_PAGE) {
        line = parent_line;
        report(ld, PROBLEM_ERROR, line, path, "not a page: write page { title = ..., text = ... }");
        return;
    }
    out->line = line;
    check_fields(ld, idx, line, path, page_fields);
    read_text(ld, idx, "title", line, path, true, &out->title);
    read_text(ld, idx, "text", line, path, true, &out->text);
    read_refs(ld, idx, line, path, &out->sources);
}

/* truefalse { ... }: the answer is a boolean; the options are True and False. Stack: 0. */
static void read_truefalse_answer(Ld *ld, int idx, int line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    char *apath = join_path(path, "answer");
    raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) != LUA_TBOOLEAN)
        report(ld, PROBLEM_ERROR, line, apath, "%s (write answer = true or answer = false)",
               lua_isnil(L, -1) ? "missing" : "must be true or false");
    else
        question_make_truefalse(q, lua_toboolean(L, -1));
    lua_pop(L, 1);
    free(apath);
}

/* Reads the question on top of the stack (choice{} or truefalse{}) into q. Stack: 0. */
static void read_question(Ld *ld, int parent_line, const char *path, Question *q)
{
    lua_State *L = ld->L;
    int idx = lua_gettop(L);
    int line = parent_line;
    CtorKind kind = ctor_of(ld, idx, &line);
    if (kind < CTOR_CHOICE) {
        report(ld, PROBLEM_ERROR, parent_line, path,
               "not a question: write choice, multi, truefalse, text, numeric, serial, order or "
               "match { ... }");
        return;
    }
    static const struct { QuestionType type; const char *const *fields; } kinds[] = {
        [CTOR_CHOICE] = {QUESTION_CHOICE, choice_fields},
        [CTOR_TRUEFALSE] = {QUESTION_TRUEFALSE, truefalse_fields},
        [CTOR_MULTI] = {QUESTION_MULTI, multi_fields},
        [CTOR_TEXT] = {QUESTION_TEXT, text_fields},
        [CTOR_NUMERIC] = {QUESTION_NUMERIC, numeric_fields},
        [CTOR_SERIAL] = {QUESTION_SERIAL, serial_fields},
        [CTOR_ORDER] = {QUESTION_ORDER, order_fields},
        [CTOR_MATCH] = {QUESTION_MATCH, match_fields},
    };
    q->line = line;
    q->type = kinds[kind].type;
    check_fields(ld, idx, line, path, kinds[kind].fields);
    q->id = read_id(ld, idx, "id", line, path);
    read_text(ld, idx, "prompt", line, path, true, &q->prompt);
    read_text(ld, idx, "explain", line, path, false, &q->explain);
    if (ltext_empty(&q->explain)) {
        char *p = join_path(path, "explain");
        report(ld, PROBLEM_WARNING, line, p, "missing: trainees learn from the explanation");
        free(p);
    }
    read_refs(ld, idx, line, path, &q->sources);
    if (kind == CTOR_TRUEFALSE) {
        read_truefalse_answer(ld, idx, line, path, q);
        return;
    }
    if (kind == CTOR_TEXT) {
        read_text_answers(ld, idx, line, path, q);
        return;
    }
    if (kind == CTOR_NUMERIC) {
        read_numeric_answer(ld, idx, line, path, q);
        return;
    }
    if (kind == CTOR_SERIAL) {
        read_serial_answer(ld, idx, line, path, q);
        return;
    }
    if (kind == CTOR_MATCH) {
        read_match_pairs(ld, idx, line, path, q);
        return;
    }

    const char *list_field = kind == CTOR_ORDER ? "items" : "options";
    char *opath = join_path(path, list_field);
    lua_Integer n = push_list(ld, idx, list_field, line, path, QUESTION_MAX_OPTIONS);
    if (n >= 0 && n < 2)
        report(ld, PROBLEM_ERROR, line, opath, "needs at least 2 %s", list_field);
    if (n > 0) {
        q->options = xcalloc((size_t)n, sizeof *q->options);
        q->n_options = (size_t)n;
        int list = lua_gettop(L);
        for (lua_Integer i = 1; i <= n; i++) {
            char *ipath = xasprintf("%s[%lld]", opath, (long long)i);
            lua_rawgeti(L, list, i);
            read_text_value(ld, line, ipath, true, &q->options[i - 1]);
            lua_pop(L, 1);
            free(ipath);
        }
    }
    lua_pop(L, 1);
    if (kind == CTOR_ORDER) { /* items are written in the right order */
        free(opath);
        return;
    }
    if (kind == CTOR_MULTI) {
        read_multi_answers(ld, idx, line, path, n, q);
        free(opath);
        return;
    }

    char *apath = join_path(path, "answer");
    raw_getfield(L, idx, "answer");
    if (lua_type(L, -1) == LUA_TNIL)
        report(ld, PROBLEM_ERROR, line, apath, "missing (the number of the correct option)");
    else if (!lua_isinteger(L, -1))
        report(ld, PROBLEM_ERROR, line, apath, "must be a whole number, the correct option");
    else if (n > 0 && (lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n))
        report(ld, PROBLEM_ERROR, line, apath, "%lld is not an option number (1 to %lld)",
               (long long)lua_tointeger(L, -1), (long long)n);
    else
        q->answer = (size_t)lua_tointeger(L, -1) - 1;
    lua_pop(L, 1);
    free(apath);
    free(opath);
}

/* Module sources: { { key = "N2", text = "..." }, ... }. Stack: 0. */
static void read_sources(Ld *ld, int idx, int line, Module *m)
{
    lua_State *L = ld->L;
    lua_Integer n = push_list(ld, idx, "sources", line, "", 200);
    if (n > 0) {
        m->sources = xcalloc((size_t)n, sizeof *m->sources);
        for (lua_Integer i = 1; i <= n; i++) {
            char *p = xasprintf("sources[%lld]", (long long)i);
            lua_rawgeti(L, -1, i);
            int e = lua_gettop(L);
            static const char *const fields[] = {"key", "text", NULL};
            if (lua_type(L, e) != LUA_TTABLE) {
                report(ld, PROBLEM_ERROR, line, p, "must be { key = \"...\", text = \"...\" }");
            } else {
                check_fields(ld, e, line, p, fields);
                raw_getfield(L, e, "key");
                raw_getfield(L, e, "text");
                if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
                    report(ld, PROBLEM_ERROR, line, p, "key and text must both be strings");
                else {
                    Source *s = &m->sources[m->n_sources++];
                    s->key = xstrdup(lua_tostring(L, -2));
                    s->text = xstrdup(lua_tostring(L, -1));
                }
                lua_pop(L, 2);
            }
            lua_pop(L, 1);
            free(p);
        }
    }
    lua_pop(L, 1);
    if (n == 0)
        report(ld, PROBLEM_WARNING, line, "sources", "missing: name the sources of the facts taught");
}

static void check_refs(Ld *ld, const Module *m, const SourceRefs *r, int line, const char *path)
{
    for (size_t i = 0; i < r->n; i++) {
        bool found = false;
        for (size_t k = 0; k < m->n_sources && !found; k++)
            found = strcmp(m->sources[k].key, r->keys[i]) == 0;
        if (!found) {
            char *p = join_path(path, "sources");
            report(ld, PROBLEM_ERROR, line, p, "'%s' is not in the module's sources", r->keys[i]);
            free(p);
        }
    }
}

Module *loader_build(Sandbox *sb, const char *file, Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs};
    int idx = lua_gettop(L);
    int line = 0;
    Module *m = NULL;
    if (!lua_checkstack(L, 40)) {
        report(&ld, PROBLEM_ERROR, 0, "", "out of memory");
        goto done;
    }
    if (lua_type(L, idx) != LUA_TTABLE || ctor_of(&ld, idx, &line) != CTOR_LESSON) {
        report(&ld, PROBLEM_ERROR, 0, "",
               "the module must end with: return lesson { id = ..., title = ..., ... }");
        goto done;
    }
    m = module_new();
    m->file = xstrdup(file);
    check_fields(&ld, idx, line, "", lesson_fields);
    m->id = read_id(&ld, idx, "id", line, "");
    raw_getfield(L, idx, "version");
    m->version = 1;
    if (lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 && lua_tointeger(L, -1) < 1000000)
        m->version = (int)lua_tointeger(L, -1);
    else if (!lua_isnil(L, -1))
        report(&ld, PROBLEM_ERROR, line, "version", "must be a whole number from 1");
    lua_pop(L, 1);
    read_text(&ld, idx, "title", line, "", true, &m->title);
    read_text(&ld, idx, "summary", line, "", false, &m->summary);
    read_sources(&ld, idx, line, m);

    lua_Integer n = push_list(&ld, idx, "pages", line, "", 500);
    if (n > 0) {
        m->pages = xcalloc((size_t)n, sizeof *m->pages);
        for (lua_Integer i = 1; i <= n; i++) {
            char *p = xasprintf("pages[%lld]", (long long)i);
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TTABLE)
                report(&ld, PROBLEM_ERROR, line, p, "not a page: write page { ... }");
            else {
                Page *pg = &m->pages[m->n_pages++];
                read_page(&ld, line, p, pg);
                check_refs(&ld, m, &pg->sources, pg->line ? pg->line : line, p);
            }
            lua_pop(L, 1);
            free(p);
        }
    }
    lua_pop(L, 1);

    n = push_list(&ld, idx, "quiz", line, "", 1000);
    if (n > 0) {
        m->questions = xcalloc((size_t)n, sizeof *m->questions);
        for (lua_Integer i = 1; i <= n; i++) {
            char *p = xasprintf("quiz[%lld]", (long long)i);
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TTABLE)
                report(&ld, PROBLEM_ERROR, line, p, "not a question: write choice { ... }");
            else {
                Question *q = &m->questions[m->n_questions++];
                read_question(&ld, line, p, q);
                check_refs(&ld, m, &q->sources, q->line ? q->line : line, p);
                for (size_t k = 0; q->id && k + 1 < m->n_questions; k++)
                    if (m->questions[k].id && strcmp(m->questions[k].id, q->id) == 0) {
                        char *ip = join_path(p, "id");
                        report(&ld, PROBLEM_ERROR, q->line, ip, "duplicate id '%s' (also quiz[%zu])",
                               q->id, k + 1);
                        free(ip);
                    }
            }
            lua_pop(L, 1);
            free(p);
        }
    }
    lua_pop(L, 1);
    if (m->n_pages == 0 && m->n_questions == 0)
        report(&ld, PROBLEM_ERROR, line, "", "a lesson needs pages or a quiz (or both)");

done:
    lua_settop(L, idx - 1);
    if (ld.errors > 0) {
        module_free(m);
        return NULL;
    }
    return m;
}
