/* Benchmark floor: the least an ncursesw menu can do (title, items, reverse highlight, key
 * help), to compare startup time and bytes per move against. Without arguments its items are
 * "Item 1".."Item 5"; given items as arguments, it shows those, so that a move between long
 * lines (a quiz's options) can be compared with the least that move costs. */
#include <curses.h>
#include <locale.h>
#include <stdio.h>

#define MAX_ITEMS 9

static const char *items[MAX_ITEMS];
static int n_items;

static void draw_item(int i, int selected)
{
    if (i == selected)
        attron(A_REVERSE);
    if (items[i])
        mvprintw(3 + i, 4, " %d) %s ", i + 1, items[i]);
    else
        mvprintw(3 + i, 4, " Item %d ", i + 1);
    if (i == selected)
        attroff(A_REVERSE);
}

int main(int argc, char **argv)
{
    n_items = argc > 1 ? argc - 1 : 5;
    if (n_items > MAX_ITEMS)
        n_items = MAX_ITEMS;
    for (int i = 0; i < n_items && argc > 1; i++)
        items[i] = argv[i + 1];
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);

    int selected = 0;
    mvaddstr(1, 4, "Floor menu");
    for (int i = 0; i < n_items; i++)
        draw_item(i, selected);
    mvaddstr(LINES - 1, 0, "Enter select  q quit");

    for (;;) {
        refresh();
        int ch = getch();
        int prev = selected;
        if (ch == 'q' || ch == ERR) /* ERR: the input is gone */
            break;
        else if (ch == KEY_UP && selected > 0)
            selected--;
        else if (ch == KEY_DOWN && selected < n_items - 1)
            selected++;
        if (selected != prev) {
            draw_item(prev, selected);
            draw_item(selected, selected);
        }
    }
    endwin();
    return 0;
}
