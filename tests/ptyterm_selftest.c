/* Self-test for ptyterm: drives a small shell script through a real pty and
 * checks what the emulated screen shows. Exits 0 on success, 1 on failure. */
#include "ptyterm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static int failures;

static void check(bool ok, const char *what)
{
    printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
    if (!ok)
        failures++;
}

static void dump(PtyTerm *t)
{
    char *s = ptyterm_screen(t);
    fprintf(stderr, "---- screen ----\n%s\n----------------\n", s ? s : "(null)");
    free(s);
}

int main(void)
{
    char err[256];
    char *const argv[] = { "sh", "-c",
                           "printf \"héllo\\n\"; read x; echo \"got:$x\"", NULL };
    PtyTerm *t = ptyterm_spawn(argv, NULL, 24, 80, err, sizeof err);
    if (!t) {
        fprintf(stderr, "spawn: %s\n", err);
        return 1;
    }
    check(ptyterm_wait_text(t, "héllo", 5000), "sees héllo");
    char *row0 = ptyterm_row(t, 0);
    check(row0 && strcmp(row0, "héllo") == 0, "row 0 is exactly héllo");
    free(row0);
    ptyterm_send(t, "abc\r");
    check(ptyterm_wait_text(t, "got:abc", 5000), "sees got:abc");
    int st = ptyterm_wait_exit(t, 5000);
    check(st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0, "exits 0");
    check(ptyterm_bytes_total(t) > 0 && ptyterm_last_output_ms(t) > 0,
          "byte count and timing recorded");
    if (failures)
        dump(t);
    ptyterm_free(t);

    /* wide characters occupy two cells and come out without padding */
    char *const wide[] = { "sh", "-c", "printf '日本|x'; sleep 5", NULL };
    char *const env[] = { "LANG=C.UTF-8", NULL };
    t = ptyterm_spawn(wide, env, 24, 80, err, sizeof err);
    if (!t) {
        fprintf(stderr, "spawn: %s\n", err);
        return 1;
    }
    check(ptyterm_wait_text(t, "日本|x", 5000), "wide chars read back");
    int row = -1, col = -1;
    check(ptyterm_find(t, "|x", &row, &col) && row == 0 && col == 4,
          "column after two wide chars is 4");
    int crow, ccol;
    ptyterm_cursor(t, &crow, &ccol);
    check(crow == 0 && ccol == 6, "cursor after output");
    ptyterm_free(t); /* kills the sleeping shell */

    /* exec failure is reported by spawn */
    char *const bad[] = { "/nonexistent/prog", NULL };
    t = ptyterm_spawn(bad, NULL, 24, 80, err, sizeof err);
    check(t == NULL && strstr(err, "nonexistent") != NULL, "exec failure reported");
    ptyterm_free(t);

    printf("%s\n", failures ? "ptyterm selftest FAILED" : "ptyterm selftest passed");
    return failures ? 1 : 0;
}
