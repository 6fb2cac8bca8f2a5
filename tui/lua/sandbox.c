/* The Lua sandbox: one capped lua_State per module, text chunks only, an allow-list of libraries,
 * and instruction, time and memory limits on every call into module code. */
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/text.h"

const SandboxLimits sandbox_default_limits = {
    .memory_bytes = 64u << 20,
    .instructions = 50L * 1000 * 1000,
    .time_ms = 2000,
};

/* How often (in VM instructions) the count hook checks the limits while nothing has tripped. */
#define HOOK_EVERY 1000
/* Growth from which the allocator reads the clock too: a few instructions that each build a large
 * string (string.rep, table.concat, gsub) can take many seconds between two runs of the hook. */
#define CLOCK_CHECK_BYTES (1u << 20)

struct Sandbox {
    lua_State *L;
    SandboxLimits limits;
    size_t used;
    char *chunkname;
    int env_ref;           /* the module's _ENV table */
    long executed;         /* instructions in the current call */
    struct timespec start; /* of the current call */
    const char *tripped;   /* limit that stopped the current call, NULL while running normally */
    bool running;          /* module code is running (the limits apply) */
};

static long elapsed_ms(const struct timespec *since);
static void sb_hook(lua_State *L, lua_Debug *ar);

/* Capped allocator: refuses growth past the limit, so memory bombs end as Lua memory errors. */
static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= osize;
        return NULL;
    }
    if (nsize > osize && sb->used + (nsize - osize) > sb->limits.memory_bytes)
        return NULL;
    if (nsize > osize && nsize - osize >= CLOCK_CHECK_BYTES && sb->running) {
        /* A large block is also the moment to look at the clock. Past the time limit, refuse it
         * and have the hook raise the limit at the very next instruction (lua_sethook only sets
         * fields: safe from inside the allocator, as from a signal handler in lua.c). */
        if (!sb->tripped && elapsed_ms(&sb->start) > sb->limits.time_ms)
            sb->tripped = "time limit exceeded (endless loop?)";
        if (sb->tripped) {
            lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, 1);
            return NULL;
        }
    }
    void *p = realloc(ptr, nsize);
    if (!p)
        return NULL;
    sb->used = sb->used - osize + nsize;
    return p;
}

Sandbox *sandbox_from(lua_State *L)
{
    Sandbox *sb;
    memcpy(&sb, lua_getextraspace(L), sizeof sb);
    return sb;
}

static long elapsed_ms(const struct timespec *since)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - since->tv_sec) * 1000L + (now.tv_nsec - since->tv_nsec) / 1000000L;
}

/* Count hook. Once a limit trips it re-arms itself to fire on every instruction of whichever
 * thread runs, so neither pcall, error handlers nor coroutines can swallow the stop. */
static void sb_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = sandbox_from(L);
    if (!sb->tripped) {
        sb->executed += HOOK_EVERY;
        if (sb->executed > sb->limits.instructions)
            sb->tripped = "instruction limit exceeded (endless loop?)";
        else if (elapsed_ms(&sb->start) > sb->limits.time_ms)
            sb->tripped = "time limit exceeded (endless loop?)";
        else
            return;
    }
    lua_sethook(L, sb_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "%s", sb->tripped);
}

static void arm(Sandbox *sb)
{
    sb->executed = 0;
    sb->tripped = NULL;
    sb->running = true;
    clock_gettime(CLOCK_MONOTONIC, &sb->start);
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, HOOK_EVERY);
}

/* Drops a "chunkname:line: " prefix from e->message, taking the line from it when it gives one:
 * the line is reported on its own. */
static void split_location(const Sandbox *sb, SandboxError *e)
{
    size_t cn = strlen(sb->chunkname);
    if (strncmp(e->message, sb->chunkname, cn) != 0 || e->message[cn] != ':')
        return;
    char *p = e->message + cn + 1;
    char *end;
    long line = strtol(p, &end, 10);
    if (end != p && end[0] == ':' && end[1] == ' ') {
        if (line > 0)
            e->line = (int)line;
        memmove(e->message, end + 2, strlen(end + 2) + 1);
    }
}

/* Message handler: records the message and the module line without ever calling module code
 * (an error object's __tostring could itself loop or fail). Stack: +0 (replaces the error). */
static int sb_msgh(lua_State *L)
{
    Sandbox *sb = sandbox_from(L);
    SandboxError *e = lua_touserdata(L, lua_upvalueindex(1));
    if (sb->tripped)
        snprintf(e->message, sizeof e->message, "%s", sb->tripped);
    else if (lua_type(L, 1) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, 1, &n);
        snprintf(e->message, sizeof e->message, "%.*s", (int)(n < 500 ? n : 500), s);
    } else
        snprintf(e->message, sizeof e->message, "error object is a %s value",
                 luaL_typename(L, 1));
    /* The innermost level running module code gives the line. */
    lua_Debug ar;
    e->line = 0;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 &&
            strcmp(ar.source + (ar.source[0] == '@'), sb->chunkname) == 0) {
            e->line = ar.currentline;
            break;
        }
    }
    split_location(sb, e);
    return 0;
}

