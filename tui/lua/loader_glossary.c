/* Reads the table a glossary file returns: its sources, and each term's id, names in every
 * language, definition, sources and related terms; problems reported at the line of the field at
 * fault. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "loader_read.h"

/* Longest name of a term, in bytes: a name is a few words. */
#define MAX_NAME_BYTES 200

static const char *const lang_names[LANG_COUNT] = {"English", "Spanish"};

bool loader_is_glossary(Sandbox *sb)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L};
    return lua_type(L, -1) == LUA_TTABLE && ld_ctor_of(&ld, -1, NULL) == CTOR_GLOSSARY;
}

/* sources = { { key = ..., text = ... }, ... } of the glossary table at idx. Stack: 0. */
static void read_sources(Ld *ld, int idx, int line, Glossary *g)
{
    if (ld_read_sources(ld, idx, line, ld_field_line(ld, idx, "sources", line),
                        "the key '%s' is listed twice", &g->sources, &g->n_sources) == 0)
        ld_report(ld, PROBLEM_WARNING, line, "sources",
                  "missing: name the sources of the definitions, and cite their keys in each term");
}

/* The folded names of the terms read so far, for finding a name written twice. */
typedef struct {
    char *folded; /* owned */
    size_t term;  /* index in the glossary's terms */
} SeenName;

typedef struct {
    SeenName *items;
    size_t n, cap;
} SeenNames;

/* en = { "preferred", "synonym", ... } (or one name as a string) of the term at e into t, for
 * lang; each name checked against those of the terms before it (seen[lang]). Stack: 0. */
static void read_names(Ld *ld, int e, int at, const char *p, Lang lang, Glossary *g, size_t ti,
                       SeenNames *seen)
{
    lua_State *L = ld->L;
    Term *t = &g->terms[ti];
    const char *code = lang_code(lang);
    char *np = ld_join_path(p, code);
    int line = ld_field_line(ld, e, code, at);
    int type = ld_raw_getfield(L, e, code);
    lua_Integer n = 1;
    if (type == LUA_TTABLE) {
        lua_pop(L, 1);
        n = ld_push_list(ld, e, code, line, p, GLOSSARY_MAX_NAMES);
    }
    int list = lua_gettop(L);
    if (type == LUA_TNIL || (type == LUA_TTABLE && n == 0)) {
        ld_report(ld, PROBLEM_ERROR, line, np,
                  "missing the %s names: write %s = { \"preferred name\", \"synonym\", ... }",
                  lang_names[lang], code);
        n = 0;
    } else if (type != LUA_TTABLE && type != LUA_TSTRING) {
        ld_report(ld, PROBLEM_ERROR, line, np,
                  "must be a name or a list of names, { \"preferred name\", \"synonym\", ... }, "
                  "not %s", luaL_typename(L, -1));
        n = 0;
    }
    if (n > 0)
        t->names[lang] = xcalloc((size_t)n, sizeof *t->names[lang]);
    for (lua_Integer i = 1; i <= n; i++) {
        char *ip = type == LUA_TTABLE ? xasprintf("%s[%lld]", np, (long long)i) : xstrdup(np);
        int nl = type == LUA_TTABLE ? ld_entry_line(ld, list, i, line) : line;
        if (type == LUA_TTABLE)
            lua_rawgeti(L, list, i);
        else
            lua_pushvalue(L, list);
        char *name = lua_type(L, -1) == LUA_TSTRING ? ld_checked_string(ld, -1, nl, ip) : NULL;
        if (lua_type(L, -1) != LUA_TSTRING)
            ld_report(ld, PROBLEM_ERROR, nl, ip, "a name must be a string, not %s",
                      luaL_typename(L, -1));
        else if (name && (text_is_blank(name) || strlen(name) > MAX_NAME_BYTES)) {
            if (text_is_blank(name))
                ld_report(ld, PROBLEM_ERROR, nl, ip, "an empty name");
            else
                ld_report(ld, PROBLEM_ERROR, nl, ip, "too long for a name (at most %d bytes)",
                          MAX_NAME_BYTES);
            free(name);
            name = NULL;
        }
        lua_pop(L, 1);
        if (name) {
            char *folded = text_fold(name, 0);
            const SeenName *other = NULL;
            for (size_t k = 0; k < seen->n && !other; k++)
                if (strcmp(seen->items[k].folded, folded) == 0)
                    other = &seen->items[k];
            if (other && other->term == ti)
                ld_report(ld, PROBLEM_ERROR, nl, ip, "'%s' is listed twice", name);
            else if (other) {
                const char *id = g->terms[other->term].id;
                ld_report(ld, PROBLEM_ERROR, nl, ip,
                          "'%s' is already a %s name of the term '%s' (terms[%zu]): a name "
                          "belongs to one term",
                          name, lang_names[lang], id ? id : "?", other->term + 1);
            }
            if (other) {
                free(folded);
                free(name);
            } else {
                seen->items = xgrow(seen->items, seen->n, &seen->cap, sizeof *seen->items);
                seen->items[seen->n++] = (SeenName){folded, ti};
                t->names[lang][t->n_names[lang]++] = name;
            }
        }
        free(ip);
    }
    lua_pop(L, 1);
    free(np);
}

