/* The loaded content: modules that loaded, and the problems found in those that did not. */
#ifndef RASTRO_CATALOG_H
#define RASTRO_CATALOG_H

#include <stdio.h>

#include "glossary.h"
#include "instrument.h"
#include "model.h"

typedef enum { PROBLEM_ERROR, PROBLEM_WARNING } ProblemLevel;

typedef struct {
    char *file;
    int line; /* 0 when the problem has no line */
    ProblemLevel level;
    char *message; /* untrusted text: sanitise before drawing */
} Problem;

typedef struct {
    Problem *items;
    size_t n, cap;
} Problems;

/* Longest message kept; a longer one is cut and ends in "...". */
#define PROBLEM_MAX_MESSAGE 1000

void problems_add(Problems *p, const char *file, int line, ProblemLevel level, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
size_t problems_count(const Problems *p, ProblemLevel level);
/* Appends each problem of from that into does not hold yet (same file, line, level and message):
 * a problem found again is listed once. */
void problems_merge(Problems *into, const Problems *from);
/* Prints "file:line: message" (or "file: message"), one per line, inert control characters. */
void problems_print(const Problems *p, FILE *out);
void problems_done(Problems *p);

/* Where a module's questions first carry a tag, for checking it against the competencies once
 * every file is loaded (a lean catalog has dropped the questions by then). */
typedef struct {
    char *tag, *file; /* owned */
    int line;
    size_t quiz_index;
} TagUse;

/* A typed answer's accepted answers (a text question's, or a form field's judged as text), kept
 * for checking them against the glossary's synonyms once every file is loaded. */
typedef struct {
    char *file, *path; /* owned; path names the field, e.g. "quiz[3].answers" */
    int line;
    char **accepted; /* owned */
    size_t n_accepted;
    unsigned match; /* TEXT_KEEP_* flags it is judged with */
} TypedUse;

typedef struct {
    Module **modules; /* owned, in load order */
    size_t n, cap;
    CompetencyList *competencies; /* one per file that declares some, in load order (owned) */
    size_t n_competencies, cap_competencies;
    TagUse *tag_uses; /* each tag's first question in each module, in load order (owned) */
    size_t n_tag_uses, cap_tag_uses;
    Glossary *glossaries; /* one per file that declares terms, in load order (owned) */
    size_t n_glossaries, cap_glossaries;
    TypedUse *typed_uses; /* every typed answer of the modules, in load order (owned) */
    size_t n_typed_uses, cap_typed_uses;
    Problems problems;
    /* Capacity-assessment instruments (content/assessments/), in load order (owned). */
    Instrument **instruments;
    size_t n_instruments, cap_instruments;
    /* Keep only what checks across modules need (id, file, title, requires, settings) and drop
     * pages and questions once a module is checked: lint, which never shows them. */
    bool lean;
} Catalog;

void catalog_init(Catalog *c);
void catalog_done(Catalog *c);
void catalog_add(Catalog *c, Module *m); /* takes ownership of m; strips it when c->lean */
const Module *catalog_find(const Catalog *c, const char *id);
/* The title of module id in lang, or id itself when it is not loaded (records may name modules
 * that are gone). Both are untrusted text. */
const char *catalog_title(const Catalog *c, const char *id, Lang lang);
/* Adds the competencies one file declares (takes ownership of l's contents and empties it). A
 * competency another file declared already is reported as an error and dropped. */
void catalog_add_competencies(Catalog *c, CompetencyList *l);
/* The competency declared with id tag, NULL when none is. */
const Competency *catalog_competency(const Catalog *c, const char *tag);
/* The title of competency tag in lang, or tag itself when no file declares it (a title missing
 * in lang falls back as ltext_get does). Untrusted text. */
const char *catalog_competency_title(const Catalog *c, const char *tag, Lang lang);
/* Reports, at level, each tag a module's questions carry that no competency declares (once per
 * module and tag, at the first question carrying it): it would be shown by its bare id. */
void catalog_check_competencies(Catalog *c, ProblemLevel level);
/* The glossary (catalog_glossary.c). Adds the terms one file declares (takes ownership of g's
 * contents and empties it): a term whose id or one of whose names (in the same language, case
 * and accents aside) another file declared already is reported as an error and dropped. */
void catalog_add_glossary(Catalog *c, Glossary *g);
/* The term with id, and the glossary it is in (may be NULL); NULL when no file declares it. */
const Term *catalog_term(const Catalog *c, const char *id, const Glossary **in);
/* Notes m's typed answers (TypedUse); catalog_add calls it, before a lean catalog strips m. */
void catalog_note_typed(Catalog *c, const Module *m);
/* Reports, at level, each typed answer that accepts a name of a term in a language but not all
 * of that term's names in that language (a synonym the glossary lists would be refused). */
void catalog_check_synonyms(Catalog *c, ProblemLevel level);
/* Frees the glossaries and the notes on typed answers; catalog_done calls it. */
void catalog_glossary_done(Catalog *c);

/* Reports, at level, each module requiring one that is not in c (lint of a single file: a warning;
 * the shell: an error, as it could never be opened), and each chain of requirements that loops. */
void catalog_check_requires(Catalog *c, ProblemLevel missing_level);
/* Adds an instrument (takes ownership). One with the id and version of another already loaded
 * is reported as an error and dropped; versions of one instrument may be loaded side by side. */
void catalog_add_instrument(Catalog *c, Instrument *inst);
/* The instrument id at version, or its highest version loaded when version is 0; NULL when
 * none. */
const Instrument *catalog_instrument(const Catalog *c, const char *id, int version);
/* Sorts modules so menus list them in a stable order that follows the course: a module after
 * those it requires, else by file name. */
void catalog_sort(Catalog *c);

#endif
