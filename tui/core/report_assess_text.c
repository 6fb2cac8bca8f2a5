/* The assessment and region reports as plain text: 80 columns on pages separated by form feeds
 * (textdoc.h), for line printers and email. Every text from people or content goes through
 * textdoc's wrapping or text_clip, which make it inert. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "i18n.h"
#include "report_assess.h"
#include "textdoc.h"

#define W REPORT_TEXT_WIDTH
/* The pillar chart: a bar of BAR columns for 0-100. */
#define BAR 28
#define BAR_TITLE 36

/* "  Label:       value" with the value wrapped under itself. */
static void field(TextDoc *d, const char *label, int label_w, const char *value)
{
    size_t n;
    char **lines = textdoc_wrap_lines(value, W - label_w - 4, &n);
    for (size_t i = 0; i < n; i++) {
        char *l = i ? xstrdup("") : xasprintf("%s:", label);
        char *line = xasprintf("  %s%*s%s", l, label_w + 2 - text_width(l), "", lines[i]);
        textdoc_line(d, line);
        free(line);
        free(l);
        free(lines[i]);
    }
    free(lines);
}

/* A bar of width characters for score (0-100): '#' for the score, '.' for the rest. */
static void bar(StrBuf *b, bool scored, double score, int width)
{
    int full = scored ? (int)lround(fmin(fmax(score, 0), 100) * width / 100.0) : 0;
    for (int i = 0; i < width; i++)
        strbuf_puts(b, i < full ? "#" : ".");
}

static void put_cover(TextDoc *d, const AssessSummary *sum)
{
    const Assessment *a = &sum->a;
    Lang lang = i18n_lang();
    char rule[W + 1];
    memset(rule, '=', W);
    rule[W] = '\0';
    textdoc_line(d, rule);
    char *title = xasprintf("%s: %s", tr("Country capacity assessment"),
                            country_name(a->country, lang));
    char *line = text_clip(title, W, true, "...");
    char *centred = xasprintf("%*s%s", (W - text_width(line)) / 2, "", line);
    textdoc_line(d, centred);
    free(centred);
    free(line);
    free(title);
    textdoc_line(d, rule);
    textdoc_blank(d);

    const char *labels[] = {tr("Instrument"), tr("Assessed on"), tr("Assessors"), tr("Status"),
                            tr("Assessment"), tr("Rated")};
    int lw = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        lw = text_width_min(labels[i], lw);
    char *inst = xasprintf(tr("%s, version %d"), ltext_get(&sum->inst->title, lang),
                           a->instrument_version);
    char *date = i18n_date_long(a->assessed_on), *who = report_assessors(a->assessors);
    char *status = report_status(a);
    size_t total = instrument_indicator_count(sum->inst);
    char *rated = xasprintf(tr("%zu of %zu indicators"), total - sum->result.n_unrated, total);
    char id[16];
    snprintf(id, sizeof id, "%.*s", STORE_SHORT_ID, a->uid);
    field(d, labels[0], lw, inst);
    field(d, labels[1], lw, date);
    field(d, labels[2], lw, who[0] ? who : "-");
    field(d, labels[3], lw, status);
    field(d, labels[4], lw, id);
    field(d, labels[5], lw, rated);
    free(inst);
    free(date);
    free(who);
    free(status);
    free(rated);
    textdoc_blank(d);
    char buf[16];
    line = sum->result.scored
               ? xasprintf(tr("Overall score: %s of 100, %s"),
                           report_score_shown(true, sum->result.overall, buf),
                           assess_band_title(sum->result.band))
               : xstrdup(tr("Overall score: none yet (no indicator is rated)"));
    textdoc_wrap(d, line, 2, 2);
    free(line);
}

static void put_chart(TextDoc *d, const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    textdoc_blank(d);
    textdoc_heading(d, tr("Scores by pillar (0 to 100)"), '-');
    bool any_gate = false;
    StrBuf b;
    strbuf_init(&b);
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        const PillarScore *ps = assess_summary_pillar(sum, p);
        char *title = text_clip(ltext_get(&sum->inst->pillars[p].title, lang), BAR_TITLE, true,
                                "...");
        char buf[16];
        strbuf_clear(&b);
        strbuf_printf(&b, "%2zu %s%*s ", p + 1, title, BAR_TITLE - text_width(title), "");
        bar(&b, ps->scored, ps->score, BAR);
        strbuf_printf(&b, " %5s%s", report_score_shown(ps->scored, ps->score, buf),
                      ps->n_gates ? " *" : "");
        any_gate = any_gate || ps->n_gates;
        textdoc_line(d, b.s);
        free(title);
    }
    strbuf_done(&b);
    if (any_gate)
        textdoc_wrap(d, tr("* held at 25 at most: a critical indicator is at level 0"), 3, 5);
    textdoc_blank(d);
    textdoc_line(d, tr("The scale of every indicator:"));
    for (int k = 0; k <= INSTRUMENT_MAX_LEVEL; k++) {
        char *line = xasprintf("%d  %s", k, report_scale_word(k));
        textdoc_wrap(d, line, 2, 5);
        free(line);
    }
}

