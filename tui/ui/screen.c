/* The screen manager and main loop: a stack of screens, keys read and normalised, resize and
 * "terminal too small" handled here, title and key bars drawn around each screen's body. */
#define NCURSES_WIDECHAR 1
#include "screen.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "doc.h"
#include "gfx.h"
#include "screens.h"
#include "ui.h"

static volatile sig_atomic_t got_signal = 0;

static void on_signal(int sig)
{
    got_signal = sig;
}

bool ui_push(Ui *ui, Screen *s)
{
    if (!s)
        return false;
    if (ui->depth == UI_MAX_DEPTH) {
        s->free(s);
        ui_status(ui, ROLE_ERROR, "%s",
                  tr("Too many screens are open: go back before opening another."));
        return false;
    }
    ui->stack[ui->depth++] = s;
    return true;
}

void ui_pop(Ui *ui)
{
    if (ui->depth == 0)
        return;
    Screen *s = ui->stack[--ui->depth];
    if (ui->n_dead < (int)(sizeof ui->dead / sizeof ui->dead[0]))
        ui->dead[ui->n_dead++] = s;
    else
        s->free(s);
}

void ui_pop_to(Ui *ui, int depth)
{
    while (ui->depth > depth)
        ui_pop(ui);
}

static void free_dead(Ui *ui)
{
    for (int i = 0; i < ui->n_dead; i++)
        ui->dead[i]->free(ui->dead[i]);
    ui->n_dead = 0;
}

void ui_clear(Ui *ui)
{
    ui_pop_to(ui, 0);
    free_dead(ui);
}

void hints_add(KeyHints *h, const char *key, const char *label)
{
    if (h->n == MAX_HINTS)
        term_fatal("a screen gives more than %d key hints (the last: %s)", MAX_HINTS, key);
    h->item[h->n++] = (KeyHint){key, label};
}

void ui_quit(Ui *ui)
{
    ui->quit = true;
}

void ui_status(Ui *ui, Role role, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ui->status, sizeof ui->status, fmt, ap);
    va_end(ap);
    ui->status_role = role;
}

void ui_save_failed(Ui *ui, const char *what, const char *err)
{
    const char *why;
    switch (store_failure(ui->app->store)) {
    case STORE_LOCKED:
        why = tr("Another program kept the database locked. Try again in a moment.");
        break;
    case STORE_FULL:
        why = tr("The disk is full, or the database has reached the largest file allowed. "
                 "Make room, then try again.");
        break;
    default: why = err; break;
    }
    ui_status(ui, ROLE_ERROR, "%s %s", what, why);
}

/* While a call to the store waits for another program's lock (the store's wait hook): from the
 * first second, the wait and its length on the status line, redrawn as the seconds pass, so the
 * shell does not look frozen. Keys typed meanwhile are dropped, as they were meant for a screen
 * that has not moved on yet; Esc stops waiting, and Ctrl-C or a termination signal stop it too,
 * then end the shell. */
static bool on_store_wait(void *ctx, double waited, double limit)
{
    Ui *ui = ctx;
    (void)limit;
    if (got_signal)
        return false;
    if (waited < 1.0) {
        ui->wait_shown = 0; /* most waits are another shell's commit: nothing to show */
        return true;
    }
    wint_t wc;
    int rc;
    while ((rc = get_wch(&wc)) != ERR) {
        if (rc == OK && wc == K_ESC)
            return false;
        if (rc == OK && wc == K_INTR) {
            unget_wch(wc);
            return false;
        }
        if (rc == KEY_CODE_YES && wc == KEY_RESIZE)
            ui->wait_shown = 0;
    }
    int secs = (int)waited;
    if (secs == ui->wait_shown || LINES < MIN_ROWS || COLS < MIN_COLS)
        return true;
    /* The status rows of the last draw are cleared and the waiting line takes the lowest. */
    int rows = ui->status_rows > 0 ? ui->status_rows : 1;
    for (int r = 0; r < rows; r++)
        term_fill(LINES - 2 - r, 0, COLS, ROLE_NORMAL);
    char *msg = xasprintf(tr("Waiting for the database, locked by another program: %d s. "
                             "Esc stops waiting."), secs);
    term_print(LINES - 2, 1, COLS - 2, ROLE_WARNING, msg);
    free(msg);
    refresh();
    ui->wait_shown = secs;
    return true;
}

int ui_text_width(Rect area)
{
    return area.cols - 4 < TEXT_MEASURE ? area.cols - 4 : TEXT_MEASURE;
}

/* The rectangle of a screen's body on the terminal as it is now, less status_rows at its foot. */
static Rect body_rect(int status_rows)
{
    return (Rect){.top = 1, .left = 0, .rows = LINES - 2 - status_rows, .cols = COLS};
}

