/* Assessment reports: the choice of format and what every format shows alike (the words of
 * the scale, levels and scores as shown, the running head and the draft's mark). */
#include "report_assess.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "country.h"
#include "i18n.h"

bool report_format_parse(const char *s, ReportFormat *out)
{
    static const char *const names[] = {"text", "pdf", "png", "csv", "json"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i]) == 0) {
            *out = (ReportFormat)i;
            return true;
        }
    return false;
}

bool paper_parse(const char *s, Paper *out)
{
    if (strcasecmp(s, "a4") == 0)
        *out = PAPER_A4;
    else if (strcasecmp(s, "letter") == 0)
        *out = PAPER_LETTER;
    else
        return false;
    return true;
}

bool report_format_binary(ReportFormat f)
{
    return f == REPORT_PDF || f == REPORT_PNG;
}

const char *report_scale_word(int level)
{
    switch (level) {
    case 0: return tr("absent");
    case 1: return tr("law or policy only; practice ad hoc");
    case 2: return tr("partial: some agencies or sites, paper records, not audited");
    case 3: return tr("nationwide, meets the ITI/ISACS minimum, reviewed periodically");
    case 4: return tr("institutionalised: electronic, audited, trained staff, reported");
    }
    return "";
}

const char *report_level_shown(int level)
{
    static const char *const digits[] = {"0", "1", "2", "3", "4"};
    if (level >= 0 && level <= INSTRUMENT_MAX_LEVEL)
        return digits[level];
    /* TRANSLATORS: an indicator rated not applicable, in a table's level column (short). */
    return level == ASSESS_NA ? tr("n/a") : "-";
}

const char *report_score_shown(bool scored, double score, char buf[16])
{
    if (!scored)
        return "-";
    snprintf(buf, 16, "%.1f", score);
    return buf;
}

char *report_assessors(const char *assessors)
{
    StrBuf b;
    strbuf_init(&b);
    const char *s = assessors ? assessors : "";
    while (*s) {
        size_t len = strcspn(s, "\n");
        size_t start = 0;
        while (start < len && (s[start] == ' ' || s[start] == '\r'))
            start++;
        size_t end = len;
        while (end > start && (s[end - 1] == ' ' || s[end - 1] == '\r'))
            end--;
        if (end > start) {
            strbuf_puts(&b, b.len ? ", " : "");
            strbuf_append(&b, s + start, end - start);
        }
        s += len + (s[len] == '\n');
    }
    return strbuf_take(&b);
}

char *report_status(const Assessment *a)
{
    if (a->status == ASSESS_DRAFT)
        return xstrdup(tr("Draft: not yet final"));
    if (!a->finalised_at || !a->finalised_at[0])
        return xstrdup(tr("Final"));
    char day[11];
    snprintf(day, sizeof day, "%.10s", a->finalised_at);
    char *date = i18n_date_long(day);
    char *s = xasprintf(tr("Final, since %s"), date);
    free(date);
    return s;
}

char *report_head(const AssessSummary *sum, bool long_date)
{
    char *date = long_date ? i18n_date_long(sum->a.assessed_on) : xstrdup(sum->a.assessed_on);
    char *head = xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s", country_name(sum->a.country, i18n_lang()),
                           tr("Country capacity assessment"), date);
    free(date);
    return head;
}

const char *report_mark(const AssessSummary *sum)
{
    /* TRANSLATORS: the mark on every page of a draft assessment's report, in capitals. */
    return sum->a.status == ASSESS_DRAFT ? tr("DRAFT") : NULL;
}

char *report_gate(const AssessSummary *sum, size_t p, IndicatorRef ref)
{
    Lang lang = i18n_lang();
    const PillarScore *ps = assess_summary_pillar(sum, p);
    const char *pillar = ltext_get(&sum->inst->pillars[p].title, lang);
    const char *title = ltext_get(&instrument_at(sum->inst, ref)->title, lang);
    char buf[16];
    if (ps->held)
        return xasprintf(tr("%s: held at 25 (it would score %s) because \"%s\" is at level 0."),
                         pillar, report_score_shown(true, assess_round(ps->raw), buf), title);
    return xasprintf(tr("%s: \"%s\" is at level 0, which holds the pillar at 25 at most."),
                     pillar, title);
}

char *report_unrated(const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    size_t total = instrument_indicator_count(sum->inst);
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, tr("%zu of %zu indicators"), sum->result.n_unrated, total);
    const char *sep = ": ";
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        size_t n = assess_summary_pillar(sum, p)->unrated;
        if (!n)
            continue;
        strbuf_printf(&b, "%s%s %zu", sep, ltext_get(&sum->inst->pillars[p].title, lang), n);
        sep = ", ";
    }
    strbuf_puts(&b, ".");
    return strbuf_take(&b);
}

