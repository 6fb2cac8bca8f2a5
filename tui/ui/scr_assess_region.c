/* The region: every assessed country side by side, each with its latest final assessment, its
 * date, overall score and band and a column per pillar (assess_summary.h's table), sorted by
 * country, overall score or any pillar, either way; Enter opens that country's summary. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/assess_summary.h"
#include "../core/country.h"
#include "../core/i18n.h"
#include "doc.h"
#include "scr_assess.h"
#include "table.h"

typedef struct {
    Screen base;
    AssessRegion region;
    /* The sort: 0 the country, 1 the overall score, 2 + p pillar p. */
    size_t by;
    bool ascending;
    Scroll sc;
} RegionScreen;

static const char *region_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("The region");
}

static size_t sort_columns(const RegionScreen *g)
{
    return 2 + (g->region.inst ? g->region.inst->n_pillars : 0);
}

/* Rows by their country's name in the language at arg. */
static int by_name(const void *x, const void *y, void *arg)
{
    const RegionRow *a = x, *b = y;
    Lang lang = *(const Lang *)arg;
    char *na = text_fold(country_name(a->a.country, lang), 0);
    char *nb = text_fold(country_name(b->a.country, lang), 0);
    int c = strcmp(na, nb);
    free(na);
    free(nb);
    return c ? c : strcmp(a->a.country, b->a.country);
}

/* Sorts by the column chosen: countries by their name as shown, the rest as core sorts them. */
static void region_sort(RegionScreen *g, Lang lang)
{
    if (g->by == 0) {
        if (g->region.n > 1)
            qsort_r(g->region.rows, g->region.n, sizeof *g->region.rows, by_name, &lang);
        for (size_t i = 0; !g->ascending && i < g->region.n / 2; i++) {
            RegionRow t = g->region.rows[i];
            g->region.rows[i] = g->region.rows[g->region.n - 1 - i];
            g->region.rows[g->region.n - 1 - i] = t;
        }
        return;
    }
    assess_region_sort(&g->region, g->by == 1 ? REGION_BY_OVERALL : g->by - 2, g->ascending);
}

/* What the rows are sorted by, in words (a pillar's title is untrusted). */
static char *sort_words(const RegionScreen *g, Lang lang)
{
    const char *way;
    if (g->by == 0)
        way = g->ascending ? tr("A to Z") : tr("Z to A");
    else
        way = g->ascending ? tr("lowest first") : tr("highest first");
    const char *what = g->by == 0   ? tr("country")
                       : g->by == 1 ? tr("overall score")
                                    : ltext_get(&g->region.inst->pillars[g->by - 2].title, lang);
    return xasprintf(tr("Sorted by %s, %s."), what, way);
}

