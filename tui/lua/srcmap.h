/* Where the fields of a module's tables are written: the line of every `name = value` and of
 * every list entry of each table constructor ({ ... }) in a module's source text, so that lint
 * can name the line of the field at fault rather than that of the table around it. Lua-host
 * layer, private to loader*.c; no lua.h here. */
#ifndef RASTRO_SRCMAP_H
#define RASTRO_SRCMAP_H

#include <stddef.h>

typedef struct SrcMap SrcMap;

/* Scans len bytes of Lua source. Never fails on bad text: what it cannot follow (a syntax error,
 * unbalanced brackets) only leaves fewer lines known. Caller frees with srcmap_free. */
SrcMap *srcmap_new(const char *src, size_t len);
void srcmap_free(SrcMap *m);

/* The tables written as the argument of a call on line (`choice { ... }`, `choice({ ... })`)
 * to a function named name (any name when NULL): their ids, up to max into out; returns how
 * many there are. */
size_t srcmap_calls(const SrcMap *m, int line, const char *name, int *out, size_t max);

/* Number of fields (named or list entries) written in table t, and the k-th of them. */
size_t srcmap_count(const SrcMap *m, int t);
typedef struct {
    const char *name;   /* the field's name, NULL for a list entry */
    long long index;    /* a list entry's position, from 1 */
    int line;           /* of the name, or of the entry's first token */
    int child;          /* the table written directly as its value ({ ... }), -1 for none */
} SrcField;
const SrcField *srcmap_field(const SrcMap *m, int t, size_t k);

/* Line of field name (or of list entry index when name is NULL) of table t; 0 when it is not
 * written there. A name written twice counts where it was written last, as Lua keeps that one. */
int srcmap_line(const SrcMap *m, int t, const char *name, long long index);

#endif