char *report_training_intro(const AssessSummary *sum, bool *table)
{
    const MeasureResult *m = &sum->training;
    const char *country = country_name(sum->a.country, i18n_lang());
    *table = sum->training_ran && m->counted;
    if (!sum->training_ran)
        return xstrdup(tr("No training results: the content declares no competency."));
    if (!m->counted)
        return xasprintf(tr("No trainee of %s has finished a quiz or an exam yet."), country);
    return xasprintf(trn("%d trainee of %s has finished a quiz or an exam; of them, "
                         "passed each competency:",
                         "%d trainees of %s have finished a quiz or an exam; of them, "
                         "passed each competency:", (unsigned long)m->counted),
                     m->counted, country);
}

int report_level_at(const AssessSummary *sum, IndicatorRef ref)
{
    return sum->result.pillars[ref.p].levels[ref.i];
}

const Rating *report_rating_at(const AssessSummary *sum, IndicatorRef ref)
{
    return rating_find(sum->ratings, sum->n_ratings, instrument_at(sum->inst, ref)->id);
}

const char *report_competency_title(const Catalog *c, const char *id, Lang lang)
{
    return c ? catalog_competency_title(c, id, lang) : id;
}

bool report_source_cited(const Instrument *inst, const char *key)
{
    for (size_t p = 0; p < inst->n_pillars; p++)
        for (size_t i = 0; i < inst->pillars[p].n_indicators; i++) {
            const SourceRefs *r = &inst->pillars[p].indicators[i].sources;
            for (size_t k = 0; k < r->n; k++)
                if (strcmp(r->keys[k], key) == 0)
                    return true;
        }
    return false;
}

/* The reason of a failed text write. */
static bool text_done(bool ok, char *err, size_t errlen)
{
    if (!ok)
        snprintf(err, errlen, "%s", strerror(errno ? errno : EIO));
    return ok;
}

bool report_assess_write(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                         size_t errlen)
{
    Lang was = i18n_lang();
    i18n_set(o->lang);
    bool ok = false;
    switch (o->format) {
    case REPORT_TEXT: ok = text_done(report_assess_text(f, sum, o), err, errlen); break;
    case REPORT_PDF: ok = report_assess_pdf(f, sum, o, err, errlen); break;
    case REPORT_PNG: ok = report_assess_png(f, sum, o, err, errlen); break;
    case REPORT_CSV: ok = text_done(report_assess_csv(f, sum, o), err, errlen); break;
    case REPORT_JSON: ok = report_assess_json(f, sum, o, err, errlen); break;
    }
    i18n_set(was);
    return ok;
}

bool report_region_write(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                         size_t errlen)
{
    Lang was = i18n_lang();
    i18n_set(o->lang);
    bool ok = false;
    switch (o->format) {
    case REPORT_TEXT: ok = text_done(report_region_text(f, r, o), err, errlen); break;
    case REPORT_PDF: ok = report_region_pdf(f, r, o, err, errlen); break;
    case REPORT_PNG: ok = report_region_png(f, r, o, err, errlen); break;
    case REPORT_CSV: ok = text_done(report_region_csv(f, r, o), err, errlen); break;
    case REPORT_JSON: ok = report_region_json(f, r, o, err, errlen); break;
    }
    i18n_set(was);
    return ok;
}

char *report_evidence(const AssessSummary *sum, IndicatorRef ref)
{
    const Rating *r = report_rating_at(sum, ref);
    if (!r || report_level_at(sum, ref) == ASSESS_UNRATED)
        return xstrdup("");
    StrBuf b;
    strbuf_init(&b);
    if (r->not_applicable)
        strbuf_printf(&b, "%s: %s\n", tr("Not applicable"), r->reason ? r->reason : "");
    if (r->evidence && r->evidence[0])
        strbuf_printf(&b, "%s\n", r->evidence);
    if (r->documents && r->documents[0])
        strbuf_printf(&b, "%s: %s\n", tr("Documents"), r->documents);
    if (r->measured) {
        strbuf_printf(&b, tr("Measured: %.1f%% of the country's trainees passed (level %d)"),
                      r->measured_value, r->measured_level);
        strbuf_puts(&b, "\n");
        if (!r->not_applicable && r->level != r->measured_level && r->reason && r->reason[0])
            strbuf_printf(&b, "%s: %s\n", tr("Level changed by the assessor"), r->reason);
    }
    strbuf_printf(&b, tr("Rated by %s on %.10s"), r->rated_by && r->rated_by[0] ? r->rated_by : "-",
                  r->rated_at ? r->rated_at : "");
    return strbuf_take(&b);
}
