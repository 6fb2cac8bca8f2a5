/* Author callbacks: questions built by a Lua function from a seeded generator, and form fields
 * judged by a Lua function. Both run inside the module's sandbox, under its limits. */
#include <lauxlib.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "loader_read.h"

/* The generator handed to a question function: model_random (splitmix64), so that a seed gives
 * the same question on every machine and in every version of Lua. */
typedef struct {
    uint64_t s;
} Rng;

static uint64_t rng_next(Rng *r)
{
    return model_random(&r->s);
}

/* rng:int(a, b), rng.int(a, b): a whole number from a to b. Upvalue 1: the Rng. Stack: +1. */
static int l_rng_int(lua_State *L)
{
    Rng *r = lua_touserdata(L, lua_upvalueindex(1));
    int base = lua_istable(L, 1) ? 2 : 1; /* called with ':' */
    lua_Integer a = luaL_checkinteger(L, base), b = luaL_checkinteger(L, base + 1);
    luaL_argcheck(L, a <= b && (lua_Unsigned)b - (lua_Unsigned)a < (1ull << 53), base + 1,
                  "needs a <= b, at most 2^53 apart");
    lua_pushinteger(L, a + (lua_Integer)(rng_next(r) % ((lua_Unsigned)(b - a) + 1)));
    return 1;
}

/* rng:number(): a number in [0, 1). Stack: +1. */
static int l_rng_number(lua_State *L)
{
    Rng *r = lua_touserdata(L, lua_upvalueindex(1));
    lua_pushnumber(L, (lua_Number)(rng_next(r) >> 11) * 0x1.0p-53);
    return 1;
}

/* rng:pick(list): one entry of a non-empty list. Stack: +1. */
static int l_rng_pick(lua_State *L)
{
    Rng *r = lua_touserdata(L, lua_upvalueindex(1));
    int t = lua_istable(L, 1) && lua_istable(L, 2) ? 2 : 1;
    luaL_checktype(L, t, LUA_TTABLE);
    lua_Unsigned n = lua_rawlen(L, t);
    luaL_argcheck(L, n > 0, t, "needs a non-empty list");
    lua_rawgeti(L, t, (lua_Integer)(rng_next(r) % n) + 1);
    return 1;
}

/* rng:shuffle(list): shuffles the list in place and returns it. Stack: +1. */
static int l_rng_shuffle(lua_State *L)
{
    Rng *r = lua_touserdata(L, lua_upvalueindex(1));
    int t = lua_istable(L, 1) && lua_istable(L, 2) ? 2 : 1;
    luaL_checktype(L, t, LUA_TTABLE);
    for (lua_Unsigned i = lua_rawlen(L, t); i > 1; i--) {
        lua_Integer j = (lua_Integer)(rng_next(r) % i) + 1;
        lua_rawgeti(L, t, (lua_Integer)i);
        lua_rawgeti(L, t, j);
        lua_rawseti(L, t, (lua_Integer)i);
        lua_rawseti(L, t, j);
    }
    lua_settop(L, t);
    return 1;
}

/* Calls the question function (argument 1) with an rng for the seed (argument 2), after seeding
 * math.random with it too; returns what the function returns. Run through sandbox_call, so that
 * running out of memory here is an ordinary error. Stack: +1. */
static int l_call_generator(lua_State *L)
{
    lua_Integer seed = lua_tointeger(L, 2);
    lua_getglobal(L, "math"); /* the real library, not the module's copy */
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, seed);
    lua_call(L, 1, 0);
    lua_pop(L, 1);
    static const luaL_Reg methods[] = {
        {"int", l_rng_int}, {"number", l_rng_number}, {"pick", l_rng_pick},
        {"shuffle", l_rng_shuffle}, {NULL, NULL}};
    lua_settop(L, 2);
    Rng *r = lua_newuserdatauv(L, sizeof *r, 0);
    r->s = (uint64_t)seed * 0x2545F4914F6CDD1Dull + 1;
    lua_newtable(L);
    for (const luaL_Reg *m = methods; m->name; m++) {
        lua_pushvalue(L, 3);
        lua_pushcclosure(L, m->func, 1);
        lua_setfield(L, -2, m->name);
    }
    lua_pushvalue(L, 1);
    lua_insert(L, -2);
    lua_call(L, 1, 1);
    return 1;
}

