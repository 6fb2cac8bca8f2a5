/* The charts of the assessment reports as drawing operations in a box (pdf.h's PdfPage): a bar
 * per pillar, or per country for the region, in the colour of its band, on a 0-100 scale. The
 * PDF places them in its document; the PNG writers draw them alone on a 16:9 slide. Texts from
 * content are sanitised here before they become operations. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "i18n.h"
#include "pdf.h"
#include "report_assess.h"

/* A PNG chart: a 16:9 slide in points, drawn two pixels to the point (1920 x 1080). */
#define SLIDE_W 960.0
#define SLIDE_H 540.0
#define SLIDE_SCALE 2.0

const double report_navy[3] = {0.11, 0.17, 0.32};
const double report_ink[3] = {0.12, 0.12, 0.12};
const double report_grey[3] = {0.42, 0.42, 0.45};
const double report_red[3] = {0.72, 0.10, 0.10};

void report_band_rgb(AssessBand b, bool pale, double out[3])
{
    static const double solid[BAND_COUNT][3] = {
        {0.75, 0.22, 0.17}, {0.90, 0.49, 0.13}, {0.93, 0.73, 0.05},
        {0.45, 0.68, 0.30}, {0.13, 0.52, 0.28}};
    for (int k = 0; k < 3; k++)
        out[k] = pale ? 1 - (1 - solid[b][k]) * 0.30 : solid[b][k];
}

static void ink(PdfPage *p, const double rgb[3])
{
    pdf_ink(p, rgb[0], rgb[1], rgb[2]);
}

/* Untrusted text drawn on a page: sanitised first. */
static void put(PdfPage *p, const char *text, const char *font, double size, double x, double y,
                double w, PdfAlign align)
{
    char *safe = text_sanitize(text ? text : "", false, true);
    pdf_text(p, safe, font, size, x, y, w, align);
    free(safe);
}

/* The 0-100 scale under bars from x0 to x1, with light lines at each band's start from y0 to
 * y1 and the numbers under them. */
static void scale_lines(PdfPage *p, double x0, double x1, double y0, double y1, double size)
{
    for (int k = 0; k <= 100; k += 20) {
        double x = x0 + (x1 - x0) * k / 100.0;
        pdf_ink(p, 0.82, 0.82, 0.84);
        pdf_line(p, x, y0, x, y1, 0.5);
        char n[12];
        snprintf(n, sizeof n, "%d", k);
        ink(p, report_grey);
        pdf_text(p, n, "Sans", size, x - 20, y1 + 3, 40, PDF_CENTER);
    }
}

/* One bar: a label, the bar in its band's colour, the score after it ("-" and a note when there
 * is none), "*" after a gated score. */
static void bar_row(PdfPage *p, const char *label, bool scored, double score, bool gated,
                    double x, double y, double label_w, double bar_w, double h, double size)
{
    ink(p, report_ink);
    put(p, label, "Sans", size, x, y + (h - size * 1.25) / 2, label_w - 8, PDF_LEFT);
    double bx = x + label_w;
    if (scored) {
        double rgb[3];
        report_band_rgb(assess_band(score), false, rgb);
        ink(p, rgb);
        double len = bar_w * fmin(fmax(score, 0), 100) / 100.0;
        pdf_fill(p, bx, y + h * 0.18, fmax(len, 1), h * 0.64);
        char n[24];
        snprintf(n, sizeof n, "%.1f%s", score, gated ? "*" : "");
        ink(p, gated ? report_red : report_ink);
        pdf_text(p, n, "Sans Bold", size, bx + len + 4, y + (h - size * 1.25) / 2, 60, PDF_LEFT);
    } else {
        ink(p, report_grey);
        pdf_text(p, tr("not rated"), "Sans Italic", size, bx + 4, y + (h - size * 1.25) / 2, 120,
                 PDF_LEFT);
    }
}

