/* The model of a capacity-assessment instrument: pillars of indicators rated on the 0-4 scale,
 * what each level means for each indicator, and recommendation rules. Plain structs filled by
 * the Lua host (tui/lua/loader_instrument.c) from content/assessments/NAME.lua; every string is
 * owned and untrusted (it came from content). */
#ifndef RASTRO_INSTRUMENT_H
#define RASTRO_INSTRUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "text.h"

/* Levels of the scale: 0 absent ... 4 institutionalised. */
#define INSTRUMENT_LEVELS 5
#define INSTRUMENT_MAX_LEVEL (INSTRUMENT_LEVELS - 1)

/* A level proposed from rastro's own records (measure.h): the measure's name, the competencies
 * it reads, and the value (percent) from which each level is proposed: thresholds[k] is the
 * least value for level k, rising with k. */
typedef struct {
    char *name; /* e.g. "competency_pass_share" */
    char **competencies;
    size_t n_competencies;
    double thresholds[INSTRUMENT_LEVELS];
    int line; /* where the measure is written, 0 if unknown */
} MeasureSpec;

typedef struct {
    char *id; /* unique in the instrument, e.g. "legal.ratified" */
    LText title;
    LText levels[INSTRUMENT_LEVELS]; /* what levels 0..4 mean for this indicator */
    LText verification;              /* means of verification: what proves the level */
    LText *questions;                /* guiding questions for the assessor */
    size_t n_questions;
    bool critical;   /* a pillar cannot score above level 1 while this is at 0 (assess.h) */
    double weight;   /* > 0, 1 by default */
    bool na_allowed; /* may be rated "not applicable" (with a reason) */
    SourceRefs sources; /* keys of the instrument's sources */
    MeasureSpec *measure; /* NULL when the level is the assessor's alone */
    int line;
} Indicator;

typedef struct {
    char *id;
    LText title;
    Indicator *indicators;
    size_t n_indicators;
    int line;
} Pillar;

/* A recommendation: its text is shown when its `when` function, run by the Lua host in the
 * sandbox's child process on the assessment (host.h: host_recommend), returns true. */
typedef struct {
    char *id;
    char *pillar; /* the pillar it belongs with, NULL for the whole assessment */
    LText text;
    int line;     /* of the rule { } constructor */
    int when_line; /* where its when function starts */
} InstrumentRule;

typedef struct {
    char *id;
    int version;
    char *file; /* path it was loaded from */
    LText title;
    Source *sources;
    size_t n_sources;
    Pillar *pillars;
    size_t n_pillars;
    InstrumentRule *rules; /* in the order written: the order recommendations are listed */
    size_t n_rules;
    int id_line;
    /* The instrument's own text, kept when it has rules so that the Lua host can run them on
     * exactly what was loaded. NULL otherwise. */
    char *source;
    size_t source_len;
} Instrument;

/* An indicator's place: pillar p, its indicator i. */
typedef struct {
    size_t p, i;
} IndicatorRef;

Instrument *instrument_new(void);
void instrument_free(Instrument *inst); /* NULL is fine */
void indicator_done(Indicator *ind);
void pillar_done(Pillar *p);
void measure_spec_free(MeasureSpec *m); /* NULL is fine */

/* Every indicator of the instrument. */
size_t instrument_indicator_count(const Instrument *inst);
/* The indicator with id, NULL when none; *ref (may be NULL) gets its place. */
const Indicator *instrument_indicator(const Instrument *inst, const char *id, IndicatorRef *ref);
/* Index of the pillar with id, (size_t)-1 when none. */
size_t instrument_pillar_index(const Instrument *inst, const char *id);
/* The indicator at ref (must be valid). */
const Indicator *instrument_at(const Instrument *inst, IndicatorRef ref);
/* The indicator after ref in the instrument's order (pillar by pillar); false after the last. */
bool instrument_next(const Instrument *inst, IndicatorRef *ref);

#endif
