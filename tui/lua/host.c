/* The Lua host's face to the rest of rastro: reads module files, builds each in its own sandbox
 * in a child process and adds what loads to the catalog, reporting every problem with file:line. */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../core/model_io.h"
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

/* Runs a module in a sandbox and builds it; problems go to probs. NULL when it has errors. */
static Module *build_module(const char *path, const char *buf, size_t len, Problems *probs)
{
    Sandbox *sb = run_module(path, buf, len, probs);
    if (!sb)
        return NULL;
    Module *m = loader_build(sb, path, gen_seeds, probs);
    sandbox_free(sb);
    if (m && has_callbacks(m)) {
        m->source = xstrndup(buf, len);
        m->source_len = len;
    }
    return m;
}

/* Writes all of buf to fd; false on error. */
static bool write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, buf, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        buf += w;
        len -= (size_t)w;
    }
    return true;
}

/* Work done in a child: writes its answer (a model_io stream) to out. */
typedef void (*ChildWork)(void *ctx, StrBuf *out);

/* Runs work in a child process and collects what it writes into in, so that no module code ever
 * runs in rastro itself. The sandbox's hook stops runaway Lua code; the child's wall-clock and
 * processor limits also stop a library call that never ends inside C (such as a pathological
 * string pattern), and a crash in the interpreter costs the child, not the shell. what names the
 * task in messages ("loading"). Returns true when the child answered in full; otherwise reports
 * why against path. *ran is false when no child could be made. */
static bool run_in_child(const char *path, const char *what, ChildWork work, void *ctx, StrBuf *in,
                         Problems *probs, bool *ran)
{
    int fds[2];
    *ran = false;
    fflush(NULL);
    if (pipe2(fds, O_CLOEXEC) != 0)
        return false;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return false;
    }
    *ran = true;
    if (pid == 0) {
        close(fds[0]);
        struct rlimit cpu = {HOST_LOAD_SECONDS, HOST_LOAD_SECONDS + 1};
        setrlimit(RLIMIT_CPU, &cpu);
#ifndef __SANITIZE_ADDRESS__ /* AddressSanitizer's shadow memory would not fit */
        /* Lua's own allocations are capped by the sandbox; this also caps the C copies. */
        struct rlimit data = {HOST_LOAD_DATA_BYTES, HOST_LOAD_DATA_BYTES};
        setrlimit(RLIMIT_DATA, &data);
#endif
        StrBuf out;
        strbuf_init(&out);
        work(ctx, &out);
        _exit(write_all(fds[1], out.s, out.len) ? 0 : 1);
    }
    close(fds[1]);
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    const char *failure = NULL;
    for (;;) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        long elapsed = (now.tv_sec - start.tv_sec) * 1000L + (now.tv_nsec - start.tv_nsec) / 1000000L;
        if (elapsed >= HOST_LOAD_SECONDS * 1000L) {
            failure = "timeout";
            break;
        }
        struct pollfd pfd = {.fd = fds[0], .events = POLLIN};
        int pr = poll(&pfd, 1, (int)(HOST_LOAD_SECONDS * 1000L - elapsed));
        if (pr < 0 && errno == EINTR)
            continue;
        if (pr <= 0)
            continue;
        char chunk[65536];
        ssize_t n = read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; /* end of the stream */
        if (in->len + (size_t)n > MODELIO_MAX_BYTES) {
            failure = "too large";
            break;
        }
        strbuf_append(in, chunk, (size_t)n);
    }
    close(fds[0]);
    if (failure)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (failure && strcmp(failure, "timeout") == 0)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "%s took longer than %d seconds and was stopped (a library call that never "
                     "ends, such as a pathological string pattern?)", what, HOST_LOAD_SECONDS);
    else if (failure)
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s: the answer is too large", what);
    else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "%s used more than %d seconds of processor time and was stopped", what,
                     HOST_LOAD_SECONDS);
    else if (WIFSIGNALED(status))
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s crashed the Lua interpreter (signal %d)",
                     what, WTERMSIG(status));
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s failed", what);
    else
        return true;
    return false;
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

/* Builds the module in a child process and receives it as plain data (model_io.h). Returns the
 * module or NULL; problems go to probs. *ran is false when no child could be made. */
static Module *build_in_child(const char *path, const char *buf, size_t len, Problems *probs,
                              bool *ran)
{
    LoadJob job = {path, buf, len};
    StrBuf in;
    strbuf_init(&in);
    Module *m = NULL;
    if (run_in_child(path, "loading", load_work, &job, &in, probs, ran) &&
        !modelio_read(in.s, in.len, &m, probs))
        problems_add(probs, path, 0, PROBLEM_ERROR, "loading failed (the loader's answer was broken)");
    strbuf_done(&in);
    return m;
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
    bool ok = run_in_child(m->file, "building a question", generate_work, &job, &in, probs, &ran);
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
    bool ok = run_in_child(m->file, "checking a form", check_work, &job, &in, probs, &ran) &&
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
    size_t dl = strlen(dir);
    for (size_t i = 0; i < n; i++) {
        char *path = dl && dir[dl - 1] == '/' ? xasprintf("%s%s", dir, names[i])
                                              : xasprintf("%s/%s", dir, names[i]);
        loaded += host_load_file(c, path);
        free(path);
        free(names[i]);
    }
    free(names);
    return loaded;
}

void host_load_paths(Catalog *c, char *const paths[], int n)
{
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            host_load_dir(c, paths[i]);
        else
            host_load_file(c, paths[i]);
    }
}
