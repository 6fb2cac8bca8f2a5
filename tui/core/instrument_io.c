/* Streams of assessment instruments, rule requests and verdicts, made of model_io.h's parts:
 * length-prefixed strings and 32-bit little-endian numbers, read back with every length
 * checked. */
#include "instrument_io.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model_io.h"

static const char MAGIC_I[8] = "RINS\x01\0\0\0"; /* an instrument */
static const char MAGIC_R[8] = "RRUL\x01\0\0\0"; /* a rule to run */
static const char MAGIC_V[8] = "RVRD\x01\0\0\0"; /* what running it gave */

static void put_indicator(StrBuf *out, const Indicator *ind)
{
    modelio_put_str(out, ind->id);
    modelio_put_ltext(out, &ind->title);
    for (int l = 0; l < INSTRUMENT_LEVELS; l++)
        modelio_put_ltext(out, &ind->levels[l]);
    modelio_put_ltext(out, &ind->verification);
    modelio_put_u32(out, (uint32_t)ind->n_questions);
    for (size_t i = 0; i < ind->n_questions; i++)
        modelio_put_ltext(out, &ind->questions[i]);
    modelio_put_u32(out, ind->critical);
    modelio_put_num(out, ind->weight);
    modelio_put_u32(out, ind->na_allowed);
    modelio_put_u32(out, (uint32_t)ind->sources.n);
    for (size_t i = 0; i < ind->sources.n; i++)
        modelio_put_str(out, ind->sources.keys[i]);
    modelio_put_u32(out, ind->measure != NULL);
    if (ind->measure) {
        const MeasureSpec *m = ind->measure;
        modelio_put_str(out, m->name);
        modelio_put_u32(out, (uint32_t)m->n_competencies);
        for (size_t i = 0; i < m->n_competencies; i++)
            modelio_put_str(out, m->competencies[i]);
        for (int l = 0; l < INSTRUMENT_LEVELS; l++)
            modelio_put_num(out, m->thresholds[l]);
        modelio_put_u32(out, (uint32_t)m->line);
    }
    modelio_put_u32(out, (uint32_t)ind->line);
}

void instrument_io_write(StrBuf *out, const Instrument *inst, const Problems *p)
{
    strbuf_append(out, MAGIC_I, sizeof MAGIC_I);
    modelio_put_problems(out, p);
    modelio_put_u32(out, inst != NULL);
    if (!inst)
        return;
    modelio_put_str(out, inst->id);
    modelio_put_u32(out, (uint32_t)inst->version);
    modelio_put_str(out, inst->file);
    modelio_put_ltext(out, &inst->title);
    modelio_put_u32(out, (uint32_t)inst->id_line);
    modelio_put_u32(out, (uint32_t)inst->n_sources);
    for (size_t i = 0; i < inst->n_sources; i++) {
        modelio_put_str(out, inst->sources[i].key);
        modelio_put_str(out, inst->sources[i].text);
    }
    modelio_put_u32(out, (uint32_t)inst->n_pillars);
    for (size_t p_ = 0; p_ < inst->n_pillars; p_++) {
        const Pillar *pl = &inst->pillars[p_];
        modelio_put_str(out, pl->id);
        modelio_put_ltext(out, &pl->title);
        modelio_put_u32(out, (uint32_t)pl->line);
        modelio_put_u32(out, (uint32_t)pl->n_indicators);
        for (size_t i = 0; i < pl->n_indicators; i++)
            put_indicator(out, &pl->indicators[i]);
    }
    modelio_put_u32(out, (uint32_t)inst->n_rules);
    for (size_t i = 0; i < inst->n_rules; i++) {
        const InstrumentRule *r = &inst->rules[i];
        modelio_put_str(out, r->id);
        modelio_put_str(out, r->pillar);
        modelio_put_ltext(out, &r->text);
        modelio_put_u32(out, (uint32_t)r->line);
        modelio_put_u32(out, (uint32_t)r->when_line);
    }
    modelio_put_str(out, inst->source);
}

/* A string that must be there. */
static char *need_str(ModelioReader *r)
{
    char *s = modelio_get_str(r);
    if (!s)
        r->ok = false;
    return s;
}

/* The smallest an LText takes in the stream. */
#define LTEXT_BYTES (4 * LANG_COUNT)