/* Runs the function below nargs under the limits with sb_msgh; see sandbox_call. */
static bool protected_call(Sandbox *sb, int nargs, int nresults, SandboxError *err)
{
    lua_State *L = sb->L;
    memset(err, 0, sizeof *err);
    int base = lua_gettop(L) - nargs;
    lua_pushlightuserdata(L, err);
    lua_pushcclosure(L, sb_msgh, 1);
    lua_insert(L, base);
    arm(sb);
    int rc = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, NULL, 0, 0);
    sb->running = false;
    lua_remove(L, base);
    if (rc == LUA_OK)
        return true;
    if (sb->tripped) /* also when the allocator's refusal reached here as a memory error */
        snprintf(err->message, sizeof err->message, "%s", sb->tripped);
    else if (rc == LUA_ERRMEM)
        snprintf(err->message, sizeof err->message, "memory limit exceeded (%zu MB)",
                 sb->limits.memory_bytes >> 20);
    else if (rc == LUA_ERRERR && !err->message[0])
        snprintf(err->message, sizeof err->message, "error while handling an error");
    else if (!err->message[0])
        snprintf(err->message, sizeof err->message, "error");
    lua_pop(L, 1); /* the error object */
    return false;
}

bool sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err)
{
    return protected_call(sb, nargs, nresults, err);
}

/* Base functions a module may use, besides xpcall and setmetatable (wrapped below). Left out:
 * print (would write over the screen), load, loadfile, dofile, require, collectgarbage.
 * getmetatable is safe: protected metatables (the strings' one and the environment's) carry
 * __metatable = false. */
static const char *const allowed_base[] = {
    "assert", "error",  "ipairs", "next",   "pairs",        "pcall",        "rawequal",
    "rawget", "rawlen", "rawset", "select", "getmetatable", "tonumber",
    "tostring", "type", "_VERSION", NULL,
};
static const char *const allowed_libs[] = {"string", "table", "math", "utf8", NULL};
/* Library functions that reach outside the sandbox or produce bytecode. */
static const char *const removed_fields[] = {"string.dump", NULL};

/* Copies library table lib from the globals into env as a fresh table, so a module that edits
 * string or math only edits its own copy. Stack: 0. */
static void copy_lib(lua_State *L, int env, const char *lib)
{
    lua_getglobal(L, lib);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
    lua_setfield(L, env, lib);
    lua_pop(L, 1);
}

/* xpcall's message handler wrapper: once a limit has tripped, the module's own handler is not
 * run, because an error raised from the count hook calls it with hooks disabled and it could
 * then loop for ever. Upvalue 1: the module's handler. Stack: +1. */
static int l_xpcall_handler(lua_State *L)
{
    if (sandbox_from(L)->tripped)
        return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* xpcall(f, msgh, ...) with the handler wrapped as above; returns like the standard one. */
static int l_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, l_xpcall_handler, 1);
    lua_replace(L, 2); /* stack: f, handler, args... */
    lua_pushvalue(L, 1);
    lua_insert(L, 3); /* stack: f, handler, f, args... */
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 2);
    lua_pushboolean(L, status == LUA_OK);
    lua_replace(L, 1);
    lua_remove(L, 2);
    return lua_gettop(L);
}

/* setmetatable that refuses __gc: finalizers run with hooks disabled, out of reach of the
 * limits. */
static int l_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in modules");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* string.rep that returns at once when the result is empty: the library's own loop would
 * otherwise spin n times copying nothing (string.rep("", math.maxinteger)). Upvalue 1: the
 * library's rep. */
