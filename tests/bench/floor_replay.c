/* Benchmark floor for a change of screen: draws the screens `ptybench --record FILE` saw a
 * program draw (every cell with its colours and attributes), the first at start and the next at
 * each arrow key, through curses. Curses writes only the cells that changed (and scrolls with the
 * terminal's own scrolling where that is cheaper), so the bytes it writes for a move are the
 * least that change of screen costs a curses program: the floor of a menu move, a quiz option
 * move or a lesson scroll, for the same screens.
 *
 * usage: floor_replay FILE   (q quits) */
#include <curses.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define ROWS 24
#define COLS_ 80
#define MAX_SCREENS 256

typedef struct {
    int fg, bg; /* -1: the terminal's default */
    unsigned attrs;
    wchar_t chars[7];
    bool right_half; /* the second column of a wide character */
} Cell;

typedef Cell Screen[ROWS][COLS_];

static Screen *screens;
static int n_screens;

/* A colour of the file: "d", an index, or #rrggbb (taken to the nearest of the 6x6x6 cube). */
static int parse_color(const char *s)
{
    if (s[0] == 'd')
        return -1;
    if (s[0] == '#') {
        unsigned r, g, b;
        if (sscanf(s + 1, "%2x%2x%2x", &r, &g, &b) != 3)
            return -1;
        return 16 + 36 * (int)(r * 5 / 255) + 6 * (int)(g * 5 / 255) + (int)(b * 5 / 255);
    }
    return atoi(s);
}

static bool parse_cell(char *tok, Cell *c)
{
    char *fg = strtok(tok, ","), *bg = strtok(NULL, ","), *attrs = strtok(NULL, ","),
         *chars = strtok(NULL, ",");
    if (!fg || !bg || !attrs || !chars)
        return false;
    memset(c, 0, sizeof *c);
    c->fg = parse_color(fg);
    c->bg = parse_color(bg);
    c->attrs = (unsigned)atoi(attrs);
    if (chars[0] == '-') {
        c->right_half = true;
        return true;
    }
    int n = 0;
    for (char *p = strtok(chars, "+"); p && n < 6; p = strtok(NULL, "+"))
        c->chars[n++] = (wchar_t)strtoul(p, NULL, 16);
    return n > 0;
}

static bool load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    screens = calloc(MAX_SCREENS, sizeof *screens);
    char *line = NULL;
    size_t cap = 0;
    int row = ROWS;
    bool ok = screens != NULL;
    while (ok && getline(&line, &cap, f) > 0) {
        line[strcspn(line, "\n")] = '\0';
        if (strcmp(line, "screen") == 0) {
            if (n_screens == MAX_SCREENS)
                break;
            n_screens++;
            row = 0;
            continue;
        }
        if (n_screens == 0 || row >= ROWS) {
            ok = false;
            break;
        }
        /* Cells are separated by spaces; a cell never holds one (a space is written 20). */
        char *save = NULL;
        int col = 0;
        for (char *tok = strtok_r(line, " ", &save); tok && col < COLS_;
             tok = strtok_r(NULL, " ", &save)) {
            char copy[128];
            snprintf(copy, sizeof copy, "%s", tok);
            if (!parse_cell(copy, &screens[n_screens - 1][row][col++]))
                ok = false;
        }
        row++;
    }
    free(line);
    fclose(f);
    return ok && n_screens > 0;
}

static void draw(const Screen *s)
{
    for (int r = 0; r < ROWS && r < LINES; r++) {
        for (int c = 0; c < COLS_ && c < COLS; c++) {
            const Cell *cell = &(*s)[r][c];
            if (cell->right_half)
                continue;
            attr_t a = A_NORMAL;
            if (cell->attrs & 1)
                a |= A_BOLD;
            if (cell->attrs & 2)
                a |= A_UNDERLINE;
            if (cell->attrs & 4)
                a |= A_ITALIC;
            if (cell->attrs & 8)
                a |= A_BLINK;
            if (cell->attrs & 16)
                a |= A_REVERSE;
            int pair = cell->fg < 0 && cell->bg < 0 ? 0 : alloc_pair(cell->fg, cell->bg);
            if (pair < 0)
                pair = 0;
            cchar_t cc;
            setcchar(&cc, cell->chars, a, 0, &pair);
            mvadd_wch(r, c, &cc);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 2 || !load(argv[1])) {
        fprintf(stderr, "usage: floor_replay FILE (the screens of ptybench --record)\n");
        return 2;
    }
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    start_color();
    use_default_colors();
    idlok(stdscr, TRUE);

    int shown = 0;
    draw(&screens[0]);
    for (;;) {
        refresh();
        int ch = getch();
        if (ch == 'q' || ch == ERR) /* ERR: the input is gone */
            break;
        if ((ch == KEY_UP || ch == KEY_DOWN) && shown + 1 < n_screens)
            draw(&screens[++shown]);
    }
    endwin();
    free(screens);
    return 0;
}
