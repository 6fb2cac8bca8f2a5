/* ptyterm: runs a program in a real pseudo-terminal and emulates the screen
 * with libvterm, so tests can assert on what a terminal would show. */
#ifndef RASTRO_PTYTERM_H
#define RASTRO_PTYTERM_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include <vterm.h>

typedef struct PtyTerm PtyTerm;

/* Starts argv[0] (execvp) in a new pty of rows x cols. env_extra:
 * NULL-terminated "K=V" strings set in the child (after TERM=xterm-256color,
 * which is always set unless env_extra overrides it), may be NULL. Returns
 * NULL and writes a message to err on failure (including exec failure). */
PtyTerm *ptyterm_spawn(char *const argv[], char *const env_extra[], int rows,
                       int cols, char *err, size_t errlen);

/* Reads output into the screen until `text` appears anywhere on screen (within
 * one row) or timeout. Returns true if found. */
bool ptyterm_wait_text(PtyTerm *t, const char *text, int timeout_ms);

/* Reads until no output for quiet_ms (or timeout_ms in total). Returns bytes
 * read during the call. Returns early if the program closed the pty. */
size_t ptyterm_settle(PtyTerm *t, int quiet_ms, int timeout_ms);

/* From now on the emulated terminal claims sixel graphics: it answers a primary Device
 * Attributes request (ESC [ c) with "ESC [ ? 63 ; 4 c" instead of libvterm's own reply, and, when
 * cell_h and cell_w are above 0, a cell size request (ESC [ 16 t) with "ESC [ 6 ; cell_h ;
 * cell_w t". libvterm itself ignores the sixel images (DCS ... ST) written to it. */
void ptyterm_answer_sixel(PtyTerm *t, int cell_h, int cell_w);

/* Raw bytes to the program. */
void ptyterm_send(PtyTerm *t, const char *bytes);

/* A key such as VTERM_KEY_DOWN, VTERM_KEY_ENTER, VTERM_KEY_ESCAPE, encoded by
 * libvterm per the current keypad/cursor mode, like a real terminal. */
void ptyterm_key(PtyTerm *t, int vterm_key);

/* Same with modifiers (VTERM_MOD_SHIFT, VTERM_MOD_ALT, VTERM_MOD_CTRL). */
void ptyterm_key_mod(PtyTerm *t, int vterm_key, int vterm_mod);

/* Whole screen, rows joined by '\n' (no final '\n'), UTF-8, trailing spaces of
 * each row trimmed. Caller frees. */
char *ptyterm_screen(PtyTerm *t);

/* One row (0-based), UTF-8, trailing spaces trimmed. Caller frees. NULL if the
 * row is out of range. */
char *ptyterm_row(PtyTerm *t, int row);

/* True if `text` occurs within one row of the screen. */
bool ptyterm_contains(PtyTerm *t, const char *text);

/* Finds the first occurrence of `text` (top to bottom, left to right) and
 * stores its screen row and column (in cells). Returns false if absent.
 * row/col may be NULL. */
bool ptyterm_find(PtyTerm *t, const char *text, int *row, int *col);

/* Copies the libvterm cell at row/col (e.g. to check cell.attrs.reverse).
 * Returns false if out of range. */
bool ptyterm_cell(PtyTerm *t, int row, int col, VTermScreenCell *cell);

/* True if every cell of the first occurrence of `text` is in reverse video. */
bool ptyterm_text_reverse(PtyTerm *t, const char *text);

/* Cursor position as libvterm tracks it. */
void ptyterm_cursor(PtyTerm *t, int *row, int *col);

/* Every byte read from the program so far, as it wrote them (not NUL-terminated; *len gets the
 * count). Valid until the next call that reads output. */
const char *ptyterm_raw(PtyTerm *t, size_t *len);

/* Bytes read from the program so far. */
size_t ptyterm_bytes_total(PtyTerm *t);

/* Milliseconds since spawn at which the last byte arrived (0 if none yet). */
double ptyterm_last_output_ms(PtyTerm *t);

/* Milliseconds since spawn, now. */
double ptyterm_elapsed_ms(PtyTerm *t);

/* TIOCSWINSZ + vterm resize (child gets SIGWINCH). */
void ptyterm_resize(PtyTerm *t, int rows, int cols);

pid_t ptyterm_pid(PtyTerm *t);

/* Waits for exit up to timeout_ms; returns exit status as from waitpid (or -1
 * on timeout). Keeps draining output meanwhile. */
int ptyterm_wait_exit(PtyTerm *t, int timeout_ms);

/* Kills (SIGKILL) if still running, reaps, frees. NULL is fine. */
void ptyterm_free(PtyTerm *t);

#endif
