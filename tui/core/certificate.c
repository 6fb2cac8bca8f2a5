/* Certificates of completion laid out as plain text (72 columns) or as one landscape A4 page of
 * PDF (drawing operations for the renderer in pdf.h). Every name and title is untrusted and
 * printed sanitised. */
#include "certificate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "i18n.h"
#include "pdf.h"
#include "sha256.h"

#define TEXT_WIDTH 72

/* A4 landscape in points; the body is centred between BODY_TOP and BODY_BOTTOM. */
#define PAGE_W 841.89
#define PAGE_H 595.28
#define MARGIN 60.0
#define BODY_TOP 128.0
#define BODY_BOTTOM 462.0
#define FOOTER_Y 500.0
#define TABLE_W 540.0
#define ROW_MAX 20.0
#define ROW_MIN 13.0

/* How far down each part of the body moves the next, in points. */
enum { ADV_INTRO = 24, ADV_NAME = 46, ADV_WHOM = 34, ADV_LEAD = 28, ADV_HEAD = 20, ADV_TAIL = 18,
       ADV_WORKSHOP = 19, ADV_DATES = 16 };

void certificate_code(const char *uid, const char *const *module_ids,
                      const char *const *passed, size_t n, char out[17])
{
    Sha256 h;
    sha256_init(&h);
    sha256_add(&h, uid, strlen(uid));
    for (size_t i = 0; i < n; i++) {
        sha256_add(&h, module_ids[i], strlen(module_ids[i]) + 1);
        sha256_add(&h, passed[i], strlen(passed[i]));
    }
    char hex[65];
    sha256_hex(&h, hex);
    for (int i = 0; i < 16; i++)
        out[i] = (char)(hex[i] >= 'a' ? hex[i] - 'a' + 'A' : hex[i]);
    out[16] = '\0';
}

void certificate_done(Certificate *c)
{
    free(c->trainee);
    free(c->agency);
    free(c->workshop);
    free(c->instructor);
    for (size_t i = 0; i < c->n_modules; i++)
        free(c->modules[i].title);
    free(c->modules);
    memset(c, 0, sizeof *c);
}

/* A score never shown higher than earned: 79.96 is "79.9%", never "80%". */
static void format_pct(double pct, char *buf, size_t len)
{
    double tenths = floor(pct * 10.0 + 1e-9) / 10.0;
    snprintf(buf, len, tenths == floor(tenths) ? "%.0f%%" : "%.1f%%", tenths);
}

/* When the workshop ran: one day, or "from ... to ...". NULL when no dates. Caller frees. */
static char *workshop_dates(const Certificate *c)
{
    if (!c->starts[0])
        return NULL;
    char *from = i18n_date_long(c->starts);
    if (!c->ends[0] || strcmp(c->starts, c->ends) == 0)
        return from;
    char *to = i18n_date_long(c->ends);
    char *s = xasprintf(tr("from %s to %s"), from, to);
    free(from);
    free(to);
    return s;
}

/* The trainee's agency and country: "Policía Nacional Civil (Guatemala)", or "Guatemala".
 * Caller frees. */
static char *affiliation(const Certificate *c)
{
    const char *country = country_name(c->country, c->lang);
    if (c->agency && c->agency[0])
        return xasprintf("%s (%s)", c->agency, country);
    return xstrdup(country);
}

/* ---- plain text: every string printed goes through text_sanitize ---- */

static void put_spaces(FILE *f, int n)
{
    fprintf(f, "%*s", n > 0 ? n : 0, "");
}

static void put_rule(FILE *f, char ch, int indent)
{
    put_spaces(f, indent);
    for (int i = indent; i < TEXT_WIDTH; i++)
        fputc(ch, f);
    fputc('\n', f);
}

/* s padded with spaces to width columns, left-aligned (pad after) or right-aligned (before); as
 * it is when width < 0; centred on the page and ended with a new line when width is 0. */
static void put_text(FILE *f, const char *s, int width, bool align_right)
{
    char *safe = text_sanitize(s ? s : "", false, true);
    int w = text_width(safe);
    int pad = width > 0 ? width - w : width == 0 ? (TEXT_WIDTH - w) / 2 : 0;
    if (align_right || !width)
        put_spaces(f, pad);
    fputs(safe, f);
    if (!align_right && width > 0)
        put_spaces(f, pad);
    if (!width)
        fputc('\n', f);
    free(safe);
}

/* "  Label:           value", labels padded to label_cols. */
static void put_field(FILE *f, const char *label, int label_cols, const char *value)
{
    char *l = xasprintf("  %s:", label);
    put_text(f, l, label_cols + 4, false);
    put_text(f, value, -1, false);
    fputc('\n', f);
    free(l);
}

