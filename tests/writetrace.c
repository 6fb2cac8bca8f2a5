/* Test helper for check_e2e: runs a program under ptrace and appends to a log file the return
 * value of every write the program makes to its standard output, a line each ("%ld\n"), so that
 * a test can count the writes a frame takes. Unlike a preloaded library, it sees the writes of a
 * static program as well as a dynamic one's.
 *
 *   writetrace LOGFILE PROGRAM [ARGS...]
 *
 * Every thread of the program is followed (rastro's second thread writes to the terminal too);
 * the processes it starts are let go at once, neither traced nor logged. Signals reach the
 * program as they would without the tracer, and writetrace exits with the program's status
 * (128+N when signal N killed it). The system calls counted are write, writev and pwrite64 on
 * file descriptor 1, by their numbers on the machine writetrace is built for. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* What a system call the kernel restarts or turns into EINTR returns at its exit stop
 * (-ERESTARTSYS to -ERESTART_RESTARTBLOCK, which user space never sees): the write is not done. */
#define RESTART_FIRST (-516)
#define RESTART_LAST (-512)

#define MAX_THREADS 256

static pid_t program; /* the traced program: its process id, its threads' group id */

/* The threads seen, each with whether it is inside a write to standard output (between the
 * system call's entry and its exit). A free slot has tid 0. */
static struct {
    pid_t tid;
    bool writing;
} threads[MAX_THREADS];

/* The slot of thread tid, taken when it has none. */
static bool *writing_flag(pid_t tid)
{
    int free_slot = -1;
    for (int i = 0; i < MAX_THREADS; i++) {
        if (threads[i].tid == tid)
            return &threads[i].writing;
        if (threads[i].tid == 0 && free_slot < 0)
            free_slot = i;
    }
    if (free_slot < 0) {
        fprintf(stderr, "writetrace: more than %d threads\n", MAX_THREADS);
        kill(program, SIGKILL);
        exit(127);
    }
    threads[free_slot].tid = tid;
    threads[free_slot].writing = false;
    return &threads[free_slot].writing;
}

static void forget(pid_t tid)
{
    for (int i = 0; i < MAX_THREADS; i++)
        if (threads[i].tid == tid)
            threads[i].tid = 0;
}

/* Whether tid is a thread of the program rather than a process of its own (a child the program
 * started with clone, which the tracer caught by PTRACE_O_TRACECLONE). */
static bool in_program(pid_t tid)
{
    char path[64], line[256];
    long tgid = -1;
    snprintf(path, sizeof path, "/proc/%d/status", (int)tid);
    FILE *f = fopen(path, "r");
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "Tgid: %ld", &tgid) == 1)
            break;
    if (f)
        fclose(f);
    return tgid == program;
}

/* A syscall stop of thread tid: at the entry, notes whether the call writes to standard output;
 * at the exit of such a call, logs what it returned. */
static void syscall_stop(pid_t tid, int log)
{
    struct __ptrace_syscall_info info;
    if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof info, &info) <= 0)
        return;
    bool *writing = writing_flag(tid);
    if (info.op == PTRACE_SYSCALL_INFO_ENTRY) {
        unsigned long long nr = info.entry.nr;
        *writing = (nr == SYS_write || nr == SYS_writev || nr == SYS_pwrite64) &&
                   info.entry.args[0] == STDOUT_FILENO;
    } else if (info.op == PTRACE_SYSCALL_INFO_EXIT && *writing) {
        *writing = false;
        long r = (long)info.exit.rval;
        if (r >= RESTART_FIRST && r <= RESTART_LAST)
            return;
        char text[32];
        int len = snprintf(text, sizeof text, "%ld\n", r);
        if (write(log, text, (size_t)len) != len)
            perror("writetrace: log");
    }
}

/* A signal sent to writetrace by a process (kill) goes on to the program. One from the terminal
 * does not: the terminal sends SIGINT and SIGQUIT to its whole foreground process group, the
 * program included, but a hang-up to the session's leader alone, which writetrace is when it is
 * what a pseudo-terminal started. */
static void pass_on(int sig, siginfo_t *si, void *context)
{
    (void)context;
    if (si->si_code <= 0 || sig == SIGHUP)
        kill(program, sig);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: writetrace LOGFILE PROGRAM [ARGS...]\n");
        return 127;
    }
    int log = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (log < 0) {
        fprintf(stderr, "writetrace: %s: %s\n", argv[1], strerror(errno));
        return 127;
    }
    signal(SIGCHLD, SIG_DFL); /* an ignored SIGCHLD would take the program's status away */

    /* The child waits for a byte on go before it runs the program: by then it is traced. */
    int go[2];
    if (pipe2(go, O_CLOEXEC) < 0 || (program = fork()) < 0) {
        perror("writetrace");
        return 127;
    }
    if (program == 0) {
        char byte;
        close(go[1]);
        if (read(go[0], &byte, 1) != 1)
            _exit(127);
        execvp(argv[2], argv + 2);
        fprintf(stderr, "writetrace: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    close(go[0]);
    long options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC |
                   PTRACE_O_EXITKILL;
    if (ptrace(PTRACE_SEIZE, program, NULL, (void *)options) < 0) {
        perror("writetrace: PTRACE_SEIZE");
        return 127; /* go closes with writetrace, and the child ends without running anything */
    }
    struct sigaction sa = {.sa_sigaction = pass_on, .sa_flags = SA_SIGINFO | SA_RESTART};
    sigemptyset(&sa.sa_mask);
    int passed[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2};
    for (size_t i = 0; i < sizeof passed / sizeof passed[0]; i++)
        sigaction(passed[i], &sa, NULL);
    if (write(go[1], "", 1) != 1) {
        perror("writetrace");
        return 127;
    }
    close(go[1]);

    /* The program runs untraced up to its exec, which stops it (PTRACE_EVENT_EXEC); from there on
     * each thread is resumed with PTRACE_SYSCALL, to stop again at its next system call's entry or
     * exit, at a signal, or at an event. */
    for (;;) {
        int status;
        pid_t tid = waitpid(-1, &status, __WALL);
        if (tid < 0) {
            if (errno == EINTR)
                continue;
            perror("writetrace: waitpid");
            return 127;
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) {
            forget(tid);
            if (tid == program) /* the thread group's leader, reported after all the others */
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            continue;
        }
        if (!WIFSTOPPED(status))
            continue;
        int sig = WSTOPSIG(status), event = status >> 16, deliver = 0;
        if (sig == (SIGTRAP | 0x80)) {
            syscall_stop(tid, log);
        } else if (event == PTRACE_EVENT_STOP) {
            if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
                /* A group-stop: the thread stays stopped, still traced, until a SIGCONT. */
                ptrace(PTRACE_LISTEN, tid, NULL, NULL);
                continue;
            }
            /* The first stop of a new thread, or of a process the program started: let go. */
            if (!in_program(tid)) {
                ptrace(PTRACE_DETACH, tid, NULL, NULL);
                continue;
            }
        } else if (event == 0) {
            deliver = sig; /* a signal for the program: delivered as it would have been */
        }
        ptrace(PTRACE_SYSCALL, tid, NULL, (void *)(long)deliver);
    }
}
