/* The Lua host's face to the rest of rastro: reads module files, builds each in its own sandbox
 * in a child process and adds what loads to the catalog, reporting every problem with file:line. */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/model_io.h"
#include "child.h"
#include "loader.h"
#include "sandbox.h"

/* Reads a whole regular file of at most HOST_MAX_FILE_BYTES. Caller frees. NULL + problem. */
static char *read_file(Catalog *c, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    struct stat st;
    if (!f) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "not a regular file");
        goto done;
    }
    if ((size_t)st.st_size > HOST_MAX_FILE_BYTES) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "file too large (%lld bytes, at most %u)",
                     (long long)st.st_size, HOST_MAX_FILE_BYTES);
        goto done;
    }
    buf = xmalloc((size_t)st.st_size + 1);
    *len = fread(buf, 1, (size_t)st.st_size, f);
    if (ferror(f)) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot read: %s", strerror(errno));
        free(buf);
        buf = NULL;
        goto done;
    }
    buf[*len] = '\0';
done:
    fclose(f);
    return buf;
}

/* LuaLS definition files (content/api.lua) start with "---@meta" and are not modules. */
static bool is_meta_file(const char *buf)
{
    return strncmp(buf, "---@meta", 8) == 0;
}

/* Seeds each question function is tried with while loading (host_set_generator_seeds). */
static int gen_seeds = 1;

void host_set_generator_seeds(int n)
{
    gen_seeds = n < 1 ? 1 : n;
}

/* True when the module has Lua callbacks the host must run later. */
static bool has_callbacks(const Module *m)
{
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (q->generated)
            return true;
        for (size_t k = 0; k < q->n_fields; k++)
            if (q->fields[k].rule == FIELD_CHECK)
                return true;
    }
    return false;
}

/* Runs a module's text in a new sandbox with the authoring API; on success the lesson table is
 * left on the stack. NULL (problem reported) when the state cannot be made or the chunk fails. */
static Sandbox *run_module(const char *path, const char *buf, size_t len, Problems *probs)
{
    Sandbox *sb = sandbox_new(NULL, path);
    if (!sb) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "cannot create a Lua state");
        return NULL;
    }
    loader_register_api(sb);
    SandboxError err;
    if (!sandbox_run(sb, buf, len, &err)) {
        problems_add(probs, path, err.line, PROBLEM_ERROR, "%s", err.message);
        sandbox_free(sb);
        return NULL;
    }
    return sb;
}

typedef struct {
    const char *path;
    Problems *probs;
    Module *m;
} BuildJob;

/* loader_build under lua_pcall: should reading the module's tables run out of Lua memory, that is
 * an error reported like any other, not an abort. Upvalue 1: the BuildJob. Stack: -1 (the
 * lesson table). */
static int l_build(lua_State *L)
{
    BuildJob *j = lua_touserdata(L, lua_upvalueindex(1));
    j->m = loader_build(sandbox_from(L), j->path, gen_seeds, j->probs);
    return 0;
}

/* Runs a module in a sandbox and builds it; problems go to probs. NULL when it has errors. */
static Module *build_module(const char *path, const char *buf, size_t len, Problems *probs)
{
    Sandbox *sb = run_module(path, buf, len, probs);
    if (!sb)
        return NULL;
    lua_State *L = sandbox_state(sb);
    BuildJob job = {path, probs, NULL};
    lua_pushlightuserdata(L, &job);
    lua_pushcclosure(L, l_build, 1);
    lua_insert(L, -2);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
        /* What loader_build had allocated is lost with the error; this is a child process. */
        problems_add(probs, path, 0, PROBLEM_ERROR, "reading the module failed: %s",
                     lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
    }
    Module *m = job.m;
    sandbox_free(sb);
    if (m && has_callbacks(m)) {
        m->source = xstrndup(buf, len);
        m->source_len = len;
    }
    return m;
}

/* The worker that builds every module of the load in progress (host_load_dir, host_load_paths),
 * NULL between loads: one process for the whole content directory instead of one per file. */
static Worker *load_worker;

/* A load request is the path, a NUL byte, then the module's text. */
static void load_serve(const char *req, size_t len, StrBuf *out)
{
    size_t pl = strnlen(req, len);
    Problems mine = {0};
    Module *m = pl < len ? build_module(req, req + pl + 1, len - pl - 1, &mine) : NULL;
    modelio_write(out, m, &mine);
    module_free(m);
    problems_done(&mine);
}

typedef struct {
    const char *path, *buf;
    size_t len;
} LoadJob;

static void load_work(void *ctx, StrBuf *out)
{
    LoadJob *j = ctx;
    Problems mine = {0};
    Module *m = build_module(j->path, j->buf, j->len, &mine);
    modelio_write(out, m, &mine);
}

/* Builds the module in another process (the load's worker, else a child of its own) and
 * receives it as plain data (model_io.h), so that no module code ever runs in rastro itself.
 * Returns the module or NULL; problems go to probs. *ran is false when no process could be
 * made. */
