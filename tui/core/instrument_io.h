/* Byte streams for capacity-assessment instruments between the Lua host's processes: an
 * instrument built from its file in a child, handed over as plain data (like model_io.h does for
 * modules), and a recommendation rule's run: the request (the instrument's text, which rule, the
 * assessment's view) and its verdict. Readers trust nothing: every length is checked. */
#ifndef RASTRO_INSTRUMENT_IO_H
#define RASTRO_INSTRUMENT_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "assess.h"
#include "catalog.h"
#include "instrument.h"

/* Appends inst (may be NULL) and every problem in p. */
void instrument_io_write(StrBuf *out, const Instrument *inst, const Problems *p);
/* Whether buf holds a stream made by instrument_io_write (rather than model_io's). */
bool instrument_io_is(const char *buf, size_t len);
/* Parses that: *inst is set (NULL when none was sent; caller frees) and the problems appended to
 * probs. False on malformed input, with *inst NULL and probs unchanged. */
bool instrument_io_read(const char *buf, size_t len, Instrument **inst, Problems *probs);

/* A request to run rule index of the instrument in file (text src, len bytes) on view. */
void instrument_io_write_rule(StrBuf *out, const char *file, const char *src, size_t len,
                              size_t index, const AssessView *view);
/* Parses that: *file and *src are owned (caller frees), view is filled (assess_view_done).
 * False on malformed input, with nothing to free. */
bool instrument_io_read_rule(const char *buf, size_t len, char **file, char **src,
                             size_t *src_len, size_t *index, AssessView *view);

/* What running a rule gave: whether it ran, whether it fired, and its problems. */
void instrument_io_write_verdict(StrBuf *out, bool ran, bool fired, const Problems *p);
/* Parses that, appending the problems to probs. False on malformed input. */
bool instrument_io_read_verdict(const char *buf, size_t len, bool *ran, bool *fired,
                                Problems *probs);

#endif