static void put_module_table(FILE *f, const Certificate *c)
{
    int score_cols = text_width(tr("Score")) > 6 ? text_width(tr("Score")) : 6;
    int title_cols = TEXT_WIDTH - 2 - 2 - score_cols - 2 - 10;
    fputs("  ", f);
    put_text(f, tr("Module"), title_cols + 2, false);
    put_text(f, tr("Score"), score_cols, true);
    fputs("  ", f);
    put_text(f, tr("Passed"), -1, false);
    fputc('\n', f);
    put_rule(f, '-', 2);
    for (size_t i = 0; i < c->n_modules; i++) {
        const CertModule *m = &c->modules[i];
        char pct[16];
        format_pct(m->pct, pct, sizeof pct);
        char *title = text_sanitize(m->title ? m->title : "", false, true);
        fputs("  ", f);
        if (text_width(title) > title_cols) { /* never cut a title short */
            put_text(f, title, -1, false);
            fputc('\n', f);
            put_spaces(f, title_cols + 4);
        } else {
            put_text(f, title, title_cols + 2, false);
        }
        free(title);
        put_text(f, pct, score_cols, true);
        fputs("  ", f);
        put_text(f, m->passed, -1, false);
        fputc('\n', f);
    }
}

bool certificate_write_text(FILE *f, const Certificate *c)
{
    const char *labels[] = {tr("Workshop"), tr("Dates"), tr("Instructor"), tr("Date of issue"),
                            tr("Verification code")};
    int label_cols = 0;
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (text_width(labels[i]) > label_cols)
            label_cols = text_width(labels[i]);
    char *whom = affiliation(c), *dates = workshop_dates(c), *issued = i18n_date_long(c->issued);

    put_rule(f, '=', 0);
    put_text(f, tr("Certificate of completion"), 0, false);
    put_rule(f, '=', 0);
    fputc('\n', f);
    put_text(f, tr("This certifies that"), 0, false);
    fputc('\n', f);
    put_text(f, c->trainee, 0, false);
    put_text(f, whom, 0, false);
    fputc('\n', f);
    put_text(f, tr("has completed the following training"), 0, false);
    fputc('\n', f);
    put_module_table(f, c);
    fputc('\n', f);
    if (c->workshop && c->workshop[0])
        put_field(f, labels[0], label_cols, c->workshop);
    if (dates)
        put_field(f, labels[1], label_cols, dates);
    if (c->instructor && c->instructor[0])
        put_field(f, labels[2], label_cols, c->instructor);
    put_field(f, labels[3], label_cols, issued);
    put_field(f, labels[4], label_cols, c->code);
    put_rule(f, '=', 0);
    free(issued);
    free(dates);
    free(whom);
    return !ferror(f);
}

/* ---- PDF: the page as drawing operations for the renderer (pdf.h) ---- */

enum { INK_NAVY, INK_TEXT, INK_GREY };

static void set_ink(PdfPage *p, int ink)
{
    static const double rgb[][3] = {{0.11, 0.17, 0.32}, {0.12, 0.12, 0.12}, {0.40, 0.40, 0.42}};
    pdf_ink(p, rgb[ink][0], rgb[ink][1], rgb[ink][2]);
}

/* Text sanitised (it may be untrusted) in a box of width w. */
static void put(PdfPage *p, const char *text, const char *font, double size, double x, double y,
                double w, PdfAlign align)
{
    char *safe = text_sanitize(text ? text : "", false, true);
    pdf_text(p, safe, font, size, x, y, w, align);
    free(safe);
}

static void put_centred(PdfPage *p, const char *text, const char *font, double size, double y)
{
    put(p, text, font, size, MARGIN, y, PAGE_W - 2 * MARGIN, PDF_CENTER);
}

/* A heavy outer frame, a hairline inside it, and the title with a short rule under it. */
static void draw_frame(PdfPage *p)
{
    set_ink(p, INK_NAVY);
    pdf_rect(p, 24, 24, PAGE_W - 48, PAGE_H - 48, 3.5);
    pdf_rect(p, 33, 33, PAGE_W - 66, PAGE_H - 66, 0.8);
    put_centred(p, tr("Certificate of completion"), "Serif Small-Caps", 36, 62);
    pdf_line(p, PAGE_W / 2 - 70, 114, PAGE_W / 2 + 70, 114, 1.2);
}

/* The modules as a table (title, score, date) of rows rows from y; when not every module has a
 * row, the last says how many more there are. */
static void draw_modules(PdfPage *p, const Certificate *c, double y, double row, size_t rows)
{
    const double x = (PAGE_W - TABLE_W) / 2, size = row * 0.62;
    size_t shown = rows < c->n_modules ? rows - 1 : rows;
    set_ink(p, INK_GREY);
    put(p, tr("Module"), "Sans Bold", 8.5, x, y, 380, PDF_LEFT);
    put(p, tr("Score"), "Sans Bold", 8.5, x + 380, y, 70, PDF_RIGHT);
    put(p, tr("Passed"), "Sans Bold", 8.5, x + 460, y, 80, PDF_RIGHT);
    pdf_line(p, x, y + 14, x + TABLE_W, y + 14, 0.6);
    y += ADV_HEAD;
    set_ink(p, INK_TEXT);
    for (size_t i = 0; i < shown; i++, y += row) {
        char pct[16];
        format_pct(c->modules[i].pct, pct, sizeof pct);
        put(p, c->modules[i].title, "Serif", size, x, y, 370, PDF_LEFT);
        put(p, pct, "Serif", size, x + 380, y, 70, PDF_RIGHT);
        put(p, c->modules[i].passed, "Serif", size, x + 460, y, 80, PDF_RIGHT);
    }
    if (shown < c->n_modules) {
        unsigned long more = c->n_modules - shown;
        char *s = xasprintf(trn("and %lu more module", "and %lu more modules", more), more);
        put(p, s, "Serif Italic", size, x, y, TABLE_W, PDF_LEFT);
        free(s);
        y += row;
    }
    set_ink(p, INK_GREY);
    pdf_line(p, x, y + 2, x + TABLE_W, y + 2, 0.6);
}

