/* Measures from rastro's own records that propose an indicator's level: the share of a
 * country's trainees who passed the competencies an indicator names. */
#include "measure.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scores.h"
#include "store_assess.h"
#include "store_internal.h"

bool measure_known(const char *name)
{
    return name && strcmp(name, MEASURE_PASS_SHARE) == 0;
}

const char *measure_names(void)
{
    return MEASURE_PASS_SHARE;
}

int measure_level(const MeasureSpec *spec, double value)
{
    int level = 0;
    for (int k = 0; k < INSTRUMENT_LEVELS; k++)
        if (value >= spec->thresholds[k])
            level = k;
    return level;
}

/* The ids of country's trainees with a finished quiz or exam, into *ids (caller frees). */
static bool counted_trainees(Store *s, const char *country, int64_t **ids, size_t *n, char *err,
                             size_t errlen)
{
    *ids = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s,
        "SELECT t.id FROM trainee t WHERE t.country = upper(?) AND EXISTS (SELECT 1 FROM attempt a "
        "  WHERE a.trainee_id = t.id AND a.finished_at IS NOT NULL AND a.mode <> 'review') "
        "ORDER BY t.id", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *ids = xgrow(*ids, *n, &cap, sizeof **ids);
        (*ids)[(*n)++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE)
        return true;
    free(*ids);
    *ids = NULL;
    *n = 0;
    return store_fail(s, err, errlen, "cannot read the trainees");
}

bool measure_compute(Store *s, const Catalog *c, const char *country, const MeasureSpec *spec,
                     MeasureResult *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!measure_known(spec->name)) {
        snprintf(err, errlen, "rastro computes no measure named '%s' (it computes %s)",
                 spec->name ? spec->name : "", measure_names());
        return false;
    }
    out->n_per = spec->n_competencies;
    out->per = xcalloc(spec->n_competencies ? spec->n_competencies : 1, sizeof *out->per);
    const Module **mods = xcalloc(spec->n_competencies ? spec->n_competencies : 1, sizeof *mods);
    bool all_loaded = spec->n_competencies > 0;
    for (size_t k = 0; k < spec->n_competencies; k++) {
        out->per[k].competency = spec->competencies[k];
        mods[k] = catalog_find(c, spec->competencies[k]);
        out->per[k].loaded = mods[k] != NULL;
        all_loaded = all_loaded && mods[k];
    }
    int64_t *ids;
    size_t n;
    bool ok = counted_trainees(s, country, &ids, &n, err, errlen);
    for (size_t t = 0; ok && t < n; t++) {
        bool every = true;
        for (size_t k = 0; ok && k < spec->n_competencies; k++) {
            if (!mods[k]) {
                every = false;
                continue;
            }
            ModuleResult r;
            ok = scores_module(s, mods[k], ids[t], &r, err, errlen);
            bool passed = ok && r.passed[0] != '\0';
            free(r.module_id);
            out->per[k].passed += passed;
            every = every && passed;
        }
        out->passed += every;
    }
    free(ids);
    free(mods);
    if (!ok) {
        measure_result_done(out);
        return false;
    }
    out->counted = (int)n;
    for (size_t k = 0; k < out->n_per && n; k++)
        out->per[k].share = 100.0 * out->per[k].passed / (double)n;
    out->valued = n > 0 && all_loaded;
    if (out->valued) {
        out->value = 100.0 * out->passed / (double)n;
        out->level = measure_level(spec, out->value);
    }
    return true;
}

bool measure_indicator(Store *s, const Catalog *c, const Assessment *a, const Indicator *ind,
                       MeasureResult *out, char *err, size_t errlen)
{
    if (!ind->measure) {
        memset(out, 0, sizeof *out);
        snprintf(err, errlen, "indicator '%s' has no measure", ind->id);
        return false;
    }
    if (!measure_compute(s, c, a->country, ind->measure, out, err, errlen))
        return false;
    Assessment prev;
    bool found;
    if (!store_assessment_previous(s, a, &prev, &found, err, errlen)) {
        measure_result_done(out);
        return false;
    }
    if (!found)
        return true;
    Rating *cur;
    size_t n;
    bool ok = store_ratings_current(s, prev.id, &cur, &n, err, errlen);
    if (ok) {
        const Rating *r = rating_find(cur, n, ind->id);
        if (r && r->measured) {
            out->has_previous = true;
            out->previous = r->measured_value;
            out->change = out->valued ? out->value - r->measured_value : 0;
            snprintf(out->previous_on, sizeof out->previous_on, "%s", prev.assessed_on);
        }
        rating_list_free(cur, n);
    } else {
        measure_result_done(out);
    }
    assessment_done(&prev);
    return ok;
}

void measure_result_done(MeasureResult *r)
{
    free(r->per);
    memset(r, 0, sizeof *r);
}
