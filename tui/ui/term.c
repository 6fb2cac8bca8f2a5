/* Terminal set-up and drawing primitives: colour roles with a monochrome scheme, UTF-8 or ASCII
 * glyphs, and drawing of untrusted text with control characters made inert. */
#define NCURSES_WIDECHAR 1
#include "term.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "term_cap.h"

static bool active = false;
static const char *unusable; /* see term_unusable */
static bool colours = false;
static attr_t attrs[ROLE_COUNT];
static attr_t emph_attrs[ROLE_COUNT]; /* attrs[r] with emphasis added */

static const char *const glyphs_utf8[GLYPH_COUNT] = {
    [GLYPH_BULLET] = "\xE2\x80\xA2",   [GLYPH_POINTER] = "\xE2\x96\xB8",
    [GLYPH_CHECK] = "\xE2\x9C\x93",    [GLYPH_CROSS] = "\xE2\x9C\x97",
    [GLYPH_HLINE] = "\xE2\x94\x80",    [GLYPH_ELLIPSIS] = "\xE2\x80\xA6",
    [GLYPH_DOT] = "\xC2\xB7",
    [GLYPH_VLINE] = "\xE2\x94\x82",     [GLYPH_CORNER_TL] = "\xE2\x94\x8C",
    [GLYPH_CORNER_TR] = "\xE2\x94\x90", [GLYPH_CORNER_BL] = "\xE2\x94\x94",
    [GLYPH_CORNER_BR] = "\xE2\x94\x98", [GLYPH_NOTE_BAR] = "\xE2\x94\x82",
    [GLYPH_WARNING_BAR] = "\xE2\x94\x83",
};
static const char *const glyphs_ascii[GLYPH_COUNT] = {
    [GLYPH_BULLET] = "*", [GLYPH_POINTER] = ">", [GLYPH_CHECK] = "+", [GLYPH_CROSS] = "x",
    [GLYPH_HLINE] = "-",  [GLYPH_ELLIPSIS] = "~", [GLYPH_DOT] = "-",
    [GLYPH_VLINE] = "|",  [GLYPH_CORNER_TL] = "+", [GLYPH_CORNER_TR] = "+",
    [GLYPH_CORNER_BL] = "+", [GLYPH_CORNER_BR] = "+", [GLYPH_NOTE_BAR] = "|",
    [GLYPH_WARNING_BAR] = "!",
};

