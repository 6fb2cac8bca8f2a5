/* The loader's shared reading tools: reading a module's tables field by field, reporting each
 * problem as "field path: message" at the line where that field is written (srcmap.h), else at
 * the line of the nearest constructor. Lua-host layer, private to loader*.c. Every function
 * leaves the Lua stack as it found it unless it says. */
#ifndef RASTRO_LOADER_READ_H
#define RASTRO_LOADER_READ_H

#include <lua.h>
#include <stdbool.h>

#include "../core/catalog.h"
#include "srcmap.h"

/* What a constructor builds; which question, for CTOR_QUESTION, says ld_question_of. */
typedef enum {
    CTOR_NONE,         /* a plain table */
    CTOR_LESSON,
    CTOR_PAGE,
    CTOR_QUESTION,     /* any kind of question (kinds.h) */
    CTOR_COMPETENCIES, /* not a part of a module: what a competencies file returns */
    CTOR_GLOSSARY,     /* not a part of a module: what a glossary file returns */
    CTOR_TERM,         /* a term of a glossary */
    CTOR_INSTRUMENT,   /* what an assessment instrument file returns, and its parts: */
    CTOR_PILLAR,
    CTOR_INDICATOR,
    CTOR_RULE,
} CtorKind;

/* Longest text field accepted: a lesson page is a few thousand bytes; more is a mistake or an
 * attempt to make rastro copy and re-wrap megabytes on every key. */
#define MAX_TEXT_BYTES (64u << 10)

/* Most problems listed for one module. */
#define LD_MAX_PROBLEMS 200

/* Registry key of the weak table mapping each table whose text is known to its id in the
 * module's SrcMap (loader.c binds them as the constructors are called). */
#define LD_TEXT_KEY "rastro.texts"

typedef struct {
    lua_State *L;
    const char *file;
    Problems *probs;
    const SrcMap *map;      /* where the module's fields are written (ld_srcmap), may be NULL */
    const Module *module;   /* its sources, read already: source keys cited are checked */
    int errors;
    int reported; /* problems reported so far (ld_report) */
    int id_line;  /* line of the id of the question read last (ld_read_question) */
} Ld;

/* The module's SrcMap, as loader_register_api made it; NULL when there is none. */
const SrcMap *ld_srcmap(lua_State *L);
/* Kind and line of the constructed table at idx (CTOR_NONE, line 0 for a plain table). */
CtorKind ld_ctor_of(Ld *ld, int idx, int *line);
/* Whether the table at idx was built by a question constructor; sets *type to its kind and
 * *line (may be NULL) as ld_ctor_of does. */
bool ld_question_of(Ld *ld, int idx, int *line, QuestionType *type);
/* Line where field of the table at idx is written, fallback when that is not known (the field
 * is missing, or the table was not written as a constructor). */
int ld_field_line(Ld *ld, int idx, const char *field, int fallback);
/* The same for entry i of the list at idx. */
int ld_entry_line(Ld *ld, int idx, lua_Integer i, int fallback);
/* Pushes t[field] without running metamethods. Stack: +1. Returns the value's type. */
int ld_raw_getfield(lua_State *L, int idx, const char *field);
void ld_report(Ld *ld, ProblemLevel level, int line, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Reports every key of the record table at idx that is not in known (NULL-terminated), each at
 * its own line. */
void ld_check_fields(Ld *ld, int idx, int line, const char *path, const char *const known[]);
/* Copy of the string at idx, or NULL (reported) with a NUL byte or over MAX_TEXT_BYTES. */
char *ld_checked_string(Ld *ld, int idx, int line, const char *path);
/* "path.field" (or "field"); caller frees. */
char *ld_join_path(const char *path, const char *field);
/* Reads the text value on top of the stack (leaves it) into out; line is where it is written.
 * When it is a table, a problem with one language is reported at that language's line. */
bool ld_read_text_value(Ld *ld, int line, const char *p, bool required, LText *out);
/* Like ld_read_text_value (required) for an answer: a plain string is the same answer in every
 * language (a name, a number), so it is not a missing translation. */
bool ld_read_answer_value(Ld *ld, int line, const char *p, LText *out);
bool ld_read_text(Ld *ld, int idx, const char *field, int line, const char *path, bool required,
               LText *out);
/* The identifier on top of the stack (left there); p is its field path. An owned string or NULL
 * (reported). */
char *ld_read_id_value(Ld *ld, int line, const char *p);
/* An identifier field; owned string or NULL (reported). */
char *ld_read_id(Ld *ld, int idx, const char *field, int line, const char *path);
/* An optional identifier field: NULL when absent (or invalid, reported). */
char *ld_read_opt_id(Ld *ld, int idx, const char *field, int line, const char *path);
/* A list of ids (tags, module ids): fills *out (caller frees each and the array) and returns how
 * many were read; invalid entries are reported, duplicates warned about and dropped. */
size_t ld_read_ids(Ld *ld, int idx, const char *field, int line, const char *path, lua_Integer max,
                   char ***out);
/* An optional number field within [min, max] (whole: an integer). True when present and valid;
 * *out is left alone otherwise. */
bool ld_read_number(Ld *ld, int idx, const char *field, int line, const char *path, double min,
                    double max, bool whole, double *out);
/* An optional boolean field; true when present (and valid). */
bool ld_read_bool(Ld *ld, int idx, const char *field, int line, const char *path, bool *out);
/* image = { file = "x.png", caption = ..., alt = ... } of the table at idx into out. */
void ld_read_image(Ld *ld, int idx, int line, const char *path, Image *out);
/* Pushes list field (or nil) and returns its length, -1 when not a proper list of at most max
 * entries (reported). Stack: +1 always. */
lua_Integer ld_push_list(Ld *ld, int idx, const char *field, int line, const char *path,
                      lua_Integer max);
/* sources = { { key = "N2", text = "..." }, ... } of the table at idx, appended to *out (*n of
 * them; the array is allocated here), each problem reported at its line (list_line for the
 * list itself). twice, when not NULL, is the message (with %s for the key) for a key listed
 * again, which is then left out. Returns the list's length (-1 when it is not a list). Stack: 0. */
lua_Integer ld_read_sources(Ld *ld, int idx, int line, int list_line, const char *twice,
                            Source **out, size_t *n);
/* sources = { "N2", ... } of a page or question; each key not in ld->module's sources (when
 * set) is an error at its line. */
void ld_read_refs(Ld *ld, int idx, int line, const char *path, SourceRefs *out);
/* How one kind of question is read: the fields its constructor takes beside the common ones,
 * and the reader that fills q from them (the table at idx, written at line; path names it in
 * problems). One per entry of QUESTION_KINDS, named ld_question_<name>; readers leave the
 * stack as they found it. */
typedef struct {
    const char *const *fields;
    void (*read)(Ld *ld, int idx, int line, const char *path, Question *q);
} LdQuestionReader;

#define X(id, name, shape, facts) extern const LdQuestionReader ld_question_##name;
QUESTION_KINDS(X)
#undef X

/* The question function on top of the stack, quiz entry index: built with seed 1 into q, and
 * with seeds 2..seeds to check that it always builds the same question (loader_gen.c). */
void ld_read_generated(Ld *ld, int line, const char *path, size_t index, int seeds, Question *q);
/* The question table on top of the stack (any question constructor) into q. */
void ld_read_question(Ld *ld, int parent_line, const char *path, Question *q);

#endif
