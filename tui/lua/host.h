/* The Lua host's face to the rest of rastro: load module files into the catalog and lint them.
 * No lua.h here: callers never see a lua_State. */
#ifndef RASTRO_HOST_H
#define RASTRO_HOST_H

#include <stdbool.h>

#include "../core/catalog.h"

/* Largest module file accepted. */
#define HOST_MAX_FILE_BYTES (4u << 20)
/* Wall-clock and processor limit on building one module in its child process (see host.c). */
#define HOST_LOAD_SECONDS 3
/* Memory limit of that child process. */
#define HOST_LOAD_DATA_BYTES (1024ul << 20)

/* Loads one module file: builds it in a sandbox inside a child process (see host.c) and receives
 * plain data. On success adds the module to c and returns true; every problem found (errors and
 * warnings) is appended to c->problems with file:line. Never stops or stalls on bad content. */
bool host_load_file(Catalog *c, const char *path);

/* Loads every module file (*.lua, not a LuaLS "---@meta" definition file) directly inside dir, in
 * name order. A missing or unreadable dir is reported as a problem. Returns the number loaded. */
int host_load_dir(Catalog *c, const char *dir);

/* Loads each path (file or directory) like the above; also reports modules sharing an id. */
void host_load_paths(Catalog *c, char *const paths[], int n);

#endif
