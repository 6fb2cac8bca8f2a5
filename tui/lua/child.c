/* Running module code in other processes: a child per task (child_run), or one worker child that
 * serves requests one after another (worker_send, then worker_receive), which spares a fork per
 * module when a whole content directory loads. The sandbox's hook stops runaway Lua code; these
 * processes' limits also stop a library call that never ends inside C (such as a pathological
 * string pattern), and a crash in the interpreter costs the child, not the shell. */
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../core/wire.h"

/* Limits of a child process: memory, and processor time for the next CHILD_SECONDS from now
 * (raised again before each request a worker serves). */
static void limit_child(void)
{
#ifndef __SANITIZE_ADDRESS__ /* AddressSanitizer's shadow memory would not fit */
    /* Lua's own allocations are capped by the sandbox; this also caps the C copies. */
    struct rlimit data = {CHILD_DATA_BYTES, CHILD_DATA_BYTES};
    setrlimit(RLIMIT_DATA, &data);
#endif
}

static void limit_cpu_from_now(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    struct rlimit cpu;
    getrlimit(RLIMIT_CPU, &cpu);
    cpu.rlim_cur = (rlim_t)ru.ru_utime.tv_sec + (rlim_t)ru.ru_stime.tv_sec + CHILD_SECONDS + 1;
    if (cpu.rlim_max != RLIM_INFINITY && cpu.rlim_cur > cpu.rlim_max)
        cpu.rlim_cur = cpu.rlim_max;
    setrlimit(RLIMIT_CPU, &cpu);
}

static long ms_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1000L + (now.tv_nsec - start->tv_nsec) / 1000000L;
}

/* Reads into in from fd until want bytes are there (want 0: until end of stream), the time is
 * up, or the answer grows too large. Returns NULL on success, else what went wrong. */
static const char *collect(int fd, const struct timespec *start, StrBuf *in, size_t want)
{
    for (;;) {
        if (want && in->len >= want)
            return NULL;
        long elapsed = ms_since(start);
        if (elapsed >= CHILD_SECONDS * 1000L)
            return "timeout";
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        int pr = poll(&pfd, 1, (int)(CHILD_SECONDS * 1000L - elapsed));
        if (pr <= 0)
            continue; /* EINTR, or the time is up (checked above) */
        /* A known length is read straight into place; an open stream in chunks. */
        char chunk[65536], *dst = chunk;
        size_t room = sizeof chunk;
        if (want) {
            strbuf_reserve(in, want - in->len);
            dst = in->s + in->len;
            room = want - in->len;
        }
        ssize_t n = read(fd, dst, room);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return want ? "ended" : NULL;
        if (in->len + (size_t)n > CHILD_MAX_ANSWER)
            return "too large";
        if (want) {
            in->len += (size_t)n;
            in->s[in->len] = '\0';
        } else {
            strbuf_append(in, chunk, (size_t)n);
        }
    }
}

/* Reports how a child ended without a full answer: failure as collect() said, status from
 * waitpid. */
static void report_end(const char *path, const char *what, const char *failure, int status,
                       Problems *probs)
{
    if (failure && strcmp(failure, "timeout") == 0)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "%s took longer than %d seconds and was stopped (a library call that never "
                     "ends, such as a pathological string pattern?)", what, CHILD_SECONDS);
    else if (failure && strcmp(failure, "too large") == 0)
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s: the answer is too large", what);
    else if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU)
        problems_add(probs, path, 0, PROBLEM_ERROR,
                     "%s used more than %d seconds of processor time and was stopped", what,
                     CHILD_SECONDS);
    else if (WIFSIGNALED(status))
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s crashed the Lua interpreter (signal %d)",
                     what, WTERMSIG(status));
    else
        problems_add(probs, path, 0, PROBLEM_ERROR, "%s failed", what);
}

static void reap(pid_t pid, bool kill_first, int *status)
{
    if (kill_first)
        kill(pid, SIGKILL);
    *status = 0;
    while (waitpid(pid, status, 0) < 0 && errno == EINTR)
        ;
}

/* Forks a child joined to rastro by a socket. In the parent returns the child's pid (> 0) and
 * sets *fd to rastro's end; in the child returns 0 with *fd its end, as fd 3, and every other
 * descriptor but the standard streams closed: another worker's socket must not stay open there,
 * or that worker would never see rastro hang up. -1 when no child could be made. */
