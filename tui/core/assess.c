/* Scoring a capacity assessment: pillar scores, gates, bands, strengths, gaps and the change
 * since an earlier assessment, by the rules stated in assess.h. */
#include "assess.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

const char *assess_status_name(AssessStatus s)
{
    return s == ASSESS_FINAL ? "final" : "draft";
}

const char *assess_status_title(AssessStatus s)
{
    /* TRANSLATORS: the state of a country assessment: a draft, or final (read-only). */
    return s == ASSESS_FINAL ? tr("final") : tr("draft");
}

void assessment_done(Assessment *a)
{
    free(a->instrument_id);
    free(a->assessors);
    free(a->sources);
    free(a->finalised_at);
    free(a->copied_from);
    free(a->created_at);
    memset(a, 0, sizeof *a);
}

void assessment_list_free(Assessment *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        assessment_done(&list[i]);
    free(list);
}

void rating_done(Rating *r)
{
    free(r->indicator_id);
    free(r->reason);
    free(r->evidence);
    free(r->documents);
    free(r->rated_by);
    free(r->rated_at);
    free(r->copied_from);
    memset(r, 0, sizeof *r);
}

void rating_list_free(Rating *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        rating_done(&list[i]);
    free(list);
}

int rating_level(const Rating *r)
{
    if (r->not_applicable)
        return ASSESS_NA;
    return r->level >= 0 && r->level <= INSTRUMENT_MAX_LEVEL ? r->level : ASSESS_UNRATED;
}

const Rating *rating_find(const Rating *list, size_t n, const char *id)
{
    for (size_t i = 0; id && i < n; i++)
        if (list[i].indicator_id && strcmp(list[i].indicator_id, id) == 0)
            return &list[i];
    return NULL;
}

bool assess_rating_check(const Instrument *inst, const Rating *r, char *err, size_t errlen)
{
    const Indicator *ind = instrument_indicator(inst, r->indicator_id, NULL);
    bool reason = r->reason && !text_is_blank(r->reason);
    if (!ind) {
        snprintf(err, errlen, "the instrument has no indicator '%s'",
                 r->indicator_id ? r->indicator_id : "");
        return false;
    }
    if (r->not_applicable) {
        if (!ind->na_allowed) {
            snprintf(err, errlen, "this indicator cannot be rated not applicable");
            return false;
        }
        if (!reason) {
            snprintf(err, errlen, "say why the indicator is not applicable");
            return false;
        }
        return true;
    }
    if (r->level < 0 || r->level > INSTRUMENT_MAX_LEVEL) {
        snprintf(err, errlen, "a level is from 0 to %d", INSTRUMENT_MAX_LEVEL);
        return false;
    }
    if (r->measured && r->measured_level != r->level && !reason) {
        snprintf(err, errlen, "the records propose level %d: say why you rate it %d",
                 r->measured_level, r->level);
        return false;
    }
    return true;
}

static const char *const band_names[BAND_COUNT] = {"absent", "initial", "developing",
                                                   "established", "advanced"};

const char *assess_band_name(AssessBand b)
{
    return b >= 0 && b < BAND_COUNT ? band_names[b] : "?";
}

const char *assess_band_title(AssessBand b)
{
    switch (b) {
    case BAND_ABSENT: return tr("absent");
    case BAND_INITIAL: return tr("initial");
    case BAND_DEVELOPING: return tr("developing");
    case BAND_ESTABLISHED: return tr("established");
    case BAND_ADVANCED: return tr("advanced");
    default: return "?";
    }
}

/* The score in tenths, rounded half up. Scores are weighted means of small whole numbers x 25,
 * so a half is met exactly in theory and a hair below it in binary: the slack takes those up. */
static long tenths(double score)
{
    return (long)floor(score * 10.0 + 0.5 + 1e-9);
}

double assess_round(double score)
{
    return (double)tenths(score) / 10.0;
}

AssessBand assess_band(double score)
{
    long t = tenths(score);
    return t < 200 ? BAND_ABSENT : t < 400 ? BAND_INITIAL : t < 600 ? BAND_DEVELOPING
         : t < 800 ? BAND_ESTABLISHED : BAND_ADVANCED;
}

/* Appends ref to a list that holds *n. */
static void push_ref(IndicatorRef **list, size_t *n, size_t *cap, IndicatorRef ref)
{
    *list = xgrow(*list, *n, cap, sizeof **list);
    (*list)[(*n)++] = ref;
}

