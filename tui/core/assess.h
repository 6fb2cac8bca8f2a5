/* Country capacity assessments as data, and the rules that score them (shared/domain.md,
 * "Capacity-assessment instrument"). Every rule that decides a score, a gate or a band lives
 * here, so that the shell, the reports and the recommendation rules all see the same numbers:
 *
 *   - a pillar's score is the weighted mean level of its rated, applicable indicators x 25
 *     (0-100); an indicator rated "not applicable" leaves the mean (it is not a zero), and an
 *     unrated one is a gap, listed, never counted as zero;
 *   - gating: while one of a pillar's critical indicators is rated 0, the pillar scores at most
 *     25 (level 1); the gate is named;
 *   - a pillar with no rated, applicable indicator has no score (it is listed), and leaves the
 *     overall score;
 *   - scores are shown rounded to one decimal, half up; the overall score is the mean of the
 *     pillar scores as shown, rounded the same way, so that a reader can check it from them;
 *   - the band is that of the score as shown: below 20 absent, 20 to below 40 initial, 40 to
 *     below 60 developing, 60 to below 80 established, 80 and above advanced (19.96 shows as 20.0
 *     and is initial: the band never disagrees with the printed score).
 * Core layer: no curses, no Lua. Strings in these structs are owned unless said otherwise. */
#ifndef RASTRO_ASSESS_H
#define RASTRO_ASSESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "instrument.h"

typedef enum { ASSESS_DRAFT, ASSESS_FINAL } AssessStatus;

/* "draft", "final" (stable words, for storage and CSV). */
const char *assess_status_name(AssessStatus s);
/* The same in the interface language (tr), for screens and text reports. */
const char *assess_status_title(AssessStatus s);

/* One assessment of a country with an instrument (store_assess.h keeps them). */
typedef struct {
    int64_t id;
    char uid[33];
    char country[3];        /* ISO 3166-1 alpha-2 */
    char *instrument_id;
    int instrument_version;
    char assessed_on[11];   /* YYYY-MM-DD */
    char *assessors;        /* one name per line */
    char *sources;          /* the sources consulted, free text */
    AssessStatus status;
    char *finalised_at;     /* "" while a draft */
    char *copied_from;      /* uid of the assessment it started as a copy of, NULL for none */
    char *created_at;
} Assessment;

void assessment_done(Assessment *a);
void assessment_list_free(Assessment *list, size_t n);

/* An indicator's level when it has none: not rated yet, or rated not applicable. */
#define ASSESS_UNRATED (-1)
#define ASSESS_NA (-2)

/* One rating of an indicator as written (ratings are never changed: a new rating of the same
 * indicator is a new row, and the latest is the current one). */
typedef struct {
    int64_t id;
    char uid[33];
    char *indicator_id;
    int level;             /* 0..4, ASSESS_UNRATED when not applicable or withdrawn */
    bool not_applicable;
    char *reason;          /* why not applicable, or why a proposed level was overridden */
    char *evidence;        /* free text, UTF-8, may hold line breaks */
    char *documents;       /* document references, free text */
    bool measured;         /* a level was proposed from rastro's records (measure.h) */
    int measured_level;    /* that level, 0..4 (when measured) */
    double measured_value; /* the measure's value then, in percent (when measured) */
    char *rated_by;
    char *rated_at;        /* ISO 8601, UTC */
    char *copied_from;     /* uid of the rating this one copies (a new draft from the last
                            * final assessment), NULL for none */
} Rating;

void rating_done(Rating *r);
void rating_list_free(Rating *list, size_t n);
/* The level a rating gives its indicator: 0..4, ASSESS_NA or ASSESS_UNRATED. */
int rating_level(const Rating *r);
/* The rating of indicator id in list (current ratings, one per indicator), NULL for none. */
const Rating *rating_find(const Rating *list, size_t n, const char *id);

/* Whether r may be written for inst: its indicator exists; a level from 0 to 4, or not
 * applicable where the indicator allows it, with a reason; a level other than the one measured
 * (measured_level, when measured) with a reason for overriding it. False with what is wrong in err. */
bool assess_rating_check(const Instrument *inst, const Rating *r, char *err, size_t errlen);

typedef enum {
    BAND_ABSENT,
    BAND_INITIAL,
    BAND_DEVELOPING,
    BAND_ESTABLISHED,
    BAND_ADVANCED,
    BAND_COUNT
} AssessBand;

/* "absent", "initial", ... (stable English words, for rules, CSV and JSON). */
const char *assess_band_name(AssessBand b);
/* The band in the interface language (tr), for screens and text reports. */
const char *assess_band_title(AssessBand b);
/* A score rounded to one decimal, half up. */
double assess_round(double score);
/* The band of a score, as shown (rounded). */
AssessBand assess_band(double score);

