/* `rastro report assessment` and `rastro report region`: a country's assessment summary and the
 * region's table, as text, PDF, PNG, CSV or JSON (core/report_assess.h), written through
 * cli_output_open and, with --print, sent to the default printer (cli_print). The report is
 * made whole in memory before any file is opened: a failure leaves no file behind. */
#include "cli.h"

#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/assess_summary.h"
#include "core/country.h"
#include "core/i18n.h"
#include "core/report_assess.h"
#include "core/store_assess.h"
#include "lua/host.h"

static int usage(void)
{
    fprintf(stderr, "usage: rastro report assessment --country CC [--id ID] [--lang en|es]\n"
                    "         [--format text|pdf|png|csv|json] [--paper a4|letter]\n"
                    "         [-o FILE [--force]] [--print]\n"
                    "       rastro report region [--lang en|es] [--format text|pdf|png|csv|json]\n"
                    "         [--paper a4|letter] [-o FILE [--force]] [--print]\n");
    return 2;
}

/* The paper of the locale (LC_PAPER): Letter where it is 216 x 279 mm, else A4. */
static Paper paper_of_locale(void)
{
    const char *was = setlocale(LC_PAPER, NULL);
    char *saved = xstrdup(was ? was : "C");
    Paper p = PAPER_A4;
    if (setlocale(LC_PAPER, "")) {
        /* glibc gives these two as numbers in the pointer's place. */
        uintptr_t h = (uintptr_t)nl_langinfo(_NL_PAPER_HEIGHT);
        uintptr_t w = (uintptr_t)nl_langinfo(_NL_PAPER_WIDTH);
        if (w == 216 && h == 279)
            p = PAPER_LETTER;
    }
    setlocale(LC_PAPER, saved);
    free(saved);
    return p;
}

/* The assessment the report is of: --id (a uid or its start), else the country's latest final
 * assessment, else its latest draft. Prints why not and returns false. */
static bool pick(App *app, const char *country, const char *id, Assessment *out)
{
    char err[512];
    bool found;
    memset(out, 0, sizeof *out);
    if (id) {
        if (!store_assessment_find(app->store, id, out, &found, err, sizeof err)) {
            fprintf(stderr, "rastro report: %s\n", cli_shown(err));
            return false;
        }
        if (!found) {
            fprintf(stderr, "rastro report: ");
            fprintf(stderr, tr("no assessment has the id %s (rastro assess list shows them)"),
                    cli_shown(id));
            fputc('\n', stderr);
            return false;
        }
        if (country && strcmp(out->country, country) != 0) {
            fprintf(stderr, "rastro report: ");
            fprintf(stderr, tr("assessment %s is of %s, not of %s"), cli_shown(id),
                    country_name(out->country, app->lang), country_name(country, app->lang));
            fputc('\n', stderr);
            assessment_done(out);
            return false;
        }
        return true;
    }
    Assessment *list;
    size_t n;
    if (!store_assessment_list(app->store, country, &list, &n, err, sizeof err)) {
        fprintf(stderr, "rastro report: %s\n", cli_shown(err));
        return false;
    }
    /* By date, then when started: the last final one, else the last. */
    size_t at = n;
    for (size_t i = 0; i < n; i++)
        if (list[i].status == ASSESS_FINAL)
            at = i;
    if (at == n && n)
        at = n - 1;
    if (at < n) {
        *out = list[at];
        list[at] = (Assessment){0};
    } else {
        fprintf(stderr, "rastro report: ");
        fprintf(stderr, tr("%s has no assessment yet (rastro assess starts one)"),
                country_name(country, app->lang));
        fputc('\n', stderr);
    }
    assessment_list_free(list, n);
    return at < n;
}