/* Foreground, background and monochrome attributes of each role. */
static const struct {
    short fg, bg;
    attr_t colour_extra, mono;
} role_style[ROLE_COUNT] = {
    [ROLE_NORMAL] = {-1, -1, 0, 0},
    [ROLE_TITLE] = {COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE},
    [ROLE_HEADING] = {COLOR_CYAN, -1, A_BOLD, A_BOLD},
    /* Reverse video rather than a colour pair: clear everywhere and cheap to move. */
    [ROLE_SELECTED] = {-1, -1, A_REVERSE, A_REVERSE},
    [ROLE_BAR] = {COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE},
    [ROLE_KEY] = {COLOR_BLUE, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD},
    [ROLE_DIM] = {-1, -1, A_DIM, A_DIM},
    [ROLE_CORRECT] = {COLOR_GREEN, -1, A_BOLD, A_BOLD},
    [ROLE_WRONG] = {COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    [ROLE_WARNING] = {COLOR_YELLOW, -1, A_BOLD, A_BOLD},
    [ROLE_ERROR] = {COLOR_RED, -1, A_BOLD, A_BOLD | A_UNDERLINE},
    /* Notes carry their "Note:" mark and bar, so monochrome needs no attribute of its own. */
    [ROLE_NOTE] = {COLOR_BLUE, -1, A_BOLD, 0},
};

/* What term_unusable says about TERM: why, a format whose one %s is TERM's value, made inert. */
static const char *about_term(const char *why)
{
    static char said[512];
    const char *name = getenv("TERM");
    char *shown = text_sanitize(name && name[0] ? name : "?", false, true);
    snprintf(said, sizeof said, why, shown);
    free(shown);
    return said;
}

void term_init(void)
{
    unusable = NULL;
    /* Curses' escape sequences would go into a file or a pipe, and the shell wait for keys with
     * nothing shown. */
    if (!isatty(STDOUT_FILENO)) {
        unusable = tr("the shell draws on a terminal, and standard output is not one (commands "
                      "such as rastro report write to files and pipes; see rastro --help)");
        return;
    }
    /* Short Esc delay: Esc means "back" and should feel immediate. */
    set_escdelay(25);
    /* newterm and def_prog_mode are what initscr does, less its answer to a terminal that has
     * no description: it prints TERM as it is, escape sequences and all, and ends the program. */
    if (!newterm(NULL, stdout, stdin)) {
        unusable = about_term(tr("this terminal (TERM=%s) has no description here that curses "
                                 "can read: run rastro in a terminal such as xterm, or set TERM "
                                 "to the terminal in use"));
        return;
    }
    def_prog_mode();
    /* A terminal that cannot move its cursor (TERM=dumb) would show the key bar and nothing
     * else. */
    if (!term_can_address()) {
        endwin();
        unusable = about_term(tr("this terminal (TERM=%s) cannot place text on the screen: run "
                                 "rastro in a terminal such as xterm, or set TERM to the "
                                 "terminal in use"));
        return;
    }
    active = true;
    raw();
    noecho();
    nonl();
    curs_set(0);
    /* Leave curses once and come back, before anything is drawn and before colours are on.
     * Until a program has done so, ncurses (6.4) writes out each cursor move as soon as it is
     * made: a screen went to the terminal in a write per line (a packet each over ssh), the
     * first screen in some twenty-five. After it, a frame is one write. Colours are started
     * after: coming back with them on would send the terminal's palette reset. doupdate rather
     * than refresh: the window is empty, and copying it to the screen's next image would only
     * compare blanks with blanks. The first frame clears the screen as before; marking curses'
     * image of the screen as to be cleared (rather than stdscr) also spares the colour set-up
     * below a pass over that image: setting a colour pair that cells may use (the terminal's
     * default colours) otherwise marks every cell that uses it for redrawing, all of them. */
    endwin();
    doupdate();
    clearok(curscr, TRUE);
    /* The keypad's mode after that, or it would go out again after the first frame: a write
     * of its own, after the frame, at the first read of a key. */
    keypad(stdscr, TRUE);
    const char *no_color = getenv("NO_COLOR");
    colours = has_colors() && !(no_color && no_color[0]);
    if (colours) {
        start_color();
        use_default_colors();
        for (int r = 1; r < ROLE_COUNT; r++) {
            if (role_style[r].fg == -1 && role_style[r].bg == -1) {
                attrs[r] = role_style[r].colour_extra;
                continue;
            }
            init_pair((short)r, role_style[r].fg, role_style[r].bg);
            attrs[r] = COLOR_PAIR(r) | role_style[r].colour_extra;
        }
    } else {
        for (int r = 0; r < ROLE_COUNT; r++)
            attrs[r] = role_style[r].mono;
    }
    /* Emphasis is bold in colour; underlined where bold says nothing new, and in monochrome,
     * where bold already marks headings and warnings. */
    for (int r = 0; r < ROLE_COUNT; r++)
        emph_attrs[r] = attrs[r] | (colours && !(attrs[r] & A_BOLD) ? A_BOLD : A_UNDERLINE);
}

void term_done(void)
{
    if (active) {
        endwin();
        active = false;
    }
}

const char *term_unusable(void)
{
    return unusable;
}

bool term_is_active(void)
{
    return active;
}

attr_t term_attr(Role role)
{
    return attrs[role];
}

bool term_has_colours(void)
{
    return colours;
}

bool term_utf8(void)
{
    return i18n_utf8();
}

const char *term_glyph(Glyph g)
{
    return term_utf8() ? glyphs_utf8[g] : glyphs_ascii[g];
}

#define CELLS_MAX 256

/* Whether character i of w (n of them, of widths columns) can go in as a cell: ASCII, and not
 * the letter of a combining mark that follows. */
static bool as_cell(const wchar_t *w, const int *widths, int i, int n)
{
    return w[i] < 0x80 && !(i + 1 < n && widths[i + 1] == 0);
}

/* Draws text clipped to width columns, in as few calls as its attributes allow; emph marks the
 * emphasised bytes of safe (NULL: none). */
static int print_safe(int y, int x, int width, Role role, const char *safe, const bool *emph)
{
    bool utf8 = term_utf8();
    size_t len = strlen(safe);
    wchar_t stack_buf[256];
    bool stack_on[256];
    bool big = len >= sizeof stack_buf / sizeof stack_buf[0];
    wchar_t *wbuf = big ? xmalloc((len + 1) * sizeof *wbuf) : stack_buf;
    bool *on = big ? xmalloc((len + 1) * sizeof *on) : stack_on;
    int col = 0, n = 0;
    int widths_stack[256];
    int *widths = big ? xmalloc((len + 1) * sizeof *widths) : widths_stack;
    bool cut = false;
    for (size_t i = 0; i < len;) {
        long cp = (unsigned char)safe[i];
        int step = 1, w = 1; /* ASCII: safe text has no control characters */
        if (cp >= 0x80) {
            step = utf8_decode(safe + i, len - i, &cp);
            w = text_cp_width(cp);
        }
        if (w == 0 && n == 0) {
            cp = ' '; /* a combining mark with nothing to combine with takes a column */
            w = 1;
        }
        if (col + w > width) {
            cut = true;
            break;
        }
        /* A combining mark takes the attribute of the letter it sits on. */
        on[n] = w == 0 ? on[n - 1] : emph && emph[i];
        widths[n] = w;
        wbuf[n++] = (wchar_t)cp;
        col += w;
        i += (size_t)step;
    }
    /* Text cut short says so: its last column becomes an ellipsis (where there are two). */
    if (cut && width >= 2) {
        while (n > 0 && (col + 1 > width || wbuf[n - 1] == ' ')) {
            col -= widths[n - 1];
            n--;
        }
        on[n] = n > 0 && on[n - 1];
        widths[n] = 1;
        wbuf[n++] = utf8 ? 0x2026 : '~';
        col++;
    }
    int at = x; /* where the next piece starts */
    for (int i = 0; i < n;) {
        /* A piece of one attribute and one way of drawing: plain ASCII goes in as cells, a fifth
         * of what curses spends adding the same characters one by one (most of drawing a screen
         * of names); the rest, and a letter that a combining mark sits on, is added. */
        bool cells_ok = as_cell(wbuf, widths, i, n);
        int j = i, cols = 0;
        while (j < n && on[j] == on[i] && as_cell(wbuf, widths, j, n) == cells_ok &&
               (!cells_ok || j - i < CELLS_MAX))
            cols += widths[j++];
        attr_t a = on[i] ? emph_attrs[role] : attrs[role];
        if (cells_ok) {
            chtype cells[CELLS_MAX];
            for (int k = i; k < j; k++)
                cells[k - i] = (chtype)wbuf[k] | a;
            mvaddchnstr(y, at, cells, j - i);
        } else {
            move(y, at);
            attron(a);
            if (utf8) {
                addnwstr(wbuf + i, j - i);
            } else {
                for (int k = i; k < j; k++)
                    addch((chtype)(wbuf[k] & 0x7F));
            }
            attroff(a);
        }
        at += cols;
        i = j;
    }
    move(y, x + col); /* after the text, as adding it leaves the cursor */
    if (big) {
        free(widths);
        free(wbuf);
        free(on);
    }
    return col;
}

/* Clips width to the screen; false when nothing can be drawn at (y, x). */
static bool clip(int y, int x, int *width)
{
    if (*width <= 0 || y < 0 || y >= LINES || x >= COLS)
        return false;
    if (x + *width > COLS)
        *width = COLS - x;
    return true;
}

/* Printable ASCII only: nothing in it to make inert (most of what a screen shows). */
static bool plain_ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7E)
            return false;
    return true;
}

