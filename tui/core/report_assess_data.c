/* The assessment and region reports as data: CSV (one row per indicator, or per country; every
 * cell through csv_field, which keeps a formula from being read as one) and JSON (the whole
 * assessment or region, written by SQLite's JSON functions through json.h). Column and member
 * names are stable English words; titles are in the report's language. */
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "csv.h"
#include "i18n.h"
#include "json.h"
#include "report_assess.h"

/* ---- CSV ---- */

static void cell(FILE *f, const char *s, bool last)
{
    csv_field(f, s ? s : "");
    fputc(last ? '\n' : ',', f);
}

bool report_assess_csv(FILE *f, const AssessSummary *sum, ReportAssessOptions *o)
{
    (void)o;
    Lang lang = i18n_lang();
    const Assessment *a = &sum->a;
    fputs("country,assessment,assessed_on,status,instrument,instrument_version,pillar,indicator,"
          "title,critical,level,reason,evidence,documents,rated_by,rated_at,measured_value,"
          "measured_level\n", f);
    char version[16];
    snprintf(version, sizeof version, "%d", a->instrument_version);
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        const Pillar *pil = &sum->inst->pillars[p];
        for (size_t i = 0; i < pil->n_indicators; i++) {
            IndicatorRef ref = {p, i};
            const Indicator *ind = &pil->indicators[i];
            const Rating *r = report_rating_at(sum, ref);
            int level = report_level_at(sum, ref);
            bool rated = r && level != ASSESS_UNRATED;
            char value[32] = "", mlevel[8] = "";
            if (rated && r->measured) {
                snprintf(value, sizeof value, "%.1f", r->measured_value);
                snprintf(mlevel, sizeof mlevel, "%d", r->measured_level);
            }
            cell(f, a->country, false);
            cell(f, a->uid, false);
            cell(f, a->assessed_on, false);
            cell(f, assess_status_name(a->status), false);
            cell(f, a->instrument_id, false);
            cell(f, version, false);
            cell(f, pil->id, false);
            cell(f, ind->id, false);
            cell(f, ltext_get(&ind->title, lang), false);
            cell(f, ind->critical ? "yes" : "no", false);
            cell(f, level == ASSESS_NA ? "n/a" : level >= 0 ? report_level_shown(level) : "",
                 false);
            cell(f, rated ? r->reason : "", false);
            cell(f, rated ? r->evidence : "", false);
            cell(f, rated ? r->documents : "", false);
            cell(f, rated ? r->rated_by : "", false);
            cell(f, rated ? r->rated_at : "", false);
            cell(f, value, false);
            cell(f, mlevel, true);
        }
    }
    return !ferror(f);
}

bool report_region_csv(FILE *f, const AssessRegion *r, ReportAssessOptions *o)
{
    (void)o;
    Lang lang = i18n_lang();
    fputs("country,country_name,assessment,assessed_on,instrument,instrument_version,overall,band",
          f);
    size_t np = r->inst ? r->inst->n_pillars : 0;
    for (size_t p = 0; p < np; p++) {
        fputc(',', f);
        csv_field(f, r->inst->pillars[p].id);
        fputc(',', f);
        char *gated = xasprintf("%s_gated", r->inst->pillars[p].id);
        csv_field(f, gated);
        free(gated);
    }
    fputc('\n', f);
    for (size_t i = 0; i < r->n; i++) {
        const RegionRow *row = &r->rows[i];
        char version[16], buf[16];
        snprintf(version, sizeof version, "%d", row->a.instrument_version);
        cell(f, row->a.country, false);
        cell(f, country_name(row->a.country, lang), false);
        cell(f, row->a.uid, false);
        cell(f, row->a.assessed_on, false);
        cell(f, row->a.instrument_id, false);
        cell(f, version, false);
        cell(f, row->result.scored ? report_score_shown(true, row->result.overall, buf) : "",
             false);
        cell(f, row->result.scored ? assess_band_name(row->result.band) : "", np == 0);
        for (size_t p = 0; p < np; p++) {
            cell(f, row->scored[p] ? report_score_shown(true, row->scores[p], buf) : "", false);
            cell(f, row->gated[p] ? "yes" : "no", p + 1 == np);
        }
    }
    return !ferror(f);
}

/* ---- JSON ---- */

/* Text from people or content, kept as it is (control characters included: JSON escapes them)
 * but for invalid UTF-8, which is made U+FFFD so that the document is valid. */
