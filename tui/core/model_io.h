/* A byte stream for a loaded module and its problems, so that a module can be built in another
 * process (see tui/lua/host.c) and handed over as plain data. */
#ifndef RASTRO_MODEL_IO_H
#define RASTRO_MODEL_IO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "catalog.h"
#include "model.h"

/* Largest stream accepted by modelio_read_file. */
#define MODELIO_MAX_BYTES (32u << 20)

/* Appends what a content file built, module m or the competencies l (either may be NULL; m is
 * sent when both are given), and every problem in p to out. */
void modelio_write_file(StrBuf *out, const Module *m, const CompetencyList *l, const Problems *p);
/* Parses that: sets *m (NULL when none was sent; caller frees), or fills l (caller frees with
 * competency_list_done) and sets *have_l when competencies came, and appends the problems to p.
 * On malformed input returns false with nothing set and p unchanged. The input is not trusted:
 * every length is checked. */
bool modelio_read_file(const char *buf, size_t len, Module **m, CompetencyList *l, bool *have_l,
                       Problems *p);

/* The terms a glossary file declares (g), with problems; a stream of its own, told apart from a
 * module's by modelio_is_glossary. */
void modelio_write_glossary(StrBuf *out, const Glossary *g, const Problems *p);
bool modelio_is_glossary(const char *buf, size_t len);
/* Parses that into g (caller frees with glossary_done) and appends the problems to probs. False
 * on malformed input, with g empty and probs unchanged. */
bool modelio_read_glossary(const char *buf, size_t len, Glossary *g, Problems *probs);

/* One question (a generated one, built in another process), with problems. */
void modelio_write_question(StrBuf *out, const Question *q, const Problems *p);
/* Parses that; *have tells whether a question came (fill q, caller frees with question_done).
 * False on malformed input, with q empty and probs unchanged. */
bool modelio_read_question(const char *buf, size_t len, Question *q, bool *have, Problems *probs);

/* The verdicts of a form's Lua field checks, one per field, with problems. */
void modelio_write_checks(StrBuf *out, const FieldCheck *c, size_t n, const Problems *p);
/* Parses exactly n verdicts into out (caller frees each message); false on malformed input. */
bool modelio_read_checks(const char *buf, size_t len, FieldCheck *out, size_t n, Problems *probs);

/* The stream's parts, for the streams of other content built in another process
 * (instrument_io.h): 32-bit numbers, strings (NULL allowed), texts in every language, numbers,
 * problems. A reader's lengths are all checked; once it fails (ok false) it reads zeros and
 * NULLs. */
typedef struct {
    const unsigned char *p;
    size_t left;
    bool ok;
} ModelioReader;
void modelio_put_u32(StrBuf *b, uint32_t v);
void modelio_put_str(StrBuf *b, const char *s);
void modelio_put_ltext(StrBuf *b, const LText *t);
void modelio_put_num(StrBuf *b, double v);
void modelio_put_problems(StrBuf *b, const Problems *p);
uint32_t modelio_get_u32(ModelioReader *r);
/* A count of items that each take at least min_bytes: bounded by what is left to read. */
size_t modelio_get_count(ModelioReader *r, size_t min_bytes);
char *modelio_get_str(ModelioReader *r); /* owned, NULL for none */
void modelio_get_ltext(ModelioReader *r, LText *t);
double modelio_get_num(ModelioReader *r);
/* Appends the problems read to got. */
bool modelio_get_problems(ModelioReader *r, Problems *got);
/* Starts reading a stream: checks its magic (8 bytes) and size and reads its problems into got;
 * false (r failed) when it is not such a stream. The caller then reads the rest from r. */
bool modelio_read_head(ModelioReader *r, const char *buf, size_t len, const char magic[8],
                       Problems *got);
/* Ends it: when r read the whole stream without failing, hands got's problems to probs and is
 * true; else drops them. got is emptied either way. */
bool modelio_read_tail(ModelioReader *r, Problems *got, Problems *probs);

#endif
