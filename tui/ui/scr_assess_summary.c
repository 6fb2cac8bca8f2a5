/* An assessment's summary, as an advisor hands it over: the overall score and band, a bar per
 * pillar, the gates that hold a pillar down and why, strengths, the largest gaps, the
 * recommendations of the instrument's rules, the training results of the country's trainees and
 * the change since the country's previous final assessment; gathered once (assess_summary.h)
 * and shown as one page that scrolls. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/assess_summary.h"
#include "../core/country.h"
#include "../core/i18n.h"
#include "doc.h"
#include "scr_assess.h"

/* Doc lines that carry a bar: BAR_TAG + the pillar's index, OVERALL_TAG for the overall score,
 * TRAINING_TAG + the competency's. */
enum { OVERALL_TAG = 500, BAR_TAG = 1000, TRAINING_TAG = 2000 };

/* Where a line's bar goes: its column from the line's start and its width. */
typedef struct {
    int tag;
    int x, w;
    bool scored;
    double score;
} BarSpot;

typedef struct {
    Screen base;
    AssessSummary sum;
    Doc doc;
    DocView view;
    int width;        /* the width the doc was laid out for */
    BarSpot *bars;
    size_t n_bars, cap_bars;
    char title[160];
} SummaryScreen;

static const char *sum_title(Screen *s, Ui *ui)
{
    SummaryScreen *m = (SummaryScreen *)s;
    char name[140];
    snprintf(m->title, sizeof m->title, "%s %s %s", tr("Summary"), term_glyph(GLYPH_DOT),
             assess_title(&m->sum.a, ui->app->lang, name, sizeof name));
    return m->title;
}

static void add_bar(SummaryScreen *m, int tag, int x, int w, bool scored, double score)
{
    m->bars = xgrow(m->bars, m->n_bars, &m->cap_bars, sizeof *m->bars);
    m->bars[m->n_bars++] = (BarSpot){tag, x, w, scored, score};
}

/* "62.5  established" after a bar, "25.0* initial" for a pillar a gate holds down; caller
 * frees. */
static char *score_words(bool scored, double score, bool gated)
{
    if (!scored)
        return xasprintf("%5s  %s", "-", tr("no score"));
    char num[16];
    assess_score_text(num, sizeof num, true, score);
    return xasprintf("%5s%s %s", num, gated ? "*" : " ", assess_band_title(assess_band(score)));
}

/* The widest words score_words gives. */
static int score_words_width(void)
{
    int w = 0;
    for (int b = 0; b < BAND_COUNT; b++) {
        char *x = score_words(true, 20.0 * b + 1, true);
        if (text_width(x) > w)
            w = text_width(x);
        free(x);
    }
    char *x = score_words(false, 0, false);
    if (text_width(x) > w)
        w = text_width(x);
    free(x);
    return w;
}

/* The columns of a table of labelled bars: the labels', the bars' and the words' after them. */
typedef struct {
    int label_w, bar_w;
    bool one_line; /* the label beside its bar; else on a line of its own above it */
} BarLayout;

/* Fits labels label_w wide (at most half the width) and words words_w wide beside bars of at
 * most max_bar columns, or the labels above the bars when they do not fit beside. */
static BarLayout bar_layout(int label_w, int words_w, int max_bar, int width)
{
    BarLayout l = {label_w < width / 2 ? label_w : width / 2, 0, true};
    l.bar_w = width - l.label_w - words_w - 5;
    if (l.bar_w < 12) {
        l.one_line = false;
        l.bar_w = width - words_w - 4;
    }
    if (l.bar_w > max_bar)
        l.bar_w = max_bar;
    if (l.bar_w < 4)
        l.bar_w = 4;
    return l;
}

/* A labelled bar and the words after it, as l lays them out. */
static void bar_line(SummaryScreen *m, const BarLayout *l, const char *label, int tag,
                     bool scored, double score, const char *words, int width)
{
    int x = 2;
    char *lead;
    if (l->one_line) {
        char *safe = text_clip(label, l->label_w, term_utf8(), term_glyph(GLYPH_ELLIPSIS));
        int pad = l->label_w - text_width(safe);
        lead = xasprintf("%s%*s  ", safe, pad > 0 ? pad : 0, "");
        x = l->label_w + 2;
        free(safe);
    } else {
        doc_text(&m->doc, label, width, 0, ROLE_NORMAL, -1);
        lead = xstrdup("  ");
    }
    char *line = xasprintf("%s%*s  %s", lead, l->bar_w, "", words);
    doc_line(&m->doc, line, 0, ROLE_NORMAL, tag);
    add_bar(m, tag, x, l->bar_w, scored, score);
    free(line);
    free(lead);
}