static Module *build_in_child(const char *path, const char *buf, size_t len, Problems *probs,
                              bool *ran)
{
    StrBuf in;
    strbuf_init(&in);
    Module *m = NULL;
    bool answered;
    if (load_worker) {
        StrBuf req;
        strbuf_init(&req);
        strbuf_append(&req, path, strlen(path) + 1);
        strbuf_append(&req, buf, len);
        answered = worker_call(load_worker, path, "loading", req.s, req.len, &in, probs, ran);
        strbuf_done(&req);
    } else {
        LoadJob job = {path, buf, len};
        answered = child_run(path, "loading", load_work, &job, &in, probs, ran);
    }
    if (answered && !modelio_read(in.s, in.len, &m, probs))
        problems_add(probs, path, 0, PROBLEM_ERROR, "loading failed (the loader's answer was broken)");
    strbuf_done(&in);
    return m;
}

/* Starts a load's worker unless one runs (a directory inside host_load_paths); true when this
 * call started it and must end it. */
static bool begin_load(void)
{
    if (load_worker)
        return false;
    load_worker = worker_new(load_serve);
    return true;
}

static void end_load(bool started)
{
    if (!started)
        return;
    worker_free(load_worker);
    load_worker = NULL;
}

typedef struct {
    const Module *m;
    const Question *q;
    uint32_t seed;
    const char *const *values;
    FieldCheck *checks;
} CallJob;

static void generate_work(void *ctx, StrBuf *out)
{
    CallJob *j = ctx;
    Problems mine = {0};
    Question q = {0};
    bool ok = false;
    Sandbox *sb = run_module(j->m->file, j->m->source, j->m->source_len, &mine);
    if (sb) {
        ok = loader_generate(sb, j->m->file, j->q->quiz_index, j->seed, &q, &mine);
        sandbox_free(sb);
    }
    modelio_write_question(out, ok ? &q : NULL, &mine);
}

bool host_generate(const Module *m, const Question *q, uint32_t seed, Question *out, Problems *probs)
{
    memset(out, 0, sizeof *out);
    if (!q->generated || !m->source) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "not a question function");
        return false;
    }
    CallJob job = {.m = m, .q = q, .seed = seed};
    StrBuf in;
    strbuf_init(&in);
    bool ran, have = false;
    bool ok = child_run(m->file, "building a question", generate_work, &job, &in, probs, &ran);
    if (ok && !modelio_read_question(in.s, in.len, out, &have, probs))
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "building a question: broken answer");
    else if (!ran)
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "building a question: no process to run it");
    strbuf_done(&in);
    if (have && (!out->id || strcmp(out->id, q->id) != 0 || out->type != q->type)) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR,
                     "the question function built another question for seed %u", seed);
        question_done(out);
        memset(out, 0, sizeof *out);
        have = false;
    }
    out->quiz_index = q->quiz_index;
    return have;
}

static void check_work(void *ctx, StrBuf *out)
{
    CallJob *j = ctx;
    Problems mine = {0};
    size_t n = j->q->n_fields;
    FieldCheck *c = xcalloc(n, sizeof *c);
    Sandbox *sb = run_module(j->m->file, j->m->source, j->m->source_len, &mine);
    if (sb) {
        loader_check_fields(sb, j->m->file, j->q->quiz_index, j->q->generated, j->q->seed,
                            j->values, n, c, &mine);
        sandbox_free(sb);
    }
    modelio_write_checks(out, c, n, &mine);
}

bool host_check_fields(const Module *m, const Question *q, const char *const *values,
                       FieldCheck *out, Problems *probs)
{
    memset(out, 0, q->n_fields * sizeof *out);
    if (!m->source) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "no check functions to run");
        return false;
    }
    CallJob job = {.m = m, .q = q, .values = values};
    StrBuf in;
    strbuf_init(&in);
    bool ran;
    bool ok = child_run(m->file, "checking a form", check_work, &job, &in, probs, &ran) &&
              modelio_read_checks(in.s, in.len, out, q->n_fields, probs);
    strbuf_done(&in);
    return ok;
}

static bool load_buffer(Catalog *c, const char *path, const char *buf, size_t len)
{
    bool ran;
    Module *m = build_in_child(path, buf, len, &c->problems, &ran);
    if (!ran) /* no process to spare: the in-process limits still hold */
        m = build_module(path, buf, len, &c->problems);
    if (!m)
        return false;
    const Module *other = catalog_find(c, m->id);
    if (other) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "id: module id '%s' is already used by %s",
                     m->id, other->file);
        module_free(m);
        return false;
    }
    catalog_add(c, m);
    return true;
}

bool host_load_file(Catalog *c, const char *path)
{
    size_t len = 0;
    char *buf = read_file(c, path, &len);
    if (!buf)
        return false;
    bool ok = is_meta_file(buf) ? false : load_buffer(c, path, buf, len);
    free(buf);
    return ok;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int host_load_dir(Catalog *c, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        problems_add(&c->problems, dir, 0, PROBLEM_ERROR, "cannot open content directory: %s",
                     strerror(errno));
        return 0;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    int loaded = 0;
    bool started = begin_load();
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n; i++) {
        char *path = dl && dir[dl - 1] == '/' ? xasprintf("%s%s", dir, names[i])
                                              : xasprintf("%s/%s", dir, names[i]);
        loaded += host_load_file(c, path);
        free(path);
        free(names[i]);
    }
    free(names);
    end_load(started);
    return loaded;
}

void host_load_paths(Catalog *c, char *const paths[], int n)
{
    bool started = begin_load();
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            host_load_dir(c, paths[i]);
        else
            host_load_file(c, paths[i]);
    }
    end_load(started);
}