/* The report made in memory; false with the reason printed. */
static bool make(App *app, const char *what, const char *country, const char *id,
                 ReportAssessOptions *ro, char **title, char **data, size_t *len)
{
    char err[512];
    FILE *mem = open_memstream(data, len);
    bool ok = false;
    if (strcmp(what, "region") == 0) {
        /* The instruments alone: the region's scores need no module. */
        Catalog instruments;
        catalog_init(&instruments);
        char *sub = xasprintf("%s/" HOST_ASSESSMENTS_DIR, app->content_dir);
        host_load_paths(&instruments, &sub, 1, NULL);
        free(sub);
        AssessRegion r;
        ok = assess_region_build(app->store, &instruments, &r, err, sizeof err);
        if (ok) {
            ok = report_region_write(mem, &r, ro, err, sizeof err);
            assess_region_done(&r);
        }
        catalog_done(&instruments);
        *title = xstrdup("rastro region");
    } else {
        Assessment a;
        if (!pick(app, country, id, &a)) {
            fclose(mem);
            free(*data);
            return false;
        }
        if (!app->catalog_loaded)
            app->load_content(app);
        AssessSummary sum;
        ok = assess_summary_build(app->store, &app->catalog, a.id, app->recommend, &sum, err,
                                  sizeof err);
        if (ok) {
            ro->catalog = &app->catalog;
            ok = report_assess_write(mem, &sum, ro, err, sizeof err);
            *title = xasprintf("rastro %s %s %.*s", sum.a.country, sum.a.assessed_on,
                               STORE_SHORT_ID, sum.a.uid);
            assess_summary_done(&sum);
        }
        assessment_done(&a);
    }
    if (fclose(mem) != 0 && ok) {
        snprintf(err, sizeof err, "%s", tr("out of memory"));
        ok = false;
    }
    if (!ok) {
        fprintf(stderr, "rastro report: %s\n", cli_shown(err));
        free(*data);
        *data = NULL;
    }
    return ok;
}

int cli_report_assess(App *app, const char *what, const CliReportOptions *o)
{
    bool assessment = strcmp(what, "assessment") == 0;
    ReportAssessOptions ro = {.format = o->print ? REPORT_PDF : REPORT_TEXT, .lang = app->lang,
                              .paper = paper_of_locale()};
    if (o->workshop || (!assessment && (o->country || o->id)) ||
        (assessment && !o->country && !o->id))
        return usage();
    if (o->format && !report_format_parse(o->format, &ro.format)) {
        fprintf(stderr, "rastro report: --format is text, pdf, png, csv or json, not '%s'\n",
                cli_shown(o->format));
        return 2;
    }
    if (o->paper && !paper_parse(o->paper, &ro.paper)) {
        fprintf(stderr, "rastro report: --paper is a4 or letter, not '%s'\n", cli_shown(o->paper));
        return 2;
    }
    if (o->lang && (strlen(o->lang) != 2 || !lang_parse(o->lang, &ro.lang))) {
        fprintf(stderr, "rastro report: --lang is en or es, not '%s'\n", cli_shown(o->lang));
        return 2;
    }
    if (o->print && ro.format != REPORT_PDF) {
        fprintf(stderr, "rastro report: %s\n", tr("--print prints the PDF: leave out --format, or "
                                                  "give --format pdf"));
        return 2;
    }
    char code[3] = "";
    if (o->country && !cli_parse_country(app, "report", o->country, code))
        return 1;
    char *title = NULL, *data = NULL;
    size_t len = 0;
    if (!make(app, what, o->country ? code : NULL, o->id, &ro, &title, &data, &len))
        return 1;
    int rc = 0;
    bool binary = report_format_binary(ro.format);
    FILE *say = stdout; /* what was done is told on standard error when the PDF went out there */
    if (o->out || !o->print) {
        OutFile f;
        if (!cli_output_open(app, "report", o->out, o->force, binary ? CLI_OUT_BINARY
                                                                     : CLI_OUT_TEXT, &f)) {
            rc = 1;
        } else {
            bool to_file = f.kind != OUTFILE_STDOUT;
            if (!to_file)
                say = stderr;
            char *shown = xstrdup(f.name);
            bool wrote = fwrite(data, 1, len, f.f) == len;
            rc = cli_output_close("report", &f, wrote, "write error");
            if (!rc && to_file && ro.format == REPORT_PDF) {
                printf(trn("%s: %d page, %s", "%s: %d pages, %s", (unsigned long)ro.pages),
                       cli_shown(shown), ro.pages, ro.paper == PAPER_LETTER ? "Letter" : "A4");
                putchar('\n');
            }
            free(shown);
        }
    }
    if (!rc && o->print)
        rc = cli_print("report", (const unsigned char *)data, len, title,
                       ro.paper == PAPER_LETTER ? "Letter" : "A4", say);
    free(data);
    free(title);
    return rc;
}