/* Builds one question from the function on top of the stack (left there) for seed, into q.
 * Problems name path and the seed. True when q was read without errors. Stack: 0. */
static bool build_one(Ld *ld, int line, const char *path, uint32_t seed, Question *q)
{
    lua_State *L = ld->L;
    Sandbox *sb = sandbox_from(L);
    int errors = ld->errors;
    char *sp = xasprintf("%s (seed %u)", path, seed);
    lua_pushcfunction(L, l_call_generator);
    lua_pushvalue(L, -2);
    lua_pushinteger(L, seed);
    SandboxError err;
    if (!sandbox_call(sb, 2, 1, &err)) {
        ld_report(ld, PROBLEM_ERROR, err.line ? err.line : line, sp, "the question function failed: %s",
                  err.message);
    } else {
        if (lua_type(L, -1) != LUA_TTABLE) {
            lua_Debug ar;
            int at = line;
            lua_pushvalue(L, -2);
            if (lua_getinfo(L, ">S", &ar) && ar.linedefined > 0)
                at = ar.linedefined;
            ld_report(ld, PROBLEM_ERROR, at, sp,
                      "the question function must return a question, such as choice { ... }");
        }
        else
            ld_read_question(ld, line, sp, q);
        lua_pop(L, 1);
    }
    free(sp);
    q->generated = true;
    q->seed = seed;
    return ld->errors == errors;
}

void ld_read_generated(Ld *ld, int line, const char *path, size_t index, int seeds, Question *q)
{
    if (!build_one(ld, line, path, 1, q))
        return;
    q->quiz_index = index;
    /* Lint tries more seeds: every one must build, under the same id and type. Their warnings
     * would repeat seed 1's, so only errors are kept. */
    Problems *all = ld->probs;
    for (int s = 2; s <= seeds; s++) {
        Question other = {0};
        Problems mine = {0};
        ld->probs = &mine;
        bool ok = build_one(ld, line, path, (uint32_t)s, &other);
        ld->probs = all;
        for (size_t i = 0; i < mine.n; i++)
            if (mine.items[i].level == PROBLEM_ERROR)
                problems_add(all, mine.items[i].file, mine.items[i].line, PROBLEM_ERROR, "%s",
                             mine.items[i].message);
        problems_done(&mine);
        if (ok && (!other.id || strcmp(other.id, q->id) != 0 || other.type != q->type)) {
            char *sp = xasprintf("%s (seed %d)", path, s);
            ld_report(ld, PROBLEM_ERROR, other.line ? other.line : line, sp,
                      "builds %s '%s', not %s '%s' as with seed 1: a question function must keep "
                      "its id and type", question_type_name(other.type), other.id ? other.id : "?",
                      question_type_name(q->type), q->id);
            free(sp);
            ok = false;
        } else if (ok && other.critical != q->critical) {
            /* Whether an attempt passes must not depend on the seed its question was built with. */
            char *sp = xasprintf("%s (seed %d)", path, s);
            ld_report(ld, PROBLEM_ERROR, other.line ? other.line : line, sp,
                      "builds '%s' with critical = %s, not %s as with seed 1: a question function "
                      "must keep it", q->id, other.critical ? "true" : "false",
                      q->critical ? "true" : "false");
            free(sp);
            ok = false;
        }
        question_done(&other);
        if (!ok)
            break; /* one failing seed says enough */
    }
}

/* Pushes the question table of quiz entry index of the lesson on top of the stack, building it
 * with seed when it is a function. False (nothing pushed) with a problem when it cannot. */
