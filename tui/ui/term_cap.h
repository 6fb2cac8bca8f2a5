/* What the terminal's description says it can do (tui/ui/term_cap.c). */
#ifndef RASTRO_TERM_CAP_H
#define RASTRO_TERM_CAP_H

#include <stdbool.h>

/* The terminal (curses started) can move its cursor to any place. */
bool term_can_address(void);

#endif
