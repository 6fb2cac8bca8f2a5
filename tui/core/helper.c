/* Starting rastro's helper programs and exchanging frames with them (see helper.h). */
#include "helper.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wire.h"

extern char **environ;

/* The helpers started, to end at exit: one per kind (pdf_write.c, render.c). */
static Helper *started[4];

static void stop_all(void)
{
    for (size_t i = 0; i < sizeof started / sizeof *started; i++)
        if (started[i] && started[i]->parent == getpid())
            helper_stop(started[i]);
}

/* Notes h as started, the first time, and the ending of helpers at exit. */
static void remember(Helper *h)
{
    static bool registered;
    if (!registered)
        registered = atexit(stop_all) == 0;
    for (size_t i = 0; i < sizeof started / sizeof *started; i++) {
        if (started[i] == h)
            return;
        if (!started[i]) {
            started[i] = h;
            return;
        }
    }
}

char *program_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return xstrdup(".");
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = '\0';
    return xstrdup(buf);
}

/* The helper's path into path: $env_var, else beside the program, else ../lib/rastro/. False with
 * why when neither place has it. */
static bool locate(const Helper *h, char *path, size_t size, char *why, size_t len)
{
    const char *env = getenv(h->env_var);
    if (env && env[0]) {
        snprintf(path, size, "%s", env);
        return true;
    }
    char *dir = program_dir();
    static const char *const places[] = {"%s/%s", "%s/../lib/rastro/%s"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, size, places[i], dir, h->file);
        if (access(path, X_OK) == 0) {
            free(dir);
            return true;
        }
    }
    free(dir);
    snprintf(why, len,
             "the %s (%s) cannot be started: it is neither beside rastro nor in ../lib/rastro; "
             "install rastro with `make install`, or set %s",
             h->what, h->file, h->env_var);
    return false;
}

static bool start(Helper *h, char *why, size_t len)
{
    char path[PATH_MAX + 64];
    if (!locate(h, path, sizeof path, why, len))
        return false;
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        snprintf(why, len, "the %s (%s) cannot be started: %s", h->what, h->file, strerror(errno));
        return false;
    }
    /* The socket is the helper's input and output, its errors go nowhere, and nothing else of
     * rastro's stays open there (another helper's socket, a file being written). */
    posix_spawn_file_actions_t acts;
    posix_spawn_file_actions_init(&acts);
    posix_spawn_file_actions_adddup2(&acts, fds[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&acts, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&acts, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addclosefrom_np(&acts, 3);
    /* Signals rastro ignores (SIGPIPE) or catches are the helper's defaults again. */
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    char *argv[] = {(char *)h->file, NULL};
    int rc = posix_spawn(&h->pid, path, &acts, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&acts);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        h->pid = 0;
        snprintf(why, len, "the %s (%s) cannot be started: %s: %s", h->what, h->file, path,
                 strerror(rc));
        return false;
    }
    h->fd = fds[0];
    h->parent = getpid();
    remember(h);
    return true;
}

/* Ends h and says how it had ended into why (when why is given). */
static void stop(Helper *h, char *why, size_t len)
{
    if (!h->pid || h->parent != getpid())
        return;
    close(h->fd);
    h->fd = -1;
    int status = 0;
    /* Closing its input ends a helper waiting for a request; one that is not is stopped. */
    kill(h->pid, SIGKILL);
    while (waitpid(h->pid, &status, 0) < 0 && errno == EINTR)
        ;
    h->pid = 0;
    if (!why)
        return;
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
        snprintf(why, len, "the %s (%s) stopped: signal %d", h->what, h->file, WTERMSIG(status));
    else if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        snprintf(why, len, "the %s (%s) cannot be started: a library it needs is missing",
                 h->what, h->file);
    else
        snprintf(why, len, "the %s (%s) stopped without an answer", h->what, h->file);
}

void helper_stop(Helper *h)
{
    stop(h, NULL, 0);
}

bool helper_request(Helper *h, char kind, const StrBuf *payload, char *why, size_t len)
{
    if (h->pid && h->parent != getpid()) {
        /* Inherited by a fork: the parent's helper, not this process's to use. */
        close(h->fd);
        h->fd = -1;
        h->pid = 0;
    }
    for (int attempt = 0; attempt < 2; attempt++) {
        bool fresh = !h->pid;
        if (fresh && !start(h, why, len))
            return false;
        if (wire_frame_send(h->fd, kind, payload->s, payload->len))
            return true;
        stop(h, why, len);
        if (fresh)
            return false;
    }
    return false;
}

char helper_answer(Helper *h, StrBuf *payload, char *why, size_t len)
{
    char kind = h->pid ? wire_frame_recv(h->fd, payload) : 0;
    if (!kind)
        stop(h, why, len);
    return kind;
}
