/* Reads the table a competencies file returns: each competency's id (the tag questions carry)
 * and its title in every language, problems reported at the line of the field at fault. */
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "loader_read.h"

/* Most competencies one file declares; a course has about a dozen. */
#define MAX_COMPETENCIES 200

bool loader_is_competencies(Sandbox *sb)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L};
    return lua_type(L, -1) == LUA_TTABLE && ld_ctor_of(&ld, -1, NULL) == CTOR_COMPETENCIES;
}

/* title = { en = ..., es = ... } of the entry at e: a title is a heading in reports of either
 * language, so each must be written (a plain string would show English to Spanish trainees).
 * Stack: 0. */
static void read_title(Ld *ld, int e, int at, const char *p, Competency *k)
{
    lua_State *L = ld->L;
    int line = ld_field_line(ld, e, "title", at);
    char *tp = ld_join_path(p, "title");
    int t = ld_raw_getfield(L, e, "title");
    bool both = t == LUA_TTABLE;
    for (int l = 0; t == LUA_TTABLE && l < LANG_COUNT; l++) {
        bool has = ld_raw_getfield(L, -1, lang_code((Lang)l)) == LUA_TSTRING &&
                   !text_is_blank(lua_tostring(L, -1));
        lua_pop(L, 1);
        if (!has) {
            ld_report(ld, PROBLEM_ERROR, line, tp, "missing the %s title: write { en = ..., es = ... }",
                      l == LANG_ES ? "Spanish (es)" : "English (en)");
            both = false;
        }
    }
    lua_pop(L, 1);
    if (t == LUA_TSTRING || t == LUA_TNIL)
        ld_report(ld, PROBLEM_ERROR, line, tp,
                  "%s: write { en = \"...\", es = \"...\" }, a title in each language",
                  t == LUA_TNIL ? "missing" : "one text for both languages");
    else if (both)
        ld_read_text(ld, e, "title", at, p, true, &k->title);
    free(tp);
}

bool loader_build_competencies(Sandbox *sb, const char *file, CompetencyList *out, Problems *probs)
{
    static const char *const fields[] = {"id", "title", NULL};
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int list = lua_gettop(L);
    int line = 0;
    memset(out, 0, sizeof *out);
    out->file = xstrdup(file);
    if (!lua_checkstack(L, 20)) {
        ld_report(&ld, PROBLEM_ERROR, 0, "", "out of memory");
        goto done;
    }
    ld_ctor_of(&ld, list, &line);
    lua_Integer n = (lua_Integer)lua_rawlen(L, list);
    /* A key that is not a place in the list is a field written where an entry belongs. */
    lua_pushnil(L);
    while (lua_next(L, list)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > n)
            ld_report(&ld, PROBLEM_ERROR, line, "competencies",
                      "a list of { id = ..., title = ... }, one per competency; '%s' does not belong",
                      lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, -1));
    }
    if (n > MAX_COMPETENCIES) {
        ld_report(&ld, PROBLEM_ERROR, line, "competencies", "too many (at most %d)",
                  MAX_COMPETENCIES);
        goto done;
    }
    if (n == 0)
        ld_report(&ld, PROBLEM_WARNING, line, "competencies", "declares no competency");
    out->items = xcalloc(n ? (size_t)n : 1, sizeof *out->items);
    for (lua_Integer i = 1; i <= n; i++) {
        char *p = xasprintf("competencies[%lld]", (long long)i);
        int at = ld_entry_line(&ld, list, i, line);
        lua_rawgeti(L, list, i);
        int e = lua_gettop(L);
        if (lua_type(L, e) != LUA_TTABLE) {
            ld_report(&ld, PROBLEM_ERROR, at, p, "must be { id = \"...\", title = { en = ..., es = ... } }");
        } else {
            Competency *k = &out->items[out->n++];
            ld_check_fields(&ld, e, at, p, fields);
            k->id = ld_read_id(&ld, e, "id", at, p);
            k->line = at;
            read_title(&ld, e, at, p, k);
            for (size_t j = 0; k->id && j + 1 < out->n; j++)
                if (out->items[j].id && strcmp(out->items[j].id, k->id) == 0) {
                    char *ip = ld_join_path(p, "id");
                    ld_report(&ld, PROBLEM_ERROR, ld_field_line(&ld, e, "id", at), ip,
                              "'%s' is declared twice (also competencies[%zu])", k->id, j + 1);
                    free(ip);
                }
        }
        lua_pop(L, 1);
        free(p);
    }
done:
    lua_settop(L, list - 1);
    if (ld.errors > 0) {
        competency_list_done(out);
        return false;
    }
    return true;
}
