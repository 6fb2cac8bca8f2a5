/* The lesson model: modules, pages and questions as plain structs filled by the Lua host. */
#ifndef RASTRO_MODEL_H
#define RASTRO_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kinds.h"
#include "text.h"

/* The kinds of question, one per entry of QUESTION_KINDS (kinds.h); QUESTION_KIND_COUNT is not
 * a kind. Code never relies on their order or values: a kind is stored by its name. */
typedef enum {
#define X(id, name, shape, facts) QUESTION_##id,
    QUESTION_KINDS(X)
#undef X
    QUESTION_KIND_COUNT
} QuestionType;

/* Most options a question may have (options are picked with the digits 1-9). */
#define QUESTION_MAX_OPTIONS 9
/* Most fields a form question may have. */
#define QUESTION_MAX_FIELDS 16
/* A locate question's grid: at most this many columns (named A, B, ...) and rows (1, 2, ...). */
#define LOCATE_MAX_GRID 12
#define LOCATE_DEFAULT_COLS 8
#define LOCATE_DEFAULT_ROWS 6
/* Most right places a locate question may have. */
#define LOCATE_MAX_REGIONS 8

typedef struct {
    char *key;  /* short key cited by pages and questions, e.g. "N2" */
    char *text; /* full description of the source */
} Source;

/* A list of source keys cited by a page or question; strings owned. */
typedef struct {
    char **keys;
    size_t n;
} SourceRefs;

/* A picture on a page or a question. Drawn by the shell when it can, else as a captioned
 * placeholder; file is empty when there is none. */
typedef struct {
    LText file;    /* a name in the module's assets/ folder ("pistol_en.png"), one per language
                    * or one for all (see assets.h) */
    LText caption; /* shown under the picture */
    LText alt;     /* what the picture shows, for placeholders and screen readers */
    int line;      /* line of its file field in the module file, 0 if unknown */
} Image;

/* A rectangle in a picture's pixels: left, top, width, height. */
typedef struct {
    double x, y, w, h;
} Region;

/* No page: the lesson ends (Page.next, PageChoice.page). */
#define PAGE_END ((size_t)-1)

/* A way out of a page that offers choices ("Which firearm was recovered?"). */
typedef struct {
    LText label;
    char *target; /* page id as written */
    size_t page;  /* index of that page, PAGE_END for the end of the lesson */
} PageChoice;

typedef struct {
    char *id; /* optional; needed only to be the target of a choice or next */
    LText title;
    LText text; /* markup: paragraphs, "# " headings, "- " bullets, "! " notes, "!! " warnings,
                 * *emphasis*; see layout.h */
    Image image;
    PageChoice *choices; /* when present, the page leads on only through them */
    size_t n_choices;
    char *next_id; /* next page's id as written, NULL for the following page */
    size_t next; /* index of the page after this one (no choices), PAGE_END after the last */
    SourceRefs sources;
    int line; /* line of the page{} constructor in the module file, 0 if unknown */
} Page;

/* How a form field's typed value is checked. X(ID, name): FIELD_<ID>, and the rule's name as
 * content writes it (rule = "number"), which is also the name model_io.c serialises it under.
 * Code never relies on their order or values. */
#define FIELD_RULES(X)                                                                           \
    X(TEXT, text)        /* matches an accepted answer once folded (like a text question) */     \
    X(EXACT, exact)      /* matches accepted[0] exactly, case and all */                         \
    X(SERIAL, serial)    /* a serial number, exactly; confusable characters named in feedback */ \
    X(NUMERIC, number)   /* a number within tolerance of value */                                \
    X(COUNTRY, country)  /* an ISO 3166-1 alpha-2 code (accepted[0]), typed in either case */    \
    X(CHECK, check)      /* judged by the module's Lua function (run by the Lua host) */

typedef enum {
#define X(id, name) FIELD_##id,
    FIELD_RULES(X)
#undef X
} FieldRule;

