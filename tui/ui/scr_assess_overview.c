/* An assessment's own page: who, when and with what instrument, each pillar with its indicators
 * rated of all and its score, and what to do next: go on rating, a pillar, the summary, who
 * rates, who rated what and when, and marking it final (then read-only). It owns the assessment
 * its indicator screens work on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "doc.h"
#include "menu.h"
#include "scr_assess.h"

enum {
    ITEM_CONTINUE = -1, ITEM_SUMMARY = -2, ITEM_RATER = -3, ITEM_FINAL = -4, ITEM_HISTORY = -5,
    ITEM_BACK = -6,
};

typedef struct {
    Screen base;
    AssessSession ses;
    Menu menu;
    Doc doc;
    bool confirming; /* asking whether to mark it final */
    char title[160];
} OverviewScreen;

AssessSession *assess_overview_session(Screen *s)
{
    return &((OverviewScreen *)s)->ses;
}

static const char *ov_title(Screen *s, Ui *ui)
{
    OverviewScreen *o = (OverviewScreen *)s;
    return assess_title(&o->ses.a, ui->app->lang, o->title, sizeof o->title);
}

static void ov_build(OverviewScreen *o, Ui *ui)
{
    AssessSession *s = &o->ses;
    Lang lang = ui->app->lang;
    menu_clear(&o->menu);
    if (s->inst) {
        bool final = assess_session_final(s);
        menu_add(&o->menu, final ? tr("Read the ratings") : tr("Go on rating, where you stopped"),
                 NULL, ITEM_CONTINUE);
        for (size_t p = 0; p < s->inst->n_pillars; p++) {
            size_t rated, total;
            assess_pillar_progress(s, p, &rated, &total);
            char score[16];
            const PillarScore *ps = &s->res.pillars[p];
            assess_score_text(score, sizeof score, ps->scored, ps->score);
            char *detail = xasprintf("%zu/%zu  %5s", rated, total, score);
            menu_add(&o->menu, ltext_get(&s->inst->pillars[p].title, lang), detail, (int)p);
            free(detail);
        }
        menu_add(&o->menu, tr("Summary"), NULL, ITEM_SUMMARY);
        if (!final && s->n_assessors > 1) {
            char *l = xasprintf(tr("Who rates: %s"), assess_session_rater(s));
            menu_add(&o->menu, l, NULL, ITEM_RATER);
            free(l);
        }
        menu_add(&o->menu, tr("Who rated what, and when"), NULL, ITEM_HISTORY);
        if (!final)
            menu_add(&o->menu, tr("Mark final"), NULL, ITEM_FINAL);
    }
    menu_add(&o->menu, tr("Back to the assessments"), NULL, ITEM_BACK);
}

/* The lines over the menu: status, assessors, instrument, progress and score. */
static void ov_header(OverviewScreen *o, Ui *ui, int width)
{
    AssessSession *s = &o->ses;
    Lang lang = ui->app->lang;
    doc_clear(&o->doc);
    char *who = assess_assessors_joined(s->a.assessors);
    char *line = xasprintf("%s %s %s: %s", assess_status_title(s->a.status),
                           term_glyph(GLYPH_DOT), tr("Assessors"), who);
    doc_text(&o->doc, line, width, 0, s->a.status == ASSESS_FINAL ? ROLE_NORMAL : ROLE_WARNING, -1);
    free(line);
    free(who);
    if (!s->inst) {
        char *msg = xasprintf(tr("Its instrument, %s version %d, is not loaded, so this "
                                 "assessment cannot be shown."),
                              s->a.instrument_id, s->a.instrument_version);
        doc_text(&o->doc, msg, width, 0, ROLE_ERROR, -1);
        free(msg);
        return;
    }
    char *inst = s->inst->version == s->a.instrument_version
                     ? xasprintf("%s (%s %d)", ltext_get(&s->inst->title, lang), tr("version"),
                                 s->inst->version)
                     : xasprintf(tr("%s (version %d is not loaded: shown with version %d)"),
                                 ltext_get(&s->inst->title, lang), s->a.instrument_version,
                                 s->inst->version);
    doc_text(&o->doc, inst, width, 0, ROLE_DIM, -1);
    free(inst);
    size_t total = instrument_indicator_count(s->inst);
    char score[16];
    assess_score_text(score, sizeof score, s->res.scored, s->res.overall);
    char *prog = s->res.scored
                     ? xasprintf(tr("Rated: %zu of %zu indicators %s overall score %s, %s"),
                                 total - s->res.n_unrated, total, term_glyph(GLYPH_DOT), score,
                                 assess_band_title(s->res.band))
                     : xasprintf(tr("Rated: %zu of %zu indicators"), total - s->res.n_unrated,
                                 total);
    doc_text(&o->doc, prog, width, 0, ROLE_NORMAL, -1);
    free(prog);
}

static void ov_draw(Screen *s, Ui *ui, Rect area)
{
    OverviewScreen *o = (OverviewScreen *)s;
    int width = ui_text_width(area), top = area.top, rows = area.rows;
    ov_build(o, ui);
    ov_header(o, ui, width);
    int head = doc_draw(&o->doc, 0, top + 1, rows / 3, 2, width, -1);
    int y = top + 2 + head;
    int foot = o->confirming ? 3 : 0;
    int menu_rows = top + rows - y - foot;
    if (menu_rows < 1)
        menu_rows = 1;
    menu_draw(&o->menu, y, menu_rows, 2, width, true);
    if (o->confirming) {
        Doc d;
        doc_init(&d);
        size_t gaps = o->ses.inst ? o->ses.res.n_unrated : 0;
        char *msg = gaps ? xasprintf(trn("Mark this assessment final? It becomes read-only: no "
                                         "rating can change after. %zu indicator is not rated "
                                         "and stays a gap. y: yes  n: no",
                                         "Mark this assessment final? It becomes read-only: no "
                                         "rating can change after. %zu indicators are not rated "
                                         "and stay gaps. y: yes  n: no", gaps), gaps)
                         : xstrdup(tr("Mark this assessment final? It becomes read-only: no "
                                      "rating can change after. y: yes  n: no"));
        doc_text(&d, msg, width, 0, ROLE_WARNING, -1);
        free(msg);
        doc_draw(&d, 0, top + rows - foot, foot, 2, width, -1);
        doc_done(&d);
    }
}

