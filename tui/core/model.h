/* The lesson model: modules, pages and questions as plain structs filled by the Lua host. */
#ifndef RASTRO_MODEL_H
#define RASTRO_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef enum {
    QUESTION_CHOICE,    /* one right option among several */
    QUESTION_TRUEFALSE, /* a statement that is true or false: options True, False */
    QUESTION_MULTI,     /* several right options; partial credit */
    QUESTION_TEXT,      /* a typed answer matched against accepted ones */
    QUESTION_NUMERIC,   /* a typed number, right within a tolerance */
    QUESTION_SERIAL,    /* a serial number transcribed exactly (accepted[0]) */
    QUESTION_ORDER,     /* options to put in order (authored in the right order) */
    QUESTION_MATCH,     /* options (left) matched with right[]: option i goes with right[i] */
} QuestionType;

/* Most options a question may have (options are picked with the digits 1-9). */
#define QUESTION_MAX_OPTIONS 9

typedef struct {
    char *key;  /* short key cited by pages and questions, e.g. "N2" */
    char *text; /* full description of the source */
} Source;

/* A list of source keys cited by a page or question; strings owned. */
typedef struct {
    char **keys;
    size_t n;
} SourceRefs;

typedef struct {
    LText title;
    LText text; /* paragraphs separated by blank lines, "- " bullets; see layout.h */
    SourceRefs sources;
    int line; /* line of the page{} constructor in the module file, 0 if unknown */
} Page;

typedef struct {
    char *id;
    QuestionType type;
    LText prompt;
    LText *options;
    size_t n_options;
    size_t answer;    /* 0-based index of the correct option (choice, truefalse) */
    uint32_t answers; /* multi: bit i set when option i is right */
    bool negative;    /* multi: wrong picks can take the score below zero */
    char **accepted;  /* text: accepted answers in every language, owned */
    LText model_answer; /* text: the first accepted answer, shown in feedback */
    size_t n_accepted;
    unsigned match;   /* text: TEXT_KEEP_* flags used when comparing */
    double value;     /* numeric: the right number */
    double tolerance; /* numeric: how far off still counts (>= 0) */
    char *unit;       /* numeric: unit shown after the field (e.g. "mm"), may be NULL */
    LText *right;     /* match: the right-hand items, right[i] belongs with options[i] */
    size_t n_right;
    LText explain;
    SourceRefs sources;
    int line;
} Question;

typedef struct {
    char *id;
    int version;
    char *file; /* path the module was loaded from */
    LText title;
    LText summary;
    Source *sources;
    size_t n_sources;
    Page *pages;
    size_t n_pages;
    Question *questions;
    size_t n_questions;
} Module;

Module *module_new(void);
void module_free(Module *m);
void question_done(Question *q);
void page_done(Page *p);
void source_refs_done(SourceRefs *r);

/* Makes q a true/false question: options True and False (in every language), answer set. */
void question_make_truefalse(Question *q, bool is_true);

/* The trainee's answer as stored, from the set of picked options (bit i = option i): "true" or
 * "false" for a true/false question, else the 1-based option numbers, e.g. "1,3". Writes into
 * buf (at least 32 bytes). */
const char *question_response(const Question *q, uint32_t picked, char *buf, size_t len);

/* The order an order question's items are first shown in: a shuffle fixed by the question id
 * (never the right order). Fills shown[0..n_options) with option indexes. */
void question_shown_order(const Question *q, size_t *shown);

/* Maximum score of one question (1 for every question type so far). */
double question_max_score(const Question *q);

#endif
