/* The assessment and region reports as PDF documents: flowing blocks the renderer program lays
 * out on A4 or Letter (pdf.h), with the charts of report_assess_chart.c. Texts from people and
 * content are copied sanitised by pdf.h's document builders, and the renderer sets them as
 * plain text, never markup. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "i18n.h"
#include "pdf.h"
#include "report_assess.h"

#define MARGIN 56.0

static void ink(PdfPage *p, const double rgb[3])
{
    pdf_ink(p, rgb[0], rgb[1], rgb[2]);
}

/* A level's shade in the pillar tables: 0 reddish to 4 green; grey for not applicable. */
static bool level_fill(int level, double out[3])
{
    if (level == ASSESS_NA) {
        out[0] = out[1] = out[2] = 0.92;
        return true;
    }
    if (level < 0)
        return false;
    report_band_rgb((AssessBand)level, true, out);
    return true;
}

/* ---- the assessment's document ---- */

static void paper_size(Paper paper, double *w, double *h)
{
    *w = paper == PAPER_LETTER ? PDF_LETTER_W : PDF_A4_W;
    *h = paper == PAPER_LETTER ? PDF_LETTER_H : PDF_A4_H;
}

static PdfBlock *heading(PdfDoc *d, const char *text, double size)
{
    pdf_doc_space(d, size * 1.1);
    PdfBlock *b = pdf_doc_heading(d, text, "Sans Bold", size);
    memcpy(b->rgb, report_navy, sizeof b->rgb);
    pdf_doc_space(d, size * 0.45);
    return b;
}

static PdfBlock *para(PdfDoc *d, const char *text)
{
    PdfBlock *b = pdf_doc_paragraph(d, text, "Serif", 10.5);
    pdf_doc_space(d, 4);
    return b;
}

/* A bulleted paragraph, its lines after the first under its first word. */
static void bullet(PdfDoc *d, const char *text, double size)
{
    char *line = xasprintf("\xe2\x80\xa2 %s", text);
    PdfBlock *b = pdf_doc_paragraph(d, line, "Serif", size);
    b->indent = 8;
    b->hang = size * 0.92;
    pdf_doc_space(d, 2);
    free(line);
}

static void cover(PdfDoc *d, const AssessSummary *sum)
{
    const Assessment *a = &sum->a;
    Lang lang = i18n_lang();
    pdf_doc_space(d, 1); /* the space after it is kept at the top of the page */
    PdfPage *top = pdf_doc_drawing(d, 96);
    ink(top, report_navy);
    pdf_fill(top, 0, 0, pdf_doc_text_width(d), 5);
    pdf_doc_space(d, 20);
    PdfBlock *b = pdf_doc_paragraph(d, tr("COUNTRY CAPACITY ASSESSMENT"), "Sans Bold", 11);
    memcpy(b->rgb, report_grey, sizeof b->rgb);
    pdf_doc_space(d, 6);
    b = pdf_doc_paragraph(d, country_name(a->country, lang), "Serif Bold", 36);
    memcpy(b->rgb, report_navy, sizeof b->rgb);
    pdf_doc_space(d, 8);
    char *inst = xasprintf(tr("%s, version %d"), ltext_get(&sum->inst->title, lang),
                           a->instrument_version);
    pdf_doc_paragraph(d, inst, "Serif Italic", 13);
    free(inst);
    pdf_doc_space(d, 36);

    char *date = i18n_date_long(a->assessed_on), *who = report_assessors(a->assessors);
    char *status = report_status(a);
    size_t total = instrument_indicator_count(sum->inst);
    char *rated = xasprintf(tr("%zu of %zu indicators"), total - sum->result.n_unrated, total);
    char id[16];
    snprintf(id, sizeof id, "%.*s", STORE_SHORT_ID, a->uid);
    static const double widths[] = {0.30, 0.70};
    PdfBlock *t = pdf_doc_table(d, 2, widths, 0, "Serif", 11.5);
    const char *rows[][2] = {{tr("Assessed on"), date},
                             {tr("Assessors"), who[0] ? who : "-"},
                             {tr("Status"), status},
                             {tr("Assessment"), id},
                             {tr("Rated"), rated}};
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        PdfCell *c = pdf_table_row(t, rows[k]);
        c[0].bold = true;
        memcpy(c[0].rgb, report_grey, sizeof c[0].rgb);
        if (k == 2 && a->status == ASSESS_DRAFT) {
            c[1].bold = true;
            memcpy(c[1].rgb, report_red, sizeof c[1].rgb);
        }
    }
    free(date);
    free(who);
    free(status);
    free(rated);

    pdf_doc_space(d, 30);
    PdfPage *box = pdf_doc_drawing(d, 86);
    double w = pdf_doc_text_width(d);
    ink(box, report_grey);
    pdf_text(box, tr("Overall score"), "Sans Bold", 10, 0, 0, w, PDF_LEFT);
    if (sum->result.scored) {
        double rgb[3];
        char n[16];
        snprintf(n, sizeof n, "%.1f", sum->result.overall);
        ink(box, report_navy);
        pdf_text(box, n, "Serif Bold", 40, 0, 16, 150, PDF_LEFT);
        ink(box, report_grey);
        pdf_text(box, tr("of 100"), "Serif", 12, 122, 40, 80, PDF_LEFT);
        report_band_rgb(sum->result.band, false, rgb);
        ink(box, rgb);
        pdf_fill(box, 200, 22, 10, 36);
        ink(box, report_ink);
        pdf_text(box, assess_band_title(sum->result.band), "Serif Bold", 18, 220, 28, w - 220,
                 PDF_LEFT);
    } else {
        ink(box, report_grey);
        pdf_text(box, tr("none yet: no indicator is rated"), "Serif Italic", 14, 0, 22, w,
                 PDF_LEFT);
    }
    pdf_doc_break(d);
}

