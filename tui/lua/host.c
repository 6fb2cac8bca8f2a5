/* The Lua host's face to the rest of rastro: reads module files, runs each in its own sandbox
 * and adds what loads to the catalog, reporting every problem with file:line. */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

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

/* Runs the module's chunk and loader once in a child process under a wall-clock limit. The
 * sandbox's hook stops runaway Lua code, but not a library function that runs for ever inside C
 * (a pathological string pattern) nor a crash in the interpreter: those now cost a child, not
 * the shell. Modules are deterministic (no clock, no I/O, a seeded math.random), so a module that
 * passes here behaves the same when loaded for real. Returns false (with a problem) when not. */
static bool vet_in_child(Catalog *c, const char *path, const char *buf, size_t len)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return true; /* cannot vet: the in-process limits still apply */
    if (pid == 0) {
        struct rlimit cpu = {HOST_VET_SECONDS, HOST_VET_SECONDS + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        Sandbox *sb = sandbox_new(NULL, path);
        if (sb) {
            loader_register_api(sb);
            SandboxError err;
            Problems ignored = {0};
            if (sandbox_run(sb, buf, len, &err))
                module_free(loader_build(sb, path, &ignored));
        }
        _exit(0);
    }
    int status = 0;
    struct timespec tick = {0, 2 * 1000 * 1000};
    for (int waited_ms = 0;; waited_ms += 2) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR)
            return true;
        if (waited_ms >= HOST_VET_SECONDS * 1000) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            problems_add(&c->problems, path, 0, PROBLEM_ERROR,
                         "loading took longer than %d seconds and was stopped (a library call "
                         "that never ends, such as a pathological string pattern?)",
                         HOST_VET_SECONDS);
            return false;
        }
        nanosleep(&tick, NULL);
    }
    if (WIFSIGNALED(status)) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR,
                     WTERMSIG(status) == SIGXCPU
                         ? "loading used more than %d seconds of processor time and was stopped"
                         : "loading crashed the Lua interpreter (signal %d)",
                     WTERMSIG(status) == SIGXCPU ? HOST_VET_SECONDS : WTERMSIG(status));
        return false;
    }
    return true;
}

static bool load_buffer(Catalog *c, const char *path, const char *buf, size_t len)
{
    if (!vet_in_child(c, path, buf, len))
        return false;
    Sandbox *sb = sandbox_new(NULL, path);
    if (!sb) {
        problems_add(&c->problems, path, 0, PROBLEM_ERROR, "cannot create a Lua state");
        return false;
    }
    loader_register_api(sb);
    SandboxError err;
    Module *m = NULL;
    if (!sandbox_run(sb, buf, len, &err))
        problems_add(&c->problems, path, err.line, PROBLEM_ERROR, "%s", err.message);
    else
        m = loader_build(sb, path, &c->problems);
    sandbox_free(sb);
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
