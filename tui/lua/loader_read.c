/* The loader's shared reading tools: fields, texts, ids and lists of a module's tables, each
 * problem reported as "field path: message" at the line where the field is written. */
#include "loader_read.h"

#include <ctype.h>
#include <lauxlib.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Pushes t[field] of the table at idx without running any metamethod a module may have set.
 * Stack: +1. */
int ld_raw_getfield(lua_State *L, int idx, const char *field)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, field);
    return lua_rawget(L, idx);
}

void ld_report(Ld *ld, ProblemLevel level, int line, const char *path, const char *fmt, ...)
{
    if (level == PROBLEM_ERROR)
        ld->errors++;
    /* A module can make any number of mistakes; a list past LD_MAX_PROBLEMS helps nobody. */
    if (++ld->reported > LD_MAX_PROBLEMS) {
        if (ld->reported == LD_MAX_PROBLEMS + 1)
            problems_add(ld->probs, ld->file, 0, PROBLEM_ERROR,
                         "more than %d problems: the rest are not listed", LD_MAX_PROBLEMS);
        return;
    }
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
void ld_check_fields(Ld *ld, int idx, int line, const char *path, const char *const known[])
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            int at = lua_isinteger(L, -1) ? ld_entry_line(ld, idx, lua_tointeger(L, -1), line)
                                          : line;
            ld_report(ld, PROBLEM_ERROR, at, path,
                   "unexpected %s key: fields are written name = value",
                   luaL_typename(L, -1));
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool found = false;
        for (size_t i = 0; known[i] && !found; i++)
            found = strcmp(key, known[i]) == 0;
        if (found)
            continue;
        /* Unknown: the nearest known name is worth a suggestion when it is close. */
        const char *best = NULL;
        size_t best_d = 99;
        for (size_t i = 0; known[i]; i++) {
            size_t d = edit_distance(key, known[i]);
            if (d < best_d)
                best_d = d, best = known[i];
        }
        char *p = path && path[0] ? xasprintf("%s.%s", path, key) : xstrdup(key);
        int at = ld_field_line(ld, idx, key, line);
        if (best && best_d <= 2)
            ld_report(ld, PROBLEM_ERROR, at, p, "unknown field (did you mean '%s'?)", best);
        else
            ld_report(ld, PROBLEM_ERROR, at, p, "unknown field");
        free(p);
    }
}

/* Copies the string at idx, or reports (at line, path) and returns NULL when it holds a NUL byte
 * or is longer than MAX_TEXT_BYTES. Stack: 0. */
char *ld_checked_string(Ld *ld, int idx, int line, const char *path)
{
    size_t n;
    const char *v = lua_tolstring(ld->L, idx, &n);
    if (strlen(v) != n) {
        ld_report(ld, PROBLEM_ERROR, line, path, "contains a NUL byte");
        return NULL;
    }
    if (n > MAX_TEXT_BYTES) {
        ld_report(ld, PROBLEM_ERROR, line, path, "too long (%zu bytes, at most %u)", n, MAX_TEXT_BYTES);
        return NULL;
    }
    return xstrndup(v, n);
}

char *ld_join_path(const char *path, const char *field)
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

/* With a key and value of the table at tbl on top of the stack (as lua_next leaves them): the
 * line where that key is written (line when not known). Stack: 0. */
static int key_line(Ld *ld, int tbl, int line)
{
    lua_State *L = ld->L;
    if (lua_type(L, -2) == LUA_TSTRING)
        return ld_field_line(ld, tbl, lua_tostring(L, -2), line);
    return lua_isinteger(L, -2) ? ld_entry_line(ld, tbl, lua_tointeger(L, -2), line) : line;
}

/* With a key and value of the table at tbl on top of the stack (as lua_next leaves them): the
 * key as a language code, its language in *lang; NULL (reported at p, at the key's line) for
 * anything but "en" or "es". Stack: 0. */