/* Bulleted lines of indicators by ref under a heading; at most most of them. */
static void ref_list(PdfDoc *d, const AssessSummary *sum, const char *title,
                     const IndicatorRef *refs, size_t n, size_t most)
{
    if (!n)
        return;
    Lang lang = i18n_lang();
    heading(d, title, 11.5);
    for (size_t k = 0; k < n && k < most; k++) {
        const Indicator *ind = instrument_at(sum->inst, refs[k]);
        const char *pillar = ltext_get(&sum->inst->pillars[refs[k].p].title, lang);
        char *line = xasprintf(tr("%s (%s): level %d"), ltext_get(&ind->title, lang), pillar,
                               report_level_at(sum, refs[k]));
        bullet(d, line, 10);
        free(line);
    }
    if (n > most) {
        char *more = xasprintf(trn("and %zu more", "and %zu more", n - most), n - most);
        PdfBlock *b = pdf_doc_paragraph(d, more, "Serif Italic", 10);
        b->indent = 8;
        free(more);
    }
}

/* The indicators not rated yet, counted per pillar in one paragraph. */
static void unrated(PdfDoc *d, const AssessSummary *sum)
{
    if (!sum->result.n_unrated)
        return;
    char *line = report_unrated(sum);
    heading(d, tr("Not rated yet"), 11.5);
    para(d, line);
    free(line);
}

static void summary(PdfDoc *d, const AssessSummary *sum)
{
    heading(d, tr("Scores by pillar (0 to 100)"), 16);
    size_t n = sum->inst->n_pillars;
    PdfPage *chart = pdf_doc_drawing(d, report_chart_height(n, 9.5));
    report_chart_pillars(chart, sum, 0, 0, pdf_doc_text_width(d), report_chart_height(n, 9.5), 9.5);
    pdf_doc_space(d, 10);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, tr("The scale of every indicator:"));
    for (int k = 0; k <= INSTRUMENT_MAX_LEVEL; k++)
        strbuf_printf(&b, "%s%d %s", k ? "; " : " ", k, report_scale_word(k));
    strbuf_puts(&b, ".");
    PdfBlock *legend = pdf_doc_paragraph(d, b.s, "Sans", 8.5);
    memcpy(legend->rgb, report_grey, sizeof legend->rgb);
    strbuf_done(&b);
    ref_list(d, sum, tr("Strengths (levels 3 and 4)"), sum->result.strengths,
             sum->result.n_strengths, REPORT_LIST_MOST);
    ref_list(d, sum, tr("Largest gaps (levels 0 to 2)"), sum->result.gaps, sum->result.n_gaps,
             REPORT_LIST_MOST);
    unrated(d, sum);
}