static void score_pillar(const Pillar *pl, size_t p, const Rating *current, size_t n,
                         PillarScore *ps)
{
    size_t cap = 0;
    double sum = 0, weights = 0;
    ps->total = pl->n_indicators;
    ps->levels = xcalloc(pl->n_indicators ? pl->n_indicators : 1, sizeof *ps->levels);
    for (size_t i = 0; i < pl->n_indicators; i++) {
        const Indicator *ind = &pl->indicators[i];
        const Rating *r = rating_find(current, n, ind->id);
        int level = r ? rating_level(r) : ASSESS_UNRATED;
        ps->levels[i] = level;
        if (level == ASSESS_NA) {
            ps->not_applicable++;
            continue;
        }
        if (level == ASSESS_UNRATED) {
            ps->unrated++;
            continue;
        }
        ps->rated++;
        double w = ind->weight > 0 ? ind->weight : 1;
        sum += w * level;
        weights += w;
        if (ind->critical && level == 0)
            push_ref(&ps->gates, &ps->n_gates, &cap, (IndicatorRef){p, i});
    }
    ps->scored = ps->rated > 0;
    if (!ps->scored)
        return;
    ps->raw = sum / weights * 25.0;
    double held = ps->raw;
    if (ps->n_gates && held > ASSESS_GATE_CAP) {
        held = ASSESS_GATE_CAP;
        ps->held = true;
    }
    ps->score = assess_round(held);
}

/* Sorting the lists of indicators needs their levels and facts. */
typedef struct {
    IndicatorRef ref;
    int level;
    bool critical;
    double weight;
} Ranked;

static size_t flat(IndicatorRef r)
{
    return r.p * 100000u + r.i; /* order in the instrument */
}

static int by_strength(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->level != y->level)
        return y->level - x->level;
    return flat(x->ref) < flat(y->ref) ? -1 : flat(x->ref) > flat(y->ref);
}

static int by_gap(const void *a, const void *b)
{
    const Ranked *x = a, *y = b;
    if (x->level != y->level)
        return x->level - y->level;
    if (x->critical != y->critical)
        return x->critical ? -1 : 1;
    if (x->weight != y->weight)
        return x->weight > y->weight ? -1 : 1;
    return flat(x->ref) < flat(y->ref) ? -1 : flat(x->ref) > flat(y->ref);
}

/* Sorts list by cmp into *out (a list of refs). */
static void ranked_to_refs(Ranked *list, size_t n, int (*cmp)(const void *, const void *),
                           IndicatorRef **out, size_t *n_out)
{
    if (n > 1)
        qsort(list, n, sizeof *list, cmp);
    *out = xcalloc(n ? n : 1, sizeof **out);
    for (size_t i = 0; i < n; i++)
        (*out)[i] = list[i].ref;
    *n_out = n;
}

void assess_score(const Instrument *inst, const Rating *current, size_t n, AssessResult *out)
{
    memset(out, 0, sizeof *out);
    out->n_pillars = inst->n_pillars;
    out->pillars = xcalloc(inst->n_pillars ? inst->n_pillars : 1, sizeof *out->pillars);
    size_t total = instrument_indicator_count(inst), cap_unrated = 0, cap_strong = 0;
    Ranked *strong = xcalloc(total ? total : 1, sizeof *strong);
    Ranked *weak = xcalloc(total ? total : 1, sizeof *weak);
    size_t n_strong = 0, n_weak = 0;
    long sum = 0; /* of the shown pillar scores, in tenths: their mean is exact */
    out->complete = true;
    for (size_t p = 0; p < inst->n_pillars; p++) {
        const Pillar *pl = &inst->pillars[p];
        PillarScore *ps = &out->pillars[p];
        score_pillar(pl, p, current, n, ps);
        for (size_t i = 0; i < pl->n_indicators; i++) {
            int level = ps->levels[i];
            const Indicator *ind = &pl->indicators[i];
            Ranked r = {{p, i}, level, ind->critical, ind->weight > 0 ? ind->weight : 1};
            if (level == ASSESS_UNRATED) {
                push_ref(&out->unrated, &out->n_unrated, &cap_unrated, r.ref);
                out->complete = false;
            } else if (level >= 3) {
                strong[n_strong++] = r;
            } else if (level >= 0) {
                weak[n_weak++] = r;
            }
        }
        if (ps->scored) {
            out->scored_pillars++;
            sum += tenths(ps->score);
            if (!ps->n_gates && ps->score >= 75.0) {
                out->strong_pillars = xgrow(out->strong_pillars, out->n_strong_pillars,
                                            &cap_strong, sizeof *out->strong_pillars);
                out->strong_pillars[out->n_strong_pillars++] = p;
            }
        }
    }
    ranked_to_refs(strong, n_strong, by_strength, &out->strengths, &out->n_strengths);
    ranked_to_refs(weak, n_weak, by_gap, &out->gaps, &out->n_gaps);
    free(strong);
    free(weak);
    for (size_t k = 0; k < n; k++)
        if (!instrument_indicator(inst, current[k].indicator_id, NULL))
            out->ignored++;
    out->scored = out->scored_pillars > 0;
    if (out->scored) {
        out->overall = floor((double)sum / (double)out->scored_pillars + 0.5 + 1e-9) / 10.0;
        out->band = assess_band(out->overall);
    }
}

