/* Benchmark helper (scripts/bench with BENCH_PROFILE=1): where the time to load modules goes.
 * Runs each stage of loading a module in this process, without a child, timing each over all
 * the given files: reading the file, compiling it in a bare Lua state (for reference), making
 * the sandbox, running the module in it, building the Module, serialising and parsing it. Then
 * times the real thing (host_load_paths: the same work in a child process) and an empty child
 * (pipe, fork, _exit, wait) with a small and a full catalog, and counts page faults, so that
 * what the child process costs can be told apart from what the work itself costs.
 *   load_stages [--in-process] FILE...   (--in-process: only the stages, e.g. under perf)
 * Uses the Lua host's internal headers: a change there may need a change here. */
#include <fcntl.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../tui/core/model_io.h"
#include "../../tui/lua/host.h"
#include "../../tui/lua/loader.h"
#include "../../tui/lua/sandbox.h"

enum { ST_READ, ST_COMPILE, ST_SB_NEW, ST_API, ST_RUN, ST_BUILD, ST_SB_FREE, ST_WRITE,
       ST_PARSE, ST_FREE, ST_N };
static const char *const stage_names[ST_N] = {
    "read the file",
    "(reference: compile only, in a bare lua_State)",
    "sandbox_new (state, libraries, environment)",
    "loader_register_api",
    "sandbox_run (compile + run the module)",
    "loader_build (check + convert to Module)",
    "sandbox_free (lua_close)",
    "modelio_write (serialise)",
    "modelio_read (parse, in the parent)",
    "module_free (both copies)",
};

/* loader_build gained a gen_seeds argument (lint tries several seeds of a question function),
 * then a picture check depth: call whichever of these forms the headers declare. The shell's
 * load is timed: seed 1, pictures looked for (ASSETS_CHECK_FIND is 0). */
typedef Module *(*BuildChecks)(Sandbox *, const char *, int, AssetsCheck, Problems *);
typedef Module *(*BuildSeeds)(Sandbox *, const char *, int, Problems *);
typedef Module *(*BuildPlain)(Sandbox *, const char *, Problems *);

static Module *build(Sandbox *sb, const char *path, Problems *probs)
{
    void (*f)(void) = (void (*)(void))loader_build;
    return _Generic(&loader_build,
                    BuildChecks: ((BuildChecks)f)(sb, path, 1, (AssetsCheck)0, probs),
                    BuildSeeds: ((BuildSeeds)f)(sb, path, 1, probs),
                    default: ((BuildPlain)f)(sb, path, probs));
}

/* One module file, as the shell loads its content. */
static void load_file(Catalog *cat, const char *path)
{
    char *p = (char *)path;
    host_load_paths(cat, &p, 1, NULL);
}

static double now_us(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf b;
    strbuf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        strbuf_append(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return strbuf_take(&b);
}

/* An empty child as host.c makes one: pipe, fork, child exits, parent reads EOF and waits. */
static double empty_children(int n)
{
    double t0 = now_us();
    for (int i = 0; i < n; i++) {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC) != 0)
            return -1;
        fflush(NULL);
        pid_t pid = fork();
        if (pid == 0)
            _exit(0);
        close(fds[1]);
        char c;
        while (read(fds[0], &c, 1) > 0)
            ;
        close(fds[0]);
        waitpid(pid, NULL, 0);
    }
    return (now_us() - t0) / n;
}

static long minflt(int who)
{
    struct rusage ru;
    getrusage(who, &ru);
    return ru.ru_minflt;
}