static bool push_quiz_entry(Ld *ld, size_t index, bool generated, uint32_t seed)
{
    lua_State *L = ld->L;
    char *path = xasprintf("quiz[%zu]", index + 1);
    bool ok = false;
    if (lua_type(L, -1) == LUA_TTABLE && ld_raw_getfield(L, -1, "quiz") == LUA_TTABLE) {
        lua_rawgeti(L, -1, (lua_Integer)index + 1);
        lua_remove(L, -2);
        if (generated && lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushcfunction(L, l_call_generator);
            lua_insert(L, -2);
            lua_pushinteger(L, seed);
            SandboxError err;
            if (sandbox_call(sandbox_from(L), 2, 1, &err))
                ok = lua_type(L, -1) == LUA_TTABLE;
            else
                ld_report(ld, PROBLEM_ERROR, err.line, path, "the question function failed: %s",
                          err.message);
        } else {
            ok = !generated && lua_type(L, -1) == LUA_TTABLE;
        }
        if (!ok)
            lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
    }
    if (!ok && ld->errors == 0)
        ld_report(ld, PROBLEM_ERROR, 0, path, "the module changed since it was loaded");
    free(path);
    return ok;
}

bool loader_generate(Sandbox *sb, const char *file, size_t index, uint32_t seed, Question *out,
                     Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int top = lua_gettop(L);
    memset(out, 0, sizeof *out);
    if (lua_type(L, -1) == LUA_TTABLE && ld_raw_getfield(L, -1, "quiz") == LUA_TTABLE) {
        lua_rawgeti(L, -1, (lua_Integer)index + 1);
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            char *path = xasprintf("quiz[%zu]", index + 1);
            build_one(&ld, 0, path, seed, out);
            out->quiz_index = index;
            free(path);
        } else {
            ld_report(&ld, PROBLEM_ERROR, 0, "quiz", "entry %zu is not a question function", index + 1);
        }
    } else {
        ld_report(&ld, PROBLEM_ERROR, 0, "quiz", "the module changed since it was loaded");
    }
    lua_settop(L, top);
    if (ld.errors) {
        question_done(out);
        memset(out, 0, sizeof *out);
    }
    return ld.errors == 0;
}

bool loader_check_fields(Sandbox *sb, const char *file, size_t index, bool generated, uint32_t seed,
                         const char *const *values, size_t n, FieldCheck *out, Problems *probs)
{
    lua_State *L = sandbox_state(sb);
    Ld ld = {.L = L, .file = file, .probs = probs, .map = ld_srcmap(L)};
    int top = lua_gettop(L);
    memset(out, 0, n * sizeof *out);
    if (!push_quiz_entry(&ld, index, generated, seed) || ld_raw_getfield(L, -1, "fields") != LUA_TTABLE) {
        lua_settop(L, top);
        if (ld.errors == 0)
            ld_report(&ld, PROBLEM_ERROR, 0, "quiz", "entry %zu is not a form", index + 1);
        return false;
    }
    int fields = lua_gettop(L);
    for (size_t k = 0; k < n; k++) {
        lua_rawgeti(L, fields, (lua_Integer)k + 1);
        if (!values[k] || !values[k][0] || lua_type(L, -1) != LUA_TTABLE ||
            ld_raw_getfield(L, -1, "check") != LUA_TFUNCTION) {
            lua_settop(L, fields);
            continue; /* judged by its rule in core, not here */
        }
        char *path = xasprintf("quiz[%zu].fields[%zu].check", index + 1, k + 1);
        lua_pushstring(L, values[k]);
        SandboxError err;
        if (!sandbox_call(sandbox_from(L), 1, 2, &err)) {
            ld_report(&ld, PROBLEM_ERROR, err.line, path, "the check failed: %s", err.message);
        } else {
            /* true/false or a number from 0 to 1; then an optional message */
            if (lua_type(L, -2) == LUA_TBOOLEAN)
                out[k].score = lua_toboolean(L, -2) ? 1 : 0;
            else if (lua_type(L, -2) == LUA_TNUMBER && lua_tonumber(L, -2) >= 0 &&
                     lua_tonumber(L, -2) <= 1)
                out[k].score = lua_tonumber(L, -2);
            else
                ld_report(&ld, PROBLEM_ERROR, 0, path,
                          "must return true, false or a number from 0 to 1, not %s",
                          luaL_typename(L, -2));
            if (!lua_isnil(L, -1))
                ld_read_answer_value(&ld, 0, path, &out[k].message);
        }
        free(path);
        lua_settop(L, fields);
    }
    lua_settop(L, top);
    return true; /* a check that failed is reported and scores 0 */
}