int term_print(int y, int x, int width, Role role, const char *text)
{
    if (!clip(y, x, &width))
        return 0;
    char *made = plain_ascii(text) ? NULL : text_sanitize(text, false, term_utf8());
    int col = print_safe(y, x, width, role, made ? made : text, NULL);
    free(made);
    return col;
}

int term_print_emph(int y, int x, int width, Role role, const char *text, const LayoutSpan *emph,
                    size_t n)
{
    if (!clip(y, x, &width))
        return 0;
    char *safe = text_sanitize(text, false, term_utf8());
    size_t len = strlen(safe);
    bool *on = NULL;
    if (n && strcmp(safe, text) == 0) {
        on = xcalloc(len + 1, sizeof *on);
        for (size_t k = 0; k < n; k++)
            for (size_t i = emph[k].start; i < emph[k].start + emph[k].len && i < len; i++)
                on[i] = true;
    }
    int col = print_safe(y, x, width, role, safe, on);
    free(on);
    free(safe);
    return col;
}

void term_fill(int y, int x, int width, Role role)
{
    if (y < 0 || y >= LINES || x >= COLS || width <= 0)
        return;
    if (x + width > COLS)
        width = COLS - x;
    attr_t a = attrs[role];
    attron(a);
    mvhline(y, x, ' ', width);
    attroff(a);
}

static int hint_y = -1, hint_x = -1;

void term_cursor_hint(int y, int x)
{
    hint_y = y;
    hint_x = x;
}

void term_cursor_apply(void)
{
    if (hint_y >= 0 && hint_y < LINES && hint_x >= 0 && hint_x < COLS)
        move(hint_y, hint_x);
    hint_y = hint_x = -1;
}

void term_fatal(const char *fmt, ...)
{
    term_done();
    va_list ap;
    va_start(ap, fmt);
    fputs("rastro: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}
