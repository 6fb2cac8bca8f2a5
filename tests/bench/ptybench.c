/* ptybench: measures a terminal program's startup time and bytes written per
 * menu move, by running it repeatedly in an 80x24 pty emulated by libvterm.
 *
 * usage: ptybench --until TEXT [--keys KEYS --then TEXT] [--moves N] [--runs R] [--span S]
 *                 [--label L] [--timeout MS] [--sixel] [--record FILE] [-v] -- CMD ARGS...
 * With --keys, KEYS are typed once the first screen is drawn (\r for Enter), and the moves are
 * measured once TEXT shows: on a screen deeper than the first (a quiz's options, say).
 * Prints one line: "label startup_median_ms bytes_per_move_median down_median up_median
 * sixel_bytes": the medians of all moves, of the moves down and of the moves up, and the bytes of
 * sixel images (DCS ... ST) written during the moves, all runs together.
 * --record FILE writes the screen (every cell: its characters, colours and attributes) before
 * the first move of the first run and after each of its moves, for tests/bench/floor_replay to
 * draw the same screens in the same order: the least that change costs through curses. */
#include "ptyterm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROWS 24
#define COLS 80
#define STARTUP_QUIET_MS 150
#define MOVE_QUIET_MS 100

static void usage(void)
{
    fprintf(stderr,
            "usage: ptybench --until TEXT [--keys KEYS --then TEXT] [--moves N] [--runs R]\n"
            "                [--span S] [--label L] [--timeout MS] [-v] -- CMD ARGS...\n"
            "  --until TEXT  text that shows the first screen is drawn\n"
            "  --keys KEYS   typed after the first screen (\\r is Enter), one at a time\n"
            "  --then TEXT   text that shows where the moves are measured\n"
            "  --moves N     arrow-key moves per run (default 20)\n"
            "  --runs R      runs (default 15)\n"
            "  --span S      moves down S times, then up S times, ... so the\n"
            "                selection stays within an S+1 item menu (default 4)\n"
            "  --label L     label for the result line (default CMD)\n"
            "  --timeout MS  max wait for TEXT (default 10000)\n"
            "  --sixel       answer as a terminal with sixel graphics\n"
            "  --record FILE the screens of the first run's moves, for floor_replay\n"
            "  -v            per-run details on stderr\n");
    exit(2);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Median of n values (sorts them); the mean of the middle two if n is even. */
static double median(double *v, size_t n)
{
    if (n == 0)
        return 0.0;
    qsort(v, n, sizeof *v, cmp_double);
    if (n % 2)
        return v[n / 2];
    return (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

static int parse_int(const char *s, const char *opt)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || v < 0 || v > 1000000) {
        fprintf(stderr, "ptybench: bad value for %s: %s\n", opt, s);
        exit(2);
    }
    return (int)v;
}

/* One colour as floor_replay reads it: "d" for the terminal's default, else a palette index or
 * #rrggbb. */
static void put_color(FILE *f, const VTermColor *c, bool fg)
{
    if (fg ? VTERM_COLOR_IS_DEFAULT_FG(c) : VTERM_COLOR_IS_DEFAULT_BG(c))
        fputc('d', f);
    else if (VTERM_COLOR_IS_INDEXED(c))
        fprintf(f, "%u", c->indexed.idx);
    else
        fprintf(f, "#%02x%02x%02x", c->rgb.red, c->rgb.green, c->rgb.blue);
}

/* The screen, a line per row after a line "screen": each cell "fg,bg,attrs,chars" (attrs a bit
 * set: 1 bold, 2 underline, 4 italic, 8 blink, 16 reverse; chars the code points in hex joined by
 * '+', "-" for the right half of a wide character), separated by spaces. */
static void record_screen(PtyTerm *t, FILE *f)
{
    fputs("screen\n", f);
    for (int r = 0; r < ROWS; r++) {
        for (int c = 0; c < COLS; c++) {
            VTermScreenCell cell;
            if (!ptyterm_cell(t, r, c, &cell))
                memset(&cell, 0, sizeof cell);
            if (c)
                fputc(' ', f);
            put_color(f, &cell.fg, true);
            fputc(',', f);
            put_color(f, &cell.bg, false);
            unsigned attrs = (cell.attrs.bold ? 1u : 0) | (cell.attrs.underline ? 2u : 0) |
                             (cell.attrs.italic ? 4u : 0) | (cell.attrs.blink ? 8u : 0) |
                             (cell.attrs.reverse ? 16u : 0);
            fprintf(f, ",%u,", attrs);
            if (cell.chars[0] == (uint32_t)-1) {
                fputc('-', f);
                continue;
            }
            if (cell.chars[0] == 0)
                fputs("20", f);
            for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i]; i++)
                fprintf(f, "%s%x", i ? "+" : "", cell.chars[i]);
        }
        fputc('\n', f);
    }
}