/* Indicators listed by ref, one a line: "Title (pillar): level n". */
static void put_refs(TextDoc *d, const AssessSummary *sum, const char *heading,
                     const IndicatorRef *refs, size_t n, size_t most)
{
    if (!n)
        return;
    Lang lang = i18n_lang();
    textdoc_blank(d);
    textdoc_heading(d, heading, '-');
    for (size_t k = 0; k < n && k < most; k++) {
        const Indicator *ind = instrument_at(sum->inst, refs[k]);
        char *line = xasprintf(tr("%s (%s): level %d"), ltext_get(&ind->title, lang),
                               ltext_get(&sum->inst->pillars[refs[k].p].title, lang),
                               report_level_at(sum, refs[k]));
        char *item = xasprintf("- %s", line);
        textdoc_wrap(d, item, 2, 4);
        free(item);
        free(line);
    }
    if (n > most) {
        char *more = xasprintf(trn("and %zu more", "and %zu more", n - most), n - most);
        textdoc_keep(d);
        textdoc_wrap(d, more, 4, 4);
        free(more);
    }
}

static void put_pillar(TextDoc *d, const AssessSummary *sum, size_t p)
{
    Lang lang = i18n_lang();
    const Pillar *pil = &sum->inst->pillars[p];
    const PillarScore *ps = assess_summary_pillar(sum, p);
    char buf[16];
    char *heading = xasprintf("%zu. %s", p + 1, ltext_get(&pil->title, lang));
    textdoc_blank(d);
    textdoc_heading(d, heading, '=');
    free(heading);
    char *score = ps->scored ? xasprintf(tr("Score: %s of 100"),
                                         report_score_shown(true, ps->score, buf))
                             : xstrdup(tr("Score: none (no indicator rated)"));
    char *line = xasprintf(tr("%s. Rated: %zu of %zu; not applicable: %zu."), score,
                           ps->rated + ps->not_applicable, ps->total, ps->not_applicable);
    textdoc_wrap(d, line, 0, 0);
    textdoc_keep(d);
    free(line);
    free(score);
    for (size_t g = 0; g < ps->n_gates; g++) {
        const Indicator *ind = instrument_at(sum->inst, ps->gates[g]);
        line = xasprintf(tr("Held at 25 at most: \"%s\", a critical indicator, is at level 0."),
                         ltext_get(&ind->title, lang));
        textdoc_wrap(d, line, 0, 0);
        textdoc_keep(d);
        free(line);
    }
    textdoc_blank(d);
    textdoc_keep(d);
    static const int widths[] = {30, 5, 41};
    const char *head[] = {tr("Indicator"), tr("Level"), tr("Evidence")};
    textdoc_table_head(d);
    textdoc_row(d, head, widths, 3, true);
    textdoc_keep(d);
    textdoc_line(d, "------------------------------  -----  -----------------------------------------");
    textdoc_keep(d);
    textdoc_table_rows(d);
    for (size_t i = 0; i < pil->n_indicators; i++) {
        IndicatorRef ref = {p, i};
        const Indicator *ind = &pil->indicators[i];
        char *title = ind->critical ? xasprintf("%s (%s)", ltext_get(&ind->title, lang),
                                                tr("critical"))
                                    : xstrdup(ltext_get(&ind->title, lang));
        char *evidence = report_level_at(sum, ref) == ASSESS_UNRATED ? xstrdup(tr("Not rated yet"))
                                                                 : report_evidence(sum, ref);
        const char *cells[] = {title, report_level_shown(report_level_at(sum, ref)), evidence};
        textdoc_row(d, cells, widths, 3, true);
        textdoc_blank(d);
        free(title);
        free(evidence);
    }
    textdoc_table_end(d);
}

