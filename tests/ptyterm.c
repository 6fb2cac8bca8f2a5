/* ptyterm: runs a program in a real pseudo-terminal (forkpty) and feeds its
 * output into a libvterm screen, so tests can assert on what a terminal shows. */
#include "ptyterm.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define READ_CHUNK 65536
#define SEND_TIMEOUT_MS 2000

struct PtyTerm {
    pid_t pid;
    int fd;             /* pty master, non-blocking, close-on-exec */
    VTerm *vt;
    VTermScreen *screen;
    int rows, cols;
    double start_ms;    /* monotonic time of spawn */
    double last_out_ms; /* monotonic time of the last read that got bytes */
    size_t bytes_total;
    bool eof;           /* the slave side is closed (read gave EIO / 0) */
    bool reaped;
    int status;
    char *out;          /* bytes the terminal sends back, not yet written */
    size_t out_len, out_cap;
    char *raw;          /* every byte read from the program, for ptyterm_raw */
    size_t raw_len, raw_cap;
    bool sixel;         /* answer requests as a sixel terminal (ptyterm_answer_sixel) */
    int cell_h, cell_w; /* the cell size reported then, 0 for no reply */
    size_t scanned;     /* raw bytes already searched for requests */
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int ceil_ms(double ms)
{
    if (ms <= 0)
        return 0;
    int i = (int)ms;
    return i < ms ? i + 1 : i;
}

static int ms_left(double deadline)
{
    return ceil_ms(deadline - now_ms());
}

/* Queues bytes for the program. */
static void queue_out(PtyTerm *t, const char *s, size_t len)
{
    if (t->out_len + len > t->out_cap) {
        size_t cap = t->out_cap ? t->out_cap : 256;
        while (cap < t->out_len + len)
            cap *= 2;
        char *p = realloc(t->out, cap);
        if (!p)
            return;
        t->out = p;
        t->out_cap = cap;
    }
    memcpy(t->out + t->out_len, s, len);
    t->out_len += len;
}

/* Whether s is a primary Device Attributes reply, ESC [ ? digits and ';' c. */
static bool is_da_reply(const char *s, size_t len)
{
    if (len < 4 || s[0] != '\033' || s[1] != '[' || s[2] != '?' || s[len - 1] != 'c')
        return false;
    for (size_t i = 3; i + 1 < len; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || s[i] == ';'))
            return false;
    return true;
}

/* libvterm output callback: what the terminal would send to the program. */
static void on_output(const char *s, size_t len, void *user)
{
    PtyTerm *t = user;
    if (t->sixel && is_da_reply(s, len))
        return; /* ptyterm answers for itself (answer_requests) */
    queue_out(t, s, len);
}

/* With ptyterm_answer_sixel: the replies to the requests in raw output not yet searched, in
 * their order. A request cut across two reads is found once its end has arrived. */
static void answer_requests(PtyTerm *t)
{
    static const char da[] = "\033[c", da0[] = "\033[0c", size[] = "\033[16t";
    size_t i = t->scanned;
    while (i < t->raw_len) {
        const char *p = t->raw + i;
        size_t left = t->raw_len - i, used = 0;
        if (left >= 3 && memcmp(p, da, 3) == 0) {
            queue_out(t, "\033[?63;4c", 9);
            used = 3;
        } else if (left >= 4 && memcmp(p, da0, 4) == 0) {
            queue_out(t, "\033[?63;4c", 9);
            used = 4;
        } else if (left >= 5 && memcmp(p, size, 5) == 0) {
            if (t->cell_h > 0 && t->cell_w > 0) {
                char r[32];
                int n = snprintf(r, sizeof r, "\033[6;%d;%dt", t->cell_h, t->cell_w);
                queue_out(t, r, (size_t)n);
            }
            used = 5;
        } else if (p[0] == '\033' && left < 5) {
            break; /* perhaps a request still on its way */
        }
        i += used ? used : 1;
    }
    t->scanned = i;
}

static void write_some(PtyTerm *t)
{
    while (t->out_len > 0) {
        ssize_t n = write(t->fd, t->out, t->out_len);
        if (n > 0) {
            memmove(t->out, t->out + n, t->out_len - (size_t)n);
            t->out_len -= (size_t)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            t->out_len = 0; /* program is gone; drop it */
            return;
        }
    }
}

static void keep_raw(PtyTerm *t, const char *s, size_t len)
{
    if (t->raw_len + len > t->raw_cap) {
        size_t cap = t->raw_cap ? t->raw_cap : 65536;
        while (cap < t->raw_len + len)
            cap *= 2;
        char *p = realloc(t->raw, cap);
        if (!p)
            abort(); /* a test harness: losing bytes would make ptyterm_raw lie */
        t->raw = p;
        t->raw_cap = cap;
    }
    memcpy(t->raw + t->raw_len, s, len);
    t->raw_len += len;
}

