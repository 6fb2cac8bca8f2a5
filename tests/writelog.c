/* Test helper preloaded into rastro (LD_PRELOAD) by check_e2e: appends the size of every write
 * to standard output to the file named by $WRITELOG, a line each, so that a test can count the
 * writes a frame takes. Everything else passes through untouched. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

typedef ssize_t (*WriteFn)(int, const void *, size_t);

static WriteFn real_write;
static const char *log_path;
static pid_t logged;

/* Before main: the environment is read once, never while rastro's other thread changes it, and
 * only rastro's own writes are counted, not those of a process it starts. */
__attribute__((constructor)) static void writelog_init(void)
{
    real_write = (WriteFn)dlsym(RTLD_NEXT, "write");
    log_path = getenv("WRITELOG");
    logged = getpid();
    unsetenv("LD_PRELOAD");
}

ssize_t write(int fd, const void *buf, size_t n)
{
    if (!real_write)
        real_write = (WriteFn)dlsym(RTLD_NEXT, "write");
    ssize_t r = real_write(fd, buf, n);
    int saved = errno;
    if (fd == STDOUT_FILENO && log_path && getpid() == logged) {
        int log = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (log >= 0) {
            char line[32];
            int len = snprintf(line, sizeof line, "%zd\n", r);
            if (len > 0)
                real_write(log, line, (size_t)len);
            close(log);
        }
    }
    errno = saved;
    return r;
}