void assess_result_done(AssessResult *r)
{
    for (size_t p = 0; p < r->n_pillars; p++) {
        free(r->pillars[p].gates);
        free(r->pillars[p].levels);
    }
    free(r->pillars);
    free(r->unrated);
    free(r->strengths);
    free(r->strong_pillars);
    free(r->gaps);
    memset(r, 0, sizeof *r);
}

void assess_change(const Instrument *inst, const AssessResult *now, const Instrument *prev_inst,
                   const AssessResult *prev, AssessChange *out)
{
    memset(out, 0, sizeof *out);
    out->both = now->scored && prev->scored;
    out->before = prev->overall;
    out->after = now->overall;
    out->band_before = prev->band;
    out->band_after = now->band;
    if (out->both)
        out->delta = assess_round(now->overall - prev->overall);
    out->n_pillars = inst->n_pillars;
    out->pillars = xcalloc(inst->n_pillars ? inst->n_pillars : 1, sizeof *out->pillars);
    size_t cap = 0;
    for (size_t p = 0; p < inst->n_pillars; p++) {
        const PillarScore *a = &now->pillars[p];
        size_t q = instrument_pillar_index(prev_inst, inst->pillars[p].id);
        const PillarScore *b = q < prev->n_pillars ? &prev->pillars[q] : NULL;
        PillarChange *c = &out->pillars[p];
        c->after = a->score;
        c->gated_after = a->n_gates > 0;
        if (b) {
            c->before = b->score;
            c->gated_before = b->n_gates > 0;
            c->both = a->scored && b->scored;
            if (c->both)
                c->delta = assess_round(a->score - b->score);
        }
        for (size_t i = 0; i < inst->pillars[p].n_indicators; i++) {
            IndicatorRef was;
            int before = ASSESS_UNRATED;
            if (instrument_indicator(prev_inst, inst->pillars[p].indicators[i].id, &was) &&
                was.p < prev->n_pillars)
                before = prev->pillars[was.p].levels[was.i];
            if (before == a->levels[i])
                continue;
            out->indicators = xgrow(out->indicators, out->n_indicators, &cap,
                                    sizeof *out->indicators);
            out->indicators[out->n_indicators++] = (IndicatorChange){{p, i}, before, a->levels[i]};
        }
    }
}

void assess_change_done(AssessChange *c)
{
    free(c->pillars);
    free(c->indicators);
    memset(c, 0, sizeof *c);
}

bool assess_resume(const Instrument *inst, const AssessResult *r, const char *place,
                   IndicatorRef *out)
{
    if (place && instrument_indicator(inst, place, out))
        return true;
    if (r->n_unrated) {
        *out = r->unrated[0];
        return true;
    }
    for (size_t p = 0; p < inst->n_pillars; p++)
        if (inst->pillars[p].n_indicators) {
            *out = (IndicatorRef){p, 0};
            return true;
        }
    return false;
}

void assess_view_make(const Instrument *inst, const AssessResult *r, const Rating *current,
                      size_t n, AssessView *out)
{
    memset(out, 0, sizeof *out);
    size_t total = instrument_indicator_count(inst);
    out->indicators = xcalloc(total ? total : 1, sizeof *out->indicators);
    out->pillars = xcalloc(inst->n_pillars ? inst->n_pillars : 1, sizeof *out->pillars);
    for (size_t p = 0; p < inst->n_pillars && p < r->n_pillars; p++) {
        const Pillar *pl = &inst->pillars[p];
        const PillarScore *ps = &r->pillars[p];
        out->pillars[out->n_pillars++] = (ViewPillar){xstrdup(pl->id), ps->scored, ps->score,
                                                      ps->n_gates > 0};
        for (size_t i = 0; i < pl->n_indicators; i++) {
            const Rating *rt = rating_find(current, n, pl->indicators[i].id);
            ViewIndicator *v = &out->indicators[out->n_indicators++];
            v->id = xstrdup(pl->indicators[i].id);
            v->level = ps->levels[i];
            v->measured = rt && rt->measured ? rt->measured_value : NAN;
        }
    }
    out->scored = r->scored;
    out->overall = r->overall;
    out->band = r->band;
}

void assess_view_done(AssessView *v)
{
    for (size_t i = 0; i < v->n_indicators; i++)
        free(v->indicators[i].id);
    free(v->indicators);
    for (size_t i = 0; i < v->n_pillars; i++)
        free(v->pillars[i].id);
    free(v->pillars);
    memset(v, 0, sizeof *v);
}

void assess_recommendations_done(AssessRecommendations *r)
{
    free(r->rules);
    memset(r, 0, sizeof *r);
}