static void heading(SummaryScreen *m, const char *text)
{
    doc_blank(&m->doc);
    doc_line(&m->doc, text, 0, ROLE_HEADING, -1);
}

static const char *indicator_title(const AssessSummary *s, IndicatorRef ref, Lang lang)
{
    return ltext_get(&instrument_at(s->inst, ref)->title, lang);
}

static const char *pillar_title(const AssessSummary *s, size_t p, Lang lang)
{
    return ltext_get(&s->inst->pillars[p].title, lang);
}

static void layout_header(SummaryScreen *m, Lang lang, int width)
{
    const AssessSummary *s = &m->sum;
    char *who = assess_assessors_joined(s->a.assessors);
    char *line = xasprintf("%s %s %s: %s", assess_status_title(s->a.status),
                           term_glyph(GLYPH_DOT), tr("Assessors"), who);
    doc_text(&m->doc, line, width, 0, ROLE_NORMAL, -1);
    free(line);
    free(who);
    char *inst = xasprintf("%s (%s %d)", ltext_get(&s->inst->title, lang), tr("version"),
                           s->inst->version);
    doc_text(&m->doc, inst, width, 0, ROLE_DIM, -1);
    free(inst);
    if (s->a.status == ASSESS_DRAFT)
        doc_text(&m->doc, tr("DRAFT: the ratings, and so the scores, may still change."), width, 0,
                 ROLE_WARNING, -1);
    if (!text_is_blank(s->a.sources)) {
        doc_text(&m->doc, tr("Sources consulted:"), width, 0, ROLE_DIM, -1);
        assess_doc_typed(&m->doc, s->a.sources, width, 2, ROLE_DIM);
    }
}

static void layout_scores(SummaryScreen *m, Lang lang, int width)
{
    const AssessSummary *s = &m->sum;
    const AssessResult *r = &s->result;
    size_t total = instrument_indicator_count(s->inst);
    heading(m, tr("Overall"));
    int label_w = text_width(tr("Overall score"));
    for (size_t p = 0; p < s->inst->n_pillars; p++) {
        int w = text_width(pillar_title(s, p, lang));
        if (w > label_w)
            label_w = w;
    }
    BarLayout bl = bar_layout(label_w, score_words_width(), 40, width);
    char *words = score_words(r->scored, r->overall, false);
    bar_line(m, &bl, tr("Overall score"), OVERALL_TAG, r->scored, r->overall, words, width);
    free(words);
    char *rated = r->n_unrated
                      ? xasprintf(trn("%zu of %zu indicators rated or not applicable; %zu is "
                                      "still a gap.",
                                      "%zu of %zu indicators rated or not applicable; %zu are "
                                      "still gaps.", r->n_unrated),
                                  total - r->n_unrated, total, r->n_unrated)
                      : xasprintf(tr("Every indicator (%zu) is rated or not applicable."), total);
    doc_text(&m->doc, rated, width, 0, r->n_unrated ? ROLE_WARNING : ROLE_DIM, -1);
    free(rated);
    heading(m, tr("Pillars"));
    bool gated = false;
    for (size_t p = 0; p < s->inst->n_pillars; p++) {
        const PillarScore *ps = &r->pillars[p];
        words = score_words(ps->scored, ps->score, ps->n_gates > 0);
        bar_line(m, &bl, pillar_title(s, p, lang), BAR_TAG + (int)p, ps->scored, ps->score,
                 words, width);
        free(words);
        gated |= ps->n_gates > 0;
    }
    if (gated) {
        char *note = xasprintf("* %s", tr("held down by a gate"));
        doc_text(&m->doc, note, width, 0, ROLE_DIM, -1);
        free(note);
    }
}

