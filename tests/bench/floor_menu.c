/* Benchmark floor: the least an ncursesw menu can do (title, 5 items, reverse
 * highlight, key help), to compare startup time and bytes per move against. */
#include <curses.h>
#include <locale.h>

#define N_ITEMS 5

static void draw_item(int i, int selected)
{
    if (i == selected)
        attron(A_REVERSE);
    mvprintw(3 + i, 4, " Item %d ", i + 1);
    if (i == selected)
        attroff(A_REVERSE);
}

int main(void)
{
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);

    int selected = 0;
    mvaddstr(1, 4, "Floor menu");
    for (int i = 0; i < N_ITEMS; i++)
        draw_item(i, selected);
    mvaddstr(LINES - 1, 0, "Enter select  q quit");

    for (;;) {
        refresh();
        int ch = getch();
        int prev = selected;
        if (ch == 'q')
            break;
        else if (ch == KEY_UP && selected > 0)
            selected--;
        else if (ch == KEY_DOWN && selected < N_ITEMS - 1)
            selected++;
        if (selected != prev) {
            draw_item(prev, selected);
            draw_item(selected, selected);
        }
    }
    endwin();
    return 0;
}