/* Bytes of sixel images (ESC P ... ESC \\) among the len bytes at raw. An image cut at the end
 * counts to the end. */
static size_t sixel_bytes(const char *raw, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (raw[i] != '\x1b' || raw[i + 1] != 'P')
            continue;
        size_t j = i + 2;
        while (j + 1 < len && !(raw[j] == '\x1b' && raw[j + 1] == '\\'))
            j++;
        n += j + 2 - i;
        i = j + 1;
    }
    return n;
}

static void dump_screen(PtyTerm *t)
{
    char *s = ptyterm_screen(t);
    fprintf(stderr, "---- screen ----\n%s\n----------------\n", s ? s : "");
    free(s);
}

int main(int argc, char **argv)
{
    const char *until = NULL, *label = NULL, *keys = NULL, *then = NULL, *record = NULL;
    int moves = 20, runs = 15, span = 4, timeout_ms = 10000;
    bool verbose = false, sixel = false;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-v") == 0) {
            verbose = true;
            continue;
        }
        if (strcmp(a, "--sixel") == 0) {
            sixel = true;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        if (strcmp(a, "--until") == 0)
            until = argv[++i];
        else if (strcmp(a, "--label") == 0)
            label = argv[++i];
        else if (strcmp(a, "--keys") == 0)
            keys = argv[++i];
        else if (strcmp(a, "--then") == 0)
            then = argv[++i];
        else if (strcmp(a, "--record") == 0)
            record = argv[++i];
        else if (strcmp(a, "--moves") == 0)
            moves = parse_int(argv[++i], a);
        else if (strcmp(a, "--runs") == 0)
            runs = parse_int(argv[++i], a);
        else if (strcmp(a, "--span") == 0)
            span = parse_int(argv[++i], a);
        else if (strcmp(a, "--timeout") == 0)
            timeout_ms = parse_int(argv[++i], a);
        else
            usage();
    }
    if (!until || i >= argc || runs < 1 || span < 1 || !keys != !then)
        usage();
    char **cmd = argv + i;
    if (!label)
        label = cmd[0];

    double *startup = calloc((size_t)runs, sizeof *startup);
    double *move_bytes = calloc((size_t)runs * (size_t)(moves ? moves : 1),
                                sizeof *move_bytes);
    double *run_bytes = calloc((size_t)(moves ? moves : 1), sizeof *run_bytes);
    double *down_bytes = calloc((size_t)runs * (size_t)(moves ? moves : 1), sizeof *down_bytes);
    double *up_bytes = calloc((size_t)runs * (size_t)(moves ? moves : 1), sizeof *up_bytes);
    if (!startup || !move_bytes || !run_bytes || !down_bytes || !up_bytes) {
        fprintf(stderr, "ptybench: out of memory\n");
        return 2;
    }
    size_t n_moves = 0, n_down = 0, n_up = 0, sixel_total = 0;
    FILE *rec = NULL;
    if (record && !(rec = fopen(record, "w"))) {
        fprintf(stderr, "ptybench: %s: cannot write\n", record);
        return 2;
    }

    for (int r = 0; r < runs; r++) {
        char err[256];
        PtyTerm *t = ptyterm_spawn(cmd, NULL, ROWS, COLS, err, sizeof err);
        if (!t) {
            fprintf(stderr, "ptybench %s: %s\n", label, err);
            return 2;
        }
        if (sixel)
            ptyterm_answer_sixel(t, 16, 8);
        if (!ptyterm_wait_text(t, until, timeout_ms)) {
            fprintf(stderr, "ptybench %s: run %d: \"%s\" not on screen after %d ms\n",
                    label, r + 1, until, timeout_ms);
            dump_screen(t);
            ptyterm_free(t);
            return 2;
        }
        ptyterm_settle(t, STARTUP_QUIET_MS, timeout_ms);
        startup[r] = ptyterm_last_output_ms(t);
        size_t startup_bytes = ptyterm_bytes_total(t);
        for (const char *k = keys; k && *k; k++) {
            char one[3] = {k[0], 0, 0};
            if (k[0] == '\\' && k[1] == 'r') {
                one[0] = '\r';
                k++;
            }
            ptyterm_send(t, one);
            ptyterm_settle(t, MOVE_QUIET_MS, timeout_ms);
        }
        if (then && !ptyterm_wait_text(t, then, timeout_ms)) {
            fprintf(stderr, "ptybench %s: run %d: \"%s\" not on screen after the keys\n", label,
                    r + 1, then);
            dump_screen(t);
            ptyterm_free(t);
            return 2;
        }
        ptyterm_settle(t, STARTUP_QUIET_MS, timeout_ms);

        if (rec && r == 0)
            record_screen(t, rec);
        int zero_moves = 0;
        for (int m = 0; m < moves; m++) {
            int key = (m / span) % 2 == 0 ? VTERM_KEY_DOWN : VTERM_KEY_UP;
            size_t before = ptyterm_bytes_total(t);
            ptyterm_key(t, key);
            size_t b = ptyterm_settle(t, MOVE_QUIET_MS, timeout_ms);
            size_t len;
            const char *raw = ptyterm_raw(t, &len);
            sixel_total += sixel_bytes(raw + before, len - before);
            run_bytes[m] = (double)b;
            move_bytes[n_moves++] = (double)b;
            if (key == VTERM_KEY_DOWN)
                down_bytes[n_down++] = (double)b;
            else
                up_bytes[n_up++] = (double)b;
            if (b == 0)
                zero_moves++;
            if (rec && r == 0)
                record_screen(t, rec);
        }
        if (verbose) {
            fprintf(stderr, "%s run %2d: startup %7.1f ms, %5zu bytes;", label,
                    r + 1, startup[r], startup_bytes);
            if (moves > 0) {
                double sum = 0;
                for (int m = 0; m < moves; m++)
                    sum += run_bytes[m];
                double med = median(run_bytes, (size_t)moves); /* sorts */
                fprintf(stderr,
                        " moves: min %.0f median %.1f mean %.1f max %.0f bytes",
                        run_bytes[0], med, sum / moves, run_bytes[moves - 1]);
            }
            if (zero_moves)
                fprintf(stderr, " (%d moves wrote nothing)", zero_moves);
            fputc('\n', stderr);
            if (r == 0 && verbose)
                dump_screen(t);
        }
        ptyterm_free(t);
    }

    if (rec && fclose(rec) != 0) {
        fprintf(stderr, "ptybench: %s: cannot write\n", record);
        return 2;
    }
    printf("%s %.2f %.1f %.1f %.1f %zu\n", label, median(startup, (size_t)runs),
           median(move_bytes, n_moves), median(down_bytes, n_down), median(up_bytes, n_up),
           sixel_total);
    free(down_bytes);
    free(up_bytes);
    free(startup);
    free(move_bytes);
    free(run_bytes);
    return 0;
}