static size_t read_some(PtyTerm *t)
{
    static char buf[READ_CHUNK];
    for (;;) {
        ssize_t n = read(t->fd, buf, sizeof buf);
        if (n > 0) {
            t->last_out_ms = now_ms();
            t->bytes_total += (size_t)n;
            keep_raw(t, buf, (size_t)n);
            vterm_input_write(t->vt, buf, (size_t)n);
            if (t->sixel)
                answer_requests(t);
            return (size_t)n;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        t->eof = true; /* EIO: all slave fds closed */
        t->out_len = 0;
        return 0;
    }
}

/* One poll round: waits up to timeout_ms for output (or room to write back
 * pending terminal replies). Returns bytes read. */
static size_t io_step(PtyTerm *t, int timeout_ms)
{
    if (t->eof)
        return 0;
    struct pollfd p = { .fd = t->fd, .events = POLLIN };
    if (t->out_len > 0)
        p.events |= POLLOUT;
    int r = poll(&p, 1, timeout_ms < 0 ? 0 : timeout_ms);
    if (r <= 0)
        return 0;
    size_t got = 0;
    if (p.revents & (POLLIN | POLLHUP | POLLERR))
        got = read_some(t);
    if (!t->eof && (p.revents & POLLOUT))
        write_some(t);
    /* replies generated by what was just read (e.g. DA/DSR answers) */
    if (!t->eof && t->out_len > 0)
        write_some(t);
    return got;
}

static void flush_out(PtyTerm *t)
{
    double deadline = now_ms() + SEND_TIMEOUT_MS;
    write_some(t);
    while (t->out_len > 0 && !t->eof) {
        int left = ms_left(deadline);
        if (left == 0)
            break;
        io_step(t, left);
    }
}

PtyTerm *ptyterm_spawn(char *const argv[], char *const env_extra[], int rows,
                       int cols, char *err, size_t errlen)
{
    if (!argv || !argv[0]) {
        snprintf(err, errlen, "ptyterm_spawn: empty argv");
        return NULL;
    }
    PtyTerm *t = calloc(1, sizeof *t);
    if (!t) {
        snprintf(err, errlen, "ptyterm_spawn: out of memory");
        return NULL;
    }
    t->rows = rows;
    t->cols = cols;
    t->fd = -1;

    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0) {
        snprintf(err, errlen, "pipe2: %s", strerror(errno));
        free(t);
        return NULL;
    }

    struct winsize ws = { .ws_row = (unsigned short)rows,
                          .ws_col = (unsigned short)cols };
    t->start_ms = now_ms();
    pid_t pid = forkpty(&t->fd, NULL, NULL, &ws);
    if (pid < 0) {
        snprintf(err, errlen, "forkpty: %s", strerror(errno));
        close(errpipe[0]);
        close(errpipe[1]);
        free(t);
        return NULL;
    }
    if (pid == 0) {
        /* child: clean signal state, environment, exec */
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int sig = 1; sig < NSIG; sig++)
            signal(sig, SIG_DFL);
        setenv("TERM", "xterm-256color", 1);
        for (size_t i = 0; env_extra && env_extra[i]; i++) {
            const char *eq = strchr(env_extra[i], '=');
            if (!eq) {
                unsetenv(env_extra[i]);
                continue;
            }
            char *key = strndup(env_extra[i], (size_t)(eq - env_extra[i]));
            if (key)
                setenv(key, eq + 1, 1);
            free(key);
        }
        execvp(argv[0], argv);
        int e = errno;
        ssize_t w = write(errpipe[1], &e, sizeof e);
        (void)w;
        _exit(127);
    }

    close(errpipe[1]);
    int child_errno = 0;
    ssize_t n;
    do {
        n = read(errpipe[0], &child_errno, sizeof child_errno);
    } while (n < 0 && errno == EINTR);
    close(errpipe[0]);
    if (n == (ssize_t)sizeof child_errno) {
        snprintf(err, errlen, "exec %s: %s", argv[0], strerror(child_errno));
        int st;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
            ;
        close(t->fd);
        free(t);
        return NULL;
    }

    t->pid = pid;
    fcntl(t->fd, F_SETFL, fcntl(t->fd, F_GETFL) | O_NONBLOCK);
    fcntl(t->fd, F_SETFD, FD_CLOEXEC);

    t->vt = vterm_new(rows, cols);
    vterm_set_utf8(t->vt, 1);
    vterm_output_set_callback(t->vt, on_output, t);
    t->screen = vterm_obtain_screen(t->vt);
    vterm_screen_enable_altscreen(t->screen, 1);
    vterm_screen_reset(t->screen, 1);
    return t;
}

