/* The store's SQLite connection, for core modules that work on the database as a whole
 * (bundle.c). Not for the UI or the Lua host. */
#ifndef RASTRO_STORE_INTERNAL_H
#define RASTRO_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

sqlite3 *store_sqlite(Store *s);

#endif