int main(int argc, char **argv)
{
    bool in_process = argc > 1 && strcmp(argv[1], "--in-process") == 0;
    int first_arg = in_process ? 2 : 1;
    int files = argc - first_arg;
    if (files < 1) {
        fprintf(stderr, "usage: load_stages [--in-process] FILE...\n");
        return 2;
    }
    double t[ST_N] = {0};
    size_t stream_bytes = 0, lua_bytes = 0;
    double fork_small = in_process ? 0 : empty_children(50);
    long flt_inproc = minflt(RUSAGE_SELF);

    /* 1. Every stage in this process. */
    double t_inproc = now_us();
    /* Stage ST_COMPILE is a reference, not part of the work: taken out of t_inproc below. */
    for (int i = first_arg; i < argc; i++) {
        const char *path = argv[i];
        double a = now_us();
        size_t len;
        char *buf = slurp(path, &len);
        if (!buf) {
            fprintf(stderr, "load_stages: cannot read %s\n", path);
            return 2;
        }
        double b = now_us();
        t[ST_READ] += b - a;

        lua_State *L = luaL_newstate();
        luaL_loadbufferx(L, buf, len, path, "t");
        lua_close(L);
        a = now_us();
        t[ST_COMPILE] += a - b;

        Sandbox *sb = sandbox_new(NULL, path);
        b = now_us();
        t[ST_SB_NEW] += b - a;
        loader_register_api(sb, buf, len);
        a = now_us();
        t[ST_API] += a - b;
        SandboxError err;
        Problems probs = {0};
        Module *m = NULL;
        bool ran = sandbox_run(sb, buf, len, &err);
        b = now_us();
        t[ST_RUN] += b - a;
        lua_bytes += sandbox_memory_used(sb);
        if (ran)
            m = build(sb, path, &probs);
        a = now_us();
        t[ST_BUILD] += a - b;
        sandbox_free(sb);
        b = now_us();
        t[ST_SB_FREE] += b - a;
        if (!m) {
            fprintf(stderr, "load_stages: %s does not load%s%s\n", path, ran ? "" : ": ",
                    ran ? "" : err.message);
            return 2;
        }
        StrBuf out;
        strbuf_init(&out);
        modelio_write(&out, m, &probs);
        a = now_us();
        t[ST_WRITE] += a - b;
        stream_bytes += out.len;
        Module *back = NULL;
        Problems probs2 = {0};
        if (!modelio_read(out.s, out.len, &back, &probs2)) {
            fprintf(stderr, "load_stages: %s: stream does not parse\n", path);
            return 2;
        }
        b = now_us();
        t[ST_PARSE] += b - a;
        module_free(m);
        module_free(back);
        a = now_us();
        t[ST_FREE] += a - b;
        strbuf_done(&out);
        problems_done(&probs);
        problems_done(&probs2);
        free(buf);
    }
    t_inproc = now_us() - t_inproc - t[ST_COMPILE];
    flt_inproc = minflt(RUSAGE_SELF) - flt_inproc;

    printf("stages of loading %d modules (%.0f KiB of Lua heap and %.0f KiB of stream per "
           "module), in one process:\n",
           files, (double)lua_bytes / files / 1024, (double)stream_bytes / files / 1024);
    printf("  %-56s %9s %10s\n", "stage", "total ms", "us/module");
    for (int s = 0; s < ST_N; s++)
        printf("  %-56s %9.1f %10.0f\n", stage_names[s], t[s] / 1e3, t[s] / files);
    printf("  %-56s %9.1f %10.0f\n", "all stages but the reference, in one process", t_inproc / 1e3,
           t_inproc / files);
    printf("  (that is %.2fx the bare compile; %.0f minor page faults per module)\n",
           t_inproc / t[ST_COMPILE], (double)flt_inproc / files);
    if (in_process)
        return 0;

    /* 2. The real thing: each module built in a child, the catalog growing as in the shell. */
    Catalog cat;
    catalog_init(&cat);
    long flt_self = minflt(RUSAGE_SELF), flt_kids = minflt(RUSAGE_CHILDREN);
    double first = 0, last = 0;
    int edge = files < 40 ? (files + 1) / 2 : 20;
    double t_host = now_us();
    for (int i = 0; i < files; i++) {
        double a = now_us();
        load_file(&cat, argv[first_arg + i]);
        double d = now_us() - a;
        if (i < edge)
            first += d;
        if (i >= files - edge)
            last += d;
    }
    t_host = now_us() - t_host;
    flt_self = minflt(RUSAGE_SELF) - flt_self;
    flt_kids = minflt(RUSAGE_CHILDREN) - flt_kids;
    double fork_full = empty_children(50);
    size_t errors = problems_count(&cat.problems, PROBLEM_ERROR);

    printf("host_load_paths (the same work in a child per module):\n");
    printf("  %-56s %9.1f %10.0f\n", "total", t_host / 1e3, t_host / files);
    printf("  %-56s %9s %10.0f\n", "first modules loaded (small catalog)", "", first / edge);
    printf("  %-56s %9s %10.0f\n", "last modules loaded (full catalog)", "", last / edge);
    printf("  %-56s %9.1f %10.0f\n", "over the in-process stages (the child's cost)",
           (t_host - t_inproc) / 1e3, (t_host - t_inproc) / files);
    printf("  minor page faults per module: %.0f in the child, %.0f in the parent\n",
           (double)flt_kids / files, (double)flt_self / files);
    printf("empty child (pipe, fork, _exit, read EOF, wait), us: %.0f with an empty catalog, "
           "%.0f with %zu modules loaded\n", fork_small, fork_full, cat.n);
    catalog_done(&cat);
    return errors ? 1 : 0;
}
