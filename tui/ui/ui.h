/* The curses shell: the only part of rastro that includes curses.h. */
#ifndef RASTRO_UI_H
#define RASTRO_UI_H

#include "../app.h"

/* Takes over the terminal (curses). ui_end gives it back; ui_run ends with it. */
void ui_begin(void);
void ui_end(void);
/* Runs the shell until the trainee quits; starts the terminal if ui_begin was not called.
 * Returns the exit status. */
int ui_run(App *app);

#endif
