/* Printing a document on the default printer with CUPS's `lp`: the bytes go to lp's standard
 * input, and what lp says comes back to the user. When there is no lp, or lp does not take the
 * document (no default printer, the scheduler not running), the user is told so plainly and the
 * exit status says it failed: nothing is claimed that did not happen. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/wire.h"

extern char **environ;

/* The lp program on $PATH (caller frees), NULL when there is none. */
static char *find_lp(void)
{
    const char *path = getenv("PATH");
    if (!path || !path[0])
        path = "/usr/bin:/bin";
    char *dirs = xstrdup(path);
    char *found = NULL;
    for (char *save = NULL, *d = strtok_r(dirs, ":", &save); d && !found;
         d = strtok_r(NULL, ":", &save)) {
        char *p = xasprintf("%s/lp", d[0] ? d : ".");
        struct stat st;
        if (stat(p, &st) == 0 && S_ISREG(st.st_mode) && access(p, X_OK) == 0)
            found = p;
        else
            free(p);
    }
    free(dirs);
    return found;
}

/* What lp wrote (its standard output and error, in the file fd), trimmed, made inert. Caller
 * frees. */
static char *said(FILE *out)
{
    StrBuf b;
    strbuf_init(&b);
    char buf[512];
    rewind(out);
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, out)) > 0 && b.len < 4096)
        strbuf_append(&b, buf, n);
    while (b.len && (b.s[b.len - 1] == '\n' || b.s[b.len - 1] == ' '))
        b.s[--b.len] = '\0';
    for (size_t i = 0; i < b.len; i++)
        if (b.s[i] == '\n')
            b.s[i] = ' ';
    char *s = text_sanitize(b.s ? b.s : "", false, true);
    strbuf_done(&b);
    return s;
}

int cli_print(const char *cmd, const unsigned char *data, size_t len, const char *title,
              const char *media, FILE *say)
{
    char *lp = find_lp();
    if (!lp) {
        fprintf(stderr, "rastro %s: ", cmd);
        fprintf(stderr, "%s\n", tr("cannot print: there is no lp command here (CUPS's client, "
                                   "Debian package cups-client); nothing was printed. Write the "
                                   "PDF with -o FILE and print it another way."));
        return 1;
    }
    int rc = 1, in[2] = {-1, -1};
    FILE *out = tmpfile();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    if (!out || pipe2(in, O_CLOEXEC) != 0) {
        fprintf(stderr, "rastro %s: %s: %s\n", cmd, tr("cannot print"), strerror(errno));
        goto done;
    }
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, fileno(out), 1);
    posix_spawn_file_actions_adddup2(&fa, fileno(out), 2);
    char *media_opt = xasprintf("media=%s", media);
    char *argv[] = {"lp", "-t", (char *)title, "-o", media_opt, NULL};
    pid_t pid;
    int e = posix_spawn(&pid, lp, &fa, NULL, argv, environ);
    free(media_opt);
    close(in[0]);
    in[0] = -1;
    if (e != 0) {
        fprintf(stderr, "rastro %s: %s %s: %s; %s\n", cmd, tr("cannot run"), cli_shown(lp),
                strerror(e), tr("nothing was printed"));
        goto done;
    }
    /* lp may stop reading (no printer): the rest is not written, and its status says why. */
    bool sent = fd_write_all(in[1], data, len);
    close(in[1]);
    in[1] = -1;
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    char *message = said(out);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && sent) {
        fprintf(say, tr("Sent to the default printer: %s"), message[0] ? message : tr("lp took it"));
        fputc('\n', say);
        rc = 0;
    } else {
        fprintf(stderr, "rastro %s: ", cmd);
        fprintf(stderr, tr("the printer did not take the document (lp: %s); nothing was "
                           "printed. Is there a default printer? lpstat -d names it."),
                message[0] ? message : tr("no reason given"));
        fputc('\n', stderr);
    }
    free(message);
done:
    posix_spawn_file_actions_destroy(&fa);
    if (in[0] >= 0)
        close(in[0]);
    if (in[1] >= 0)
        close(in[1]);
    if (out)
        fclose(out);
    free(lp);
    return rc;
}
