/* Recommendation rules of an instrument: a rule's when function called on a read-only view of
 * an assessment, under the sandbox's limits, in the process that serves it (host_recommend.c). */
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "loader_read.h"

/* __newindex of the view's tables. */
static int l_read_only(lua_State *L)
{
    return luaL_error(L, "the assessment is read-only");
}

/* __index of a view table, reached for a key it does not hold: the key is one the table may
 * hold (upvalue 1, a set) and the answer is upvalue 3 (nil or false); else an error naming it
 * (upvalue 2 says what it names), so that a mistyped id never passes for an unrated one. */
static int l_missing(lua_State *L)
{
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) {
        lua_pushvalue(L, lua_upvalueindex(3));
        return 1;
    }
    const char *kind = lua_tostring(L, lua_upvalueindex(2));
    if (lua_type(L, 2) == LUA_TSTRING)
        return luaL_error(L, "unknown %s '%s'", kind, lua_tostring(L, 2));
    return luaL_error(L, "unknown %s (a %s key)", kind, luaL_typename(L, 2));
}

/* Gives the table on top of the stack the view's metatable: keys of the set at set_idx read as
 * missing (dflt: false, else nil), any other key is an error naming kind, and nothing can be
 * set. Stack: 0. */
static void seal(lua_State *L, int set_idx, const char *kind, bool dflt)
{
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, set_idx);
    lua_pushstring(L, kind);
    if (dflt)
        lua_pushboolean(L, 0);
    else
        lua_pushnil(L);
    lua_pushcclosure(L, l_missing, 3);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_read_only);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "read-only");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

/* Pushes the view as the table a rule's when function gets:
 *   { level = { [id] = 0..4 }, na = { [id] = true }, measured = { [id] = percent },
 *     pillar = { [id] = score }, gated = { [id] = true }, overall = score, band = "..." }
 * unrated and not applicable indicators, and pillars without a score, read as nil. Stack: +1. */
static void push_view(lua_State *L, const AssessView *v)
{
    luaL_checkstack(L, 12, "view");
    lua_createtable(L, 0, (int)v->n_indicators); /* the indicators' ids */
    int ids = lua_gettop(L);
    for (size_t i = 0; i < v->n_indicators; i++) {
        lua_pushboolean(L, 1);
        lua_setfield(L, ids, v->indicators[i].id);
    }
    lua_createtable(L, 0, (int)v->n_pillars);
    int pids = lua_gettop(L);
    for (size_t i = 0; i < v->n_pillars; i++) {
        lua_pushboolean(L, 1);
        lua_setfield(L, pids, v->pillars[i].id);
    }
    lua_createtable(L, 0, 7);
    int a = lua_gettop(L);

    lua_createtable(L, 0, (int)v->n_indicators);
    for (size_t i = 0; i < v->n_indicators; i++)
        if (v->indicators[i].level >= 0) {
            lua_pushinteger(L, v->indicators[i].level);
            lua_setfield(L, -2, v->indicators[i].id);
        }
    seal(L, ids, "indicator", false);
    lua_setfield(L, a, "level");
    lua_newtable(L);
    for (size_t i = 0; i < v->n_indicators; i++)
        if (v->indicators[i].level == ASSESS_NA) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, v->indicators[i].id);
        }
    seal(L, ids, "indicator", true);
    lua_setfield(L, a, "na");
    lua_newtable(L);
    for (size_t i = 0; i < v->n_indicators; i++)
        if (!isnan(v->indicators[i].measured)) {
            lua_pushnumber(L, v->indicators[i].measured);
            lua_setfield(L, -2, v->indicators[i].id);
        }
    seal(L, ids, "indicator", false);
    lua_setfield(L, a, "measured");
    lua_createtable(L, 0, (int)v->n_pillars);
    for (size_t i = 0; i < v->n_pillars; i++)
        if (v->pillars[i].scored) {
            lua_pushnumber(L, v->pillars[i].score);
            lua_setfield(L, -2, v->pillars[i].id);
        }
    seal(L, pids, "pillar", false);
    lua_setfield(L, a, "pillar");
    lua_newtable(L);
    for (size_t i = 0; i < v->n_pillars; i++)
        if (v->pillars[i].gated) {
            lua_pushboolean(L, 1);
            lua_setfield(L, -2, v->pillars[i].id);
        }
    seal(L, pids, "pillar", true);
    lua_setfield(L, a, "gated");
    if (v->scored) {
        lua_pushnumber(L, v->overall);
        lua_setfield(L, a, "overall");
        lua_pushstring(L, assess_band_name(v->band));
        lua_setfield(L, a, "band");
    }
    /* The fields a may have, overall and band nil while nothing is scored. */
    lua_createtable(L, 0, 7);
    static const char *const fields[] = {"level", "na", "measured", "pillar", "gated", "overall",
                                         "band", NULL};
    for (const char *const *f = fields; *f; f++) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, *f);
    }
    lua_pushvalue(L, a);
    seal(L, lua_gettop(L) - 1, "field of the assessment", false);
    lua_pop(L, 2); /* the copy of a, the set */
    lua_replace(L, ids);
    lua_settop(L, ids);
}

/* Calls the when function (argument 1) with the view (argument 2, light userdata) built as a
 * table: run through sandbox_call, so that building it counts against the limits too. Returns
 * whether the function's result is true. Stack: +1. */
static int l_call_rule(lua_State *L)
{
    const AssessView *v = lua_touserdata(L, 2);
    lua_settop(L, 1);
    push_view(L, v);
    lua_call(L, 1, 1);
    lua_pushboolean(L, lua_toboolean(L, -1));
    return 1;
}

bool loader_run_rule(Sandbox *sb, const char *file, size_t index, const AssessView *view,
                     bool *fired, Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs};
    int top = lua_gettop(L);
    *fired = false;
    bool ok = false;
    char *p = xasprintf("rules[%zu]", index + 1);
    int line = 0;
    if (!lua_checkstack(L, 10) || lua_type(L, top) != LUA_TTABLE ||
        ld_raw_getfield(L, top, "rules") != LUA_TTABLE ||
        lua_rawgeti(L, -1, (lua_Integer)index + 1) != LUA_TTABLE) {
        ld_report(&ld, PROBLEM_ERROR, 0, p, "no such rule");
        goto done;
    }
    ld_ctor_of(&ld, -1, &line);
    ld_raw_getfield(L, -1, "id");
    if (lua_type(L, -1) == LUA_TSTRING) {
        char *named = xasprintf("%s '%s'", p, lua_tostring(L, -1));
        free(p);
        p = named;
    }
    lua_pop(L, 1);
    if (ld_raw_getfield(L, -1, "when") != LUA_TFUNCTION) {
        ld_report(&ld, PROBLEM_ERROR, line, p, "when is not a function");
        goto done;
    }
    lua_pushcfunction(L, l_call_rule);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, (void *)view);
    SandboxError err;
    if (!sandbox_call(sb, 2, 1, &err)) {
        ld_report(&ld, PROBLEM_ERROR, err.line ? err.line : line, p, "the rule failed: %s",
                  err.message);
        goto done;
    }
    *fired = lua_toboolean(L, -1);
    ok = true;
done:
    lua_settop(L, top);
    free(p);
    return ok;
}
