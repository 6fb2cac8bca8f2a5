/* The capacity-assessment instrument: release of its parts and finding indicators. */
#include "instrument.h"

#include <stdlib.h>
#include <string.h>

Instrument *instrument_new(void)
{
    Instrument *inst = xcalloc(1, sizeof *inst);
    inst->version = 1;
    return inst;
}

void measure_spec_free(MeasureSpec *m)
{
    if (!m)
        return;
    free(m->name);
    for (size_t i = 0; i < m->n_competencies; i++)
        free(m->competencies[i]);
    free(m->competencies);
    free(m);
}

void indicator_done(Indicator *ind)
{
    free(ind->id);
    ltext_done(&ind->title);
    for (int l = 0; l < INSTRUMENT_LEVELS; l++)
        ltext_done(&ind->levels[l]);
    ltext_done(&ind->verification);
    for (size_t i = 0; i < ind->n_questions; i++)
        ltext_done(&ind->questions[i]);
    free(ind->questions);
    source_refs_done(&ind->sources);
    measure_spec_free(ind->measure);
    memset(ind, 0, sizeof *ind);
}

void pillar_done(Pillar *p)
{
    free(p->id);
    ltext_done(&p->title);
    for (size_t i = 0; i < p->n_indicators; i++)
        indicator_done(&p->indicators[i]);
    free(p->indicators);
    memset(p, 0, sizeof *p);
}

void instrument_free(Instrument *inst)
{
    if (!inst)
        return;
    free(inst->id);
    free(inst->file);
    ltext_done(&inst->title);
    for (size_t i = 0; i < inst->n_sources; i++) {
        free(inst->sources[i].key);
        free(inst->sources[i].text);
    }
    free(inst->sources);
    for (size_t i = 0; i < inst->n_pillars; i++)
        pillar_done(&inst->pillars[i]);
    free(inst->pillars);
    for (size_t i = 0; i < inst->n_rules; i++) {
        free(inst->rules[i].id);
        free(inst->rules[i].pillar);
        ltext_done(&inst->rules[i].text);
    }
    free(inst->rules);
    free(inst->source);
    free(inst);
}

size_t instrument_indicator_count(const Instrument *inst)
{
    size_t n = 0;
    for (size_t p = 0; p < inst->n_pillars; p++)
        n += inst->pillars[p].n_indicators;
    return n;
}

const Indicator *instrument_indicator(const Instrument *inst, const char *id, IndicatorRef *ref)
{
    if (!id)
        return NULL;
    for (size_t p = 0; p < inst->n_pillars; p++)
        for (size_t i = 0; i < inst->pillars[p].n_indicators; i++) {
            const Indicator *ind = &inst->pillars[p].indicators[i];
            if (ind->id && strcmp(ind->id, id) == 0) {
                if (ref)
                    *ref = (IndicatorRef){p, i};
                return ind;
            }
        }
    return NULL;
}

size_t instrument_pillar_index(const Instrument *inst, const char *id)
{
    for (size_t p = 0; id && p < inst->n_pillars; p++)
        if (inst->pillars[p].id && strcmp(inst->pillars[p].id, id) == 0)
            return p;
    return (size_t)-1;
}

const Indicator *instrument_at(const Instrument *inst, IndicatorRef ref)
{
    return &inst->pillars[ref.p].indicators[ref.i];
}

bool instrument_next(const Instrument *inst, IndicatorRef *ref)
{
    IndicatorRef r = *ref;
    if (r.p < inst->n_pillars && r.i + 1 < inst->pillars[r.p].n_indicators) {
        ref->i = r.i + 1;
        return true;
    }
    for (size_t p = r.p + 1; p < inst->n_pillars; p++)
        if (inst->pillars[p].n_indicators) {
            *ref = (IndicatorRef){p, 0};
            return true;
        }
    return false;
}