/* define = { en = ..., es = ... } of the term at e: a definition in each language, as a trainee
 * reads the glossary in either (one text for both would show English to Spanish trainees).
 * Stack: 0. */
static void read_define(Ld *ld, int e, int at, const char *p, Term *t)
{
    lua_State *L = ld->L;
    int line = ld_field_line(ld, e, "define", at);
    char *dp = ld_join_path(p, "define");
    int type = ld_raw_getfield(L, e, "define");
    bool both = type == LUA_TTABLE;
    for (int l = 0; type == LUA_TTABLE && l < LANG_COUNT; l++) {
        bool has = ld_raw_getfield(L, -1, lang_code((Lang)l)) == LUA_TSTRING &&
                   !text_is_blank(lua_tostring(L, -1));
        lua_pop(L, 1);
        if (!has) {
            ld_report(ld, PROBLEM_ERROR, line, dp,
                      "missing the %s definition: write { en = ..., es = ... }", lang_names[l]);
            both = false;
        }
    }
    lua_pop(L, 1);
    if (type != LUA_TTABLE)
        ld_report(ld, PROBLEM_ERROR, line, dp,
                  "%s: write define = { en = \"...\", es = \"...\" }, a definition in each "
                  "language",
                  type == LUA_TNIL ? "missing" : "one text for both languages");
    else if (both)
        ld_read_text(ld, e, "define", at, p, true, &t->define);
    free(dp);
}

