/* The course's glossary: terms with their names in each language (the first preferred, the others
 * synonyms), a definition and its sources, as a content file declares them (glossary { ... }).
 * Searching by what a trainee types, and matching a typed answer's accepted names against a
 * term's. Core layer. */
#ifndef RASTRO_GLOSSARY_H
#define RASTRO_GLOSSARY_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* Most names one term has in one language, and most terms one file declares. */
#define GLOSSARY_MAX_NAMES 12
#define GLOSSARY_MAX_TERMS 1000
/* The ranks glossary_term_rank gives. */
#define GLOSSARY_RANKS 16

typedef struct {
    char *id;                    /* owned */
    char **names[LANG_COUNT];    /* names[l][0] is the preferred name in l; owned */
    size_t n_names[LANG_COUNT];  /* at least 1 each in a loaded glossary */
    LText define;                /* the definition, in every language */
    SourceRefs sources;          /* keys from the glossary's sources */
    char **see;                  /* ids of related terms of the same file; owned */
    size_t n_see;
    int line;                    /* where the term is written, 0 if unknown */
} Term;

/* The terms one content file declares, with the sources they cite. */
typedef struct {
    char *file; /* owned, may be NULL */
    Source *sources;
    size_t n_sources;
    Term *terms; /* owned */
    size_t n;
} Glossary;

void glossary_term_done(Term *t);
void glossary_done(Glossary *g);

/* The term of g with id, NULL when none. */
const Term *glossary_find(const Glossary *g, const char *id);
/* The text of source key in g, NULL when g does not list it. */
const char *glossary_source(const Glossary *g, const char *key);

/* How well t answers folded_query (text_fold(typed, 0); "" finds every term), for listing the
 * best first: -1 when it is part of none of its names, in any language; else, over its names,
 * the least of (0 in lang, 8 in the other language) + 2 x (0 the whole name, 1 its start, 2 the
 * start of another of its words, 3 inside a word) + (0 the preferred name, 1 a synonym), so from
 * 0 to GLOSSARY_RANKS - 1: "ITI" finds the International Tracing Instrument before
 * "ammunition". *matched (may be NULL) is set to the name that gave the rank, NULL when that is
 * the preferred name in lang or the query is empty. */
int glossary_term_rank(const Term *t, const char *folded_query, Lang lang, const char **matched);

/* Orders terms by their preferred name in lang, case and accents aside ("Ánima" with "anima"),
 * for lists. */
int glossary_term_compare(const Term *a, const Term *b, Lang lang);

/* For a typed answer's accepted answers (n of them, compared as the question judges them:
 * text_fold(.., match)): when one of them is a name of t in lang, sets *hit to its index, puts
 * the names of t in lang that no accepted answer matches in missing[] (at most
 * GLOSSARY_MAX_NAMES, pointers into t) and returns how many; returns 0 with *hit = n when no
 * accepted answer is a name of t in lang. */
size_t glossary_term_missing(const Term *t, Lang lang, char *const *accepted, size_t n,
                          unsigned match, size_t *hit, const char *missing[GLOSSARY_MAX_NAMES]);

#endif