static const char *lang_key(Ld *ld, int tbl, int line, const char *p, Lang *lang)
{
    lua_State *L = ld->L;
    const char *code = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
    if (code && strlen(code) == 2 && lang_parse(code, lang))
        return code;
    if (lua_type(L, -2) == LUA_TNUMBER) { /* { "English", "Español" }: a list, not a text */
        ld_report(ld, PROBLEM_ERROR, key_line(ld, tbl, line), p,
                  "a list entry where a language belongs: write { en = ..., es = ... }");
        return NULL;
    }
    ld_report(ld, PROBLEM_ERROR, key_line(ld, tbl, line), p,
              "unknown language key %s%s%s (use en and es)", code ? "'" : "",
              code ? code : luaL_typename(L, -2), code ? "'" : "");
    return NULL;
}

/* Reads the text value on top of the stack: a string, or {en = ..., es = ...}; p is its field
 * path. Stack: 0 (leaves the value). Returns false (and reports) when required and missing, or
 * malformed. */
bool ld_read_text_value(Ld *ld, int line, const char *p, bool required, LText *out)
{
    lua_State *L = ld->L;
    bool ok = true;
    int t = lua_type(L, -1);
    if (t == LUA_TNIL) {
        if (required) {
            ld_report(ld, PROBLEM_ERROR, line, p, "missing (a text: \"...\" or { en = \"...\", es = \"...\" })");
            ok = false;
        }
    } else if (t == LUA_TSTRING) {
        /* One text for every language: fine for names and numbers, a gap for prose. */
        out->s[LANG_EN] = ld_checked_string(ld, -1, line, p);
        ok = out->s[LANG_EN] != NULL;
        for (int l = 1; l < LANG_COUNT; l++)
            ld_report(ld, PROBLEM_WARNING, line, p, "missing translation '%s' (write { en = ..., %s = ... })",
                   lang_code((Lang)l), lang_code((Lang)l));
    } else if (t == LUA_TTABLE) {
        int tbl = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tbl)) {
            Lang lang;
            const char *code = lang_key(ld, tbl, line, p, &lang);
            if (!code) {
                ok = false;
            } else if (lua_type(L, -1) != LUA_TSTRING) {
                ld_report(ld, PROBLEM_ERROR, key_line(ld, tbl, line), p,
                          "%s text must be a string, not %s", code, luaL_typename(L, -1));
                ok = false;
            } else {
                free(out->s[lang]);
                out->s[lang] = ld_checked_string(ld, -1, key_line(ld, tbl, line), p);
                ok = ok && out->s[lang] != NULL;
            }
            lua_pop(L, 1);
        }
        if (ok && ltext_empty(out) && required) {
            ld_report(ld, PROBLEM_ERROR, line, p, "empty text");
            ok = false;
        } else if (ok && !ltext_empty(out)) {
            for (int l = 0; l < LANG_COUNT; l++)
                if (!ltext_has(out, (Lang)l))
                    ld_report(ld, PROBLEM_WARNING, line, p, "missing translation '%s'",
                           lang_code((Lang)l));
        }
    } else {
        ld_report(ld, PROBLEM_ERROR, line, p, "must be a text, not %s", luaL_typename(L, -1));
        ok = false;
    }
    for (int l = 0; l < LANG_COUNT; l++)
        if (out->s[l] && has_control(out->s[l]))
            ld_report(ld, PROBLEM_WARNING, line, p,
                   "contains control characters (shown as inert marks)");
    return ok;
}

bool ld_read_answer_value(Ld *ld, int line, const char *p, LText *out)
{
    if (lua_type(ld->L, -1) != LUA_TSTRING)
        return ld_read_text_value(ld, line, p, true, out);
    char *s = ld_checked_string(ld, -1, line, p);
    for (int l = 0; s && l < LANG_COUNT; l++)
        out->s[l] = xstrdup(s);
    free(s);
    return out->s[0] != NULL;
}