typedef struct {
    char *name;     /* field key, e.g. "serial" */
    LText label;    /* shown before the input */
    FieldRule rule;
    char **accepted; /* TEXT, EXACT, SERIAL, COUNTRY: accepted answers; owned */
    size_t n_accepted;
    unsigned match;   /* TEXT: TEXT_KEEP_* flags */
    double value, tolerance; /* NUMERIC */
    char *unit;       /* NUMERIC: may be NULL */
    LText shown;      /* the right answer as shown in feedback (may be empty for CHECK) */
} FormField;

/* How one form field was judged. */
typedef struct {
    double score;  /* 0..1 of the field's share */
    LText message; /* feedback from a Lua check, may be empty */
} FieldCheck;

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
    FormField *fields; /* form: the fields, in order */
    size_t n_fields;
    LText hint;       /* practice: shown on request, at a cost (QuizSettings.hint_cost) */
    Image image;
    unsigned grid_cols, grid_rows; /* locate: the grid laid over the picture */
    Region *regions;  /* locate: the right places, in the picture's pixels */
    size_t n_regions;
    int regions_line; /* locate: lines of its regions field and of each region, 0 if unknown */
    int region_lines[LOCATE_MAX_REGIONS];
    unsigned pic_w, pic_h; /* locate: the picture's size, read when the module is loaded */
    char **tags;      /* competency tags, e.g. "marking", "tracing"; owned */
    size_t n_tags;
    bool critical;    /* must be answered right for an attempt that asks it to pass (pass.h) */
    /* Generated questions: built by the module's function quiz[quiz_index + 1] from a seed; the
     * loaded question is the one built with seed 1 (a sample for drawing and lint). */
    bool generated;
    size_t quiz_index; /* position in the module's quiz list */
    uint32_t seed;    /* seed this instance was built with (generated only) */
    LText explain;
    SourceRefs sources;
    int line;
} Question;

typedef enum {
    QUIZ_PRACTICE, /* feedback after each answer, retries, hints */
    QUIZ_EXAM,     /* no feedback until the end, optional time limit, limited attempts */
} QuizMode;

/* A pass mark of its own for the questions carrying a tag (pass_by_tag = { marking = 80 }). */
typedef struct {
    char *tag;   /* owned */
    double pass; /* percent, 0..100 */
} TagPassMark;

typedef struct {
    QuizMode mode;
    unsigned draw;     /* questions drawn per attempt, 0 = all */
    char **tags;       /* draw only questions carrying one of these tags; owned */
    size_t n_tags;
    bool shuffle;      /* shuffle the drawn questions and their options (exam default: on) */
    unsigned retries;  /* practice: extra tries after a wrong answer */
    double penalty;    /* practice: share of the marks lost per extra try (0..1) */
    double hint_cost;  /* practice: share of the marks a hint costs (0..1) */
    unsigned time_limit; /* exam: seconds, 0 = none */
    unsigned attempts;   /* exam: attempts allowed, 0 = no limit */
    double pass;       /* pass mark in percent (0..100) */
    TagPassMark *pass_by_tag; /* marks per tag, sorted by tag; owned */
    size_t n_pass_by_tag;
} QuizSettings;

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
    /* The quiz that decides whether the module is passed (pass.h): its exam when the lesson has
     * one, else its practice quiz (the default when it gives neither). */
    QuizSettings settings;
    /* The practice quiz of a lesson that gives an exam too (practice = {...} beside exam = {...}),
     * drawn from the same questions with its own settings; owned, NULL otherwise. */
    QuizSettings *practice;
    char **requires; /* ids of modules to pass before this one; owned */
    size_t n_requires;
    int id_line, requires_line; /* where these fields are written in file, 0 if unknown */
    /* The module's own source, kept when it has Lua callbacks (generators, form checks) so that
     * the Lua host can run them later on exactly what was loaded. NULL otherwise. */
    char *source;
    size_t source_len;
} Module;

/* A competency: the id questions carry as a tag, with a title to show for it in reports and
 * progress (declared in a content file that returns competencies { ... }). */
typedef struct {
    char *id;    /* owned */
    LText title; /* untrusted text */
    int line;    /* where it is declared, 0 if unknown */
} Competency;