/* An indicator's level cell: the level and what it means for the indicator. Caller frees. */
static char *level_cell(const AssessSummary *sum, IndicatorRef ref)
{
    const Indicator *ind = instrument_at(sum->inst, ref);
    int level = report_level_at(sum, ref);
    if (level == ASSESS_NA)
        return xstrdup(tr("Not applicable"));
    if (level < 0)
        return xstrdup(tr("Not rated yet"));
    return xasprintf("%d \xe2\x80\x94 %s", level, ltext_get(&ind->levels[level], i18n_lang()));
}

static void pillar(PdfDoc *d, const AssessSummary *sum, size_t p)
{
    Lang lang = i18n_lang();
    const Pillar *pil = &sum->inst->pillars[p];
    const PillarScore *ps = assess_summary_pillar(sum, p);
    char *title = xasprintf("%zu. %s", p + 1, ltext_get(&pil->title, lang));
    heading(d, title, 14);
    free(title);
    char buf[16];
    char *score = ps->scored ? xasprintf(tr("Score: %s of 100"),
                                         report_score_shown(true, ps->score, buf))
                             : xstrdup(tr("Score: none (no indicator rated)"));
    char *line = xasprintf(tr("%s. Rated: %zu of %zu; not applicable: %zu."), score,
                           ps->rated + ps->not_applicable, ps->total, ps->not_applicable);
    PdfBlock *b = pdf_doc_heading(d, line, "Sans", 10);
    memcpy(b->rgb, report_grey, sizeof b->rgb);
    free(line);
    free(score);
    for (size_t g = 0; g < ps->n_gates; g++) {
        const Indicator *ind = instrument_at(sum->inst, ps->gates[g]);
        line = xasprintf(tr("Held at 25 at most: \"%s\", a critical indicator, is at level 0."),
                         ltext_get(&ind->title, lang));
        b = pdf_doc_heading(d, line, "Sans Bold", 10);
        memcpy(b->rgb, report_red, sizeof b->rgb);
        free(line);
    }
    pdf_doc_space(d, 6);
    static const double widths[] = {0.28, 0.32, 0.40};
    PdfBlock *t = pdf_doc_table(d, 3, widths, 1, "Sans", 8.5);
    const char *head[] = {tr("Indicator"), tr("Level"), tr("Evidence")};
    pdf_table_row(t, head);
    for (size_t i = 0; i < pil->n_indicators; i++) {
        IndicatorRef ref = {p, i};
        const Indicator *ind = &pil->indicators[i];
        char *name = ind->critical ? xasprintf("%s\n%s", ltext_get(&ind->title, lang),
                                               tr("Critical indicator"))
                                   : xstrdup(ltext_get(&ind->title, lang));
        char *level = level_cell(sum, ref), *evidence = report_evidence(sum, ref);
        const char *cells[] = {name, level, evidence};
        PdfCell *c = pdf_table_row(t, cells);
        c[1].filled = level_fill(report_level_at(sum, ref), c[1].fill);
        free(name);
        free(level);
        free(evidence);
    }
}

static void gates(PdfDoc *d, const AssessSummary *sum)
{
    heading(d, tr("Gates"), 14);
    bool any = false;
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        const PillarScore *ps = assess_summary_pillar(sum, p);
        for (size_t g = 0; g < ps->n_gates; g++) {
            char *line = report_gate(sum, p, ps->gates[g]);
            bullet(d, line, 10.5);
            free(line);
            any = true;
        }
    }
    if (!any)
        para(d, tr("No critical indicator is at level 0: no pillar is held down."));
}

static void recommendations(PdfDoc *d, const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    heading(d, tr("Recommendations"), 14);
    if (!sum->recs_ran) {
        para(d, tr("The instrument's recommendation rules could not be run."));
        return;
    }
    if (!sum->recs.n)
        para(d, tr("None of the instrument's recommendations applies."));
    for (size_t k = 0; k < sum->recs.n; k++) {
        const InstrumentRule *rule = &sum->inst->rules[sum->recs.rules[k]];
        size_t p = rule->pillar ? instrument_pillar_index(sum->inst, rule->pillar) : (size_t)-1;
        if (p != (size_t)-1) {
            char *title = xasprintf("%zu. %s", k + 1, ltext_get(&sum->inst->pillars[p].title,
                                                                 lang));
            PdfBlock *b = pdf_doc_heading(d, title, "Sans Bold", 10);
            memcpy(b->rgb, report_navy, sizeof b->rgb);
            free(title);
            PdfBlock *text = para(d, ltext_get(&rule->text, lang));
            text->indent = 14;
        } else {
            char *line = xasprintf("%zu. %s", k + 1, ltext_get(&rule->text, lang));
            para(d, line);
            free(line);
        }
    }
    if (sum->recs.failed) {
        char *line = xasprintf(trn("%zu rule could not be run and is left out.",
                                   "%zu rules could not be run and are left out.",
                                   sum->recs.failed), sum->recs.failed);
        para(d, line);
        free(line);
    }
}

