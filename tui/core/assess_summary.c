/* An assessment's summary and the region's table, gathered from the store and scored by core's
 * rules (assess.h), for the shell's screens and every report format alike. */
#include "assess_summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store_assess.h"
#include "text.h"

/* The country's trainees' results in every competency the catalog declares: one measure of all
 * of them (its per-competency shares are what a summary shows). */
static void training_build(Store *s, const Catalog *c, AssessSummary *sum)
{
    MeasureSpec *spec = &sum->training_spec;
    spec->name = xstrdup(MEASURE_PASS_SHARE);
    size_t cap = 0;
    for (size_t f = 0; f < c->n_competencies; f++)
        for (size_t i = 0; i < c->competencies[f].n; i++) {
            spec->competencies = xgrow(spec->competencies, spec->n_competencies, &cap,
                                       sizeof *spec->competencies);
            spec->competencies[spec->n_competencies++] = c->competencies[f].items[i].id;
        }
    for (int k = 0; k < INSTRUMENT_LEVELS; k++)
        spec->thresholds[k] = 20.0 * k;
    char err[256];
    sum->training_ran = spec->n_competencies > 0 &&
                        measure_compute(s, c, sum->a.country, spec, &sum->training, err,
                                        sizeof err);
}

bool assess_summary_build(Store *s, const Catalog *c, int64_t id, AssessRecommendFn recommend,
                          AssessSummary *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    bool found;
    if (!store_assessment_get(s, id, &out->a, &found, err, errlen))
        return false;
    if (!found) {
        snprintf(err, errlen, "no assessment %lld", (long long)id);
        return false;
    }
    out->inst = catalog_instrument(c, out->a.instrument_id, out->a.instrument_version);
    if (!out->inst) {
        snprintf(err, errlen, "the instrument %s, version %d, is not loaded",
                 out->a.instrument_id, out->a.instrument_version);
        goto fail;
    }
    if (!store_ratings_current(s, id, &out->ratings, &out->n_ratings, err, errlen))
        goto fail;
    assess_score(out->inst, out->ratings, out->n_ratings, &out->result);

    Assessment prev;
    if (!store_assessment_previous(s, &out->a, &prev, &found, err, errlen))
        goto fail;
    if (found) {
        const Instrument *pi = catalog_instrument(c, prev.instrument_id, prev.instrument_version);
        Rating *pr = NULL;
        size_t pn = 0;
        if (pi && store_ratings_current(s, prev.id, &pr, &pn, err, errlen)) {
            out->previous = prev;
            out->has_previous = true;
            assess_score(pi, pr, pn, &out->previous_result);
            assess_change(out->inst, &out->result, pi, &out->previous_result, &out->change);
            rating_list_free(pr, pn);
        } else {
            assessment_done(&prev);
            if (pi)
                goto fail; /* the store failed */
        }
    }

    if (recommend) {
        AssessView view;
        assess_view_make(out->inst, &out->result, out->ratings, out->n_ratings, &view);
        out->recs_ran = recommend(out->inst, &view, &out->recs, &out->problems);
        assess_view_done(&view);
    }
    training_build(s, c, out);
    return true;
fail:
    assess_summary_done(out);
    return false;
}

void assess_summary_done(AssessSummary *sum)
{
    assessment_done(&sum->a);
    rating_list_free(sum->ratings, sum->n_ratings);
    assess_result_done(&sum->result);
    if (sum->has_previous) {
        assessment_done(&sum->previous);
        assess_result_done(&sum->previous_result);
        assess_change_done(&sum->change);
    }
    assess_recommendations_done(&sum->recs);
    problems_done(&sum->problems);
    if (sum->training_ran)
        measure_result_done(&sum->training);
    free(sum->training_spec.name);
    free(sum->training_spec.competencies); /* the ids are the catalog's */
    memset(sum, 0, sizeof *sum);
}

/* ---- the region ---- */

static void region_row_done(RegionRow *r)
{
    assessment_done(&r->a);
    assess_result_done(&r->result);
    free(r->scored);
    free(r->scores);
    free(r->gated);
}

/* The instrument most of the latest final assessments use (its latest version loaded). */
static const Instrument *region_instrument(const Catalog *c, Assessment **latest, size_t n)
{
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        for (size_t j = 0; j < n; j++)
            k += strcmp(latest[i]->instrument_id, latest[j]->instrument_id) == 0;
        if (k > best_n && catalog_instrument(c, latest[i]->instrument_id, 0)) {
            best = latest[i]->instrument_id;
            best_n = k;
        }
    }
    return best ? catalog_instrument(c, best, 0) : NULL;
}