const char *hint_arrows(void)
{
    /* TRANSLATORS: the Up and Down arrow keys, named in the key bar where arrows cannot be
     * drawn; keep it short. */
    return term_utf8() ? "\xE2\x86\x91\xE2\x86\x93" : tr("Up/Dn");
}

const char *hint_left_right(void)
{
    /* TRANSLATORS: the Left and Right arrow keys, as for Up/Dn. */
    return term_utf8() ? "\xE2\x86\x90\xE2\x86\x92" : tr("Left/Right");
}

const char *hint_all_arrows(void)
{
    /* TRANSLATORS: the four arrow keys, as for Up/Dn. */
    return term_utf8() ? "\xE2\x86\x90\xE2\x86\x91\xE2\x86\x92\xE2\x86\x93" : tr("Arrows");
}

const char *hint_pages(void)
{
    /* TRANSLATORS: the Page Up and Page Down keys, as named on the keyboards trainees use. */
    return tr("PgUp/PgDn");
}

const char *hint_space(void)
{
    /* TRANSLATORS: the space bar, as named in the key bar. */
    return tr("Space");
}

const char *hint_hint_key(void)
{
    /* Ctrl-T, as no printable key is free on every question: letters are typed into answers
     * and h moves left on a picture. */
    return "Ctrl-T";
}

bool ui_is_back(int key)
{
    return key == 'q' || key == 'Q' || key == K_ESC || key == K_LEFT || key == K_BACKSPACE;
}

/* After an Esc that curses could not match to a key: the rest of an escape sequence the
 * terminal's description does not list (End is "\033[4~" under TERM=vt100) is read and dropped,
 * so that it neither means Esc (back, or quit on the first screen) nor types "[4~". True when a
 * sequence was dropped; an Esc alone, or before another key (Alt and a key), stays an Esc. */
static bool skip_unknown_sequence(void)
{
    wint_t c;
    /* curses has waited the Esc delay for the rest already: what came is in its buffer. */
    int rc = get_wch(&c);
    if (rc == ERR)
        return false;
    if (rc == KEY_CODE_YES || (c != '[' && c != 'O')) {
        if (rc == KEY_CODE_YES)
            ungetch((int)c);
        else
            unget_wch((wchar_t)c);
        return false;
    }
    if (c == 'O') { /* SS3: one more byte ends it */
        get_wch(&c);
        return true;
    }
    /* CSI: parameter and intermediate bytes, then a final byte (ECMA-48). */
    for (int n = 0; n < 32 && get_wch(&c) == OK; n++)
        if (c >= 0x40 && c <= 0x7e)
            break;
    return true;
}

int ui_read_key(bool tick)
{
    int empty_reads = 0;
    double since = tick ? clock_seconds() : 0;
    for (;;) {
        if (got_signal)
            return K_INTR;
        wint_t wc;
        int rc = get_wch(&wc);
        if (rc == ERR) {
            /* Nothing buffered: wait for input, a signal or the terminal going away. A
             * readable input that yields no key, again and again, is end of file. */
            struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
            int n = poll(&p, 1, tick ? 250 : 500);
            if (tick && clock_seconds() - since >= 1.0)
                return K_TICK;
            if (n > 0 && (p.revents & (POLLHUP | POLLERR | POLLNVAL)))
                return K_INTR;
            if (n > 0 && ++empty_reads > 20)
                return K_INTR;
            continue;
        }
        if (rc == KEY_CODE_YES) {
            if (wc == KEY_ENTER)
                return K_ENTER;
            if (wc == KEY_BACKSPACE || wc == KEY_DC)
                return K_BACKSPACE;
            return KEY_OFFSET + (int)wc;
        }
        if (wc == 27 && skip_unknown_sequence())
            continue;
        if (wc == '\r' || wc == '\n')
            return K_ENTER;
        if (wc == 127 || wc == 8)
            return K_BACKSPACE;
        return (int)wc;
    }
}

static void draw_title(Ui *ui, Screen *s)
{
    term_fill(0, 0, COLS, ROLE_TITLE);
    char *left = xasprintf(" rastro %s %s", term_glyph(GLYPH_DOT), s->title(s, ui));
    char *right = NULL;
    if (ui->app->have_trainee)
        right = xasprintf("%s, %s ", ui->app->trainee.name,
                          country_name(ui->app->trainee.country, ui->app->lang));
    /* The trainee keeps at most a third of the bar, cut short with an ellipsis past it. */
    int rw = right ? text_width(right) : 0;
    if (rw > COLS / 3)
        rw = COLS / 3;
    term_print(0, 0, COLS - rw - 1, ROLE_TITLE, left);
    if (rw)
        term_print(0, COLS - rw, rw, ROLE_TITLE, right);
    free(left);
    free(right);
}

