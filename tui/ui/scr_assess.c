/* Country capacity assessments in the shell: the list of assessments per country (each one's
 * date, status, assessors, progress, score and band), from which one is started, copied,
 * continued, summarised, or the region compared; and what the assessment screens share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "doc.h"
#include "scr_assess.h"
#include "table.h"

/* ---- what the assessment screens share ---- */

const Instrument *assess_instrument_of(const Catalog *c, const Assessment *a)
{
    const Instrument *inst = catalog_instrument(c, a->instrument_id, a->instrument_version);
    return inst ? inst : catalog_instrument(c, a->instrument_id, 0);
}

char *assess_assessors_joined(const char *assessors)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "");
    const char *p = assessors ? assessors : "";
    while (*p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n) {
            if (b.len)
                strbuf_puts(&b, ", ");
            strbuf_append(&b, p, n);
        }
        p += n + (end ? 1 : 0);
    }
    return strbuf_take(&b);
}

const char *assess_title(const Assessment *a, Lang lang, char *buf, size_t len)
{
    snprintf(buf, len, "%s, %s", country_name(a->country, lang), a->assessed_on);
    return buf;
}

void assess_when(char *buf, size_t len, const char *iso)
{
    if (!iso || strlen(iso) < 16)
        snprintf(buf, len, "%s", iso ? iso : "");
    else
        snprintf(buf, len, "%.10s %.5s UTC", iso, iso + 11);
}

void assess_score_text(char *buf, size_t len, bool scored, double score)
{
    if (scored)
        snprintf(buf, len, "%.1f", score);
    else
        snprintf(buf, len, "-");
}

Role assess_band_role(AssessBand b)
{
    switch (b) {
    case BAND_ABSENT: return ROLE_ERROR;
    case BAND_INITIAL: return ROLE_WARNING;
    case BAND_DEVELOPING: return ROLE_NOTE;
    default: return ROLE_CORRECT;
    }
}

/* Eighths of a block, from one eighth to seven. */
static const char *const eighths[8] = {
    "", "\xE2\x96\x8F", "\xE2\x96\x8E", "\xE2\x96\x8D", "\xE2\x96\x8C",
    "\xE2\x96\x8B", "\xE2\x96\x8A", "\xE2\x96\x89",
};

char *assess_bar_text(int width, bool scored, double score)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "");
    if (width < 1)
        return strbuf_take(&b);
    double share = scored ? score / 100.0 : 0;
    share = share < 0 ? 0 : share > 1 ? 1 : share;
    bool utf8 = term_utf8();
    int units = (int)(share * width * (utf8 ? 8 : 1) + 0.5), cells = 0;
    if (utf8) {
        for (; units >= 8; units -= 8, cells++)
            strbuf_puts(&b, "\xE2\x96\x88");
        if (units > 0) {
            strbuf_puts(&b, eighths[units]);
            cells++;
        }
    } else {
        for (; cells < units; cells++)
            strbuf_puts(&b, "#");
    }
    for (; cells < width; cells++)
        strbuf_puts(&b, utf8 ? "\xE2\x96\x91" : ".");
    return strbuf_take(&b);
}

void assess_bar(int y, int x, int width, bool scored, double score)
{
    if (width < 1)
        return;
    char *bar = assess_bar_text(width, scored, score);
    /* The filled part in the band's colour, the track dim; in monochrome the blocks say it. */
    Role role = term_has_colours() && scored ? assess_band_role(assess_band(score)) : ROLE_NORMAL;
    const char *track = term_utf8() ? "\xE2\x96\x91" : ".";
    char *t = strstr(bar, track);
    if (t) {
        *t = '\0';
        int w = term_print(y, x, width, role, bar);
        *t = track[0];
        term_print(y, x + w, width - w, ROLE_DIM, t);
    } else {
        term_print(y, x, width, role, bar);
    }
    free(bar);
}