static pid_t spawn(int *fd)
{
    int fds[2];
    fflush(NULL);
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        if (fds[1] != 3 && dup2(fds[1], 3) < 0)
            _exit(1);
        close_range(4, ~0U, 0);
        *fd = 3;
        return 0;
    }
    close(fds[1]);
    *fd = fds[0];
    return pid;
}

bool child_run(const char *path, const char *what, ChildWork work, void *ctx, StrBuf *in,
               Problems *probs, bool *ran)
{
    int fd;
    pid_t pid = spawn(&fd);
    *ran = pid >= 0;
    if (pid < 0)
        return false;
    if (pid == 0) {
        limit_child();
        limit_cpu_from_now();
        StrBuf out;
        strbuf_init(&out);
        work(ctx, &out);
        _exit(fd_send_all(fd, out.s, out.len) ? 0 : 1);
    }
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    const char *failure = collect(fd, &start, in, 0);
    close(fd);
    int status;
    reap(pid, failure != NULL, &status);
    if (!failure && WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return true;
    report_end(path, what, failure, status, probs);
    return false;
}

struct Worker {
    WorkerServe serve;
    pid_t pid;            /* 0 while no process runs */
    int fd;               /* our end of the socket pair */
    bool send_failed;
};

Worker *worker_new(WorkerServe serve)
{
    Worker *w = xcalloc(1, sizeof *w);
    w->serve = serve;
    w->fd = -1;
    return w;
}

/* The worker process: a request is a 4-byte length and the bytes; so is an answer. It ends
 * when rastro closes its end. */
static __attribute__((noreturn)) void worker_main(WorkerServe serve, int fd)
{
    limit_child();
    StrBuf out;
    strbuf_init(&out);
    for (;;) {
        uint32_t len;
        if (!fd_read_full(fd, &len, sizeof len))
            _exit(0);
        char *req = malloc((size_t)len + 1);
        if (!req || !fd_read_full(fd, req, len))
            _exit(1);
        req[len] = '\0';
        limit_cpu_from_now();
        strbuf_clear(&out);
        serve(req, len, &out);
        free(req);
        uint32_t n = (uint32_t)out.len;
        if (!fd_send_all(fd, (const char *)&n, sizeof n) || !fd_send_all(fd, out.s, out.len))
            _exit(1);
    }
}

static bool worker_start(Worker *w)
{
    int fd;
    pid_t pid = spawn(&fd);
    if (pid < 0)
        return false;
    if (pid == 0)
        worker_main(w->serve, fd);
    w->pid = pid;
    w->fd = fd;
    return true;
}

/* Ends the worker process: closing our end tells it to exit; kill when it cannot listen. */
static void worker_stop(Worker *w, bool kill_first, int *status)
{
    if (!w->pid)
        return;
    close(w->fd);
    reap(w->pid, kill_first, status);
    w->pid = 0;
    w->fd = -1;
}

bool worker_send(Worker *w, const char *req, size_t len)
{
    if (!w->pid && !worker_start(w))
        return false;
    uint32_t n = (uint32_t)len;
    /* A worker that died already shows as such when its answer is read. */
    w->send_failed = len > CHILD_MAX_ANSWER || !fd_send_all(w->fd, (const char *)&n, sizeof n) ||
                     !fd_send_all(w->fd, req, len);
    return true;
}

bool worker_receive(Worker *w, const char *path, const char *what, StrBuf *answer,
                    Problems *probs)
{
    /* The wait is timed from here, not from the sending: meanwhile rastro may have been waiting
     * on another worker. The worker's processor limit bounds its own work in any case. */
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    const char *failure = w->send_failed ? "ended" : NULL;
    StrBuf head;
    strbuf_init(&head);
    uint32_t n = 0;
    if (!failure)
        failure = collect(w->fd, &start, &head, sizeof n);
    if (!failure) {
        memcpy(&n, head.s, sizeof n);
        if (n <= CHILD_MAX_ANSWER)
            strbuf_reserve(answer, n);
        failure = n > CHILD_MAX_ANSWER ? "too large" : collect(w->fd, &start, answer, n);
    }
    strbuf_done(&head);
    if (!failure)
        return true;
    int status;
    worker_stop(w, true, &status);
    report_end(path, what, strcmp(failure, "ended") == 0 ? NULL : failure, status, probs);
    return false;
}

void worker_free(Worker *w)
{
    if (!w)
        return;
    int status;
    worker_stop(w, false, &status);
    free(w);
}