static void get_indicator(ModelioReader *r, Indicator *ind)
{
    ind->id = need_str(r);
    modelio_get_ltext(r, &ind->title);
    for (int l = 0; l < INSTRUMENT_LEVELS; l++)
        modelio_get_ltext(r, &ind->levels[l]);
    modelio_get_ltext(r, &ind->verification);
    size_t n = modelio_get_count(r, LTEXT_BYTES);
    ind->questions = xcalloc(n ? n : 1, sizeof *ind->questions);
    for (; ind->n_questions < n && r->ok; ind->n_questions++)
        modelio_get_ltext(r, &ind->questions[ind->n_questions]);
    ind->critical = modelio_get_u32(r) != 0;
    ind->weight = modelio_get_num(r);
    ind->na_allowed = modelio_get_u32(r) != 0;
    n = modelio_get_count(r, 4);
    ind->sources.keys = xcalloc(n ? n : 1, sizeof *ind->sources.keys);
    for (; ind->sources.n < n && r->ok; ind->sources.n++)
        ind->sources.keys[ind->sources.n] = need_str(r);
    if (modelio_get_u32(r)) {
        MeasureSpec *m = ind->measure = xcalloc(1, sizeof *m);
        m->name = need_str(r);
        n = modelio_get_count(r, 4);
        m->competencies = xcalloc(n ? n : 1, sizeof *m->competencies);
        for (; m->n_competencies < n && r->ok; m->n_competencies++)
            m->competencies[m->n_competencies] = need_str(r);
        for (int l = 0; l < INSTRUMENT_LEVELS; l++) {
            m->thresholds[l] = modelio_get_num(r);
            if (!(m->thresholds[l] >= 0 && m->thresholds[l] <= 100))
                r->ok = false;
        }
        m->line = (int)modelio_get_u32(r);
    }
    ind->line = (int)modelio_get_u32(r);
    if (!(ind->weight > 0) || !isfinite(ind->weight))
        r->ok = false;
}

static Instrument *get_instrument(ModelioReader *r)
{
    Instrument *inst = instrument_new();
    inst->id = need_str(r);
    inst->version = (int)modelio_get_u32(r);
    inst->file = need_str(r);
    modelio_get_ltext(r, &inst->title);
    inst->id_line = (int)modelio_get_u32(r);
    size_t n = modelio_get_count(r, 8);
    inst->sources = xcalloc(n ? n : 1, sizeof *inst->sources);
    for (; inst->n_sources < n && r->ok; inst->n_sources++) {
        inst->sources[inst->n_sources].key = need_str(r);
        inst->sources[inst->n_sources].text = need_str(r);
    }
    n = modelio_get_count(r, 4 + LTEXT_BYTES + 8);
    inst->pillars = xcalloc(n ? n : 1, sizeof *inst->pillars);
    for (; inst->n_pillars < n && r->ok; inst->n_pillars++) {
        Pillar *pl = &inst->pillars[inst->n_pillars];
        pl->id = need_str(r);
        modelio_get_ltext(r, &pl->title);
        pl->line = (int)modelio_get_u32(r);
        size_t k = modelio_get_count(r, 4 + LTEXT_BYTES * (INSTRUMENT_LEVELS + 2));
        pl->indicators = xcalloc(k ? k : 1, sizeof *pl->indicators);
        for (; pl->n_indicators < k && r->ok; pl->n_indicators++)
            get_indicator(r, &pl->indicators[pl->n_indicators]);
    }
    n = modelio_get_count(r, 8 + LTEXT_BYTES + 8);
    inst->rules = xcalloc(n ? n : 1, sizeof *inst->rules);
    for (; inst->n_rules < n && r->ok; inst->n_rules++) {
        InstrumentRule *rule = &inst->rules[inst->n_rules];
        rule->id = need_str(r);
        rule->pillar = modelio_get_str(r);
        modelio_get_ltext(r, &rule->text);
        rule->line = (int)modelio_get_u32(r);
        rule->when_line = (int)modelio_get_u32(r);
    }
    inst->source = modelio_get_str(r);
    inst->source_len = inst->source ? strlen(inst->source) : 0;
    if (inst->version < 1)
        r->ok = false;
    return inst;
}

bool instrument_io_is(const char *buf, size_t len)
{
    return len >= 8 && memcmp(buf, MAGIC_I, 8) == 0;
}

bool instrument_io_read(const char *buf, size_t len, Instrument **out, Problems *probs)
{
    ModelioReader r = {0};
    Problems got = {0};
    Instrument *inst = NULL;
    *out = NULL;
    if (modelio_read_head(&r, buf, len, MAGIC_I, &got)) {
        uint32_t sent = modelio_get_u32(&r);
        if (sent == 1)
            inst = get_instrument(&r);
        else if (sent != 0)
            r.ok = false;
    } else {
        r.ok = false;
    }
    if (!modelio_read_tail(&r, &got, probs)) {
        instrument_free(inst);
        return false;
    }
    *out = inst;
    return true;
}