static void add_text(JsonNode *n, const char *key, const char *s)
{
    static const char controls[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f"
                                   "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e"
                                   "\x1f\x7f";
    if (!s) {
        json_add_null(n, key);
        return;
    }
    char *safe = text_sanitize_keeping(s, controls, true);
    json_add_string(n, key, safe);
    free(safe);
}

static void add_level(JsonNode *n, const char *key, int level)
{
    if (level >= 0)
        json_add_int(n, key, level);
    else
        json_add_null(n, key);
}

static void add_score(JsonNode *n, const char *key, bool scored, double score)
{
    if (scored)
        json_add_double(n, key, score);
    else
        json_add_null(n, key);
}

static JsonNode *instrument_json(Json *j, const Instrument *inst, int version, Lang lang)
{
    JsonNode *o = json_object_begin(j);
    add_text(o, "id", inst->id);
    json_add_int(o, "version", version);
    add_text(o, "title", ltext_get(&inst->title, lang));
    return o;
}

static JsonNode *refs_json(Json *j, const Instrument *inst, const IndicatorRef *refs, size_t n)
{
    JsonNode *a = json_array_begin(j);
    for (size_t k = 0; k < n; k++)
        add_text(a, NULL, instrument_at(inst, refs[k])->id);
    return a;
}

static JsonNode *rating_json(Json *j, const Rating *r)
{
    JsonNode *o = json_object_begin(j);
    add_level(o, "level", rating_level(r));
    json_add_bool(o, "not_applicable", r->not_applicable);
    add_text(o, "reason", r->reason);
    add_text(o, "evidence", r->evidence);
    add_text(o, "documents", r->documents);
    add_text(o, "rated_by", r->rated_by);
    add_text(o, "rated_at", r->rated_at);
    json_add_bool(o, "measured", r->measured);
    if (r->measured) {
        json_add_int(o, "measured_level", r->measured_level);
        json_add_double(o, "measured_value", r->measured_value);
    }
    add_text(o, "uid", r->uid);
    return o;
}

static JsonNode *pillars_json(Json *j, const AssessSummary *sum, Lang lang)
{
    JsonNode *list = json_array_begin(j);
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        const Pillar *pil = &sum->inst->pillars[p];
        const PillarScore *ps = assess_summary_pillar(sum, p);
        JsonNode *o = json_object_begin(j);
        add_text(o, "id", pil->id);
        add_text(o, "title", ltext_get(&pil->title, lang));
        add_score(o, "score", ps->scored, ps->score);
        add_score(o, "raw", ps->scored, ps->raw);
        json_add_bool(o, "held", ps->held);
        json_add_node(o, "gates", refs_json(j, sum->inst, ps->gates, ps->n_gates));
        json_add_int(o, "total", (int64_t)ps->total);
        json_add_int(o, "rated", (int64_t)ps->rated);
        json_add_int(o, "not_applicable", (int64_t)ps->not_applicable);
        json_add_int(o, "unrated", (int64_t)ps->unrated);
        JsonNode *inds = json_array_begin(j);
        for (size_t i = 0; i < pil->n_indicators; i++) {
            IndicatorRef ref = {p, i};
            const Indicator *ind = &pil->indicators[i];
            int level = report_level_at(sum, ref);
            const Rating *r = report_rating_at(sum, ref);
            JsonNode *io = json_object_begin(j);
            add_text(io, "id", ind->id);
            add_text(io, "title", ltext_get(&ind->title, lang));
            json_add_bool(io, "critical", ind->critical);
            json_add_double(io, "weight", ind->weight);
            add_level(io, "level", level);
            json_add_bool(io, "not_applicable", level == ASSESS_NA);
            add_text(io, "level_means", level >= 0 ? ltext_get(&ind->levels[level], lang) : NULL);
            if (r && level != ASSESS_UNRATED)
                json_add_node(io, "rating", rating_json(j, r));
            else
                json_add_null(io, "rating");
            json_add_node(inds, NULL, io);
        }
        json_add_node(o, "indicators", inds);
        json_add_node(list, NULL, o);
    }
    return list;
}