static void put_gates(TextDoc *d, const AssessSummary *sum)
{
    textdoc_blank(d);
    textdoc_heading(d, tr("Gates"), '-');
    bool any = false;
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        const PillarScore *ps = assess_summary_pillar(sum, p);
        for (size_t g = 0; g < ps->n_gates; g++) {
            char *gate = report_gate(sum, p, ps->gates[g]);
            char *line = xasprintf("- %s", gate);
            free(gate);
            textdoc_wrap(d, line, 0, 2);
            free(line);
            any = true;
        }
    }
    if (!any)
        textdoc_wrap(d, tr("No critical indicator is at level 0: no pillar is held down."), 0, 0);
}

static void put_recommendations(TextDoc *d, const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    textdoc_blank(d);
    textdoc_heading(d, tr("Recommendations"), '-');
    if (!sum->recs_ran) {
        textdoc_wrap(d, tr("The instrument's recommendation rules could not be run."), 0, 0);
        return;
    }
    if (!sum->recs.n)
        textdoc_wrap(d, tr("None of the instrument's recommendations applies."), 0, 0);
    for (size_t k = 0; k < sum->recs.n; k++) {
        const InstrumentRule *rule = &sum->inst->rules[sum->recs.rules[k]];
        size_t p = rule->pillar ? instrument_pillar_index(sum->inst, rule->pillar) : (size_t)-1;
        char *line = p != (size_t)-1
                         ? xasprintf("%zu. %s: %s", k + 1,
                                     ltext_get(&sum->inst->pillars[p].title, lang),
                                     ltext_get(&rule->text, lang))
                         : xasprintf("%zu. %s", k + 1, ltext_get(&rule->text, lang));
        textdoc_wrap(d, line, 0, 3);
        free(line);
    }
    if (sum->recs.failed) {
        char *line = xasprintf(trn("%zu rule could not be run and is left out.",
                                   "%zu rules could not be run and are left out.",
                                   sum->recs.failed), sum->recs.failed);
        textdoc_wrap(d, line, 0, 0);
        free(line);
    }
}

static void put_training(TextDoc *d, const AssessSummary *sum, const ReportAssessOptions *o)
{
    textdoc_blank(d);
    textdoc_heading(d, tr("Training results"), '-');
    const MeasureResult *m = &sum->training;
    bool table;
    char *line = report_training_intro(sum, &table);
    textdoc_wrap(d, line, 0, 0);
    free(line);
    if (!table)
        return;
    textdoc_keep(d);
    static const int widths[] = {56, 8, 12};
    char h1[16], h2[24];
    snprintf(h1, sizeof h1, "%*s", widths[1] - text_width(tr("Passed")) + (int)strlen(tr("Passed")),
             tr("Passed"));
    snprintf(h2, sizeof h2, "%*s", widths[2] - text_width(tr("Share")) + (int)strlen(tr("Share")),
             tr("Share"));
    const char *head[] = {tr("Competency"), h1, h2};
    textdoc_table_head(d);
    textdoc_row(d, head, widths, 3, true);
    textdoc_keep(d);
    textdoc_table_rows(d);
    bool unloaded = false;
    for (size_t k = 0; k < m->n_per; k++) {
        const MeasureCompetency *c = &m->per[k];
        char passed[16], share[24];
        if (c->loaded) {
            snprintf(passed, sizeof passed, "%*d", widths[1], c->passed);
            snprintf(share, sizeof share, "%*.1f%%", widths[2] - 1, c->share);
        } else {
            snprintf(passed, sizeof passed, "%*s", widths[1], "-");
            snprintf(share, sizeof share, "%*s", widths[2], "-");
            unloaded = true;
        }
        const char *cells[] = {report_competency_title(o->catalog, c->competency, i18n_lang()),
                               passed, share};
        textdoc_row(d, cells, widths, 3, true);
    }
    textdoc_table_end(d);
    if (unloaded)
        textdoc_wrap(d, tr("- : the competency's module is not in the content, so its passes "
                           "cannot be judged."), 0, 4);
}