void instrument_io_write_rule(StrBuf *out, const char *file, const char *src, size_t len,
                              size_t index, const AssessView *view)
{
    strbuf_append(out, MAGIC_R, sizeof MAGIC_R);
    modelio_put_u32(out, 0); /* no problems */
    modelio_put_str(out, file);
    modelio_put_u32(out, (uint32_t)len);
    strbuf_append(out, src, len);
    modelio_put_u32(out, (uint32_t)index);
    modelio_put_u32(out, (uint32_t)view->n_indicators);
    for (size_t i = 0; i < view->n_indicators; i++) {
        modelio_put_str(out, view->indicators[i].id);
        modelio_put_u32(out, (uint32_t)(view->indicators[i].level + 2)); /* ASSESS_NA is -2 */
        modelio_put_u32(out, !isnan(view->indicators[i].measured));
        if (!isnan(view->indicators[i].measured))
            modelio_put_num(out, view->indicators[i].measured);
    }
    modelio_put_u32(out, (uint32_t)view->n_pillars);
    for (size_t i = 0; i < view->n_pillars; i++) {
        modelio_put_str(out, view->pillars[i].id);
        modelio_put_u32(out, view->pillars[i].scored);
        modelio_put_num(out, view->pillars[i].score);
        modelio_put_u32(out, view->pillars[i].gated);
    }
    modelio_put_u32(out, view->scored);
    modelio_put_num(out, view->overall);
    modelio_put_u32(out, (uint32_t)view->band);
}

bool instrument_io_read_rule(const char *buf, size_t len, char **file, char **src,
                             size_t *src_len, size_t *index, AssessView *view)
{
    ModelioReader r = {0};
    Problems got = {0};
    *file = *src = NULL;
    memset(view, 0, sizeof *view);
    if (!modelio_read_head(&r, buf, len, MAGIC_R, &got)) {
        problems_done(&got);
        return false;
    }
    problems_done(&got);
    *file = need_str(&r);
    uint32_t n = modelio_get_u32(&r);
    if (r.ok && n <= r.left) {
        *src = xstrndup((const char *)r.p, n);
        *src_len = strlen(*src);
        r.p += n;
        r.left -= n;
    } else {
        r.ok = false;
    }
    *index = modelio_get_u32(&r);
    size_t k = modelio_get_count(&r, 12);
    view->indicators = xcalloc(k ? k : 1, sizeof *view->indicators);
    for (; view->n_indicators < k && r.ok; view->n_indicators++) {
        ViewIndicator *v = &view->indicators[view->n_indicators];
        v->id = need_str(&r);
        v->level = (int)modelio_get_u32(&r) - 2;
        v->measured = modelio_get_u32(&r) ? modelio_get_num(&r) : NAN;
        if (v->level < ASSESS_NA || v->level > INSTRUMENT_MAX_LEVEL)
            r.ok = false;
    }
    k = modelio_get_count(&r, 16);
    view->pillars = xcalloc(k ? k : 1, sizeof *view->pillars);
    for (; view->n_pillars < k && r.ok; view->n_pillars++) {
        ViewPillar *v = &view->pillars[view->n_pillars];
        v->id = need_str(&r);
        v->scored = modelio_get_u32(&r) != 0;
        v->score = modelio_get_num(&r);
        v->gated = modelio_get_u32(&r) != 0;
    }
    view->scored = modelio_get_u32(&r) != 0;
    view->overall = modelio_get_num(&r);
    uint32_t band = modelio_get_u32(&r);
    view->band = band < BAND_COUNT ? (AssessBand)band : BAND_ABSENT;
    if (band >= BAND_COUNT)
        r.ok = false;
    if (r.ok && r.left == 0)
        return true;
    free(*file);
    free(*src);
    *file = *src = NULL;
    assess_view_done(view);
    return false;
}

void instrument_io_write_verdict(StrBuf *out, bool ran, bool fired, const Problems *p)
{
    strbuf_append(out, MAGIC_V, sizeof MAGIC_V);
    modelio_put_problems(out, p);
    modelio_put_u32(out, ran);
    modelio_put_u32(out, fired);
}

bool instrument_io_read_verdict(const char *buf, size_t len, bool *ran, bool *fired,
                                Problems *probs)
{
    ModelioReader r = {0};
    Problems got = {0};
    *ran = *fired = false;
    if (modelio_read_head(&r, buf, len, MAGIC_V, &got)) {
        *ran = modelio_get_u32(&r) != 0;
        *fired = modelio_get_u32(&r) != 0;
    } else {
        r.ok = false;
    }
    if (!modelio_read_tail(&r, &got, probs)) {
        *ran = *fired = false;
        return false;
    }
    return true;
}