static JsonNode *change_json(Json *j, const AssessSummary *sum)
{
    const AssessChange *c = &sum->change;
    JsonNode *o = json_object_begin(j);
    JsonNode *prev = json_object_begin(j);
    add_text(prev, "id", sum->previous.uid);
    add_text(prev, "assessed_on", sum->previous.assessed_on);
    add_score(prev, "overall", sum->previous_result.scored, sum->previous_result.overall);
    json_add_node(o, "previous", prev);
    if (c->both) {
        JsonNode *ov = json_object_begin(j);
        json_add_double(ov, "before", c->before);
        json_add_double(ov, "after", c->after);
        json_add_double(ov, "delta", c->delta);
        add_text(ov, "band_before", assess_band_name(c->band_before));
        add_text(ov, "band_after", assess_band_name(c->band_after));
        json_add_node(o, "overall", ov);
    } else {
        json_add_null(o, "overall");
    }
    JsonNode *pl = json_array_begin(j);
    for (size_t p = 0; p < c->n_pillars; p++) {
        const PillarChange *pc = &c->pillars[p];
        JsonNode *po = json_object_begin(j);
        add_text(po, "id", sum->inst->pillars[p].id);
        add_score(po, "before", pc->both, pc->before);
        add_score(po, "after", pc->both, pc->after);
        add_score(po, "delta", pc->both, pc->delta);
        json_add_bool(po, "gated_before", pc->gated_before);
        json_add_bool(po, "gated_after", pc->gated_after);
        json_add_node(pl, NULL, po);
    }
    json_add_node(o, "pillars", pl);
    JsonNode *il = json_array_begin(j);
    for (size_t k = 0; k < c->n_indicators; k++) {
        const IndicatorChange *ic = &c->indicators[k];
        JsonNode *io = json_object_begin(j);
        add_text(io, "id", instrument_at(sum->inst, ic->ref)->id);
        add_level(io, "before", ic->before);
        add_level(io, "after", ic->after);
        json_add_bool(io, "not_applicable_before", ic->before == ASSESS_NA);
        json_add_bool(io, "not_applicable_after", ic->after == ASSESS_NA);
        json_add_node(il, NULL, io);
    }
    json_add_node(o, "indicators", il);
    return o;
}

static JsonNode *training_json(Json *j, const AssessSummary *sum, const ReportAssessOptions *o,
                               Lang lang)
{
    JsonNode *t = json_object_begin(j);
    json_add_bool(t, "computed", sum->training_ran);
    if (!sum->training_ran)
        return t;
    const MeasureResult *m = &sum->training;
    json_add_int(t, "trainees", m->counted);
    JsonNode *list = json_array_begin(j);
    for (size_t k = 0; k < m->n_per; k++) {
        const MeasureCompetency *mc = &m->per[k];
        JsonNode *c = json_object_begin(j);
        add_text(c, "id", mc->competency);
        add_text(c, "title", report_competency_title(o->catalog, mc->competency, lang));
        json_add_bool(c, "loaded", mc->loaded);
        json_add_int(c, "passed", mc->passed);
        add_score(c, "share", mc->loaded && m->counted, mc->share);
        json_add_node(list, NULL, c);
    }
    json_add_node(t, "competencies", list);
    return t;
}

static JsonNode *recommendations_json(Json *j, const AssessSummary *sum, Lang lang)
{
    JsonNode *o = json_object_begin(j);
    json_add_bool(o, "ran", sum->recs_ran);
    json_add_int(o, "failed", (int64_t)sum->recs.failed);
    JsonNode *list = json_array_begin(j);
    for (size_t k = 0; sum->recs_ran && k < sum->recs.n; k++) {
        const InstrumentRule *rule = &sum->inst->rules[sum->recs.rules[k]];
        JsonNode *r = json_object_begin(j);
        add_text(r, "id", rule->id);
        add_text(r, "pillar", rule->pillar);
        add_text(r, "text", ltext_get(&rule->text, lang));
        json_add_node(list, NULL, r);
    }
    json_add_node(o, "items", list);
    return o;
}

/* Writes the document's text and a line end; false with the reason in err. */
static bool json_out(FILE *f, Json *j, JsonNode *doc, char *err, size_t errlen)
{
    char *text = json_end(doc);
    if (!text) {
        snprintf(err, errlen, "cannot make JSON: %s", json_error(j));
        return false;
    }
    fputs(text, f);
    fputc('\n', f);
    free(text);
    if (ferror(f)) {
        snprintf(err, errlen, "%s", "write error");
        return false;
    }
    return true;
}

