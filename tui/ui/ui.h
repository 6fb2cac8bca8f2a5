/* The curses shell: the only part of rastro that includes curses.h. */
#ifndef RASTRO_UI_H
#define RASTRO_UI_H

#include "../app.h"

/* Runs the shell until the trainee quits. Returns the exit status. */
int ui_run(App *app);

#endif
