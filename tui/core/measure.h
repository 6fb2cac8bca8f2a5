/* Named measures: an indicator's level proposed from rastro's own records, which the assessor
 * accepts or overrides with a reason (assess.h, Rating.measured).
 *
 * "competency_pass_share": of a country's trainees counted (trainee.country, with at least one
 * finished quiz or exam: practice or exam, not review), the share in percent who passed every
 * competency the measure lists. A competency is passed by passing the module whose id is the
 * competency's (the course has one module per competency), by the pass rule (pass.h) as reports
 * and certificates judge it, with the module as loaded now. The proposed level is the highest k
 * whose threshold the share reaches (MeasureSpec.thresholds). The change since the previous
 * assessment is the share now minus the share stored with the previous final assessment of the
 * country (its current rating of the indicator). Core layer. */
#ifndef RASTRO_MEASURE_H
#define RASTRO_MEASURE_H

#include <stdbool.h>
#include <stddef.h>

#include "assess.h"
#include "catalog.h"
#include "instrument.h"
#include "store.h"

#define MEASURE_PASS_SHARE "competency_pass_share"

/* Whether rastro computes a measure of this name. */
bool measure_known(const char *name);
/* The names of the measures rastro computes, for messages ("competency_pass_share"). */
const char *measure_names(void);

/* How one competency of the measure went. */
typedef struct {
    const char *competency; /* borrowed from the spec */
    bool loaded;            /* its module is in the catalog, so passing it can be judged */
    int passed;             /* trainees counted who passed it */
    double share;           /* percent of those counted (0 when none are) */
} MeasureCompetency;

typedef struct {
    int counted;            /* the country's trainees with a finished quiz or exam */
    int passed;             /* of them, those who passed every competency listed */
    bool valued;            /* a value was computed: trainees counted, every module loaded */
    double value;           /* percent, when valued */
    int level;              /* the level proposed, 0..4, when valued */
    MeasureCompetency *per; /* one per competency of the spec, in its order (owned) */
    size_t n_per;
    bool has_previous;      /* the previous final assessment has a measured value for it */
    double previous;        /* that value */
    double change;          /* value - previous, when both are known */
    char previous_on[11];   /* that assessment's date */
} MeasureResult;

/* The level spec proposes for value: the highest k with value >= thresholds[k], else 0. */
int measure_level(const MeasureSpec *spec, double value);

/* Computes spec for country from the records in s, judging passes with the modules in c. A
 * measure rastro does not compute is an error. Free out with measure_result_done. */
bool measure_compute(Store *s, const Catalog *c, const char *country, const MeasureSpec *spec,
                     MeasureResult *out, char *err, size_t errlen);

/* measure_compute for indicator ind (which has a measure) of assessment a's country, with the
 * change since the previous final assessment of that country (store_assessment_previous). */
bool measure_indicator(Store *s, const Catalog *c, const Assessment *a, const Indicator *ind,
                       MeasureResult *out, char *err, size_t errlen);

void measure_result_done(MeasureResult *r);

#endif