static int l_rep(lua_State *L)
{
    size_t len = 0, sep = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sep);
    if (n <= 0 || (len == 0 && sep == 0)) {
        lua_pushliteral(L, "");
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* math.randomseed(x): a module may choose its seed but not take one from the clock, so that what
 * it builds is reproducible; returns nothing (the library returns the seed it used). */
static int l_randomseed(lua_State *L)
{
    luaL_checkinteger(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 0);
    return 0;
}

/* Standard globals deliberately left out: reaching for one is not a typo, so the message says
 * so (an author who reads only "unknown global 'coroutine'" looks for a misspelling). */
static const char *const left_out[] = {
    "io", "os", "require", "package", "load", "loadfile", "dofile", "debug", "collectgarbage",
    "print", "coroutine", "loadstring", "module", "setfenv", "getfenv", NULL,
};

/* __index of the environment: reading an unknown global is an error naming it. */
static int l_unknown_global(lua_State *L)
{
    const char *name = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?";
    for (const char *const *n = left_out; *n; n++)
        if (strcmp(name, *n) == 0)
            return luaL_error(L, "unknown global '%s': modules cannot use it (left out of the "
                                 "sandbox)", name);
    return luaL_error(L, "unknown global '%s'", name);
}

static int setup(lua_State *L)
{
    Sandbox *sb = lua_touserdata(L, 1);
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_pop(L, 5);


    lua_newtable(L); /* env */
    int env = lua_gettop(L);
    for (const char *const *name = allowed_base; *name; name++) {
        lua_getglobal(L, *name);
        lua_setfield(L, env, *name);
    }
    lua_pushcfunction(L, l_xpcall);
    lua_setfield(L, env, "xpcall");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setfield(L, env, "setmetatable");
    for (const char *const *lib = allowed_libs; *lib; lib++)
        copy_lib(L, env, *lib);
    lua_getfield(L, env, "string");
    lua_getfield(L, -1, "rep");
    lua_pushcclosure(L, l_rep, 1);
    lua_setfield(L, -2, "rep");
    lua_pop(L, 1);
    lua_getfield(L, env, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushcclosure(L, l_randomseed, 1);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    for (const char *const *f = removed_fields; *f; f++) {
        char lib[32];
        const char *dot = strchr(*f, '.');
        snprintf(lib, sizeof lib, "%.*s", (int)(dot - *f), *f);
        lua_getfield(L, env, lib);
        lua_pushnil(L);
        lua_setfield(L, -2, dot + 1);
        lua_pop(L, 1);
    }
    /* Strings share one metatable: hide it, and point its __index at the module's own string
     * table, so that ("x"):rep(...) is the wrapped rep and ("x").dump does not exist. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_getfield(L, env, "string");
    lua_setfield(L, -2, "__index");
    lua_pop(L, 2);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    lua_newtable(L); /* env metatable */
    lua_pushcfunction(L, l_unknown_global);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, env);
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);

    /* math.random is seeded by rastro, not by the module's clock. */
    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, 0x5261737472);
    lua_call(L, 1, 0);
    lua_pop(L, 1);
    return 0;
}

Sandbox *sandbox_new(const SandboxLimits *limits, const char *chunkname)
{
    Sandbox *sb = xcalloc(1, sizeof *sb);
    sb->limits = limits ? *limits : sandbox_default_limits;
    sb->chunkname = xstrdup(chunkname);
    sb->L = lua_newstate(sb_alloc, sb);
    if (!sb->L) {
        sandbox_free(sb);
        return NULL;
    }
    memcpy(lua_getextraspace(sb->L), &sb, sizeof sb);
    lua_pushcfunction(sb->L, setup);
    lua_pushlightuserdata(sb->L, sb);
    if (lua_pcall(sb->L, 1, 0, 0) != LUA_OK) {
        sandbox_free(sb);
        return NULL;
    }
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L) {
        /* Finalizers a module left behind run at close: give them no room to loop. */
        sb->tripped = "module is being unloaded";
        lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, 1);
        lua_close(sb->L);
    }
    free(sb->chunkname);
    free(sb);
}

lua_State *sandbox_state(Sandbox *sb)
{
    return sb->L;
}

void sandbox_set_global(Sandbox *sb, const char *name)
{
    lua_State *L = sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->env_ref);
    lua_insert(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

bool sandbox_run(Sandbox *sb, const char *buf, size_t len, SandboxError *err)
{
    lua_State *L = sb->L;
    memset(err, 0, sizeof *err);
    char *name = xasprintf("@%s", sb->chunkname);
    int rc = luaL_loadbufferx(L, buf, len, name, "t");
    free(name);
    if (rc != LUA_OK) {
        if (rc == LUA_ERRMEM) {
            snprintf(err->message, sizeof err->message, "memory limit exceeded while loading");
        } else {
            const char *msg = lua_tostring(L, -1);
            msg = msg ? msg : "cannot load chunk";
            if (strstr(msg, "attempt to load a binary chunk"))
                msg = "precompiled (binary) chunks are not accepted: give the Lua source";
            snprintf(err->message, sizeof err->message, "%s", msg);
            /* Syntax errors read "file:line: message": split them like runtime errors. */
            split_location(sb, err);
        }
        lua_pop(L, 1);
        return false;
    }
    /* The chunk's only upvalue is its _ENV. */
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->env_ref);
    if (!lua_setupvalue(L, -2, 1))
        lua_pop(L, 1);
    return protected_call(sb, 0, 1, err);
}

size_t sandbox_memory_used(const Sandbox *sb)
{
    return sb->used;
}
