/* Terminal set-up and drawing primitives: colour roles with a monochrome scheme, UTF-8 or ASCII
 * glyphs, and drawing of untrusted text with control characters made inert. */
#define NCURSES_WIDECHAR 1
#include "term.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "../core/i18n.h"
#include "../core/text.h"

static bool active = false;
static bool colours = false;
static attr_t attrs[ROLE_COUNT];

static const char *const glyphs_utf8[GLYPH_COUNT] = {
    [GLYPH_BULLET] = "\xE2\x80\xA2",   [GLYPH_POINTER] = "\xE2\x96\xB8",
    [GLYPH_CHECK] = "\xE2\x9C\x93",    [GLYPH_CROSS] = "\xE2\x9C\x97",
    [GLYPH_HLINE] = "\xE2\x94\x80",    [GLYPH_ELLIPSIS] = "\xE2\x80\xA6",
    [GLYPH_DOT] = "\xC2\xB7",
};
static const char *const glyphs_ascii[GLYPH_COUNT] = {
    [GLYPH_BULLET] = "*", [GLYPH_POINTER] = ">", [GLYPH_CHECK] = "+", [GLYPH_CROSS] = "x",
    [GLYPH_HLINE] = "-",  [GLYPH_ELLIPSIS] = "~", [GLYPH_DOT] = "-",
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
};

void term_init(void)
{
    /* Short Esc delay: Esc means "back" and should feel immediate. */
    set_escdelay(25);
    if (!initscr()) {
        fprintf(stderr, "rastro: cannot start the terminal (is TERM set?)\n");
        exit(1);
    }
    active = true;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
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
}

void term_done(void)
{
    if (active) {
        endwin();
        active = false;
    }
}

bool term_is_active(void)
{
    return active;
}

attr_t term_attr(Role role)
{
    return attrs[role];
}

bool term_utf8(void)
{
    return i18n_utf8();
}

const char *term_glyph(Glyph g)
{
    return term_utf8() ? glyphs_utf8[g] : glyphs_ascii[g];
}

int term_print(int y, int x, int width, Role role, const char *text)
{
    if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
        return 0;
    if (x + width > COLS)
        width = COLS - x;
    bool utf8 = term_utf8();
    char *safe = text_sanitize(text, false, utf8);
    size_t len = strlen(safe);
    /* One call to curses per string: the text clipped to width columns as wide characters. */
    wchar_t stack_buf[256];
    wchar_t *wbuf = len < sizeof stack_buf / sizeof stack_buf[0] ? stack_buf
                                                                  : xmalloc((len + 1) * sizeof *wbuf);
    int col = 0, n = 0;
    for (size_t i = 0; i < len;) {
        long cp;
        int step = utf8_decode(safe + i, len - i, &cp);
        int w = text_cp_width(cp);
        if (w == 0 && n == 0) {
            cp = ' '; /* a combining mark with nothing to combine with takes a column */
            w = 1;
        }
        if (col + w > width)
            break;
        wbuf[n++] = (wchar_t)cp;
        col += w;
        i += (size_t)step;
    }
    attr_t a = attrs[role];
    attron(a);
    if (utf8) {
        mvaddnwstr(y, x, wbuf, n);
    } else {
        move(y, x);
        for (int i = 0; i < n; i++)
            addch((chtype)(wbuf[i] & 0x7F));
    }
    attroff(a);
    if (wbuf != stack_buf)
        free(wbuf);
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
