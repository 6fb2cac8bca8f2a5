/* The instructor's live view: who is in which module, scores so far, who is struggling.
 * (First version: a placeholder until the live table lands.) */
#include <stdlib.h>

#include "../core/i18n.h"
#include "screens.h"

static const char *inst_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Instructor");
}

static void inst_draw(Screen *s, Ui *ui, int top, int rows)
{
    (void)s, (void)ui, (void)rows;
    term_print(top + 1, 2, COLS - 4, ROLE_NORMAL, tr("Loading..."));
}

static void inst_key(Screen *s, Ui *ui, int key)
{
    (void)s;
    if (ui_is_back(key))
        ui_quit(ui);
}

static void inst_free(Screen *s)
{
    free(s);
}

Screen *instructor_screen_new(Ui *ui)
{
    (void)ui;
    Screen *s = xcalloc(1, sizeof *s);
    *s = (Screen){.title = inst_title, .draw = inst_draw, .key = inst_key, .free = inst_free,
                  .ticks = true};
    return s;
}