static void put_change(TextDoc *d, const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    textdoc_blank(d);
    textdoc_heading(d, tr("Change since the last assessment"), '-');
    if (!sum->has_previous) {
        char *line = xasprintf(tr("No earlier final assessment of %s to compare with."),
                               country_name(sum->a.country, lang));
        textdoc_wrap(d, line, 0, 0);
        free(line);
        return;
    }
    const AssessChange *c = &sum->change;
    char *date = i18n_date_long(sum->previous.assessed_on);
    char *line = xasprintf(tr("Compared with the final assessment of %s (%.*s)."), date,
                           STORE_SHORT_ID, sum->previous.uid);
    textdoc_wrap(d, line, 0, 0);
    free(line);
    free(date);
    char b1[16], b2[16];
    if (c->both)
        line = xasprintf(tr("Overall: %s then, %s now (%+.1f); %s then, %s now."),
                         report_score_shown(true, c->before, b1),
                         report_score_shown(true, c->after, b2), c->delta,
                         assess_band_title(c->band_before), assess_band_title(c->band_after));
    else
        line = xstrdup(tr("Overall: no score to compare."));
    textdoc_wrap(d, line, 0, 0);
    free(line);
    textdoc_blank(d);
    static const int widths[] = {50, 8, 8, 8};
    const char *words[] = {tr("Then"), tr("Now"), tr("Change")};
    char heads[3][32];
    for (int k = 0; k < 3; k++)
        snprintf(heads[k], sizeof heads[k], "%*s",
                 8 - text_width(words[k]) + (int)strlen(words[k]), words[k]);
    const char *head[] = {tr("Pillar"), heads[0], heads[1], heads[2]};
    textdoc_table_head(d);
    textdoc_row(d, head, widths, 4, true);
    textdoc_keep(d);
    textdoc_table_rows(d);
    for (size_t p = 0; p < c->n_pillars; p++) {
        const PillarChange *pc = &c->pillars[p];
        char then[16], now[16], delta[16];
        const PillarScore *ps = assess_summary_pillar(sum, p);
        snprintf(then, sizeof then, "%8s", pc->both ? report_score_shown(true, pc->before, b1) : "-");
        snprintf(now, sizeof now, "%8s", report_score_shown(ps->scored, ps->score, b2));
        if (pc->both)
            snprintf(delta, sizeof delta, "%+8.1f", pc->delta);
        else
            snprintf(delta, sizeof delta, "%8s", "-");
        char *name = xasprintf("%zu. %s", p + 1, ltext_get(&sum->inst->pillars[p].title, lang));
        const char *cells[] = {name, then, now, delta};
        textdoc_row(d, cells, widths, 4, true);
        free(name);
    }
    textdoc_table_end(d);
    if (!c->n_indicators)
        return;
    textdoc_blank(d);
    textdoc_line(d, tr("Indicators whose level changed:"));
    textdoc_keep(d);
    for (size_t k = 0; k < c->n_indicators; k++) {
        const IndicatorChange *ic = &c->indicators[k];
        const Indicator *ind = instrument_at(sum->inst, ic->ref);
        line = xasprintf("- %s: %s -> %s", ltext_get(&ind->title, lang),
                         report_level_shown(ic->before), report_level_shown(ic->after));
        textdoc_wrap(d, line, 0, 2);
        free(line);
    }
}

static void put_sources(TextDoc *d, const AssessSummary *sum)
{
    textdoc_blank(d);
    textdoc_heading(d, tr("Sources"), '-');
    if (sum->a.sources && !text_is_blank(sum->a.sources)) {
        textdoc_line(d, tr("Consulted by the assessors:"));
        textdoc_keep(d);
        textdoc_wrap(d, sum->a.sources, 2, 2);
        textdoc_blank(d);
    }
    textdoc_line(d, tr("Cited by the instrument:"));
    textdoc_keep(d);
    for (size_t k = 0; k < sum->inst->n_sources; k++) {
        const Source *s = &sum->inst->sources[k];
        char *line = xasprintf("[%s] %s", s->key, s->text);
        textdoc_wrap(d, line, 2, 4);
        free(line);
    }
}

bool report_assess_text(FILE *f, const AssessSummary *sum, ReportAssessOptions *o)
{
    TextDoc d;
    textdoc_init(&d, W);
    put_cover(&d, sum);
    put_chart(&d, sum);
    put_refs(&d, sum, tr("Strengths (levels 3 and 4)"), sum->result.strengths,
             sum->result.n_strengths, REPORT_LIST_MOST);
    put_refs(&d, sum, tr("Largest gaps (levels 0 to 2)"), sum->result.gaps, sum->result.n_gaps,
             REPORT_LIST_MOST);
    if (sum->result.n_unrated) {
        char *line = report_unrated(sum);
        textdoc_blank(&d);
        textdoc_heading(&d, tr("Not rated yet"), '-');
        textdoc_wrap(&d, line, 0, 0);
        free(line);
    }
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        if (p == 0)
            textdoc_break(&d);
        put_pillar(&d, sum, p);
    }
    textdoc_break(&d);
    put_gates(&d, sum);
    put_recommendations(&d, sum);
    put_training(&d, sum, o);
    put_change(&d, sum);
    put_sources(&d, sum);
    char *head = report_head(sum, false);
    bool ok = textdoc_write(&d, f, REPORT_TEXT_PAGE, head, report_mark(sum), tr("Page %d of %d"));
    free(head);
    textdoc_done(&d);
    return ok;
}

