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

/* Runs a module in a sandbox and builds it; problems go to probs. NULL when it has errors. */
static Module *build_module(const char *path, const char *buf, size_t len, Problems *probs)
{
    Sandbox *sb = sandbox_new(NULL, path);
    if (!sb) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "cannot create a Lua state");
        return NULL;
    }
    loader_register_api(sb);
    SandboxError err;
    Module *m = NULL;
    if (!sandbox_run(sb, buf, len, &err))
        problems_add(probs, path, err.line, PROBLEM_ERROR, "%s", err.message);
    else
        m = loader_build(sb, path, probs);
    sandbox_free(sb);
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

/* Builds the module in a child process and receives it as plain data (model_io.h), so that no
 * module code ever runs in rastro itself. The sandbox's hook stops runaway Lua code; the child's
 * wall-clock and processor limits also stop a library call that never ends inside C (such as a
 * pathological string pattern), and a crash in the interpreter costs the child, not the shell.
 * Returns the module or NULL; problems go to probs. *ran is false when no child could be made. */
static Module *build_in_child(const char *path, const char *buf, size_t len, Problems *probs,
                              bool *ran)
{
    int fds[2];
    *ran = false;
    fflush(NULL);
    if (pipe2(fds, O_CLOEXEC) != 0)
        return NULL;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return NULL;
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
        Problems mine = {0};
        Module *m = build_module(path, buf, len, &mine);
        StrBuf out;
        strbuf_init(&out);
        modelio_write(&out, m, &mine);
        _exit(write_all(fds[1], out.s, out.len) ? 0 : 1);
    }
    close(fds[1]);
    StrBuf in;
    strbuf_init(&in);
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
        if (in.len + (size_t)n > MODELIO_MAX_BYTES) {
            failure = "too large";
            break;
        }
        strbuf_append(&in, chunk, (size_t)n);
    }
    close(fds[0]);
    if (failure)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    Module *m = NULL;
    if (failure && strcmp(failure, "timeout") == 0)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "loading took longer than %d seconds and was stopped (a library call that "
                     "never ends, such as a pathological string pattern?)", HOST_LOAD_SECONDS);
    else if (failure)
        problems_add(probs, path, 0, PROBLEM_ERROR, "the loaded module is too large");
    else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "loading used more than %d seconds of processor time and was stopped",
                     HOST_LOAD_SECONDS);
    else if (WIFSIGNALED(status))
        problems_add(probs, path, 0, PROBLEM_ERROR, "loading crashed the Lua interpreter (signal %d)",
                     WTERMSIG(status));
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !modelio_read(in.s, in.len, &m, probs))
        problems_add(probs, path, 0, PROBLEM_ERROR, "loading failed (the loader's answer was broken)");
    strbuf_done(&in);
    return m;
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