bool assess_region_build(Store *s, const Catalog *c, AssessRegion *out, char *err,
                         size_t errlen)
{
    memset(out, 0, sizeof *out);
    Assessment *list;
    size_t n;
    if (!store_assessment_list(s, NULL, &list, &n, err, errlen))
        return false;
    /* The list runs by country, then date: each country's last final one is its latest. */
    Assessment **latest = xcalloc(n ? n : 1, sizeof *latest);
    size_t n_latest = 0;
    for (size_t i = 0; i < n; i++) {
        if (list[i].status != ASSESS_FINAL)
            continue;
        if (n_latest && strcmp(latest[n_latest - 1]->country, list[i].country) == 0)
            latest[n_latest - 1] = &list[i];
        else
            latest[n_latest++] = &list[i];
    }
    out->inst = region_instrument(c, latest, n_latest);
    bool ok = true;
    size_t cap = 0;
    for (size_t k = 0; k < n_latest && ok; k++) {
        const Assessment *a = latest[k];
        const Instrument *inst = catalog_instrument(c, a->instrument_id, a->instrument_version);
        if (!inst || !out->inst) {
            out->skipped++;
            continue;
        }
        Rating *ratings;
        size_t nr;
        if (!(ok = store_ratings_current(s, a->id, &ratings, &nr, err, errlen)))
            break;
        out->rows = xgrow(out->rows, out->n, &cap, sizeof *out->rows);
        RegionRow *row = &out->rows[out->n++];
        memset(row, 0, sizeof *row);
        assess_score(inst, ratings, nr, &row->result);
        rating_list_free(ratings, nr);
        /* The row keeps its own copy of the assessment; the list's goes below. */
        row->a = *a;
        list[latest[k] - list] = (Assessment){0};
        size_t np = out->inst->n_pillars;
        row->scored = xcalloc(np ? np : 1, sizeof *row->scored);
        row->scores = xcalloc(np ? np : 1, sizeof *row->scores);
        row->gated = xcalloc(np ? np : 1, sizeof *row->gated);
        for (size_t p = 0; p < np; p++) {
            size_t at = instrument_pillar_index(inst, out->inst->pillars[p].id);
            if (at == (size_t)-1 || !row->result.pillars[at].scored)
                continue;
            row->scored[p] = true;
            row->scores[p] = row->result.pillars[at].score;
            row->gated[p] = row->result.pillars[at].n_gates > 0;
        }
    }
    free(latest);
    assessment_list_free(list, n);
    if (!ok) {
        assess_region_done(out);
        return false;
    }
    assess_region_sort(out, REGION_BY_COUNTRY, true);
    return true;
}

void assess_region_done(AssessRegion *r)
{
    for (size_t i = 0; i < r->n; i++)
        region_row_done(&r->rows[i]);
    free(r->rows);
    memset(r, 0, sizeof *r);
}

/* The key a row sorts by, and whether it has one. */
static bool row_key(const RegionRow *r, size_t pillar, double *key)
{
    if (pillar == REGION_BY_OVERALL) {
        *key = r->result.overall;
        return r->result.scored;
    }
    *key = r->scores[pillar];
    return r->scored[pillar];
}

typedef struct {
    size_t pillar;
    bool ascending;
} SortBy;

static int cmp_rows(const void *x, const void *y, void *arg)
{
    const RegionRow *a = x, *b = y;
    const SortBy *by = arg;
    int by_country = strcmp(a->a.country, b->a.country);
    if (by->pillar == REGION_BY_COUNTRY)
        return by->ascending ? by_country : -by_country;
    double ka, kb;
    bool ha = row_key(a, by->pillar, &ka), hb = row_key(b, by->pillar, &kb);
    if (ha != hb)
        return ha ? -1 : 1; /* unscored last, whichever way */
    if (ha && ka != kb)
        return (ka < kb) == by->ascending ? -1 : 1;
    return by_country;
}

void assess_region_sort(AssessRegion *r, size_t pillar, bool ascending)
{
    if (pillar != REGION_BY_OVERALL && pillar != REGION_BY_COUNTRY &&
        (!r->inst || pillar >= r->inst->n_pillars))
        pillar = REGION_BY_OVERALL;
    SortBy by = {pillar, ascending};
    if (r->n > 1)
        qsort_r(r->rows, r->n, sizeof *r->rows, cmp_rows, &by);
}
