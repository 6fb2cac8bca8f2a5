/* Helpers shared by the test suites: temporary directories and their fixtures, files, modules,
 * databases, layout checks, running the real binary and driving its screen. */
#ifndef RASTRO_TESTUTIL_H
#define RASTRO_TESTUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "../tui/core/catalog.h"
#include "../tui/core/layout.h"
#include "../tui/core/model_io.h"
#include "../tui/core/quiz.h"
#include "../tui/core/store.h"
#include "../tui/lua/host.h"
#include "ptyterm.h"

/* Makes a fresh directory under $TMPDIR (or /tmp). Caller frees; remove with tu_rmrf. */
char *tu_tmpdir(void);
void tu_rmrf(const char *path);
/* Makes one directory for a whole test case (call from an unchecked fixture, outside the forked
 * tests) named after it; returns its path (static) or NULL. tu_root_remove deletes it. */
const char *tu_root_make(const char *name);
void tu_root_remove(void);
/* A fresh directory for the test in the test case's root (made by tu_root_make): its path, valid
 * until tu_case_dir_remove, which removes it with all it holds. Fails the test when it cannot. */
const char *tu_case_dir_make(void);
void tu_case_dir_remove(void);

/* A checked fixture: tu_dir, a fresh directory (tu_tmpdir) for each test, removed with all it
 * holds afterwards. */
extern char *tu_dir;
void tu_dir_setup(void);
void tu_dir_teardown(void);
/* store_open_as(path, STORE_CREATE, NULL, err, errlen): the database at path, made when missing. */
Store *tu_store_open(const char *path, char *err, size_t errlen);
/* Opens dir/t.db (new) with one trainee, Ana of country; her id in *trainee_id. Fails the test
 * when it cannot. Caller closes the store. */
Store *tu_store_with_trainee(const char *dir, const char *country, int64_t *trainee_id);

/* Whether something (a file, a directory, a link even to nothing) is at path. */
bool tu_exists(const char *path);
/* How many times what occurs in text, without overlaps. */
size_t tu_count(const char *text, const char *what);
/* Writes text to dir/name and returns the full path (caller frees). */
char *tu_write(const char *dir, const char *name, const char *text);
/* Copies the file at src to dir/name and returns the full path (caller frees); fails the test
 * when it cannot. */
char *tu_copy(const char *src, const char *dir, const char *name);
/* Flips a byte in the middle of the first IDAT chunk of the PNG file at path: the header still
 * reads (size and all), but the picture no longer decodes (its CRC fails). */
void tu_damage_png(const char *path);
/* Starts argv in a pseudo-terminal of rows x cols, with tu_env(lang_env) and then extra_env (may
 * be NULL) in its environment; fails the test when it cannot. */
PtyTerm *tu_pty(char *const argv[], const char *lang_env, char *const extra_env[], int rows,
                int cols);
/* Fails the test, showing the screen, unless text appears within timeout_ms. */
void tu_expect(PtyTerm *t, const char *text, int timeout_ms);
/* Like tu_expect, for text that may be wrapped across rows (at spaces, and indented). */
void tu_expect_wrapped(PtyTerm *t, const char *text, int timeout_ms);
/* Fails the test, showing the screen, when text is there once the output settles. */
void tu_expect_absent(PtyTerm *t, const char *text);
/* Loads the module file at path into c with options o (NULL: host_load_shell), as
 * host_load_paths does; whether it added a module. */
bool tu_load_file(Catalog *c, const char *path, const HostLoadOptions *o);
/* Writes src as dir/m.lua and loads it into cat; whether it loaded. */
bool tu_load_module(Catalog *cat, const char *dir, const char *src);
/* The first of cat's problems whose message contains text, or NULL. */
const Problem *tu_problem_with(const Catalog *cat, const char *text);
/* The rastro binary under test: $RASTRO_BIN, else build/rastro. */
const char *tu_rastro(void);
/* The helper program named file ("rastro-chafa"): beside run_tests (build/ or build/asan/), else,
 * when the runner was moved, beside the rastro under test. Caller frees. */