/* The competencies one content file declares. */
typedef struct {
    char *file; /* owned, may be NULL */
    Competency *items; /* owned */
    size_t n;
} CompetencyList;

void competency_list_done(CompetencyList *l);

Module *module_new(void);
void module_free(Module *m);
/* Frees m's pages, questions, sources and kept source text, leaving its id, file, title,
 * settings and requirements. */
void module_strip(Module *m);
void question_done(Question *q);
void page_done(Page *p);
void source_refs_done(SourceRefs *r);
void image_done(Image *im);
void form_field_done(FormField *f);
void quiz_settings_done(QuizSettings *s);
/* Default settings for a mode: practice or exam (shuffled), pass mark 70%. */
void quiz_settings_default(QuizSettings *s, QuizMode mode);
/* The constructor name of a question type: "choice", "form", ...; "?" for none. */
const char *question_type_name(QuestionType t);
/* The type whose constructor is name; false when none is. */
bool question_type_from_name(const char *name, QuestionType *out);
/* How a type's answer is given (kinds.h). */
AnswerShape question_type_shape(QuestionType t);
/* Whether a type has the fact (a KIND_* flag of kinds.h). */
bool question_type_has(QuestionType t, unsigned fact);
/* Every kind's constructor name joined by ", " and a last " or ", in the list's order, for
 * messages ("choice, truefalse, ... or locate"). Static storage. */
const char *question_type_names(void);
/* Index of the page with this id, PAGE_END when none. */
size_t module_find_page(const Module *m, const char *id);
/* True when the question carries tag. */
bool question_has_tag(const Question *q, const char *tag);
/* The question of m with id, NULL when none. */
const Question *module_question(const Module *m, const char *id);
/* True when an attempt may draw q: the settings name no tags, or q carries one of them. */
bool quiz_pool_has(const QuizSettings *s, const Question *q);
/* How many of m's questions an attempt with settings s may draw from. */
size_t quiz_pool_size(const Module *m, const QuizSettings *s);
/* The settings of m's quiz taken in mode: its exam's, or its practice quiz's; NULL when m offers
 * no quiz in that mode (a lesson without an exam has its practice quiz, by default). */
const QuizSettings *module_quiz(const Module *m, QuizMode mode);
/* True when m has an exam: then only an exam attempt passes the module (pass.h). */
bool module_has_exam(const Module *m);
/* True when m has both a practice quiz and an exam (m->practice beside it). */
bool module_has_both_quizzes(const Module *m);

/* True when the picture has a file (in some language). */
bool image_present(const Image *im);
/* Locate: whether the grid cell (col, row), 0-based, is a right place. A cell is right when it
 * overlaps a region by at least a quarter of the cell, or covers at least half of a region. */
bool locate_cell_right(const Question *q, unsigned col, unsigned row);
/* How many of the grid's cells are right. */
unsigned locate_right_cells(const Question *q);
/* A cell's name: column letter and row number, "C4". out holds at least 8 bytes. */
void locate_cell_name(unsigned col, unsigned row, char *out, size_t outlen);
/* Parses a cell name ("c4" too) within q's grid. */
bool locate_parse_cell(const Question *q, const char *s, unsigned *col, unsigned *row);

/* Makes q a true/false question: options True and False (in every language), answer set. */
void question_make_truefalse(Question *q, bool is_true);

/* The trainee's answer as stored, from the set of picked options (bit i = option i): "true" or
 * "false" for a true/false question, else the 1-based option numbers, e.g. "1,3". Writes into
 * buf (at least 32 bytes). */
const char *question_response(const Question *q, uint32_t picked, char *buf, size_t len);

/* The order an order question's items are first shown in: a shuffle fixed by the question id
 * (never the right order). Fills shown[0..n_options) with option indexes. */
void question_shown_order(const Question *q, size_t *shown);

/* splitmix64: the next number from *state. The same seed gives the same sequence everywhere, so
 * draws and generated questions can be replayed from their stored seed. */
uint64_t model_random(uint64_t *state);

/* Maximum score of one question (1 for every question type so far). */
double question_max_score(const Question *q);

#endif