bool report_assess_json(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                        size_t errlen)
{
    Lang lang = i18n_lang();
    Json *j = json_new(err, errlen);
    if (!j)
        return false;
    const Assessment *a = &sum->a;
    JsonNode *doc = json_object_begin(j);
    add_text(doc, "format", "rastro-assessment");
    json_add_int(doc, "format_version", 1);
    add_text(doc, "lang", lang_code(lang));
    JsonNode *ao = json_object_begin(j);
    add_text(ao, "id", a->uid);
    add_text(ao, "country", a->country);
    add_text(ao, "country_name", country_name(a->country, lang));
    add_text(ao, "assessed_on", a->assessed_on);
    add_text(ao, "status", assess_status_name(a->status));
    add_text(ao, "finalised_at", a->finalised_at && a->finalised_at[0] ? a->finalised_at : NULL);
    JsonNode *who = json_array_begin(j);
    char *names = xstrdup(a->assessors ? a->assessors : "");
    for (char *save = NULL, *s = strtok_r(names, "\n", &save); s; s = strtok_r(NULL, "\n", &save))
        if (!text_is_blank(s))
            add_text(who, NULL, s);
    free(names);
    json_add_node(ao, "assessors", who);
    add_text(ao, "sources", a->sources);
    add_text(ao, "copied_from", a->copied_from);
    add_text(ao, "created_at", a->created_at);
    json_add_node(ao, "instrument", instrument_json(j, sum->inst, a->instrument_version, lang));
    json_add_node(doc, "assessment", ao);

    JsonNode *ov = json_object_begin(j);
    add_score(ov, "score", sum->result.scored, sum->result.overall);
    add_text(ov, "band", sum->result.scored ? assess_band_name(sum->result.band) : NULL);
    add_text(ov, "band_title", sum->result.scored ? assess_band_title(sum->result.band) : NULL);
    json_add_bool(ov, "complete", sum->result.complete);
    size_t total = instrument_indicator_count(sum->inst);
    json_add_int(ov, "indicators", (int64_t)total);
    json_add_int(ov, "rated", (int64_t)(total - sum->result.n_unrated));
    json_add_node(doc, "overall", ov);
    json_add_node(doc, "pillars", pillars_json(j, sum, lang));
    json_add_node(doc, "strengths", refs_json(j, sum->inst, sum->result.strengths,
                                              sum->result.n_strengths));
    json_add_node(doc, "gaps", refs_json(j, sum->inst, sum->result.gaps, sum->result.n_gaps));
    json_add_node(doc, "unrated", refs_json(j, sum->inst, sum->result.unrated,
                                            sum->result.n_unrated));
    json_add_node(doc, "recommendations", recommendations_json(j, sum, lang));
    json_add_node(doc, "training", training_json(j, sum, o, lang));
    if (sum->has_previous)
        json_add_node(doc, "change", change_json(j, sum));
    else
        json_add_null(doc, "change");
    JsonNode *src = json_array_begin(j);
    for (size_t k = 0; k < sum->inst->n_sources; k++) {
        JsonNode *s = json_object_begin(j);
        add_text(s, "key", sum->inst->sources[k].key);
        add_text(s, "text", sum->inst->sources[k].text);
        json_add_node(src, NULL, s);
    }
    json_add_node(doc, "sources", src);
    bool ok = json_out(f, j, doc, err, errlen);
    json_free(j);
    return ok;
}

bool report_region_json(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                        size_t errlen)
{
    (void)o;
    Lang lang = i18n_lang();
    Json *j = json_new(err, errlen);
    if (!j)
        return false;
    JsonNode *doc = json_object_begin(j);
    add_text(doc, "format", "rastro-region");
    json_add_int(doc, "format_version", 1);
    add_text(doc, "lang", lang_code(lang));
    if (r->inst)
        json_add_node(doc, "instrument", instrument_json(j, r->inst, r->inst->version, lang));
    else
        json_add_null(doc, "instrument");
    json_add_int(doc, "skipped", (int64_t)r->skipped);
    size_t np = r->inst ? r->inst->n_pillars : 0;
    JsonNode *pl = json_array_begin(j);
    for (size_t p = 0; p < np; p++) {
        JsonNode *po = json_object_begin(j);
        add_text(po, "id", r->inst->pillars[p].id);
        add_text(po, "title", ltext_get(&r->inst->pillars[p].title, lang));
        json_add_node(pl, NULL, po);
    }
    json_add_node(doc, "pillars", pl);
    JsonNode *rows = json_array_begin(j);
    for (size_t i = 0; i < r->n; i++) {
        const RegionRow *row = &r->rows[i];
        JsonNode *c = json_object_begin(j);
        add_text(c, "country", row->a.country);
        add_text(c, "country_name", country_name(row->a.country, lang));
        add_text(c, "assessment", row->a.uid);
        add_text(c, "assessed_on", row->a.assessed_on);
        add_text(c, "instrument", row->a.instrument_id);
        json_add_int(c, "instrument_version", row->a.instrument_version);
        add_score(c, "overall", row->result.scored, row->result.overall);
        add_text(c, "band", row->result.scored ? assess_band_name(row->result.band) : NULL);
        JsonNode *scores = json_array_begin(j);
        for (size_t p = 0; p < np; p++) {
            JsonNode *s = json_object_begin(j);
            add_text(s, "id", r->inst->pillars[p].id);
            add_score(s, "score", row->scored[p], row->scores[p]);
            json_add_bool(s, "gated", row->gated[p]);
            json_add_node(scores, NULL, s);
        }
        json_add_node(c, "pillars", scores);
        json_add_node(rows, NULL, c);
    }
    json_add_node(doc, "countries", rows);
    bool ok = json_out(f, j, doc, err, errlen);
    json_free(j);
    return ok;
}
