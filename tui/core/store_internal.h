/* The store's SQLite connection and statement helpers, shared by the store's own files
 * (store*.c) and the core modules that work on the database as a whole (bundle.c, report.c).
 * Not for the UI or the Lua host. */
#ifndef RASTRO_STORE_INTERNAL_H
#define RASTRO_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

sqlite3 *store_sqlite(Store *s);

/* Writes "what: SQLite's message" to err, with the system's reason when there is one ("disk I/O
 * error (No space left on device)"); returns false. */
bool store_db_fail(sqlite3 *db, char *err, size_t errlen, const char *what);
/* store_db_fail on s's connection ("no database" without one). */
bool store_fail(Store *s, char *err, size_t errlen, const char *what);
/* Runs sql (several statements allowed); false with SQLite's message in err. */
bool store_exec(Store *s, const char *sql, char *err, size_t errlen);
/* A new random stable id: 32 hex digits. */
void store_new_uid(char out[33]);
/* NULL with a message in err when sql does not prepare. */
sqlite3_stmt *store_prepare(Store *s, const char *sql, char *err, size_t errlen);
/* Steps a write that must change exactly one row, retrying while another process holds the
 * lock beyond the busy timeout; finalizes st. */
bool store_step_write(Store *s, sqlite3_stmt *st, char *err, size_t errlen, const char *what);
/* BEGIN IMMEDIATE, retried while other processes hold the write lock. */
bool store_begin(Store *s, char *err, size_t errlen);
/* COMMIT when ok, else (or when the commit fails) ROLLBACK; returns whether it committed. */
bool store_commit(Store *s, bool ok, char *err, size_t errlen);
/* The text of column col, "" for NULL (caller frees). */
char *store_column_dup(sqlite3_stmt *st, int col);
/* Copies column col's text into buf (size bytes, size > 0), cut short to fit; "" for NULL. The
 * fixed-size fields (ids, country codes, dates) of a row, without snprintf's cost per field. */
void store_column_copy(sqlite3_stmt *st, int col, char *buf, size_t size);
/* "practice", "exam" or "review", as the attempt table keeps the mode. */
const char *attempt_mode_name(AttemptMode mode);
/* Runs a statement that returns at most one integer; *out keeps its value when there is no row.
 * Finalizes st. */
bool store_step_int(Store *s, sqlite3_stmt *st, int64_t *out, char *err, size_t errlen,
                    const char *what);

#endif
