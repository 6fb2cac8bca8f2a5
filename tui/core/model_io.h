/* A byte stream for a loaded module and its problems, so that a module can be built in another
 * process (see tui/lua/host.c) and handed over as plain data. */
#ifndef RASTRO_MODEL_IO_H
#define RASTRO_MODEL_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "model.h"

/* Largest stream accepted by modelio_read. */
#define MODELIO_MAX_BYTES (32u << 20)

/* Appends m (may be NULL) and every problem in p to out. */
void modelio_write(StrBuf *out, const Module *m, const Problems *p);

/* Parses a stream made by modelio_write. On success sets *m (NULL when none was sent; caller
 * frees) and appends the problems to p. On malformed input returns false and leaves *m NULL
 * and p unchanged. The input is not trusted: every length is checked. */
bool modelio_read(const char *buf, size_t len, Module **m, Problems *p);

#endif