static void region_draw(Screen *s, Ui *ui, Rect area)
{
    RegionScreen *g = (RegionScreen *)s;
    App *app = ui->app;
    int top = area.top, rows = area.rows, width = ui_text_width(area);
    const AssessRegion *r = &g->region;
    if (!r->n) {
        term_print(top + 1, 2, width, ROLE_HEADING,
                   tr("No country has a final assessment yet. Mark an assessment final to see it "
                      "here."));
        return;
    }
    char *sorted = sort_words(g, app->lang);
    char *head = xasprintf("%s %s", tr("Each country's latest final assessment."), sorted);
    Doc d;
    doc_init(&d);
    doc_text(&d, head, width, 0, ROLE_HEADING, -1);
    int y = top + 1 + doc_draw(&d, 0, top + 1, 2, 2, width, -1) + 1;
    free(head);
    free(sorted);

    /* Columns: country, date, overall, band (where there is room), one per pillar by number. */
    size_t np = r->inst->n_pillars;
    bool band = area.cols >= 100;
    enum { MAXC = 4 + 32 };
    Col cols[MAXC];
    int nc = 0;
    cols[nc++] = (Col){tr("Country"), 9, 1, false, 0, 0};
    cols[nc++] = (Col){tr("Date"), 10, 0, false, 0, 0};
    cols[nc++] = (Col){tr("Overall"), 5, 0, true, 0, 0};
    if (band) {
        Col c = {tr("Band"), 7, 0, false, 0, 0};
        for (int b = 0; b < BAND_COUNT; b++)
            if (text_width(assess_band_title((AssessBand)b)) > c.min)
                c.min = text_width(assess_band_title((AssessBand)b));
        cols[nc++] = c;
    }
    int first_pillar = nc;
    char heads[32][24];
    for (size_t p = 0; p < np && nc < MAXC; p++) {
        snprintf(heads[p], sizeof heads[p], "%zu", p + 1);
        cols[nc++] = (Col){heads[p], 5, 0, true, 0, 0};
    }
    table_place(cols, nc, 2, area.cols - 3);
    /* The sorted column's heading marked. */
    int sorted_col = g->by == 0 ? 0 : g->by == 1 ? 2 : first_pillar + (int)(g->by - 2);
    const char *mark = g->ascending ? (term_utf8() ? "\xE2\x96\xB2" : "^")
                                    : (term_utf8() ? "\xE2\x96\xBC" : "v");
    for (int c = 0; c < nc; c++) {
        char *h = c == sorted_col ? (cols[c].right ? xasprintf("%s%s", mark, cols[c].head)
                                                   : xasprintf("%s%s", cols[c].head, mark))
                                  : xstrdup(cols[c].head);
        table_cell(&cols[c], y, c == sorted_col ? ROLE_SELECTED : ROLE_HEADING, h);
        free(h);
    }
    /* Under the table: what the pillar numbers are, as rows allow. */
    Doc legend;
    doc_init(&legend);
    StrBuf b;
    strbuf_init(&b);
    char dot[8];
    snprintf(dot, sizeof dot, " %s ", term_glyph(GLYPH_DOT));
    for (size_t p = 0; p < np; p++)
        strbuf_printf(&b, "%s%zu %s", p ? dot : "", p + 1,
                      ltext_get(&r->inst->pillars[p].title, app->lang));
    strbuf_printf(&b, "%s* %s", dot, tr("held down by a gate"));
    doc_text(&legend, b.s, width, 0, ROLE_DIM, -1);
    strbuf_done(&b);
    if (r->skipped) {
        char *msg = xasprintf(trn("%zu country is left out: its latest final assessment's "
                                  "instrument is not loaded.",
                                  "%zu countries are left out: their latest final assessments' "
                                  "instrument is not loaded.", r->skipped),
                              r->skipped);
        doc_text(&legend, msg, width, 0, ROLE_WARNING, -1);
        free(msg);
    }
    int visible = top + rows - y - 1;
    int legend_rows = (int)legend.n;
    if (visible - legend_rows - 1 >= (int)r->n || visible - legend_rows - 1 >= 3)
        visible -= legend_rows + 1;
    else
        legend_rows = 0;
    if (visible < 1)
        visible = 1;
    scroll_fit(&g->sc, r->n, visible);
    for (int k = 0; k < visible && g->sc.top + (size_t)k < r->n; k++) {
        size_t i = g->sc.top + (size_t)k;
        const RegionRow *row = &r->rows[i];
        int ry = y + 1 + k;
        bool sel = i == g->sc.sel;
        if (sel)
            table_select_row(area, ry);
        Role base = sel ? ROLE_SELECTED : ROLE_NORMAL;
        table_cell(&cols[0], ry, base, country_name(row->a.country, app->lang));
        table_cell(&cols[1], ry, base, row->a.assessed_on);
        char buf[32];
        assess_score_text(buf, sizeof buf, row->result.scored, row->result.overall);
        Role band_role = !sel && row->result.scored && term_has_colours()
                             ? assess_band_role(row->result.band)
                             : base;
        table_cell(&cols[2], ry, band_role, buf);
        if (band)
            table_cell(&cols[3], ry, band_role,
                       row->result.scored ? assess_band_title(row->result.band) : "-");
        for (size_t p = 0; p < np && first_pillar + (int)p < nc; p++) {
            if (row->scored[p])
                snprintf(buf, sizeof buf, "%.1f%s", row->scores[p], row->gated[p] ? "*" : "");
            else
                snprintf(buf, sizeof buf, "-");
            Role role = !sel && row->scored[p] && term_has_colours()
                            ? assess_band_role(assess_band(row->scores[p]))
                            : base;
            table_cell(&cols[first_pillar + (int)p], ry, role, buf);
        }
    }
    if (legend_rows)
        doc_draw(&legend, 0, top + rows - legend_rows, legend_rows, 2, width, -1);
    doc_done(&legend);
    doc_done(&d);
}

static void region_key(Screen *s, Ui *ui, int key, Rect area)
{
    RegionScreen *g = (RegionScreen *)s;
    if (scroll_key(&g->sc, g->region.n, key, table_page_rows(area)))
        return;
    if (key == 's' || key == K_TAB) {
        g->by = (g->by + 1) % sort_columns(g);
        g->ascending = g->by == 0; /* names from A, scores from the highest */
        region_sort(g, ui->app->lang);
        g->sc.sel = g->sc.top = 0;
    } else if (key == K_BTAB) {
        g->by = (g->by + sort_columns(g) - 1) % sort_columns(g);
        g->ascending = g->by == 0;
        region_sort(g, ui->app->lang);
        g->sc.sel = g->sc.top = 0;
    } else if (key == 'r') {
        g->ascending = !g->ascending;
        region_sort(g, ui->app->lang);
        g->sc.sel = g->sc.top = 0;
    } else if ((key == K_ENTER || key == K_RIGHT) && g->region.n) {
        ui_push(ui, assess_summary_new(ui, g->region.rows[g->sc.sel].a.id));
    } else if (ui_is_back(key)) {
        ui_pop(ui);
    }
}

static void region_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    RegionScreen *g = (RegionScreen *)s;
    if (g->region.n) {
        hints_add(out, hint_arrows(), tr("Move"));
        hints_add(out, "Enter", tr("Summary"));
        hints_add(out, "s", tr("Sort by next column"));
        hints_add(out, "r", tr("Reverse"));
    }
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *region_help(Screen *s)
{
    (void)s;
    return tr("Each country with a final assessment, by its latest one: its date, the overall "
              "score and band, and each pillar's score under the pillar's number (the list "
              "under the table names them; a star marks a pillar a gate holds down). Drafts are "
              "left out until they are final. s (or Tab) sorts by the next column: the "
              "country, the overall score, then each pillar; r reverses the order. Enter "
              "opens the country's summary.");
}

static void region_free(Screen *s)
{
    RegionScreen *g = (RegionScreen *)s;
    assess_region_done(&g->region);
    free(g);
}

Screen *assess_region_new(Ui *ui)
{
    App *app = ui->app;
    RegionScreen *g = xcalloc(1, sizeof *g);
    char err[512];
    if (!assess_region_build(app->store, &app->catalog, &g->region, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        free(g);
        return NULL;
    }
    g->base = (Screen){.title = region_title, .draw = region_draw, .key = region_key,
                       .hints = region_hints, .help = region_help, .free = region_free};
    g->ascending = true;
    region_sort(g, app->lang);
    return &g->base;
}
