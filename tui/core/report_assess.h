/* Country capacity assessment reports: one assessment's summary (assess_summary.h) and the
 * region's table of every assessed country, in five formats:
 *   - text: 80 columns on pages separated by form feeds (line printers, email);
 *   - PDF: a document for a ministry, laid out by the renderer (pdf.h) on A4 or Letter;
 *   - PNG: the pillar chart alone (the region's chart for the region), for slides;
 *   - CSV: one row per indicator (per country for the region), every cell through csv_field;
 *   - JSON: the whole assessment (the region), written by SQLite's JSON functions (json.h).
 * A draft is marked DRAFT (BORRADOR) on every page. Text from people or content (names,
 * evidence, the instrument's text) is drawn as text in every format: made inert in text, set as
 * plain text in PDF and PNG (never markup), neutralised as a formula in CSV, escaped by SQLite in
 * JSON. Each writer prints in lang, taking the interface language (tr) for the time it writes.
 * Core layer. */
#ifndef RASTRO_REPORT_ASSESS_H
#define RASTRO_REPORT_ASSESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "assess_summary.h"
#include "catalog.h"
#include "pdf.h"
#include "text.h"

typedef enum { REPORT_TEXT, REPORT_PDF, REPORT_PNG, REPORT_CSV, REPORT_JSON } ReportFormat;
typedef enum { PAPER_A4, PAPER_LETTER } Paper;

/* "text", "pdf", "png", "csv", "json"; false for anything else. */
bool report_format_parse(const char *s, ReportFormat *out);
/* "a4", "letter" (any case); false for anything else. */
bool paper_parse(const char *s, Paper *out);
/* Whether the format's bytes are not text (PDF, PNG): never for a terminal. */
bool report_format_binary(ReportFormat f);

/* How a report is written. */
typedef struct {
    ReportFormat format;
    Lang lang;
    Paper paper;          /* PDF */
    const Catalog *catalog; /* the competencies' titles (may be NULL: their ids) */
    int pages;            /* set by the PDF writers: how many pages */
} ReportAssessOptions;

/* Writes sum's report to f. False with the reason in err (a failed write, the renderer that
 * cannot be loaded); the caller then gives the output up. */
bool report_assess_write(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                         size_t errlen);

/* Writes the region's report to f, the same way. */
bool report_region_write(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                         size_t errlen);

/* ---- shared by the formats (report_assess*.c) ---- */

/* Lines of text per page of the text report (a line printer's 66 at six lines an inch, with
 * room to spare on A4's 70). */
#define REPORT_TEXT_PAGE 62
#define REPORT_TEXT_WIDTH 80

/* Most strengths and gaps a summary lists (the rest are counted). */
#define REPORT_LIST_MOST 6

/* What a level of the 0-4 scale means in general (tr). */
const char *report_scale_word(int level);
/* An indicator's level as shown: "0" to "4", "n/a", or "-" when unrated. */
const char *report_level_shown(int level);
/* A score as shown ("41.7"), or "-" when there is none; buf of 16. */
const char *report_score_shown(bool scored, double score, char buf[16]);
/* The assessors, one a line in storage, as "A, B and C"-like text joined with ", ". Caller
 * frees. */
char *report_assessors(const char *assessors);
/* "Draft: not yet final", or "Final, since 5 December 2026". Caller frees. */
char *report_status(const Assessment *a);
/* "Guatemala - Country capacity assessment - 2 November 2026": the running head (the date
 * as 2026-11-02 unless long_date). Caller frees. */
char *report_head(const AssessSummary *sum, bool long_date);
/* The mark of a draft in the interface language ("DRAFT"), NULL for a final assessment. */
const char *report_mark(const AssessSummary *sum);
/* The gate on pillar p of sum by its critical indicator ref, in a sentence. Caller frees. */
char *report_gate(const AssessSummary *sum, size_t p, IndicatorRef ref);
/* "5 of 31 indicators: Legal framework and coordination 1, Stockpile management 4." Caller
 * frees. */
char *report_unrated(const AssessSummary *sum);
/* The training results' opening sentence: the content declares no competency, no trainee of the
 * country has finished a quiz or an exam, or how many have; *table tells whether the table of
 * competencies follows (the last case). Caller frees. */
char *report_training_intro(const AssessSummary *sum, bool *table);
/* The level of indicator ref in sum (0..4, ASSESS_NA, ASSESS_UNRATED). */
int report_level_at(const AssessSummary *sum, IndicatorRef ref);
/* The current rating of indicator ref, NULL when none. */
const Rating *report_rating_at(const AssessSummary *sum, IndicatorRef ref);
/* A competency's title in lang (its id when the catalog has none). */
const char *report_competency_title(const Catalog *c, const char *id, Lang lang);
/* Whether the instrument cites source key anywhere (an indicator's sources). */
bool report_source_cited(const Instrument *inst, const char *key);

/* What the evidence of indicator ref says: not applicable and why, the evidence, the
 * documents, the measured value and why the level differs from it, who rated it and when; empty
 * when it is not rated. Caller frees. */
char *report_evidence(const AssessSummary *sum, IndicatorRef ref);

/* Colours the PDF and the charts share, and each band's (pale: for a shaded cell). */
extern const double report_navy[3], report_ink[3], report_grey[3], report_red[3];
void report_band_rgb(AssessBand b, bool pale, double out[3]);
/* The pillar chart of sum, and the region's chart (each country's overall score in the rows'
 * order), drawn in the box (x, y, w, h) with text at size points. */
void report_chart_pillars(PdfPage *p, const AssessSummary *sum, double x, double y, double w,
                          double h, double size);
void report_chart_region(PdfPage *p, const AssessRegion *r, double x, double y, double w,
                         double h, double size);
/* The height a chart of rows bars needs with text at size points. */
double report_chart_height(size_t rows, double size);

/* The writers, by format (report_assess_text.c, report_assess_pdf.c, report_assess_chart.c,
 * report_assess_data.c);
 * the interface language is set already. */
bool report_assess_text(FILE *f, const AssessSummary *sum, ReportAssessOptions *o);
bool report_region_text(FILE *f, const AssessRegion *r, ReportAssessOptions *o);
bool report_assess_pdf(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                       size_t errlen);
bool report_region_pdf(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                       size_t errlen);
bool report_assess_png(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                       size_t errlen);
bool report_region_png(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                       size_t errlen);
bool report_assess_csv(FILE *f, const AssessSummary *sum, ReportAssessOptions *o);
bool report_region_csv(FILE *f, const AssessRegion *r, ReportAssessOptions *o);
bool report_assess_json(FILE *f, const AssessSummary *sum, ReportAssessOptions *o, char *err,
                        size_t errlen);
bool report_region_json(FILE *f, const AssessRegion *r, ReportAssessOptions *o, char *err,
                        size_t errlen);

#endif