/* The first unrated indicator of pillar p, else its first. */
static IndicatorRef pillar_start(const AssessSession *s, size_t p)
{
    const PillarScore *ps = &s->res.pillars[p];
    for (size_t i = 0; i < s->inst->pillars[p].n_indicators; i++)
        if (ps->levels[i] == ASSESS_UNRATED)
            return (IndicatorRef){p, i};
    return (IndicatorRef){p, 0};
}

static void ov_finalise(OverviewScreen *o, Ui *ui)
{
    char err[512];
    if (!store_assessment_finalise(ui->app->store, o->ses.a.id, err, sizeof err)) {
        ui_save_failed(ui, tr("The assessment was not marked final."), err);
        return;
    }
    assess_session_reload(&o->ses, ui);
    ui_status(ui, ROLE_CORRECT, "%s",
              tr("The assessment is final. It can no longer change; its summary is ready."));
}

static void ov_open(OverviewScreen *o, Ui *ui, int tag)
{
    AssessSession *s = &o->ses;
    char err[256];
    switch (tag) {
    case ITEM_CONTINUE: {
        char *place = NULL;
        if (!assess_session_final(s))
            store_assessment_place_get(ui->app->store, s->a.id, &place, err, sizeof err);
        IndicatorRef at;
        if (assess_resume(s->inst, &s->res, place, &at))
            ui_push(ui, assess_rate_new(ui, s, at));
        free(place);
        break;
    }
    case ITEM_SUMMARY: ui_push(ui, assess_summary_new(ui, s->a.id)); break;
    case ITEM_RATER:
        s->rater = (s->rater + 1) % s->n_assessors;
        ui_status(ui, ROLE_NORMAL, tr("Ratings from now on are by %s."), assess_session_rater(s));
        break;
    case ITEM_HISTORY: ui_push(ui, assess_history_new(ui, s, NULL)); break;
    case ITEM_FINAL: o->confirming = true; break;
    case ITEM_BACK: ui_pop(ui); break;
    default:
        if (s->inst && tag >= 0 && (size_t)tag < s->inst->n_pillars)
            ui_push(ui, assess_rate_new(ui, s, pillar_start(s, (size_t)tag)));
        break;
    }
}

static void ov_key(Screen *scr, Ui *ui, int key, Rect area)
{
    OverviewScreen *o = (OverviewScreen *)scr;
    if (o->confirming) {
        o->confirming = false;
        if (key == 'y' || key == 'Y' || key == 's' || key == 'S')
            ov_finalise(o, ui);
        return;
    }
    if (menu_key(&o->menu, key, area.rows - 6))
        return;
    if (menu_digit(&o->menu, key)) {
        ov_open(o, ui, menu_selected_tag(&o->menu));
        return;
    }
    bool final = assess_session_final(&o->ses);
    switch (key) {
    case K_ENTER:
    case K_RIGHT: ov_open(o, ui, menu_selected_tag(&o->menu)); return;
    case 's':
        if (o->ses.inst)
            ov_open(o, ui, ITEM_SUMMARY);
        return;
    case 'f':
    case 'a':
        if (final)
            assess_say_final(ui);
        else if (key == 'f' && o->ses.inst)
            o->confirming = true;
        else if (key == 'a' && o->ses.n_assessors > 1)
            ov_open(o, ui, ITEM_RATER);
        return;
    default:
        if (ui_is_back(key))
            ui_pop(ui);
    }
}

static void ov_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    OverviewScreen *o = (OverviewScreen *)s;
    if (o->confirming) {
        hints_add(out, tr("y"), tr("Mark final"));
        hints_add(out, "n", tr("Cancel"));
        return;
    }
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Open"));
    hints_add(out, "s", tr("Summary"));
    if (!assess_session_final(&o->ses)) {
        hints_add(out, "f", tr("Mark final"));
        if (o->ses.n_assessors > 1)
            hints_add(out, "a", tr("Who rates"));
    }
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *ov_help(Screen *s)
{
    (void)s;
    return tr("The pillars of the instrument, each with its indicators rated (or not "
              "applicable) of all and its score. Open a pillar to rate its indicators, or go on "
              "where you stopped. Each rating is saved when you confirm it, with who rated it "
              "(Who rates, or a, chooses among the assessment's assessors) and when; every "
              "rating is kept, and the list of who rated what and when shows them all. Mark "
              "final (f) when the assessment is done: it then becomes read-only, and a later "
              "assessment starts as a copy of it.");
}

static void ov_free(Screen *s)
{
    OverviewScreen *o = (OverviewScreen *)s;
    assess_session_done(&o->ses);
    menu_done(&o->menu);
    doc_done(&o->doc);
    free(o);
}

Screen *assess_overview_new(Ui *ui, int64_t id)
{
    OverviewScreen *o = xcalloc(1, sizeof *o);
    if (!assess_session_open(&o->ses, ui, id)) {
        free(o);
        return NULL;
    }
    o->base = (Screen){.title = ov_title, .draw = ov_draw, .key = ov_key, .hints = ov_hints,
                       .help = ov_help, .free = ov_free};
    menu_init(&o->menu);
    doc_init(&o->doc);
    return &o->base;
}
