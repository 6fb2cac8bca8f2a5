/* The Lua sandbox: one capped lua_State per module, text chunks only, an allow-list of libraries,
 * and instruction, time and memory limits on every call into module code. Lua-host layer only. */
#ifndef RASTRO_SANDBOX_H
#define RASTRO_SANDBOX_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    size_t memory_bytes;  /* cap on everything the state allocates */
    long instructions;    /* per call into module code */
    int time_ms;          /* wall-clock cap per call */
} SandboxLimits;

extern const SandboxLimits sandbox_default_limits;

/* An error raised by module code (or by a limit), with the place in the module it came from. */
typedef struct {
    char message[512]; /* without the "file:line:" prefix; untrusted text */
    int line;          /* line in the module chunk, 0 if unknown */
} SandboxError;

typedef struct Sandbox Sandbox;

/* Creates a state with the allowed libraries and an environment table for one module, named by
 * chunkname (shown in messages; usually the file path). NULL when out of memory. */
Sandbox *sandbox_new(const SandboxLimits *limits, const char *chunkname);
void sandbox_free(Sandbox *sb);
lua_State *sandbox_state(Sandbox *sb);

/* Pops the value on top of the stack into the module environment as global name. Stack: -1.
 * C functions find their sandbox with sandbox_from(L). */
void sandbox_set_global(Sandbox *sb, const char *name);
Sandbox *sandbox_from(lua_State *L);

/* Loads a text chunk and runs it under the limits. On success leaves its first result on the
 * stack (+1); on failure leaves nothing (0) and fills err. */
bool sandbox_run(Sandbox *sb, const char *buf, size_t len, SandboxError *err);

/* Calls the function below nargs arguments under the limits, like lua_pcall with nresults.
 * On failure pops the function and arguments and fills err. */
bool sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err);

size_t sandbox_memory_used(const Sandbox *sb);

#endif
