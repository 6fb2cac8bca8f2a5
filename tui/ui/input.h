/* Editing a one-line text value from keys: typed characters appended, Backspace removes the last
 * one. Shared by the trainee form and typed quiz answers. */
#ifndef RASTRO_INPUT_H
#define RASTRO_INPUT_H

#include <stdbool.h>

#include "../core/text.h"

typedef struct {
    StrBuf text; /* UTF-8, never holds control characters */
    int chars;   /* characters in text */
    int max;     /* most characters accepted */
} Input;

void input_init(Input *in, int max);
void input_done(Input *in);
void input_clear(Input *in);
/* Replaces the text with text, as if typed (what could not be typed is left out). */
void input_set(Input *in, const char *text);
/* Applies key (a screen key code, see screen.h). True when it changed the text. */
bool input_key(Input *in, int key);
/* The text's tail that fits in width columns, for drawing where the typing happens. */
const char *input_tail(const Input *in, int width);

#endif