static size_t put_utf8(char *dst, uint32_t c)
{
    if (c < 0x80) {
        dst[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        dst[0] = (char)(0xC0 | (c >> 6));
        dst[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        dst[0] = (char)(0xE0 | (c >> 12));
        dst[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        dst[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    if (c < 0x110000) {
        dst[0] = (char)(0xF0 | (c >> 18));
        dst[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        dst[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        dst[3] = (char)(0x80 | (c & 0x3F));
        return 4;
    }
    return put_utf8(dst, 0xFFFD);
}

/* Renders one row as UTF-8 with trailing spaces trimmed. If colmap is not
 * NULL it gets, for every byte offset (and one past the end), the screen
 * column of the cell that byte belongs to. Returns malloc'd string. */
static char *render_row(PtyTerm *t, int row, int **colmap)
{
    size_t cap = (size_t)t->cols * VTERM_MAX_CHARS_PER_CELL * 4 + 1;
    char *s = malloc(cap);
    int *map = colmap ? malloc((cap + 1) * sizeof *map) : NULL;
    if (!s || (colmap && !map)) {
        free(s);
        free(map);
        return NULL;
    }
    size_t len = 0, keep = 0; /* keep: length up to the last non-space */
    int col = 0;
    while (col < t->cols) {
        VTermScreenCell cell;
        VTermPos pos = { .row = row, .col = col };
        size_t before = len;
        int width = 1;
        if (vterm_screen_get_cell(t->screen, pos, &cell)) {
            width = cell.width > 0 ? cell.width : 1;
            if (cell.chars[0] == 0 || cell.chars[0] == (uint32_t)-1) {
                s[len++] = ' ';
            } else {
                for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && cell.chars[i];
                     i++)
                    len += put_utf8(s + len, cell.chars[i]);
            }
        } else {
            s[len++] = ' ';
        }
        if (map)
            for (size_t b = before; b < len; b++)
                map[b] = col;
        if (!(len == before + 1 && s[before] == ' '))
            keep = len;
        col += width;
    }
    len = keep;
    s[len] = '\0';
    if (map) {
        /* one past the end: the column after the last kept cell */
        map[len] = 0;
        if (len > 0) {
            int last = map[len - 1];
            VTermScreenCell cell;
            VTermPos pos = { .row = row, .col = last };
            int w = 1;
            if (vterm_screen_get_cell(t->screen, pos, &cell) && cell.width > 0)
                w = cell.width;
            map[len] = last + w;
        }
        *colmap = map;
    }
    return s;
}

char *ptyterm_row(PtyTerm *t, int row)
{
    if (row < 0 || row >= t->rows)
        return NULL;
    return render_row(t, row, NULL);
}

char *ptyterm_screen(PtyTerm *t)
{
    size_t cap = 1, len = 0;
    char *all = malloc(cap);
    if (!all)
        return NULL;
    all[0] = '\0';
    for (int r = 0; r < t->rows; r++) {
        char *line = render_row(t, r, NULL);
        if (!line) {
            free(all);
            return NULL;
        }
        size_t l = strlen(line);
        char *p = realloc(all, cap + l + 1);
        if (!p) {
            free(line);
            free(all);
            return NULL;
        }
        all = p;
        cap += l + 1;
        if (r > 0)
            all[len++] = '\n';
        memcpy(all + len, line, l);
        len += l;
        all[len] = '\0';
        free(line);
    }
    return all;
}

/* Finds text; on success sets row, start column and end column (exclusive). */
static bool find_span(PtyTerm *t, const char *text, int *row, int *col,
                      int *end_col)
{
    for (int r = 0; r < t->rows; r++) {
        int *map = NULL;
        char *line = render_row(t, r, &map);
        if (!line)
            return false;
        const char *hit = strstr(line, text);
        if (hit) {
            size_t off = (size_t)(hit - line);
            size_t end = off + strlen(text);
            if (row)
                *row = r;
            if (col)
                *col = map[off];
            if (end_col)
                *end_col = map[end];
            free(line);
            free(map);
            return true;
        }
        free(line);
        free(map);
    }
    return false;
}

bool ptyterm_find(PtyTerm *t, const char *text, int *row, int *col)
{
    return find_span(t, text, row, col, NULL);
}

bool ptyterm_contains(PtyTerm *t, const char *text)
{
    return find_span(t, text, NULL, NULL, NULL);
}

bool ptyterm_cell(PtyTerm *t, int row, int col, VTermScreenCell *cell)
{
    if (row < 0 || row >= t->rows || col < 0 || col >= t->cols)
        return false;
    VTermPos pos = { .row = row, .col = col };
    return vterm_screen_get_cell(t->screen, pos, cell) != 0;
}

bool ptyterm_text_reverse(PtyTerm *t, const char *text)
{
    int row, col, end;
    if (!find_span(t, text, &row, &col, &end))
        return false;
    for (int c = col; c < end; c++) {
        VTermScreenCell cell;
        if (!ptyterm_cell(t, row, c, &cell) || !cell.attrs.reverse)
            return false;
    }
    return true;
}

void ptyterm_cursor(PtyTerm *t, int *row, int *col)
{
    VTermPos pos;
    vterm_state_get_cursorpos(vterm_obtain_state(t->vt), &pos);
    if (row)
        *row = pos.row;
    if (col)
        *col = pos.col;
}

bool ptyterm_wait_text(PtyTerm *t, const char *text, int timeout_ms)
{
    double deadline = now_ms() + timeout_ms;
    for (;;) {
        if (ptyterm_contains(t, text))
            return true;
        int left = ms_left(deadline);
        if (left == 0 || t->eof)
            return false;
        io_step(t, left);
    }
}

size_t ptyterm_settle(PtyTerm *t, int quiet_ms, int timeout_ms)
{
    double start = now_ms(), last = start;
    size_t got = 0;
    for (;;) {
        double now = now_ms();
        double quiet_left = quiet_ms - (now - last);
        double total_left = timeout_ms - (now - start);
        if (quiet_left <= 0 || total_left <= 0 || t->eof)
            break;
        double wait = quiet_left < total_left ? quiet_left : total_left;
        size_t n = io_step(t, ceil_ms(wait));
        if (n > 0) {
            got += n;
            last = now_ms();
        }
    }
    return got;
}

void ptyterm_answer_sixel(PtyTerm *t, int cell_h, int cell_w)
{
    t->sixel = true;
    t->cell_h = cell_h;
    t->cell_w = cell_w;
    t->scanned = t->raw_len; /* requests from now on */
}

void ptyterm_send(PtyTerm *t, const char *bytes)
{
    queue_out(t, bytes, strlen(bytes));
    flush_out(t);
}

void ptyterm_key_mod(PtyTerm *t, int vterm_key, int vterm_mod)
{
    vterm_keyboard_key(t->vt, (VTermKey)vterm_key, (VTermModifier)vterm_mod);
    flush_out(t);
}

void ptyterm_key(PtyTerm *t, int vterm_key)
{
    ptyterm_key_mod(t, vterm_key, VTERM_MOD_NONE);
}

const char *ptyterm_raw(PtyTerm *t, size_t *len)
{
    *len = t->raw_len;
    return t->raw ? t->raw : "";
}

size_t ptyterm_bytes_total(PtyTerm *t)
{
    return t->bytes_total;
}

double ptyterm_last_output_ms(PtyTerm *t)
{
    return t->bytes_total ? t->last_out_ms - t->start_ms : 0.0;
}

double ptyterm_elapsed_ms(PtyTerm *t)
{
    return now_ms() - t->start_ms;
}

void ptyterm_resize(PtyTerm *t, int rows, int cols)
{
    struct winsize ws = { .ws_row = (unsigned short)rows,
                          .ws_col = (unsigned short)cols };
    t->rows = rows;
    t->cols = cols;
    vterm_set_size(t->vt, rows, cols);
    ioctl(t->fd, TIOCSWINSZ, &ws);
}

pid_t ptyterm_pid(PtyTerm *t)
{
    return t->pid;
}

int ptyterm_wait_exit(PtyTerm *t, int timeout_ms)
{
    if (t->reaped)
        return t->status;
    double deadline = now_ms() + timeout_ms;
    for (;;) {
        int st;
        pid_t r = waitpid(t->pid, &st, WNOHANG);
        if (r == t->pid) {
            t->reaped = true;
            t->status = st;
            /* drain what the program wrote before exiting */
            while (io_step(t, 0) > 0)
                ;
            return st;
        }
        if (r < 0 && errno != EINTR)
            return -1;
        int left = ms_left(deadline);
        if (left == 0)
            return -1;
        int step = left < 10 ? left : 10;
        if (t->eof) {
            struct timespec ts = { 0, step * 1000000L };
            nanosleep(&ts, NULL);
        } else {
            io_step(t, step);
        }
    }
}

void ptyterm_free(PtyTerm *t)
{
    if (!t)
        return;
    if (!t->reaped && t->pid > 0) {
        kill(-t->pid, SIGKILL); /* its session/process group (forkpty) */
        kill(t->pid, SIGKILL);
        int st;
        while (waitpid(t->pid, &st, 0) < 0 && errno == EINTR)
            ;
        t->reaped = true;
    }
    if (t->fd >= 0)
        close(t->fd);
    if (t->vt)
        vterm_free(t->vt);
    free(t->out);
    free(t->raw);
    free(t);
}