/* Untrusted text typed by people, its line breaks kept, wrapped to width. */
void assess_doc_typed(Doc *d, const char *text, int width, int indent, Role role)
{
    const char *p = text;
    while (*p) {
        const char *end = strchr(p, '\n');
        char *line = end ? xstrndup(p, (size_t)(end - p)) : xstrdup(p);
        if (text_is_blank(line))
            doc_blank(d);
        else
            doc_text(d, line, width, indent, role, -1);
        free(line);
        if (!end)
            break;
        p = end + 1;
    }
}

/* Splits the assessors (one per line) into s->assessors. */
static void split_assessors(AssessSession *s)
{
    const char *p = s->a.assessors ? s->a.assessors : "";
    size_t cap = 0;
    while (*p) {
        const char *end = strchr(p, '\n');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n) {
            s->assessors = xgrow(s->assessors, s->n_assessors, &cap, sizeof *s->assessors);
            s->assessors[s->n_assessors++] = xstrndup(p, n);
        }
        p += n + (end ? 1 : 0);
    }
}

static void free_assessors(AssessSession *s)
{
    for (size_t i = 0; i < s->n_assessors; i++)
        free(s->assessors[i]);
    free(s->assessors);
    s->assessors = NULL;
    s->n_assessors = 0;
}

bool assess_session_reload(AssessSession *s, Ui *ui)
{
    App *app = ui->app;
    char err[512];
    bool found = false;
    Assessment a;
    if (!store_assessment_get(app->store, s->a.id, &a, &found, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return false;
    }
    if (!found) {
        ui_status(ui, ROLE_ERROR, "%s", tr("This assessment is no longer in the database."));
        return false;
    }
    Rating *cur;
    size_t n;
    if (!store_ratings_current(app->store, a.id, &cur, &n, err, sizeof err)) {
        assessment_done(&a);
        ui_status(ui, ROLE_ERROR, "%s", err);
        return false;
    }
    char *rater = s->n_assessors ? xstrdup(s->assessors[s->rater]) : NULL;
    assessment_done(&s->a);
    s->a = a;
    free_assessors(s);
    split_assessors(s);
    rating_list_free(s->cur, s->n_cur);
    s->cur = cur;
    s->n_cur = n;
    if (s->inst)
        assess_result_done(&s->res);
    s->inst = assess_instrument_of(&app->catalog, &s->a);
    memset(&s->res, 0, sizeof s->res);
    if (s->inst)
        assess_score(s->inst, s->cur, s->n_cur, &s->res);
    /* Who rates: as before; on opening, whoever rated last (the latest rating's rater). */
    const char *want = rater;
    if (!want) {
        const Rating *last = NULL;
        for (size_t i = 0; i < n; i++)
            if (!last || strcmp(cur[i].rated_at, last->rated_at) > 0)
                last = &cur[i];
        want = last ? last->rated_by : NULL;
    }
    s->rater = 0;
    for (size_t i = 0; want && i < s->n_assessors; i++)
        if (strcmp(s->assessors[i], want) == 0)
            s->rater = i;
    free(rater);
    return true;
}

bool assess_session_open(AssessSession *s, Ui *ui, int64_t id)
{
    memset(s, 0, sizeof *s);
    s->a.id = id;
    if (assess_session_reload(s, ui))
        return true;
    assess_session_done(s);
    return false;
}

void assess_session_done(AssessSession *s)
{
    assessment_done(&s->a);
    free_assessors(s);
    rating_list_free(s->cur, s->n_cur);
    if (s->inst)
        assess_result_done(&s->res);
    memset(s, 0, sizeof *s);
}

const char *assess_session_rater(const AssessSession *s)
{
    return s->n_assessors ? s->assessors[s->rater] : "";
}

bool assess_session_final(const AssessSession *s)
{
    return s->a.status == ASSESS_FINAL;
}

void assess_say_final(Ui *ui)
{
    ui_status(ui, ROLE_WARNING, "%s",
              tr("This assessment is final, so it is read-only: nothing in it can change. To "
                 "assess the country again, start a new assessment as a copy of it (c in the "
                 "list of assessments)."));
}

void assess_pillar_progress(const AssessSession *s, size_t p, size_t *rated, size_t *total)
{
    *rated = *total = 0;
    if (!s->inst || p >= s->res.n_pillars)
        return;
    const PillarScore *ps = &s->res.pillars[p];
    *total = ps->total;
    *rated = ps->rated + ps->not_applicable;
}

void assess_open(Ui *ui, int64_t id)
{
    Screen *ov = assess_overview_new(ui, id);
    if (!ui_push(ui, ov))
        return;
    AssessSession *s = assess_overview_session(ov);
    if (assess_session_final(s) || !s->inst)
        return;
    /* A draft: on to where the assessor stopped. */
    char *place = NULL;
    char err[256];
    store_assessment_place_get(ui->app->store, s->a.id, &place, err, sizeof err);
    IndicatorRef at;
    if (assess_resume(s->inst, &s->res, place, &at))
        ui_push(ui, assess_rate_new(ui, s, at));
    free(place);
}

/* ---- the list of assessments ---- */

/* One assessment as listed. */
typedef struct {
    Assessment a;
    char *assessors; /* joined */
    bool loaded;     /* its instrument is loaded: the counts and the score are known */
    size_t rated, total;
    bool scored;
    double score;
    AssessBand band;
} ListRow;

typedef struct {
    Screen base;
    char country[3]; /* the country listed, "" for every one */
    ListRow *rows;
    size_t n;
    Scroll sc;
    bool stale;      /* read the list again before the next draw */
    char title[160];
} ListScreen;

static void rows_free(ListScreen *l)
{
    for (size_t i = 0; i < l->n; i++) {
        assessment_done(&l->rows[i].a);
        free(l->rows[i].assessors);
    }
    free(l->rows);
    l->rows = NULL;
    l->n = 0;
}

/* Rows by their country's name in the language at arg, then as the store listed them (by
 * date, then start: ids rise with the start). */
static int by_country_name(const void *x, const void *y, void *arg)
{
    const ListRow *a = x, *b = y;
    Lang lang = *(const Lang *)arg;
    int c = 0;
    if (strcmp(a->a.country, b->a.country) != 0) {
        char *na = text_fold(country_name(a->a.country, lang), 0);
        char *nb = text_fold(country_name(b->a.country, lang), 0);
        c = strcmp(na, nb);
        free(na);
        free(nb);
    }
    if (!c)
        c = strcmp(a->a.assessed_on, b->a.assessed_on);
    return c ? c : (a->a.id > b->a.id) - (a->a.id < b->a.id);
}

static void list_reload(ListScreen *l, Ui *ui)
{
    App *app = ui->app;
    l->stale = false;
    rows_free(l);
    Assessment *list;
    size_t n;
    char err[512];
    if (!store_assessment_list(app->store, l->country[0] ? l->country : NULL, &list, &n, err,
                               sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    l->rows = xcalloc(n ? n : 1, sizeof *l->rows);
    for (size_t i = 0; i < n; i++) {
        ListRow *r = &l->rows[l->n++];
        r->a = list[i];
        r->assessors = assess_assessors_joined(r->a.assessors);
        const Instrument *inst = assess_instrument_of(&app->catalog, &r->a);
        Rating *cur;
        size_t nc;
        if (!inst || !store_ratings_current(app->store, r->a.id, &cur, &nc, err, sizeof err))
            continue;
        AssessResult res;
        assess_score(inst, cur, nc, &res);
        r->loaded = true;
        r->total = instrument_indicator_count(inst);
        r->rated = r->total - res.n_unrated;
        r->scored = res.scored;
        r->score = res.overall;
        r->band = res.band;
        assess_result_done(&res);
        rating_list_free(cur, nc);
    }
    free(list); /* its strings now belong to the rows */
    /* By the country's name as shown; a country's assessments stay in the store's order. */
    Lang lang = app->lang;
    if (l->n > 1)
        qsort_r(l->rows, l->n, sizeof *l->rows, by_country_name, &lang);
}

static const char *list_title(Screen *s, Ui *ui)
{
    ListScreen *l = (ListScreen *)s;
    if (!l->country[0])
        return tr("Country assessments");
    snprintf(l->title, sizeof l->title, "%s %s %s", tr("Country assessments"),
             term_glyph(GLYPH_DOT), country_name(l->country, ui->app->lang));
    return l->title;
}

enum { C_COUNTRY, C_DATE, C_STATUS, C_ASSESSORS, C_RATED, C_SCORE, C_BAND, C_N };

static void list_draw(Screen *s, Ui *ui, Rect area)
{
    ListScreen *l = (ListScreen *)s;
    if (l->stale)
        list_reload(l, ui);
    int top = area.top, rows = area.rows, width = ui_text_width(area);
    App *app = ui->app;
    if (!app->catalog.n_instruments)
        term_print(top + 1, 2, width, ROLE_WARNING,
                   tr("No assessment instrument is loaded: see Content problems, or the "
                      "content's assessments/ folder."));
    else if (!l->n)
        term_print(top + 1, 2, width, ROLE_HEADING,
                   tr("No assessments yet. Press n to start one."));
    else
        term_print(top + 1, 2, width, ROLE_HEADING,
                   l->country[0] ? tr("The assessments of this country, oldest first.")
                                 : tr("Every assessment, by country, oldest first."));
    if (!l->n)
        return;
    /* Every country's on a narrow terminal: the names of the countries before the assessors'. */
    bool narrow = area.cols < (l->country[0] ? 60 : 96);
    Col all[C_N] = {
        [C_COUNTRY] = {tr("Country"), 8, 2, false, 0, 0},
        [C_DATE] = {tr("Date"), 10, 0, false, 0, 0},
        [C_STATUS] = {tr("Status"), 6, 0, false, 0, 0},
        [C_ASSESSORS] = {tr("Assessors"), 8, 3, false, 0, 0},
        [C_RATED] = {tr("Rated"), 5, 0, true, 0, 0},
        [C_SCORE] = {tr("Score"), 5, 0, true, 0, 0},
        [C_BAND] = {tr("Band"), 7, 0, false, 0, 0},
    };
    for (int b = 0; b < BAND_COUNT; b++) {
        int w = text_width(assess_band_title((AssessBand)b));
        if (w > all[C_BAND].min)
            all[C_BAND].min = w;
    }
    for (int st = 0; st < 2; st++) {
        int w = text_width(assess_status_title((AssessStatus)st));
        if (w > all[C_STATUS].min)
            all[C_STATUS].min = w;
    }
    int order[C_N], nc = 0;
    if (!l->country[0])
        order[nc++] = C_COUNTRY;
    order[nc++] = C_DATE;
    order[nc++] = C_STATUS;
    if (!narrow)
        order[nc++] = C_ASSESSORS;
    order[nc++] = C_RATED;
    order[nc++] = C_SCORE;
    order[nc++] = C_BAND;
    Col cols[C_N];
    for (int i = 0; i < nc; i++)
        cols[i] = all[order[i]];
    table_place(cols, nc, 2, area.cols - 3);
    int head_y = top + 3;
    int visible = top + rows - head_y - 1;
    scroll_fit(&l->sc, l->n, visible);
    table_heads(cols, nc, head_y);
    for (int r = 0; r < visible && l->sc.top + (size_t)r < l->n; r++) {
        size_t i = l->sc.top + (size_t)r;
        const ListRow *x = &l->rows[i];
        int y = head_y + 1 + r;
        bool selected = i == l->sc.sel;
        if (selected)
            table_select_row(area, y);
        for (int c = 0; c < nc; c++) {
            char buf[160];
            const char *text = buf;
            Role role = selected ? ROLE_SELECTED : ROLE_NORMAL;
            switch (order[c]) {
            case C_COUNTRY: text = country_name(x->a.country, app->lang); break;
            case C_DATE: text = x->a.assessed_on; break;
            case C_STATUS:
                text = assess_status_title(x->a.status);
                if (!selected && x->a.status == ASSESS_DRAFT)
                    role = ROLE_WARNING;
                break;
            case C_ASSESSORS: text = x->assessors; break;
            case C_RATED:
                if (x->loaded)
                    snprintf(buf, sizeof buf, "%zu/%zu", x->rated, x->total);
                else
                    snprintf(buf, sizeof buf, "-");
                break;
            case C_SCORE: assess_score_text(buf, sizeof buf, x->scored, x->score); break;
            default:
                text = x->scored ? assess_band_title(x->band) : "-";
                if (!selected && x->scored && term_has_colours())
                    role = assess_band_role(x->band);
                break;
            }
            table_cell(&cols[c], y, role, text);
        }
    }
}

/* The country a new assessment is of: the one listed, else the selected row's. */
static const char *list_country(const ListScreen *l)
{
    if (l->country[0])
        return l->country;
    return l->n ? l->rows[l->sc.sel].a.country : NULL;
}

static void list_key(Screen *s, Ui *ui, int key, Rect area)
{
    ListScreen *l = (ListScreen *)s;
    if (scroll_key(&l->sc, l->n, key, table_page_rows(area)))
        return;
    const ListRow *row = l->n ? &l->rows[l->sc.sel] : NULL;
    switch (key) {
    case 'n':
        l->stale = true;
        ui_push(ui, assess_form_new(ui, l->country[0] ? l->country : NULL, false));
        return;
    case 'c':
        l->stale = true;
        ui_push(ui, assess_form_new(ui, list_country(l), true));
        return;
    case 'g':
        l->stale = true;
        ui_push(ui, assess_region_new(ui));
        return;
    case 's':
        if (!row) {
            ui_status(ui, ROLE_WARNING, "%s", tr("No assessment is listed: n starts one."));
            return;
        }
        l->stale = true;
        ui_push(ui, assess_summary_new(ui, row->a.id));
        return;
    case K_ENTER:
    case K_RIGHT:
        l->stale = true;
        if (!row)
            ui_push(ui, assess_form_new(ui, l->country[0] ? l->country : NULL, false));
        else
            assess_open(ui, row->a.id);
        return;
    default:
        if (ui_is_back(key))
            ui_pop(ui);
    }
}

static void list_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    ListScreen *l = (ListScreen *)s;
    if (l->n) {
        hints_add(out, "Enter", tr("Open"));
        hints_add(out, "s", tr("Summary"));
    }
    hints_add(out, "n", tr("New"));
    hints_add(out, "c", tr("Copy"));
    hints_add(out, "g", tr("Region"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *list_help(Screen *s)
{
    (void)s;
    return tr("Each assessment of a country's capacity to combat firearms trafficking is kept: "
              "its date, whether it is a draft or final, who assessed, how many indicators are "
              "rated, and its overall score and band. n starts an assessment; c starts one as a "
              "copy of the country's last final assessment, to update it; Enter opens one (a "
              "draft where its assessor stopped; a final one to read, as it can no longer "
              "change); s shows its summary; g compares every country's latest final "
              "assessment.");
}

static void list_free(Screen *s)
{
    ListScreen *l = (ListScreen *)s;
    rows_free(l);
    free(l);
}

Screen *assess_list_new(Ui *ui, const char *country)
{
    ListScreen *l = xcalloc(1, sizeof *l);
    l->base = (Screen){.title = list_title, .draw = list_draw, .key = list_key,
                       .hints = list_hints, .help = list_help, .free = list_free};
    if (country && country[0])
        country_valid(country, l->country);
    l->stale = true;
    if (!ui->app->catalog_loaded)
        ui->app->load_content(ui->app);
    return &l->base;
}