void report_chart_pillars(PdfPage *p, const AssessSummary *sum, double x, double y, double w,
                          double h, double size)
{
    Lang lang = i18n_lang();
    size_t n = sum->inst->n_pillars;
    double label_w = w * 0.40, bar_w = w - label_w - 48, foot = size * 2.4;
    double row = n ? (h - foot) / (double)n : 0;
    scale_lines(p, x + label_w, x + label_w + bar_w, y, y + h - foot, size * 0.85);
    bool gated = false;
    for (size_t k = 0; k < n; k++) {
        const PillarScore *ps = assess_summary_pillar(sum, k);
        char *label = xasprintf("%zu. %s", k + 1, ltext_get(&sum->inst->pillars[k].title, lang));
        bar_row(p, label, ps->scored, ps->score, ps->n_gates > 0, x, y + row * (double)k,
                label_w, bar_w, row, size);
        gated = gated || ps->n_gates;
        free(label);
    }
    if (gated) {
        ink(p, report_red);
        pdf_text(p, tr("* held at 25 at most: a critical indicator is at level 0"), "Sans",
                 size * 0.85, x, y + h - size * 1.1, w, PDF_LEFT);
    }
}

void report_chart_region(PdfPage *p, const AssessRegion *r, double x, double y, double w,
                         double h, double size)
{
    Lang lang = i18n_lang();
    double label_w = w * 0.28, bar_w = w - label_w - 48, foot = size * 2.4;
    double row = r->n ? fmin((h - foot) / (double)r->n, size * 3) : 0;
    double bottom = y + row * (double)r->n;
    scale_lines(p, x + label_w, x + label_w + bar_w, y, bottom, size * 0.85);
    for (size_t i = 0; i < r->n; i++) {
        const RegionRow *rr = &r->rows[i];
        bar_row(p, country_name(rr->a.country, lang), rr->result.scored, rr->result.overall,
                false, x, y + row * (double)i, label_w, bar_w, row, size);
    }
}

double report_chart_height(size_t rows, double size)
{
    return (double)rows * size * 2.3 + size * 2.4;
}

/* ---- PNG charts for slides ---- */

bool report_assess_png(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                       size_t errlen)
{
    (void)o;
    PdfPage p;
    pdf_page_init(&p, SLIDE_W, SLIDE_H);
    char *head = report_head(sum, true);
    ink(&p, report_navy);
    put(&p, head, "Sans Bold", 20, 40, 28, SLIDE_W - 200, PDF_LEFT);
    const char *mark = report_mark(sum);
    if (mark) {
        ink(&p, report_red);
        pdf_text(&p, mark, "Sans Bold", 20, SLIDE_W - 200, 28, 160, PDF_RIGHT);
    }
    char buf[16];
    char *line = sum->result.scored
                     ? xasprintf(tr("Overall score: %s of 100, %s"),
                                 report_score_shown(true, sum->result.overall, buf),
                                 assess_band_title(sum->result.band))
                     : xstrdup(tr("Overall score: none yet (no indicator is rated)"));
    ink(&p, report_grey);
    put(&p, line, "Sans", 15, 40, 60, SLIDE_W - 80, PDF_LEFT);
    report_chart_pillars(&p, sum, 40, 100, SLIDE_W - 80, SLIDE_H - 124, 14);
    bool ok = pdf_write_png(f, &p, SLIDE_SCALE, err, errlen);
    free(line);
    free(head);
    pdf_page_done(&p);
    return ok;
}

bool report_region_png(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                       size_t errlen)
{
    (void)o;
    PdfPage p;
    pdf_page_init(&p, SLIDE_W, SLIDE_H);
    ink(&p, report_navy);
    pdf_text(&p, tr("Country capacity assessments: the region"), "Sans Bold", 20, 40, 28,
             SLIDE_W - 80, PDF_LEFT);
    ink(&p, report_grey);
    pdf_text(&p, tr("Overall score (0 to 100)"), "Sans", 15, 40, 60, SLIDE_W - 80, PDF_LEFT);
    if (r->n) {
        double size = fmin(14, (SLIDE_H - 124) / (double)r->n / 1.6);
        report_chart_region(&p, r, 40, 100, SLIDE_W - 80, SLIDE_H - 124, size);
    } else {
        pdf_text(&p, tr("No country has a final assessment yet."), "Sans Italic", 15, 40, 120,
                 SLIDE_W - 80, PDF_LEFT);
    }
    bool ok = pdf_write_png(f, &p, SLIDE_SCALE, err, errlen);
    pdf_page_done(&p);
    return ok;
}
