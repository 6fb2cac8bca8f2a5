/* Scores per trainee and competency: every final answer in a finished quiz or exam (not review;
 * at a module with an exam, its exam attempts only: practice beside an exam is practice), summed
 * under each competency tag its question carries in the loaded content (a question with no tag
 * counts under its module's id), with the modules each trainee has passed by the pass rule
 * (pass.h). */
#ifndef RASTRO_SCORES_H
#define RASTRO_SCORES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "catalog.h"
#include "store.h"

typedef struct {
    double score, max;
    int answers;
} ScoreCell;

/* A trainee's finished practice and exam attempts at one module. An attempt passes by the pass
 * rule (pass.h), judged from its stored answers with the module as loaded now; at a module with
 * an exam only exam attempts may pass. */
typedef struct {
    char *module_id;   /* owned */
    double best_pct;   /* best finished score of the attempts that may pass (at a module with an
                        * exam, its exam attempts; else practice and exam), -1 when none */
    double passed_pct; /* best score of an attempt that passes, -1 when none */
    double practice_pct; /* best finished practice score at a module with an exam, -1 when none */
    char passed[11];   /* YYYY-MM-DD of the first attempt that passes, "" if none */
} ModuleResult;

typedef struct {
    Trainee trainee;
    ScoreCell total;
    ScoreCell *cells;       /* one per competency of the table (owned) */
    ModuleResult *modules;  /* modules attempted (owned) */
    size_t n_modules;
    int passed;             /* modules passed */
} ScoreRow;

typedef struct {
    char **competencies; /* sorted (owned) */
    size_t n_competencies;
    ScoreRow *rows;      /* trainees by name (owned) */
    size_t n_rows;
} ScoreTable;

/* Fills t for the trainees of workshop_id (0: all), or only trainee_id when it is not 0. Pass
 * marks and tags come from catalog; answers to questions no longer loaded count in the total. */
bool scores_read(Store *s, const Catalog *catalog, int64_t workshop_id, int64_t trainee_id,
                 ScoreTable *t, char *err, size_t errlen);
void scores_done(ScoreTable *t);
/* The results of trainee_id at module m alone (out->module_id is NULL). */
bool scores_module(Store *s, const Module *m, int64_t trainee_id, ModuleResult *out, char *err,
                   size_t errlen);
/* The percent of a cell, -1 when it has no marks. */
double score_pct(const ScoreCell *c);

/* What a column of the table is called in lang: the title of the competency (catalog.h), or,
 * for the questions of a module that carry no tag, the module's title; else the id. Untrusted
 * text. */
const char *scores_column_title(const Catalog *c, const char *competency, Lang lang);

/* Prints the table: aligned text in the interface language (a row per trainee with their
 * country's name, a column per competency headed by its title from catalog), or CSV (fixed
 * English column names, the competencies by their ids for scripts, the country's code and then
 * its name). */
void scores_print(FILE *f, const ScoreTable *t, const Catalog *catalog, bool csv);

#endif
