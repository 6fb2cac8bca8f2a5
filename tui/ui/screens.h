/* Constructors of the shell's screens. Each returns a Screen to push; the Ui frees it. */
#ifndef RASTRO_SCREENS_H
#define RASTRO_SCREENS_H

#include "../core/model.h"
#include "screen.h"

Screen *trainee_screen_new(Ui *ui);
Screen *trainee_form_new(Ui *ui);
Screen *main_screen_new(Ui *ui);
Screen *module_screen_new(Ui *ui, const Module *m);
Screen *lesson_screen_new(Ui *ui, const Module *m);
/* NULL (with a status message) when the attempt cannot be recorded. */
Screen *quiz_screen_new(Ui *ui, const Module *m);

/* The preview of app->preview_file; pushes itself (and the module screen when it loaded). */
Screen *preview_screen_new(Ui *ui);

/* Arrow glyphs for key hints. */
const char *hint_arrows(void);

#endif