static void draw_keybar(Ui *ui, Screen *s)
{
    KeyHints h = {.n = 0};
    if (s->hints)
        s->hints(s, ui, body_rect(ui->status_rows), &h);
    /* The keys of every screen (the glossary's) after the screen's own, only where they fit. */
    int own = h.n;
    KeyHints any = {.n = 0};
    if (ui->any_hint)
        ui->any_hint(ui, s, &any);
    for (int i = 0; i < any.n && h.n < MAX_HINTS; i++)
        h.item[h.n++] = any.item[i];
    const KeyHint *hints = h.item;
    int n = h.n;
    int y = LINES - 1, x = 0;
    term_fill(y, 0, COLS, ROLE_BAR);
    for (int i = 0; i < n && x < COLS; i++) {
        /* Only whole hints: a cut-off one would read as a different key. An ellipsis says that
         * more keys were left out (? lists them all). */
        if (x + text_width(hints[i].key) + text_width(hints[i].label) + 3 > COLS) {
            if (i < own)
                term_print(y, x < COLS - 1 ? x : COLS - 2, 2, ROLE_BAR,
                           term_glyph(GLYPH_ELLIPSIS));
            break;
        }
        x += term_print(y, x, COLS - x, ROLE_BAR, " ");
        x += term_print(y, x, COLS - x, ROLE_KEY, hints[i].key);
        x += term_print(y, x, COLS - x, ROLE_BAR, " ");
        x += term_print(y, x, COLS - x, ROLE_BAR, hints[i].label);
        x += term_print(y, x, COLS - x, ROLE_BAR, " ");
    }
}

static void draw_too_small(void)
{
    erase();
    char *msg = xasprintf(tr("Terminal too small: %dx%d, need %dx%d"), COLS, LINES, MIN_COLS,
                          MIN_ROWS);
    /* Wrapped and centred, so that the whole notice shows even on a very narrow terminal. */
    Doc doc;
    doc_init(&doc);
    doc_text(&doc, msg, COLS, 0, ROLE_WARNING, -1);
    int top = LINES > (int)doc.n ? (LINES - (int)doc.n) / 2 : 0;
    for (size_t i = 0; i < doc.n && top + (int)i < LINES; i++) {
        int w = text_width(doc.lines[i].text);
        term_print(top + (int)i, COLS > w ? (COLS - w) / 2 : 0, COLS, ROLE_WARNING,
                   doc.lines[i].text);
    }
    doc_done(&doc);
    free(msg);
}

static void draw(Ui *ui)
{
    gfx_frame_begin();
    if (LINES < MIN_ROWS || COLS < MIN_COLS) {
        draw_too_small();
        gfx_frame_end();
        return;
    }
    erase();
    Screen *s = ui->stack[ui->depth - 1];
    draw_title(ui, s);
    /* The status wraps: a message that says what to do must not lose its end. */
    Doc status;
    doc_init(&status);
    if (ui->status[0])
        doc_text(&status, ui->status, COLS - 2 < TEXT_MEASURE ? COLS - 2 : TEXT_MEASURE, 0,
                 ui->status_role, -1);
    ui->status_rows = status.n < 3 ? (int)status.n : 3;
    s->draw(s, ui, body_rect(ui->status_rows));
    for (int i = 0; i < ui->status_rows; i++)
        term_print(LINES - 1 - ui->status_rows + i, 1, COLS - 2, ui->status_role,
                   status.lines[i].text);
    doc_done(&status);
    draw_keybar(ui, s);
    term_cursor_apply();
    gfx_frame_end();
}

void ui_begin(void)
{
    if (!term_is_active() && !term_unusable())
        term_init();
}

void ui_end(void)
{
    term_done();
}