static void layout_gates(SummaryScreen *m, Lang lang, int width)
{
    const AssessSummary *s = &m->sum;
    heading(m, tr("Gates"));
    bool any = false;
    for (size_t p = 0; p < s->result.n_pillars; p++) {
        const PillarScore *ps = &s->result.pillars[p];
        for (size_t g = 0; g < ps->n_gates; g++) {
            any = true;
            char *line = xasprintf(tr("- %s: held at 25 at most while its critical indicator "
                                      "\"%s\" is at 0."),
                                   pillar_title(s, p, lang), indicator_title(s, ps->gates[g], lang));
            doc_text(&m->doc, line, width, 0, ROLE_WARNING, -1);
            free(line);
        }
        if (ps->held) {
            char *line = xasprintf(tr("Without the gate it would score %.1f."),
                                   assess_round(ps->raw));
            doc_text(&m->doc, line, width, 4, ROLE_DIM, -1);
            free(line);
        }
    }
    if (!any)
        doc_text(&m->doc, tr("No gate holds a pillar down: no critical indicator is at 0."), width,
                 0, ROLE_DIM, -1);
}

/* "- title (level 3, Marking)" for each of refs, at most max of them. */
static void indicator_list(SummaryScreen *m, const IndicatorRef *refs, size_t n, size_t max,
                           Lang lang, int width, Role role)
{
    const AssessSummary *s = &m->sum;
    for (size_t i = 0; i < n && i < max; i++) {
        const Indicator *ind = instrument_at(s->inst, refs[i]);
        int lv = s->result.pillars[refs[i].p].levels[refs[i].i];
        char level[48];
        if (lv >= 0)
            snprintf(level, sizeof level, tr("level %d"), lv);
        else
            snprintf(level, sizeof level, "%s", tr("not rated"));
        char *line = ind->critical
                         ? xasprintf("- %s (%s, %s, %s)", ltext_get(&ind->title, lang), level,
                                     tr("critical"), pillar_title(s, refs[i].p, lang))
                         : xasprintf("- %s (%s, %s)", ltext_get(&ind->title, lang), level,
                                     pillar_title(s, refs[i].p, lang));
        doc_text(&m->doc, line, width, 0, role, -1);
        free(line);
    }
    if (n > max) {
        char *more = xasprintf(tr("... and %zu more."), n - max);
        doc_text(&m->doc, more, width, 0, ROLE_DIM, -1);
        free(more);
    }
}

static void layout_strengths_gaps(SummaryScreen *m, Lang lang, int width)
{
    const AssessResult *r = &m->sum.result;
    heading(m, tr("Strengths"));
    if (r->n_strengths)
        indicator_list(m, r->strengths, r->n_strengths, 10, lang, width, ROLE_NORMAL);
    else
        doc_text(&m->doc, tr("None yet: no indicator is at level 3 or 4."), width, 0, ROLE_DIM,
                 -1);
    heading(m, tr("Largest gaps"));
    if (r->n_gaps)
        indicator_list(m, r->gaps, r->n_gaps, 10, lang, width, ROLE_NORMAL);
    else
        doc_text(&m->doc, tr("None: no indicator rated is below level 3."), width, 0, ROLE_DIM,
                 -1);
    if (r->n_unrated) {
        doc_text(&m->doc, tr("Not rated, so not scored:"), width, 0, ROLE_WARNING, -1);
        indicator_list(m, r->unrated, r->n_unrated, 10, lang, width, ROLE_WARNING);
    }
}

static void layout_recommendations(SummaryScreen *m, Lang lang, int width)
{
    const AssessSummary *s = &m->sum;
    heading(m, tr("Recommendations"));
    if (!s->recs_ran) {
        const char *why = s->problems.n ? s->problems.items[0].message : "";
        char *msg = xasprintf(tr("The instrument's recommendations could not be worked out. %s"),
                              why);
        doc_text(&m->doc, msg, width, 0, ROLE_WARNING, -1);
        free(msg);
        return;
    }
    if (!s->recs.n)
        doc_text(&m->doc, tr("None of the instrument's recommendations applies."), width, 0,
                 ROLE_DIM, -1);
    for (size_t i = 0; i < s->recs.n; i++) {
        const InstrumentRule *rule = &s->inst->rules[s->recs.rules[i]];
        size_t p = rule->pillar ? instrument_pillar_index(s->inst, rule->pillar) : (size_t)-1;
        char *line = p != (size_t)-1 ? xasprintf("- %s: %s", pillar_title(s, p, lang),
                                                 ltext_get(&rule->text, lang))
                                     : xasprintf("- %s", ltext_get(&rule->text, lang));
        doc_text(&m->doc, line, width, 0, ROLE_NORMAL, -1);
        free(line);
    }
    if (s->recs.failed) {
        char *msg = xasprintf(trn("%zu rule could not run and was left out (rastro lint on the "
                                  "instrument says why).",
                                  "%zu rules could not run and were left out (rastro lint on "
                                  "the instrument says why).", s->recs.failed),
                              s->recs.failed);
        doc_text(&m->doc, msg, width, 0, ROLE_WARNING, -1);
        free(msg);
    }
}

