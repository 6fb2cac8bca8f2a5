/* What an assessment's summary shows, gathered once for the shell's summary screen and for every
 * report format (text, PDF, PNG, CSV, JSON): the assessment, its instrument, its current
 * ratings and scores, the change since the country's previous final assessment, the
 * recommendations its instrument's rules make, and the training results of the country's
 * trainees. And the region: every assessed country's latest final assessment side by side.
 * Core layer: the recommendation rules are run through a hook (App.recommend in the shell,
 * host_recommend in commands), never here. */
#ifndef RASTRO_ASSESS_SUMMARY_H
#define RASTRO_ASSESS_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "assess.h"
#include "catalog.h"
#include "measure.h"
#include "store.h"

/* Runs inst's recommendation rules on view (host_recommend's contract, as App.recommend). */
typedef bool (*AssessRecommendFn)(const Instrument *inst, const AssessView *view,
                                  AssessRecommendations *out, Problems *probs);

typedef struct {
    Assessment a;
    const Instrument *inst; /* from the catalog (borrowed) */
    Rating *ratings;        /* current ratings, by indicator id (owned) */
    size_t n_ratings;
    AssessResult result;

    /* The country's previous final assessment (store_assessment_previous), when there is one
     * and its instrument is loaded. */
    bool has_previous;
    Assessment previous;
    AssessResult previous_result;
    AssessChange change;

    /* Recommendations: recs_ran false when no hook was given or it failed (problems then say
     * why). */
    bool recs_ran;
    AssessRecommendations recs;
    Problems problems;

    /* The training results of the country's trainees, per competency of the catalog (one
     * measure of every declared competency together): trainees counted, and each competency's
     * share of them who passed it. training_ran false when it could not be computed. */
    bool training_ran;
    MeasureResult training;
    MeasureSpec training_spec; /* what training was computed for (owned) */
} AssessSummary;

/* Gathers the summary of assessment id from s, with the instruments and modules of c;
 * recommend may be NULL (no recommendations). False with a message when the assessment is not
 * there, its instrument is not loaded, or the store fails. Free out with assess_summary_done. */
bool assess_summary_build(Store *s, const Catalog *c, int64_t id, AssessRecommendFn recommend,
                          AssessSummary *out, char *err, size_t errlen);
void assess_summary_done(AssessSummary *sum);

/* The pillar at index p of the summary's instrument, with its score. */
static inline const PillarScore *assess_summary_pillar(const AssessSummary *sum, size_t p)
{
    return &sum->result.pillars[p];
}

/* One country of the region: its latest final assessment and its scores, pillar by pillar in
 * the region's instrument's order (pillars matched by id; a pillar its instrument lacks is
 * unscored). */
typedef struct {
    Assessment a;
    AssessResult result;
    bool *scored;   /* per pillar of the region's instrument */
    double *scores; /* shown scores, per pillar (when scored) */
    bool *gated;    /* per pillar: a critical indicator at 0 */
} RegionRow;

typedef struct {
    const Instrument *inst; /* the instrument the region is shown by: the latest version of the
                             * instrument most of the countries' assessments use (borrowed) */
    RegionRow *rows;        /* one per country, by country code (owned) */
    size_t n;
    size_t skipped;         /* countries whose latest final assessment's instrument is not
                             * loaded: left out and counted */
} AssessRegion;

/* Every country's latest final assessment in s, scored with the instruments of c. */
bool assess_region_build(Store *s, const Catalog *c, AssessRegion *out, char *err,
                         size_t errlen);
void assess_region_done(AssessRegion *r);

/* Sorts the region's rows by the pillar at index pillar ((size_t)-1: the overall score; -2: the
 * country's code), highest first unless ascending; unscored rows last; ties by country code. */
void assess_region_sort(AssessRegion *r, size_t pillar, bool ascending);
#define REGION_BY_OVERALL ((size_t)-1)
#define REGION_BY_COUNTRY ((size_t)-2)

#endif