/* Reads text field `field` of the table at idx. Stack: 0. */
bool ld_read_text(Ld *ld, int idx, const char *field, int line, const char *path, bool required,
                      LText *out)
{
    char *p = ld_join_path(path, field);
    ld_raw_getfield(ld->L, idx, field);
    bool ok = ld_read_text_value(ld, ld_field_line(ld, idx, field, line), p, required, out);
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

char *ld_read_id_value(Ld *ld, int line, const char *p)
{
    lua_State *L = ld->L;
    if (lua_type(L, -1) == LUA_TNIL)
        ld_report(ld, PROBLEM_ERROR, line, p, "missing (an id such as \"safe-handling\")");
    else if (lua_type(L, -1) != LUA_TSTRING)
        ld_report(ld, PROBLEM_ERROR, line, p, "must be a string, not %s", luaL_typename(L, -1));
    else if (!valid_id(lua_tostring(L, -1)))
        ld_report(ld, PROBLEM_ERROR, line, p,
               "'%s' is not a valid id (lower-case letters, digits, '-' and '_', at most 64)",
               lua_tostring(L, -1));
    else
        return ld_checked_string(ld, -1, line, p);
    return NULL;
}

/* Reads identifier field `field`. Stack: 0. Returns an owned string or NULL (reported). */
char *ld_read_id(Ld *ld, int idx, const char *field, int line, const char *path)
{
    char *p = ld_join_path(path, field);
    ld_raw_getfield(ld->L, idx, field);
    char *res = ld_read_id_value(ld, ld_field_line(ld, idx, field, line), p);
    lua_pop(ld->L, 1);
    free(p);
    return res;
}

/* Reads an optional list field, pushing it (or nil) and returning its length; -1 when the field
 * is not a proper list (reported). Stack: +1 always. */
lua_Integer ld_push_list(Ld *ld, int idx, const char *field, int line, const char *path,
                             lua_Integer max)
{
    lua_State *L = ld->L;
    line = ld_field_line(ld, idx, field, line);
    ld_raw_getfield(L, idx, field);
    int t = lua_type(L, -1);
    if (t == LUA_TNIL)
        return 0;
    char *p = ld_join_path(path, field);
    lua_Integer n = -1;
    if (t != LUA_TTABLE) {
        ld_report(ld, PROBLEM_ERROR, line, p, "must be a list { ... }, not %s", luaL_typename(L, -1));
    } else {
        n = (lua_Integer)lua_rawlen(L, -1);
        if (n > max) {
            ld_report(ld, PROBLEM_ERROR, line, p, "too many entries (%lld, at most %lld)",
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
                int at = lua_type(L, -1) == LUA_TSTRING
                             ? ld_field_line(ld, -2, lua_tostring(L, -1), line) : line;
                ld_report(ld, PROBLEM_ERROR, at, p, "must be a list: it has a named or stray key");
                lua_pop(L, 1);
                n = -1;
                break;
            }
        }
        if (n >= 0 && count != n) {
            ld_report(ld, PROBLEM_ERROR, line, p, "list has holes (nil entries)");
            n = -1;
        }
    }
    free(p);
    return n;
}

/* sources = { "N2", ... } on a page or question. Stack: 0. */
/* Whether key is one of ld->module's sources (any key when there is no module to check). */
static bool known_source(const Ld *ld, const char *key)
{
    if (!ld->module)
        return true;
    for (size_t k = 0; k < ld->module->n_sources; k++)
        if (strcmp(ld->module->sources[k].key, key) == 0)
            return true;
    return false;
}

void ld_read_refs(Ld *ld, int idx, int line, const char *path, SourceRefs *out)
{
    lua_State *L = ld->L;
    line = ld_field_line(ld, idx, "sources", line);
    lua_Integer n = ld_push_list(ld, idx, "sources", line, path, 50);
    int list = lua_gettop(L);
    char *p = ld_join_path(path, "sources");
    if (n > 0) {
        out->keys = xcalloc((size_t)n, sizeof *out->keys);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, list, i);
            int at = ld_entry_line(ld, list, i, line);
            if (lua_type(L, -1) != LUA_TSTRING)
                ld_report(ld, PROBLEM_ERROR, at, p, "entry %lld must be a source key string",
                       (long long)i);
            else if (!known_source(ld, lua_tostring(L, -1)))
                ld_report(ld, PROBLEM_ERROR, at, p, "'%s' is not in the module's sources",
                          lua_tostring(L, -1));
            else
                out->keys[out->n++] = xstrdup(lua_tostring(L, -1)); /* compared, never drawn raw */
            lua_pop(L, 1);
        }
    }
    free(p);
    lua_pop(L, 1);
}


