/* Turns the table a module returns into a core Module, checking every field. Lua-host layer. */
#ifndef RASTRO_LOADER_H
#define RASTRO_LOADER_H

#include "../core/catalog.h"
#include "sandbox.h"

/* Registers the authoring API (lesson, page, choice) in the module environment of sb. */
void loader_register_api(Sandbox *sb);

/* Converts the value on top of sb's stack (popped) into a Module. Problems go to probs with file
 * and line. Returns NULL when there was at least one error. */
Module *loader_build(Sandbox *sb, const char *file, Problems *probs);

#endif