int ui_run(App *app)
{
    Ui ui = {.app = app};
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    ui_begin();
    const char *why = term_unusable();
    if (why) {
        fprintf(stderr, "rastro: %s\n", why);
        return 1;
    }
    timeout(0); /* ui_read_key waits in poll() */
    gfx_set_mode(app->pictures_forced ? &app->pictures : NULL);
    store_set_wait_hook(app->store, on_store_wait, &ui);
    glossary_install(&ui);
    if (app->preview_file)
        preview_start(&ui);
    else if (app->instructor)
        ui_push(&ui, instructor_screen_new(&ui));
    else if (app->assess)
        ui_push(&ui, assess_list_new(&ui, app->assess_country));
    else
        ui_push(&ui, trainee_screen_new(&ui));
    if (app->db_created) {
        char *where = text_sanitize(app->db_path, false, true);
        ui_status(&ui, ROLE_DIM, tr("New database: %s"), where);
        free(where);
    }
    while (!ui.quit && ui.depth > 0) {
        draw(&ui);
        int key = ui_read_key(ui.stack[ui.depth - 1]->ticks);
        if (key == K_INTR) {
            ui.quit = true;
            break;
        }
        if (key == K_RESIZE)
            continue; /* ncurses has updated LINES and COLS: the next draw fits them */
        if (LINES < MIN_ROWS || COLS < MIN_COLS)
            continue; /* nothing is on screen to act on */
        Screen *top = ui.stack[ui.depth - 1];
        if (key != K_TICK)
            ui.status[0] = '\0';
        if (key == '?' && !top->takes_text)
            ui_push(&ui, help_screen_new(top));
        else if (ui.any_key && ui.any_key(&ui, key))
            ; /* taken: the glossary opened or closed */
        else if (!(ui.global_key && !top->takes_text && ui.global_key(&ui, key)))
            top->key(top, &ui, key, body_rect(0));
        free_dead(&ui);
    }
    ui_pop_to(&ui, 0);
    free_dead(&ui);
    store_set_wait_hook(app->store, NULL, NULL);
    gfx_forget();
    term_done();
    return 0;
}

/* ---- read-only text screens: help, content problems ---- */

typedef struct {
    Screen base;
    char *title;
    char *body;
    Doc doc;
    int doc_width;
    DocView view;
} TextScreen;

static const char *text_title(Screen *s, Ui *ui)
{
    (void)ui;
    return ((TextScreen *)s)->title;
}

static void text_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    (void)ui;
    TextScreen *t = (TextScreen *)s;
    int width = ui_text_width(area);
    if (width != t->doc_width) {
        doc_clear(&t->doc);
        doc_markup(&t->doc, t->body, width, 0, ROLE_NORMAL, -1);
        t->doc_width = width;
    }
    doc_view_draw(&t->view, &t->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&t->view, &t->doc, top + 1, 2 + width);
}

static void text_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    TextScreen *t = (TextScreen *)s;
    if (doc_view_key(&t->view, key))
        return;
    /* As in a pager: Enter a line, Space a page. */
    if (key == K_ENTER)
        doc_view_key(&t->view, K_DOWN);
    else if (key == ' ')
        doc_view_key(&t->view, K_PGDN);
    else if (ui_is_back(key))
        ui_pop(ui);
}

static void text_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, hint_pages(), tr("Page"));
    hints_add(out, "q", tr("Back"));
}

static void text_free(Screen *s)
{
    TextScreen *t = (TextScreen *)s;
    free(t->title);
    free(t->body);
    doc_done(&t->doc);
    free(t);
}

Screen *text_screen_new(const char *title, const char *body)
{
    TextScreen *t = xcalloc(1, sizeof *t);
    t->base = (Screen){.title = text_title, .draw = text_draw, .key = text_key,
                       .hints = text_hints, .free = text_free};
    t->title = xstrdup(title);
    t->body = xstrdup(body);
    doc_init(&t->doc);
    return &t->base;
}

Screen *help_screen_new(Screen *of)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, tr("Keys that work everywhere:"));
    strbuf_puts(&b, "\n\n- ");
    strbuf_puts(&b, tr("Up and Down arrows (or j and k) move; digits pick an item by number."));
    strbuf_puts(&b, "\n- ");
    strbuf_puts(&b, tr("PgUp and PgDn scroll a long page by a screenful; Home and End go to its "
                       "top and its end."));
    strbuf_puts(&b, "\n- ");
    strbuf_puts(&b, tr("Enter opens or confirms."));
    strbuf_puts(&b, "\n- ");
    strbuf_puts(&b, tr("q or Esc goes back; on the first screen it quits."));
    strbuf_puts(&b, "\n- ");
    strbuf_puts(&b, tr("? shows this help; Ctrl-C quits at once."));
    strbuf_puts(&b, "\n- ");
    strbuf_puts(&b, tr("Ctrl-G opens the glossary, the course's terms in English and Spanish, "
                       "also while you type an answer (not during an exam); Esc takes you back "
                       "to where you were."));
    strbuf_puts(&b, "\n\n");
    strbuf_puts(&b, tr("Every answer is saved the moment it is confirmed: you can stop at any "
                       "time without losing it."));
    const char *extra = of->help ? of->help(of) : NULL;
    if (extra) {
        strbuf_puts(&b, "\n\n");
        strbuf_puts(&b, extra);
    }
    Screen *s = text_screen_new(tr("Help"), b.s);
    strbuf_done(&b);
    return s;
}