char *tu_helper_path(const char *file);
/* Runs argv (argv[0] is a path) with stdin from /dev/null; captures stdout and stderr (caller
 * frees both). Returns the exit status, or -1 if it could not run or was killed. */
int tu_run(char *const argv[], char **out, char **err);
/* How tu_run_as runs a command; zero fields change nothing. */
typedef struct {
    int stdout_fd;       /* standard output goes here instead of being captured (0: captured) */
    char *const *env;    /* NAME=VALUE entries added to the environment, NULL-terminated */
    const char *dir;     /* working directory */
    long file_blocks;    /* a file-size limit (RLIMIT_FSIZE) in 512-byte blocks */
    unsigned uid;        /* run as this user and group id (root only) */
} TuRunOptions;
/* tu_run with options; a process killed by a signal returns 128 + the signal's number. */
int tu_run_as(const TuRunOptions *o, char *const argv[], char **out, char **err);
/* o (NULL: no options) running in dir unless it names a directory: whatever a command makes by
 * mistake lands there, not in the source tree. Valid until the next call. */
const TuRunOptions *tu_in_dir(const TuRunOptions *o, const char *dir);
/* Runs the rastro binary with the arguments from first on (NULL-terminated), as tu_run_as does;
 * out and err may be NULL. */
int tu_rastro_run(const TuRunOptions *o, char **out, char **err, const char *first, ...);
/* One integer from the first row of a SQL query on db, -1 on any failure. */
long long tu_sql_int(const char *db, const char *sql);
/* On a connection of their own to the database at path (read-write, waiting up to 5 s for a
 * lock), run sql with arg bound to ?1 when it has a parameter, and return column 0 of the first
 * row: tu_peer_int as an integer (-999 without a row), tu_peer_double as a number (-999 without a
 * row or for NULL), tu_peer_text as a copy of its text, "(null)" for NULL and "(no row)" without
 * a row (caller frees). A failure to open or prepare fails the test. */
long long tu_peer_int(const char *path, const char *sql, long long arg);
double tu_peer_double(const char *path, const char *sql, long long arg);
char *tu_peer_text(const char *path, const char *sql, long long arg);
/* Environment additions for running rastro in tests: TERM, locale dir. NULL-terminated. */
char **tu_env(const char *lang_env);

/* On the roster screen: opens the new-trainee form (Enter), waits for it, and sends it filled in
 * with name, agency (NULL leaves it empty) and the country Guatemala. */
void tu_fill_trainee_form(PtyTerm *t, const char *name, const char *agency);
/* In an English shell on an empty roster: creates the trainee Ana (Guatemala) and waits for the
 * main menu. */
void tu_create_trainee(PtyTerm *t);
/* dir/rastro.db with one trainee in it, made by `rastro trainee add` (caller frees the path). */
char *tu_db_with_trainee(const char *dir, const char *name, const char *country);

/* Fails the test unless every line of l fits in width columns with its indent; what names the
 * case in the message. */
void tu_assert_fits(const Layout *l, int width, const char *what);
/* Whether s holds a character that would act on a terminal rather than show: C0 and C1 controls,
 * DEL, and the bidirectional embeddings, overrides and isolates. */
bool tu_has_unsafe_bytes(const char *s);

/* Switches LC_CTYPE to C.UTF-8 for a test (widths come from wcwidth), failing the test when that
 * locale is missing; tu_utf8_end puts back the one before. For checked fixtures. */
void tu_utf8_begin(void);
void tu_utf8_end(void);

/* Test-only shorthands over the program's own calls. quiz_start without hooks, with seed 0: */
bool tu_quiz_begin(QuizRun *run, Store *store, int64_t trainee_id, const Module *module, char *err,
                   size_t errlen);
/* Whether the attempt passes: quiz_judge's verdict. */
bool tu_quiz_passed(const QuizRun *run);
/* modelio_write_file / modelio_read_file of a module alone (competencies dropped). */
void tu_modelio_write(StrBuf *out, const Module *m, const Problems *p);
bool tu_modelio_read(const char *buf, size_t len, Module **m, Problems *p);

#endif