/* The most a gated pillar scores (level 1 x 25). */
#define ASSESS_GATE_CAP 25.0

typedef struct {
    bool scored;          /* some indicator is rated and applicable */
    double raw;           /* weighted mean level x 25, before the gate, unrounded */
    double score;         /* as shown: raw, held at ASSESS_GATE_CAP by a gate, rounded */
    IndicatorRef *gates;  /* critical indicators rated 0, in order */
    size_t n_gates;
    bool held;            /* a gate lowered the score (raw was above the cap) */
    size_t total, rated, not_applicable, unrated;
    int *levels;          /* each indicator's level: 0..4, ASSESS_NA, ASSESS_UNRATED */
} PillarScore;

typedef struct {
    PillarScore *pillars; /* one per pillar of the instrument */
    size_t n_pillars;
    bool scored;          /* some pillar has a score */
    double overall;       /* mean of the scored pillars' shown scores, rounded */
    AssessBand band;      /* of overall (BAND_ABSENT when not scored) */
    size_t scored_pillars;
    bool complete;        /* every indicator rated or not applicable */
    IndicatorRef *unrated; /* gaps in the ratings, in the instrument's order */
    size_t n_unrated;
    IndicatorRef *strengths; /* rated 3 or 4: the highest level first, then in order */
    size_t n_strengths;
    size_t *strong_pillars;  /* scored, no gate, mean level 3 or more (75+), in order */
    size_t n_strong_pillars;
    IndicatorRef *gaps;   /* rated 0 to 2 (below the ITI/ISACS minimum): the lowest level first;
                           * at one level critical indicators first, then the heavier */
    size_t n_gaps;
    size_t ignored;       /* ratings of indicators the instrument does not have */
} AssessResult;

/* Scores the current ratings (one per indicator, as store_ratings_current gives them) against
 * inst. Free out with assess_result_done. */
void assess_score(const Instrument *inst, const Rating *current, size_t n, AssessResult *out);
void assess_result_done(AssessResult *r);

/* What changed since an earlier assessment of the same country, matched by pillar and indicator
 * id (the instrument may have a newer version). */
typedef struct {
    bool both;            /* the pillar has a score now and had one then */
    double before, after, delta; /* shown scores; delta = after - before */
    bool gated_before, gated_after;
} PillarChange;

typedef struct {
    IndicatorRef ref;     /* in the current instrument */
    int before, after;    /* levels as PillarScore.levels */
} IndicatorChange;

typedef struct {
    bool both;            /* an overall score now and then */
    double before, after, delta;
    AssessBand band_before, band_after;
    PillarChange *pillars; /* one per pillar of the current instrument */
    size_t n_pillars;
    IndicatorChange *indicators; /* those whose level is not the same, in order */
    size_t n_indicators;
} AssessChange;

/* The change from prev (scored against prev_inst) to now (scored against inst). Free out with
 * assess_change_done. */
void assess_change(const Instrument *inst, const AssessResult *now, const Instrument *prev_inst,
                   const AssessResult *prev, AssessChange *out);
void assess_change_done(AssessChange *c);

/* Where an assessor resumes: the stored place (an indicator id, may be NULL) when inst has it,
 * else the first unrated indicator, else the first. False when inst has no indicator. */
bool assess_resume(const Instrument *inst, const AssessResult *r, const char *place,
                   IndicatorRef *out);

/* What recommendation rules see of an assessment (the read-only table `a` of a rule's when
 * function): each indicator's level and measure, each pillar's score and gate, the overall score
 * and band. Plain data that the Lua host carries into its child process. */
typedef struct {
    char *id;
    int level;       /* 0..4, ASSESS_NA, ASSESS_UNRATED */
    double measured; /* measured value (percent), NAN for none */
} ViewIndicator;

typedef struct {
    char *id;
    bool scored;
    double score;
    bool gated;      /* a critical indicator is at 0 */
} ViewPillar;

typedef struct {
    ViewIndicator *indicators;
    size_t n_indicators;
    ViewPillar *pillars;
    size_t n_pillars;
    bool scored;
    double overall;
    AssessBand band;
} AssessView;

/* The recommendations that apply to an assessment: the rules of its instrument whose when
 * function returned true (run by the Lua host, host_recommend; the shell reaches it through
 * App.recommend). Each rule's id, pillar and text are the instrument's. */
typedef struct {
    size_t *rules;  /* indexes into the instrument's rules, in its order (owned) */
    size_t n;
    size_t failed;  /* rules that failed (an error, a limit) and were skipped */
} AssessRecommendations;

void assess_recommendations_done(AssessRecommendations *r);

/* The view of r (scored from current against inst). Free with assess_view_done. */
void assess_view_make(const Instrument *inst, const AssessResult *r, const Rating *current,
                      size_t n, AssessView *out);
void assess_view_done(AssessView *v);

#endif