static void training(PdfDoc *d, const AssessSummary *sum, const ReportAssessOptions *o)
{
    heading(d, tr("Training results"), 14);
    const MeasureResult *m = &sum->training;
    bool table;
    char *line = report_training_intro(sum, &table);
    para(d, line);
    free(line);
    if (!table)
        return;
    static const double widths[] = {0.64, 0.16, 0.20};
    PdfBlock *t = pdf_doc_table(d, 3, widths, 1, "Sans", 9);
    const char *head[] = {tr("Competency"), tr("Passed"), tr("Share")};
    PdfCell *c = pdf_table_row(t, head);
    c[1].align = c[2].align = PDF_RIGHT;
    for (size_t k = 0; k < m->n_per; k++) {
        const MeasureCompetency *mc = &m->per[k];
        char passed[16], share[24];
        snprintf(passed, sizeof passed, "%d", mc->passed);
        snprintf(share, sizeof share, "%.1f%%", mc->share);
        if (!mc->loaded) {
            snprintf(passed, sizeof passed, "-");
            snprintf(share, sizeof share, "-");
        }
        const char *cells[] = {report_competency_title(o->catalog, mc->competency, i18n_lang()),
                               passed, share};
        c = pdf_table_row(t, cells);
        c[1].align = c[2].align = PDF_RIGHT;
    }
}

static void change(PdfDoc *d, const AssessSummary *sum)
{
    Lang lang = i18n_lang();
    heading(d, tr("Change since the last assessment"), 14);
    if (!sum->has_previous) {
        char *line = xasprintf(tr("No earlier final assessment of %s to compare with."),
                               country_name(sum->a.country, lang));
        para(d, line);
        free(line);
        return;
    }
    const AssessChange *c = &sum->change;
    char *date = i18n_date_long(sum->previous.assessed_on);
    char *line = xasprintf(tr("Compared with the final assessment of %s (%.*s)."), date,
                           STORE_SHORT_ID, sum->previous.uid);
    para(d, line);
    free(line);
    free(date);
    char b1[16], b2[16];
    line = c->both ? xasprintf(tr("Overall: %s then, %s now (%+.1f); %s then, %s now."),
                               report_score_shown(true, c->before, b1),
                               report_score_shown(true, c->after, b2), c->delta,
                               assess_band_title(c->band_before), assess_band_title(c->band_after))
                   : xstrdup(tr("Overall: no score to compare."));
    para(d, line);
    free(line);
    static const double widths[] = {0.58, 0.14, 0.14, 0.14};
    PdfBlock *t = pdf_doc_table(d, 4, widths, 1, "Sans", 9);
    const char *head[] = {tr("Pillar"), tr("Then"), tr("Now"), tr("Change")};
    PdfCell *cell = pdf_table_row(t, head);
    cell[1].align = cell[2].align = cell[3].align = PDF_RIGHT;
    for (size_t p = 0; p < c->n_pillars; p++) {
        const PillarChange *pc = &c->pillars[p];
        const PillarScore *ps = assess_summary_pillar(sum, p);
        char then[16], now[16], delta[16];
        snprintf(then, sizeof then, "%s", pc->both ? report_score_shown(true, pc->before, b1) : "-");
        snprintf(now, sizeof now, "%s", report_score_shown(ps->scored, ps->score, b2));
        snprintf(delta, sizeof delta, "%+.1f", pc->delta);
        if (!pc->both)
            snprintf(delta, sizeof delta, "-");
        char *name = xasprintf("%zu. %s", p + 1, ltext_get(&sum->inst->pillars[p].title, lang));
        const char *cells[] = {name, then, now, delta};
        cell = pdf_table_row(t, cells);
        cell[1].align = cell[2].align = cell[3].align = PDF_RIGHT;
        free(name);
    }
    if (!c->n_indicators)
        return;
    pdf_doc_space(d, 8);
    PdfBlock *b = pdf_doc_heading(d, tr("Indicators whose level changed:"), "Serif", 10.5);
    (void)b;
    pdf_doc_space(d, 3);
    for (size_t k = 0; k < c->n_indicators; k++) {
        const IndicatorChange *ic = &c->indicators[k];
        const Indicator *ind = instrument_at(sum->inst, ic->ref);
        line = xasprintf("%s: %s \xe2\x86\x92 %s", ltext_get(&ind->title, lang),
                         report_level_shown(ic->before), report_level_shown(ic->after));
        bullet(d, line, 10);
        free(line);
    }
}

