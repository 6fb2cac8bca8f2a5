/* What the terminal's description says it can do, read from curses' own copy of it: the fields
 * themselves, not a search by name (tigetstr's costs some 10 us on the start's path). Apart from
 * term.c because <term.h> defines a macro for every capability's name. */
#include <curses.h>
#include <term.h>

#include "term_cap.h"

bool term_can_address(void)
{
    return cur_term && cursor_address && cursor_address != (char *)-1;
}