static void layout_training(SummaryScreen *m, Ui *ui, int width)
{
    const AssessSummary *s = &m->sum;
    Lang lang = ui->app->lang;
    heading(m, tr("Training results of the country's trainees"));
    if (!s->training_ran) {
        doc_text(&m->doc, tr("They could not be worked out (no competencies are declared)."),
                 width, 0, ROLE_DIM, -1);
        return;
    }
    const MeasureResult *t = &s->training;
    if (!t->counted) {
        char *msg = xasprintf(tr("No trainee of %s has finished a quiz or exam yet."),
                              country_name(s->a.country, lang));
        doc_text(&m->doc, msg, width, 0, ROLE_DIM, -1);
        free(msg);
        return;
    }
    char *msg = xasprintf(trn("%d trainee of %s with a finished quiz or exam; the share who "
                              "passed each competency:",
                              "%d trainees of %s with a finished quiz or exam; the share who "
                              "passed each competency:", (unsigned long)t->counted),
                          t->counted, country_name(s->a.country, lang));
    doc_text(&m->doc, msg, width, 0, ROLE_NORMAL, -1);
    free(msg);
    int label_w = 0;
    for (size_t k = 0; k < t->n_per; k++) {
        int w = text_width(catalog_competency_title(&ui->app->catalog, t->per[k].competency, lang));
        if (w > label_w)
            label_w = w;
    }
    char sample[64];
    snprintf(sample, sizeof sample, "%3.0f%% (%d/%d)", 100.0, t->counted, t->counted);
    BarLayout bl = bar_layout(label_w, text_width(sample), 30, width);
    for (size_t k = 0; k < t->n_per; k++) {
        const MeasureCompetency *c = &t->per[k];
        const char *title = catalog_competency_title(&ui->app->catalog, c->competency, lang);
        char *words = c->loaded ? xasprintf("%3.0f%% (%d/%d)", c->share, c->passed, t->counted)
                                : xstrdup(tr("its module is not loaded"));
        bar_line(m, &bl, title, TRAINING_TAG + (int)k, c->loaded, c->share, words, width);
        free(words);
    }
}

/* "40.0 -> 45.0 (+5.0)". */
static char *change_words(bool both, double before, double after, double delta)
{
    const char *arrow = term_utf8() ? "\xE2\x86\x92" : "->";
    if (!both)
        return xstrdup(tr("no score then or now"));
    return xasprintf("%.1f %s %.1f (%+.1f)", before, arrow, after, delta);
}

static void layout_change(SummaryScreen *m, Lang lang, int width)
{
    const AssessSummary *s = &m->sum;
    heading(m, tr("Change since the previous assessment"));
    if (!s->has_previous) {
        doc_text(&m->doc, tr("No earlier final assessment of this country to compare with."),
                 width, 0, ROLE_DIM, -1);
        return;
    }
    const AssessChange *c = &s->change;
    char *overall = change_words(c->both, c->before, c->after, c->delta);
    char *line = c->both ? xasprintf(tr("Since %s: overall %s, %s then, %s now."),
                                     s->previous.assessed_on, overall,
                                     assess_band_title(c->band_before),
                                     assess_band_title(c->band_after))
                         : xasprintf(tr("Since %s: overall %s."), s->previous.assessed_on, overall);
    doc_text(&m->doc, line, width, 0, ROLE_NORMAL, -1);
    free(line);
    free(overall);
    size_t same = 0;
    for (size_t p = 0; p < c->n_pillars && p < s->inst->n_pillars; p++) {
        const PillarChange *pc = &c->pillars[p];
        if (!pc->both || pc->delta == 0) {
            same += pc->both;
            continue;
        }
        char *w = change_words(true, pc->before, pc->after, pc->delta);
        char *l = xasprintf("- %s: %s", pillar_title(s, p, lang), w);
        doc_text(&m->doc, l, width, 0, pc->delta < 0 ? ROLE_WARNING : ROLE_NORMAL, -1);
        free(l);
        free(w);
    }
    if (same) {
        char *msg = xasprintf(trn("%zu pillar scores as it did then.",
                                  "%zu pillars score as they did then.", same), same);
        doc_text(&m->doc, msg, width, 0, ROLE_DIM, -1);
        free(msg);
    }
    if (c->n_indicators)
        doc_text(&m->doc, tr("Indicators whose level changed:"), width, 0, ROLE_NORMAL, -1);
    for (size_t i = 0; i < c->n_indicators; i++) {
        const IndicatorChange *ic = &c->indicators[i];
        char before[32], after[32];
        int lv[2] = {ic->before, ic->after};
        char *out[2] = {before, after};
        for (int k = 0; k < 2; k++) {
            if (lv[k] >= 0)
                snprintf(out[k], 32, "%d", lv[k]);
            else
                snprintf(out[k], 32, "%s", lv[k] == ASSESS_NA ? tr("n/a") : tr("not rated"));
        }
        char *l = xasprintf("- %s: %s %s %s", indicator_title(s, ic->ref, lang), before,
                            term_utf8() ? "\xE2\x86\x92" : "->", after);
        doc_text(&m->doc, l, width, 0, ROLE_NORMAL, -1);
        free(l);
    }
}