char *ld_read_opt_id(Ld *ld, int idx, const char *field, int line, const char *path)
{
    bool absent = ld_raw_getfield(ld->L, idx, field) == LUA_TNIL;
    lua_pop(ld->L, 1);
    return absent ? NULL : ld_read_id(ld, idx, field, line, path);
}

size_t ld_read_ids(Ld *ld, int idx, const char *field, int line, const char *path, lua_Integer max,
                   char ***out)
{
    lua_State *L = ld->L;
    line = ld_field_line(ld, idx, field, line);
    lua_Integer n = ld_push_list(ld, idx, field, line, path, max);
    size_t got = 0;
    int list = lua_gettop(L);
    if (n > 0)
        *out = xcalloc((size_t)n, sizeof **out);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = xasprintf("%s%s%s[%lld]", path, path[0] ? "." : "", field, (long long)i);
        int at = ld_entry_line(ld, list, i, line);
        lua_rawgeti(L, list, i);
        char *v = ld_read_id_value(ld, at, ip);
        lua_pop(L, 1);
        bool dup = false;
        for (size_t k = 0; v && k < got && !dup; k++)
            dup = strcmp((*out)[k], v) == 0;
        if (dup) {
            ld_report(ld, PROBLEM_WARNING, at, ip, "'%s' is listed twice", v);
            free(v);
        } else if (v) {
            (*out)[got++] = v;
        }
        free(ip);
    }
    lua_pop(L, 1);
    return got;
}

bool ld_read_number(Ld *ld, int idx, const char *field, int line, const char *path, double min,
                    double max, bool whole, double *out)
{
    lua_State *L = ld->L;
    int t = ld_raw_getfield(L, idx, field);
    bool ok = false;
    if (t != LUA_TNIL) {
        char *p = ld_join_path(path, field);
        line = ld_field_line(ld, idx, field, line);
        double v = lua_tonumber(L, -1);
        if (t != LUA_TNUMBER || !isfinite(v) || (whole && !lua_isinteger(L, -1)))
            ld_report(ld, PROBLEM_ERROR, line, p, "must be a %s", whole ? "whole number" : "number");
        else if (v < min || v > max)
            ld_report(ld, PROBLEM_ERROR, line, p, "must be from %g to %g", min, max);
        else {
            *out = v;
            ok = true;
        }
        free(p);
    }
    lua_pop(L, 1);
    return ok;
}

bool ld_read_bool(Ld *ld, int idx, const char *field, int line, const char *path, bool *out)
{
    lua_State *L = ld->L;
    int t = ld_raw_getfield(L, idx, field);
    bool ok = false;
    if (t == LUA_TBOOLEAN) {
        *out = lua_toboolean(L, -1);
        ok = true;
    } else if (t != LUA_TNIL) {
        char *p = ld_join_path(path, field);
        ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, idx, field, line), p, "must be true or false");
        free(p);
    }
    lua_pop(L, 1);
    return ok;
}