static void sources(PdfDoc *d, const AssessSummary *sum)
{
    heading(d, tr("Sources"), 14);
    if (sum->a.sources && !text_is_blank(sum->a.sources)) {
        pdf_doc_heading(d, tr("Consulted by the assessors:"), "Sans Bold", 10);
        pdf_doc_space(d, 3);
        para(d, sum->a.sources);
        pdf_doc_space(d, 6);
    }
    pdf_doc_heading(d, tr("Cited by the instrument:"), "Sans Bold", 10);
    pdf_doc_space(d, 3);
    static const double widths[] = {0.08, 0.92};
    PdfBlock *t = pdf_doc_table(d, 2, widths, 0, "Serif", 9);
    for (size_t k = 0; k < sum->inst->n_sources; k++) {
        const Source *s = &sum->inst->sources[k];
        const char *cells[] = {s->key, s->text};
        PdfCell *c = pdf_table_row(t, cells);
        c[0].bold = true;
    }
}

/* The document's properties: its title, and the assessment's date as its creation date so that
 * the same assessment gives the same file. */
static void properties(PdfDoc *d, const char *title, const char *date, const char *head,
                       const char *mark)
{
    char created[32] = "";
    int y, m, day;
    if (date && sscanf(date, "%4d-%2d-%2d", &y, &m, &day) == 3)
        snprintf(created, sizeof created, "%04d-%02d-%02dT00:00:00", y, m, day);
    /* TRANSLATORS: the number of each page of a PDF or text report: the page, then the count. */
    pdf_doc_set(d, title, created[0] ? created : NULL, head, mark, tr("Page %d of %d"));
}

bool report_assess_pdf(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                       size_t errlen)
{
    double w, h;
    paper_size(o->paper, &w, &h);
    PdfDoc d;
    pdf_doc_init(&d, w, h, MARGIN);
    char *head = report_head(sum, true);
    properties(&d, head, sum->a.assessed_on, head, report_mark(sum));
    cover(&d, sum);
    summary(&d, sum);
    for (size_t p = 0; p < sum->inst->n_pillars; p++) {
        if (p == 0)
            pdf_doc_break(&d);
        pillar(&d, sum, p);
    }
    pdf_doc_break(&d);
    gates(&d, sum);
    recommendations(&d, sum);
    training(&d, sum, o);
    change(&d, sum);
    sources(&d, sum);
    bool ok = pdf_write_doc(f, &d, &o->pages, err, errlen);
    pdf_doc_done(&d);
    free(head);
    return ok;
}

/* ---- the region's document ---- */