/* sources = { "U2", ... } of the term at e: keys of the glossary's sources. Stack: 0. */
static void read_refs(Ld *ld, int e, int at, const char *p, const Glossary *g, Term *t)
{
    lua_State *L = ld->L;
    int line = ld_field_line(ld, e, "sources", at);
    char *sp = ld_join_path(p, "sources");
    lua_Integer n = ld_push_list(ld, e, "sources", line, p, 50);
    int list = lua_gettop(L);
    if (n > 0)
        t->sources.keys = xcalloc((size_t)n, sizeof *t->sources.keys);
    for (lua_Integer i = 1; i <= n; i++) {
        int kl = ld_entry_line(ld, list, i, line);
        lua_rawgeti(L, list, i);
        if (lua_type(L, -1) != LUA_TSTRING)
            ld_report(ld, PROBLEM_ERROR, kl, sp, "entry %lld must be a source key string",
                      (long long)i);
        else if (!glossary_source(g, lua_tostring(L, -1)))
            ld_report(ld, PROBLEM_ERROR, kl, sp, "'%s' is not in the glossary's sources",
                      lua_tostring(L, -1));
        else
            t->sources.keys[t->sources.n++] = xstrdup(lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (n == 0)
        ld_report(ld, PROBLEM_WARNING, line, sp,
                  "missing: cite the keys of the sources of the definition");
    free(sp);
}

/* Reads the term table on top of the stack into g->terms[ti]. Stack: 0 (leaves the table). */
static void read_term(Ld *ld, int at, const char *p, Glossary *g, size_t ti, SeenNames *seen)
{
    static const char *const fields[] = {"id", "en", "es", "define", "sources", "see", NULL};
    lua_State *L = ld->L;
    int e = lua_gettop(L);
    int line = at;
    if (lua_type(L, e) != LUA_TTABLE || ld_ctor_of(ld, e, &line) != CTOR_TERM) {
        ld_report(ld, PROBLEM_ERROR, at, p,
                  "not a term: write term { id = ..., en = { ... }, es = { ... }, define = ... }");
        return;
    }
    Term *t = &g->terms[ti];
    t->line = line;
    ld_check_fields(ld, e, line, p, fields);
    t->id = ld_read_id(ld, e, "id", line, p);
    for (size_t k = 0; t->id && k < ti; k++)
        if (g->terms[k].id && strcmp(g->terms[k].id, t->id) == 0) {
            char *ip = ld_join_path(p, "id");
            ld_report(ld, PROBLEM_ERROR, ld_field_line(ld, e, "id", line), ip,
                      "duplicate id '%s' (also terms[%zu])", t->id, k + 1);
            free(ip);
        }
    for (int l = 0; l < LANG_COUNT; l++)
        read_names(ld, e, line, p, (Lang)l, g, ti, &seen[l]);
    read_define(ld, e, line, p, t);
    read_refs(ld, e, line, p, g, t);
    t->n_see = ld_read_ids(ld, e, "see", line, p, 20, &t->see);
}

/* Each term's see names a term of the file (terms is the list, for the lines). Stack: 0. */
static void check_see(Ld *ld, int terms, const Glossary *g)
{
    lua_State *L = ld->L;
    for (size_t i = 0; i < g->n; i++) {
        const Term *t = &g->terms[i];
        for (size_t k = 0; k < t->n_see; k++) {
            if (glossary_find(g, t->see[k]) && strcmp(t->see[k], t->id ? t->id : "") != 0)
                continue;
            int line = t->line;
            if (lua_rawgeti(L, terms, (lua_Integer)i + 1) == LUA_TTABLE)
                line = ld_field_line(ld, -1, "see", line);
            lua_pop(L, 1);
            char *p = xasprintf("terms[%zu].see", i + 1);
            ld_report(ld, PROBLEM_ERROR, line, p,
                      strcmp(t->see[k], t->id ? t->id : "") == 0
                          ? "'%s' is the term itself"
                          : "no term of this glossary has the id '%s'",
                      t->see[k]);
            free(p);
        }
    }
}

bool loader_build_glossary(Sandbox *sb, const char *file, Glossary *out, Problems *probs)
{
    static const char *const fields[] = {"sources", "terms", NULL};
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int idx = lua_gettop(L);
    int line = 0;
    SeenNames seen[LANG_COUNT] = {{0}};
    memset(out, 0, sizeof *out);
    out->file = xstrdup(file);
    if (!lua_checkstack(L, 30)) {
        ld_report(&ld, PROBLEM_ERROR, 0, "", "out of memory");
        goto done;
    }
    ld_ctor_of(&ld, idx, &line);
    ld_check_fields(&ld, idx, line, "", fields);
    read_sources(&ld, idx, line, out);
    int tl = ld_field_line(&ld, idx, "terms", line);
    lua_Integer n = ld_push_list(&ld, idx, "terms", tl, "", GLOSSARY_MAX_TERMS);
    int list = lua_gettop(L);
    if (n == 0)
        ld_report(&ld, PROBLEM_WARNING, tl, "terms",
                  "declares no term: write terms = { term { ... }, ... }");
    out->terms = xcalloc(n > 0 ? (size_t)n : 1, sizeof *out->terms);
    for (lua_Integer i = 1; i <= n; i++) {
        char *p = xasprintf("terms[%lld]", (long long)i);
        int at = ld_entry_line(&ld, list, i, tl);
        lua_rawgeti(L, list, i);
        read_term(&ld, at, p, out, out->n++, seen);
        lua_pop(L, 1);
        free(p);
    }
    check_see(&ld, list, out);
    lua_pop(L, 1);
done:
    for (int l = 0; l < LANG_COUNT; l++) {
        for (size_t k = 0; k < seen[l].n; k++)
            free(seen[l].items[k].folded);
        free(seen[l].items);
    }
    lua_settop(L, idx - 1);
    if (ld.errors > 0) {
        glossary_done(out);
        return false;
    }
    return true;
}
