/* Optional parts of rastro built as shared objects (the PDF renderer, the picture converter) and
 * loaded when first needed, so that their libraries cost nothing to a run that does not use them. */
#ifndef RASTRO_PLUGIN_H
#define RASTRO_PLUGIN_H

#include <stddef.h>

/* Loads file ("rastro-pdf.so") from $env_var when set, else beside the program, else from
 * ../lib/rastro/ relative to it (an installed rastro), and returns its symbol. The object stays
 * loaded: its libraries keep process-wide state. NULL with why ("the PDF renderer (...) cannot be
 * loaded: ...") otherwise; what names the part for that message. */
void *plugin_symbol(const char *file, const char *env_var, const char *symbol, const char *what,
                    char *why, size_t len);

#endif