/* ---- the region ---- */

/* Most pillar columns beside the country's name in one table. */
#define REGION_NAME 16
#define REGION_COL 6
#define REGION_BAR 24

bool report_region_text(FILE *f, const AssessRegion *r, ReportAssessOptions *o)
{
    (void)o;
    Lang lang = i18n_lang();
    TextDoc d;
    textdoc_init(&d, W);
    textdoc_heading(&d, tr("Country capacity assessments: the region"), '=');
    if (!r->inst || !r->n) {
        textdoc_wrap(&d, tr("No country has a final assessment yet."), 0, 0);
    } else {
        char *line = xasprintf(tr("Each country's latest final assessment, scored with %s."),
                               ltext_get(&r->inst->title, lang));
        textdoc_wrap(&d, line, 0, 0);
        free(line);
    }
    if (r->skipped) {
        char *line = xasprintf(trn("%zu country is left out: its instrument is not loaded.",
                                   "%zu countries are left out: their instrument is not loaded.",
                                   r->skipped), r->skipped);
        textdoc_wrap(&d, line, 0, 0);
        free(line);
    }
    if (r->inst && r->n) {
        textdoc_blank(&d);
        textdoc_heading(&d, tr("Overall score (0 to 100)"), '-');
        static const int widths[] = {18, 10, REGION_BAR, 5, 15};
        const char *head[] = {tr("Country"), tr("Date"), "", tr("Score"), tr("Band")};
        textdoc_table_head(&d);
        textdoc_row(&d, head, widths, 5, true);
        textdoc_keep(&d);
        textdoc_table_rows(&d);
        for (size_t i = 0; i < r->n; i++) {
            const RegionRow *row = &r->rows[i];
            StrBuf b;
            strbuf_init(&b);
            bar(&b, row->result.scored, row->result.overall, REGION_BAR);
            char buf[16];
            const char *cells[] = {country_name(row->a.country, lang), row->a.assessed_on, b.s,
                                   report_score_shown(row->result.scored, row->result.overall,
                                                      buf),
                                   row->result.scored ? assess_band_title(row->result.band) : "-"};
            textdoc_row(&d, cells, widths, 5, true);
            strbuf_done(&b);
        }
        textdoc_table_end(&d);
        /* The pillars in tables of as many columns as fit beside the name. */
        size_t per = (size_t)((W - REGION_NAME) / REGION_COL);
        for (size_t from = 0; from < r->inst->n_pillars; from += per) {
            size_t to = from + per < r->inst->n_pillars ? from + per : r->inst->n_pillars;
            textdoc_blank(&d);
            textdoc_heading(&d, tr("Scores by pillar (0 to 100; * held by a gate)"), '-');
            StrBuf b;
            strbuf_init(&b);
            strbuf_printf(&b, "%-*s", REGION_NAME, "");
            for (size_t p = from; p < to; p++)
                strbuf_printf(&b, "%*zu", REGION_COL, p + 1);
            textdoc_table_head(&d);
            textdoc_line(&d, b.s);
            textdoc_keep(&d);
            textdoc_table_rows(&d);
            for (size_t i = 0; i < r->n; i++) {
                const RegionRow *row = &r->rows[i];
                strbuf_clear(&b);
                char *name = text_clip(country_name(row->a.country, lang), REGION_NAME - 1, true,
                                       "...");
                strbuf_printf(&b, "%s%*s", name, REGION_NAME - text_width(name), "");
                free(name);
                for (size_t p = from; p < to; p++) {
                    char buf[16], cell[24];
                    snprintf(cell, sizeof cell, "%s%s",
                             report_score_shown(row->scored[p], row->scores[p], buf),
                             row->gated[p] ? "*" : " ");
                    strbuf_printf(&b, "%*s", REGION_COL, cell);
                }
                textdoc_line(&d, b.s);
            }
            textdoc_table_end(&d);
            strbuf_done(&b);
        }
        textdoc_blank(&d);
        textdoc_line(&d, tr("Pillars:"));
        textdoc_keep(&d);
        for (size_t p = 0; p < r->inst->n_pillars; p++) {
            char *line = xasprintf("%2zu  %s", p + 1, ltext_get(&r->inst->pillars[p].title, lang));
            textdoc_wrap(&d, line, 0, 4);
            free(line);
        }
    }
    bool ok = textdoc_write(&d, f, REPORT_TEXT_PAGE, tr("Country capacity assessments: the region"),
                            NULL, tr("Page %d of %d"));
    textdoc_done(&d);
    return ok;
}