/* A picture file name: letters, digits, '-', '_' and '.', ending in ".png"; no directories. */
static bool valid_image_name(const char *s)
{
    size_t n = strlen(s);
    if (n < 5 || n > 100 || strcmp(s + n - 4, ".png") != 0 || s[0] == '.')
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)s[i]) && !strchr("-_.", s[i]))
            return false;
    return true;
}

/* The picture name (or { en = name, es = name }) on top of the stack into out. Stack: 0. */
static void read_image_file(Ld *ld, int line, const char *fp, LText *out)
{
    lua_State *L = ld->L;
    static const char usage[] = "a picture in assets/, e.g. \"pistol-frame.png\", or one per "
                                "language: { en = \"pistol_en.png\", es = \"pistol_es.png\" }";
    int t = lua_type(L, -1);
    if (t == LUA_TSTRING) {
        if (!valid_image_name(lua_tostring(L, -1)))
            ld_report(ld, PROBLEM_ERROR, line, fp,
                      "'%s' is not a picture name (letters, digits, '-', '_', ending in .png; no "
                      "folders)", lua_tostring(L, -1));
        else
            out->s[LANG_EN] = xstrdup(lua_tostring(L, -1)); /* the same in every language */
    } else if (t == LUA_TTABLE) {
        int tbl = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tbl)) {
            Lang lang;
            const char *code = lang_key(ld, tbl, line, fp, &lang);
            if (code && (lua_type(L, -1) != LUA_TSTRING || !valid_image_name(lua_tostring(L, -1)))) {
                ld_report(ld, PROBLEM_ERROR, key_line(ld, tbl, line), fp,
                          "%s: not a picture name (letters, digits, '-', '_', ending in .png; no "
                          "folders)", code);
            } else if (code) {
                free(out->s[lang]);
                out->s[lang] = xstrdup(lua_tostring(L, -1));
            }
            lua_pop(L, 1);
        }
        if (ltext_empty(out))
            ld_report(ld, PROBLEM_ERROR, line, fp, "empty: %s", usage);
        else if (!out->s[LANG_EN])
            ld_report(ld, PROBLEM_ERROR, line, fp, "needs an en picture, shown where no other "
                                                   "language has one");
        for (int l = 1; l < LANG_COUNT && out->s[LANG_EN]; l++)
            if (!out->s[l])
                ld_report(ld, PROBLEM_WARNING, line, fp, "missing picture for '%s' (the en one is "
                          "shown)", lang_code((Lang)l));
    } else {
        ld_report(ld, PROBLEM_ERROR, line, fp, "%s (%s)", t == LUA_TNIL ? "missing" : "wrong type",
                  usage);
    }
}

void ld_read_image(Ld *ld, int idx, int line, const char *path, Image *out)
{
    static const char *const fields[] = {"file", "caption", "alt", NULL};
    lua_State *L = ld->L;
    int t = ld_raw_getfield(L, idx, "image");
    char *p = ld_join_path(path, "image");
    line = ld_field_line(ld, idx, "image", line);
    if (t == LUA_TTABLE) {
        int im = lua_gettop(L);
        ld_check_fields(ld, im, line, p, fields);
        char *fp = ld_join_path(p, "file");
        ld_raw_getfield(L, im, "file");
        out->line = ld_field_line(ld, im, "file", line);
        read_image_file(ld, out->line, fp, &out->file);
        lua_pop(L, 1);
        free(fp);
        ld_read_text(ld, im, "caption", line, p, false, &out->caption);
        ld_read_text(ld, im, "alt", line, p, false, &out->alt);
        if (ltext_empty(&out->alt)) {
            char *ap = ld_join_path(p, "alt");
            ld_report(ld, PROBLEM_WARNING, line, ap,
                      "missing: say what the picture shows, for terminals that cannot draw it");
            free(ap);
        }
    } else if (t != LUA_TNIL) {
        ld_report(ld, PROBLEM_ERROR, line, p, "must be { file = \"...png\", caption = ..., alt = ... }");
    }
    lua_pop(L, 1);
    free(p);
}