static void sum_layout(SummaryScreen *m, Ui *ui, int width)
{
    Lang lang = ui->app->lang;
    doc_clear(&m->doc);
    m->n_bars = 0;
    layout_header(m, lang, width);
    layout_scores(m, lang, width);
    layout_gates(m, lang, width);
    layout_strengths_gaps(m, lang, width);
    layout_recommendations(m, lang, width);
    layout_training(m, ui, width);
    layout_change(m, lang, width);
    m->width = width;
}

static void sum_draw(Screen *s, Ui *ui, Rect area)
{
    SummaryScreen *m = (SummaryScreen *)s;
    int width = ui_text_width(area), top = area.top, rows = area.rows;
    if (width != m->width)
        sum_layout(m, ui, width);
    doc_view_draw(&m->view, &m->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&m->view, &m->doc, top + 1, 2 + width);
    /* The bars over the lines in view that carry one. */
    for (size_t b = 0; b < m->n_bars; b++) {
        int line = doc_find_tag(&m->doc, m->bars[b].tag, NULL);
        int row = line >= 0 ? doc_view_row(&m->view, (size_t)line) : -1;
        if (row >= 0)
            assess_bar(top + 1 + row, 2 + m->bars[b].x, m->bars[b].w, m->bars[b].scored,
                       m->bars[b].score);
    }
}

static void sum_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    SummaryScreen *m = (SummaryScreen *)s;
    if (doc_view_key(&m->view, key))
        return;
    if (key == ' ')
        doc_view_key(&m->view, K_PGDN);
    else if (ui_is_back(key))
        ui_pop(ui);
}

static void sum_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, hint_pages(), tr("Page"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *sum_help(Screen *s)
{
    (void)s;
    return tr("A pillar's score is the mean level of its rated indicators times 25 (0 to 100); "
              "an indicator not applicable leaves the mean, and one not rated is a gap, never "
              "a zero. While one of a pillar's critical indicators is at 0, the pillar scores "
              "at most 25: that is a gate. The overall score is the mean of the pillars' "
              "scores; its band is absent below 20, initial from 20, developing from 40, "
              "established from 60 and advanced from 80. The recommendations are the "
              "instrument's, chosen by its rules from the ratings. `rastro report assessment` "
              "prints this summary as text or PDF.");
}

static void sum_free(Screen *s)
{
    SummaryScreen *m = (SummaryScreen *)s;
    assess_summary_done(&m->sum);
    doc_done(&m->doc);
    free(m->bars);
    free(m);
}

Screen *assess_summary_new(Ui *ui, int64_t id)
{
    App *app = ui->app;
    SummaryScreen *m = xcalloc(1, sizeof *m);
    char err[512];
    if (!assess_summary_build(app->store, &app->catalog, id, app->recommend, &m->sum, err,
                              sizeof err)) {
        ui_status(ui, ROLE_ERROR, tr("The summary cannot be shown: %s"), err);
        free(m);
        return NULL;
    }
    m->base = (Screen){.title = sum_title, .draw = sum_draw, .key = sum_key,
                       .hints = sum_hints, .help = sum_help, .free = sum_free};
    doc_init(&m->doc);
    return &m->base;
}