bool report_region_pdf(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                       size_t errlen)
{
    Lang lang = i18n_lang();
    double w, h;
    paper_size(o->paper, &w, &h);
    PdfDoc d;
    pdf_doc_init(&d, w, h, MARGIN);
    const char *title = tr("Country capacity assessments: the region");
    properties(&d, title, NULL, title, NULL);
    PdfBlock *b = pdf_doc_heading(&d, title, "Serif Bold", 22);
    memcpy(b->rgb, report_navy, sizeof b->rgb);
    pdf_doc_space(&d, 8);
    if (!r->inst || !r->n) {
        para(&d, tr("No country has a final assessment yet."));
    } else {
        char *line = xasprintf(tr("Each country's latest final assessment, scored with %s."),
                               ltext_get(&r->inst->title, lang));
        para(&d, line);
        free(line);
    }
    if (r->skipped) {
        char *line = xasprintf(trn("%zu country is left out: its instrument is not loaded.",
                                   "%zu countries are left out: their instrument is not loaded.",
                                   r->skipped), r->skipped);
        para(&d, line);
        free(line);
    }
    if (r->inst && r->n) {
        heading(&d, tr("Overall score (0 to 100)"), 14);
        double ch = fmin(report_chart_height(r->n, 9), h - 2 * MARGIN - 60);
        PdfPage *chart = pdf_doc_drawing(&d, ch);
        report_chart_region(chart, r, 0, 0, pdf_doc_text_width(&d), ch, 9);

        heading(&d, tr("Scores by pillar (0 to 100; * held by a gate)"), 14);
        size_t np = r->inst->n_pillars, cols = np + 2;
        double *widths = xcalloc(cols, sizeof *widths);
        widths[0] = 0.22;
        widths[cols - 1] = 0.12;
        for (size_t p = 0; p < np; p++)
            widths[p + 1] = 0.66 / (double)np;
        PdfBlock *t = pdf_doc_table(&d, cols, widths, 1, "Sans", 8.5);
        free(widths);
        const char **cells = xcalloc(cols, sizeof *cells);
        char (*nums)[24] = xcalloc(cols, sizeof *nums);
        cells[0] = tr("Country");
        for (size_t p = 0; p < np; p++) {
            snprintf(nums[p + 1], sizeof nums[p + 1], "%zu", p + 1);
            cells[p + 1] = nums[p + 1];
        }
        cells[cols - 1] = tr("Overall");
        PdfCell *c = pdf_table_row(t, cells);
        for (size_t k = 1; k < cols; k++)
            c[k].align = PDF_RIGHT;
        for (size_t i = 0; i < r->n; i++) {
            const RegionRow *row = &r->rows[i];
            cells[0] = country_name(row->a.country, lang);
            for (size_t p = 0; p < np; p++) {
                char buf[16];
                snprintf(nums[p + 1], sizeof nums[p + 1], "%s%s",
                         report_score_shown(row->scored[p], row->scores[p], buf),
                         row->gated[p] ? "*" : "");
                cells[p + 1] = nums[p + 1];
            }
            char buf[16];
            snprintf(nums[cols - 1], sizeof nums[cols - 1], "%s",
                     report_score_shown(row->result.scored, row->result.overall, buf));
            cells[cols - 1] = nums[cols - 1];
            c = pdf_table_row(t, cells);
            for (size_t p = 0; p < np; p++) {
                c[p + 1].align = PDF_RIGHT;
                if (row->scored[p]) {
                    c[p + 1].filled = true;
                    report_band_rgb(assess_band(row->scores[p]), true, c[p + 1].fill);
                }
            }
            c[cols - 1].align = PDF_RIGHT;
            c[cols - 1].bold = true;
            if (row->result.scored) {
                c[cols - 1].filled = true;
                report_band_rgb(row->result.band, true, c[cols - 1].fill);
            }
        }
        free(cells);
        free(nums);
        pdf_doc_space(&d, 8);
        for (size_t p = 0; p < np; p++) {
            char *line = xasprintf("%zu. %s", p + 1, ltext_get(&r->inst->pillars[p].title, lang));
            PdfBlock *item = pdf_doc_paragraph(&d, line, "Sans", 8.5);
            memcpy(item->rgb, report_grey, sizeof item->rgb);
            free(line);
        }

        heading(&d, tr("The assessments"), 14);
        static const double aw[] = {0.26, 0.20, 0.16, 0.14, 0.24};
        t = pdf_doc_table(&d, 5, aw, 1, "Sans", 9);
        const char *head[] = {tr("Country"), tr("Assessed on"), tr("Assessment"), tr("Score"),
                              tr("Band")};
        pdf_table_row(t, head);
        for (size_t i = 0; i < r->n; i++) {
            const RegionRow *row = &r->rows[i];
            char id[16], buf[16];
            snprintf(id, sizeof id, "%.*s", STORE_SHORT_ID, row->a.uid);
            const char *rc[] = {country_name(row->a.country, lang), row->a.assessed_on, id,
                                report_score_shown(row->result.scored, row->result.overall, buf),
                                row->result.scored ? assess_band_title(row->result.band) : "-"};
            pdf_table_row(t, rc);
        }
    }
    bool ok = pdf_write_doc(f, &d, &o->pages, err, errlen);
    pdf_doc_done(&d);
    return ok;
}