/* Three columns on one line: the instructor's signature, the verification code, the date. */
static void draw_footer(PdfPage *p, const Certificate *c)
{
    const double y = FOOTER_Y, w = 220, left = 100, mid = (PAGE_W - w) / 2, right = PAGE_W - 100 - w;
    bool instructor = c->instructor && c->instructor[0];
    char *issued = i18n_date_long(c->issued);
    set_ink(p, INK_TEXT);
    pdf_line(p, left, y, left + w, y, 0.8);
    pdf_line(p, right, y, right + w, y, 0.8);
    put(p, instructor ? c->instructor : "", "Serif", 12, left, y + 5, w, PDF_CENTER);
    put(p, c->code, "Monospace", 11.5, mid, y + 5, w, PDF_CENTER);
    put(p, issued, "Serif", 12, right, y + 5, w, PDF_CENTER);
    set_ink(p, INK_GREY);
    put(p, instructor ? tr("Instructor") : tr("Signature"), "Sans", 8.5, left, y + 23, w,
        PDF_CENTER);
    put(p, tr("Verification code"), "Sans", 8.5, mid, y + 23, w, PDF_CENTER);
    put(p, tr("Date of issue"), "Sans", 8.5, right, y + 23, w, PDF_CENTER);
    free(issued);
}

/* The body, centred between the title and the footer: who, what, and the workshop. Module
 * rows shrink from ROW_MAX to ROW_MIN to fit, and past that the last row counts the rest. */
static void draw_certificate(PdfPage *p, const Certificate *c)
{
    bool workshop = c->workshop && c->workshop[0];
    char *dates = workshop_dates(c), *whom = affiliation(c);
    double room = BODY_BOTTOM - BODY_TOP - (ADV_INTRO + ADV_NAME + ADV_WHOM + ADV_LEAD +
                                            ADV_HEAD + ADV_TAIL + (workshop ? ADV_WORKSHOP : 0) +
                                            (dates ? ADV_DATES : 0));
    double row = c->n_modules ? fmax(ROW_MIN, fmin(ROW_MAX, room / (double)c->n_modules)) : 0;
    size_t rows = c->n_modules;
    if (row * (double)rows > room)
        rows = (size_t)(room / row);
    double y = BODY_TOP + (room - row * (double)rows) / 2;

    draw_frame(p);
    set_ink(p, INK_GREY);
    put_centred(p, tr("This certifies that"), "Serif Italic", 14, y);
    y += ADV_INTRO;
    set_ink(p, INK_NAVY);
    /* The name as large as fits one line, down to half size, then ellipsised. */
    char *name = text_sanitize(c->trainee ? c->trainee : "", false, true);
    pdf_text_fit(p, name, "Serif Bold", 34, MARGIN, y, PAGE_W - 2 * MARGIN);
    free(name);
    y += ADV_NAME;
    set_ink(p, INK_TEXT);
    put_centred(p, whom, "Serif", 14, y);
    y += ADV_WHOM;
    set_ink(p, INK_GREY);
    put_centred(p, tr("has completed the following training"), "Serif Italic", 14, y);
    y += ADV_LEAD;
    draw_modules(p, c, y, row, rows);
    y += ADV_HEAD + row * (double)rows + ADV_TAIL;
    set_ink(p, INK_TEXT);
    if (workshop) {
        char *line = xasprintf("%s: %s", tr("Workshop"), c->workshop);
        put_centred(p, line, "Serif Italic", 13, y);
        y += ADV_WORKSHOP;
        free(line);
    }
    if (dates)
        put_centred(p, dates, "Serif", 11.5, y);
    draw_footer(p, c);
    free(whom);
    free(dates);
}

bool certificate_write_pdf(FILE *f, const Certificate *c, char *err, size_t errlen)
{
    PdfPage page;
    pdf_page_init(&page, PAGE_W, PAGE_H);
    /* Document properties: the title, and the issue date as creation date so that the same
     * certificate gives the same file. */
    char *name = text_sanitize(c->trainee ? c->trainee : "", false, true);
    char *title = xasprintf("%s: %s", tr("Certificate of completion"), name);
    char date[64];
    int y, m, d;
    if (sscanf(c->issued, "%4d-%2d-%2d", &y, &m, &d) == 3) {
        snprintf(date, sizeof date, "%04d-%02d-%02dT00:00:00", y, m, d);
        page.create_date = date;
    }
    page.title = title;
    draw_certificate(&page, c);
    bool ok = pdf_write(f, &page, err, errlen);
    pdf_page_done(&page);
    free(title);
    free(name);
    return ok;
}
