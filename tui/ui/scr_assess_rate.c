/* Rating one indicator of an assessment: its title and critical mark, what each level 0-4 means
 * (the one chosen highlighted), a level rastro proposes from its records, the evidence, document
 * references and a reason typed in a multi-line editor, its means of verification and guiding
 * questions. A rating is saved when the assessor confirms it (Enter), with the place to come
 * back to; moving on with changes not saved asks first. A final assessment is shown read-only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/measure.h"
#include "doc.h"
#include "editor.h"
#include "scr_assess.h"

/* The fields typed in the editor. */
enum { FIELD_EVIDENCE, FIELD_DOCUMENTS, FIELD_REASON, FIELD_COUNT };
#define NO_FIELD (-1)

/* Where to go once the question about changes not saved is answered. */
typedef enum { GO_NONE, GO_PREV, GO_NEXT, GO_PILLAR_PREV, GO_PILLAR_NEXT, GO_BACK } Go;

/* Doc lines of the levels carry LEVEL_TAG + level; not applicable's NA_TAG. */
enum { LEVEL_TAG = 100, NA_TAG = 110 };

#define KEY_DONE 19 /* Ctrl-S: the text typed is kept */

typedef struct {
    Screen base;
    AssessSession *ses; /* the overview's, under this screen */
    IndicatorRef at;
    const Indicator *ind;
    /* The rating as the assessor has it on screen. */
    int level; /* 0..4, -1 for none */
    bool na;
    Editor field[FIELD_COUNT];
    bool dirty;         /* differs from the rating saved */
    int editing;        /* the field in the editor, NO_FIELD */
    char *before;       /* its text before, for Esc */
    bool then_save;     /* the editor was opened for what saving lacked: Ctrl-S saves */
    /* The level rastro proposes (the indicator has a measure, the assessment is a draft). */
    bool measuring, measured;
    MeasureResult m;
    char measure_err[256];
    Go asking;          /* GO_NONE, or where to go once told what to do with the changes */
    Doc doc;
    DocView view;
    bool follow;        /* bring the chosen level into view at the next draw */
    char title[160];
} RateScreen;

static const Rating *saved_rating(const RateScreen *r)
{
    return rating_find(r->ses->cur, r->ses->n_cur, r->ind->id);
}

static bool is_final(const RateScreen *r)
{
    return assess_session_final(r->ses);
}

/* Shows indicator at, as saved; a draft remembers it as the place to come back to. */
static void rate_load(RateScreen *r, Ui *ui, IndicatorRef at, bool save_place)
{
    AssessSession *s = r->ses;
    r->at = at;
    r->ind = instrument_at(s->inst, at);
    const Rating *cur = saved_rating(r);
    r->na = cur && cur->not_applicable;
    r->level = cur && !cur->not_applicable ? cur->level : -1;
    editor_set(&r->field[FIELD_EVIDENCE], cur ? cur->evidence : "");
    editor_set(&r->field[FIELD_DOCUMENTS], cur ? cur->documents : "");
    editor_set(&r->field[FIELD_REASON], cur ? cur->reason : "");
    r->dirty = false;
    r->editing = NO_FIELD;
    r->base.takes_text = false;
    r->asking = GO_NONE;
    r->view.scroll = 0; /* from the top: what is proposed, then the levels */
    r->follow = false;
    if (r->measuring)
        measure_result_done(&r->m);
    r->measuring = r->measured = false;
    r->measure_err[0] = '\0';
    char err[256];
    if (r->ind->measure && !is_final(r)) {
        r->measuring = true;
        r->measured = measure_indicator(ui->app->store, &ui->app->catalog, &s->a, r->ind, &r->m,
                                        r->measure_err, sizeof r->measure_err);
        if (!r->measured)
            memset(&r->m, 0, sizeof r->m);
    }
    if (save_place && !is_final(r))
        store_assessment_place_save(ui->app->store, s->a.id, r->ind->id, err, sizeof err);
}

/* The level rastro proposes, when it has one. */
static bool proposal(const RateScreen *r, int *level)
{
    if (!r->measured || !r->m.valued)
        return false;
    *level = r->m.level;
    return true;
}

static const char *rate_title(Screen *s, Ui *ui)
{
    RateScreen *r = (RateScreen *)s;
    return assess_title(&r->ses->a, ui->app->lang, r->title, sizeof r->title);
}

/* "Saved: level 2, by Ana Pérez on 2026-12-05 03:30", or what is waiting to be saved. */
static void layout_state(RateScreen *r, int width)
{
    const Rating *cur = saved_rating(r);
    char *line;
    Role role;
    if (r->dirty) {
        role = ROLE_WARNING;
        line = r->na ? xstrdup(tr("Not saved yet: not applicable. Enter saves it."))
               : r->level >= 0 ? xasprintf(tr("Not saved yet: level %d. Enter saves it."), r->level)
                               : xstrdup(tr("Not saved yet: choose a level (0-4), then Enter."));
    } else if (cur && rating_level(cur) != ASSESS_UNRATED) {
        role = ROLE_CORRECT;
        char when[32];
        assess_when(when, sizeof when, cur->rated_at);
        char level[48];
        if (cur->not_applicable)
            snprintf(level, sizeof level, "%s", tr("not applicable"));
        else
            snprintf(level, sizeof level, tr("level %d"), cur->level);
        line = xasprintf(tr("Saved: %s, by %s on %s."), level,
                         cur->rated_by[0] ? cur->rated_by : "?", when);
    } else {
        role = ROLE_DIM;
        line = xstrdup(is_final(r) ? tr("Not rated: a gap in this assessment.")
                                   : tr("Not rated yet."));
    }
    doc_text(&r->doc, line, width, 0, role, -1);
    free(line);
}

/* What rastro's records propose for a measured indicator. */
static void layout_measure(RateScreen *r, Ui *ui, int width)
{
    const Rating *cur = saved_rating(r);
    Lang lang = ui->app->lang;
    if (!r->measuring) {
        /* A final assessment: what was proposed when it was rated. */
        if (!cur || !cur->measured)
            return;
        doc_blank(&r->doc);
        doc_line(&r->doc, tr("Proposed from rastro's records"), 0, ROLE_HEADING, -1);
        char *msg = xasprintf(tr("Level %d was proposed: %.0f%% of the country's trainees had "
                                 "passed every competency listed."),
                              cur->measured_level, cur->measured_value);
        doc_text(&r->doc, msg, width, 0, ROLE_NORMAL, -1);
        free(msg);
        return;
    }
    doc_blank(&r->doc);
    doc_line(&r->doc, tr("Proposed from rastro's records"), 0, ROLE_HEADING, -1);
    if (!r->measured) {
        char *msg = xasprintf(tr("It could not be worked out: %s"), r->measure_err);
        doc_text(&r->doc, msg, width, 0, ROLE_WARNING, -1);
        free(msg);
        return;
    }
    const MeasureResult *m = &r->m;
    char *msg;
    if (m->valued)
        msg = xasprintf(trn("Level %d proposed: %.0f%% of the country's %d trainee with a finished "
                            "quiz or exam passed every competency listed (%d passed).",
                            "Level %d proposed: %.0f%% of the country's %d trainees with a "
                            "finished quiz or exam passed every competency listed (%d passed).",
                            (unsigned long)m->counted),
                        m->level, m->value, m->counted, m->passed);
    else if (!m->counted)
        msg = xstrdup(tr("No trainee of this country has finished a quiz or exam yet, so rastro "
                         "proposes no level: rate it from the evidence."));
    else
        msg = xstrdup(tr("Some competencies' modules are not loaded, so rastro proposes no level: "
                         "rate it from the evidence."));
    doc_text(&r->doc, msg, width, 0, m->valued ? ROLE_NOTE : ROLE_WARNING, -1);
    free(msg);
    for (size_t k = 0; m->counted && k < m->n_per; k++) {
        const MeasureCompetency *c = &m->per[k];
        char *line = c->loaded ? xasprintf("- %s: %.0f%% (%d/%d)",
                                           catalog_competency_title(&ui->app->catalog,
                                                                    c->competency, lang),
                                           c->share, c->passed, m->counted)
                               : xasprintf("- %s: %s",
                                           catalog_competency_title(&ui->app->catalog,
                                                                    c->competency, lang),
                                           tr("its module is not loaded"));
        doc_text(&r->doc, line, width, 0, ROLE_NORMAL, -1);
        free(line);
    }
    if (m->has_previous) {
        char *ch = m->valued ? xasprintf(tr("Since the previous assessment (%s, %.0f%%): %+.0f "
                                            "points."),
                                         m->previous_on, m->previous, m->change)
                             : xasprintf(tr("The previous assessment (%s) measured %.0f%%."),
                                         m->previous_on, m->previous);
        doc_text(&r->doc, ch, width, 0, ROLE_NORMAL, -1);
        free(ch);
    } else {
        doc_text(&r->doc, tr("No previous assessment of this country measured it."), width, 0,
                 ROLE_DIM, -1);
    }
    if (m->valued)
        doc_text(&r->doc, tr("m accepts the level proposed; another level needs a reason."),
                 width, 0, ROLE_DIM, -1);
}

/* A field typed by the assessor, under its heading. */
static void layout_field(RateScreen *r, int f, const char *head, const char *none, int width)
{
    doc_blank(&r->doc);
    doc_line(&r->doc, head, 0, ROLE_HEADING, -1);
    const char *text = r->field[f].text.s;
    if (text_is_blank(text))
        doc_text(&r->doc, none, width, 0, ROLE_DIM, -1);
    else
        assess_doc_typed(&r->doc, text, width, 0, ROLE_NORMAL);
}

/* Whether a reason is asked for: not applicable, or a level other than the one proposed. */
static bool reason_needed(const RateScreen *r)
{
    int proposed;
    return r->na || (r->level >= 0 && proposal(r, &proposed) && proposed != r->level);
}

static void rate_layout(RateScreen *r, Ui *ui, int width)
{
    AssessSession *s = r->ses;
    Lang lang = ui->app->lang;
    const Indicator *ind = r->ind;
    const Pillar *pl = &s->inst->pillars[r->at.p];
    bool final = is_final(r);
    doc_clear(&r->doc);
    size_t rated, total;
    assess_pillar_progress(s, r->at.p, &rated, &total);
    char *where = xasprintf(tr("Pillar %zu/%zu: %s %s rated %zu/%zu %s indicator %zu/%zu"),
                            r->at.p + 1, s->inst->n_pillars, ltext_get(&pl->title, lang),
                            term_glyph(GLYPH_DOT), rated, total, term_glyph(GLYPH_DOT),
                            r->at.i + 1, pl->n_indicators);
    doc_text(&r->doc, where, width, 0, ROLE_DIM, -1);
    free(where);
    doc_text(&r->doc, ltext_get(&ind->title, lang), width, 0, ROLE_HEADING, -1);
    layout_state(r, width);
    r->view.pin = r->doc.n;

    if (ind->critical)
        doc_text(&r->doc, tr("Critical: while it is at 0, its pillar scores at most 25."), width,
                 0, ROLE_WARNING, -1);
    if (!final && s->n_assessors) {
        char *who = xasprintf(tr("Rated by %s."), assess_session_rater(s));
        doc_text(&r->doc, who, width, 0, ROLE_DIM, -1);
        free(who);
    }
    /* What the records propose comes before the levels it is weighed against. */
    layout_measure(r, ui, width);
    doc_blank(&r->doc);
    doc_line(&r->doc, final ? tr("Levels") : tr("Levels (0-4 or the arrows choose)"), 0,
             ROLE_HEADING, -1);
    for (int k = 0; k < INSTRUMENT_LEVELS; k++) {
        char prefix[16];
        snprintf(prefix, sizeof prefix, " %d  ", k);
        doc_prefixed(&r->doc, prefix, ltext_get(&ind->levels[k], lang), width, ROLE_NORMAL,
                     LEVEL_TAG + k);
    }
    if (ind->na_allowed)
        doc_prefixed(&r->doc, " n  ", tr("Not applicable (with the reason)"), width, ROLE_NORMAL,
                     NA_TAG);
    layout_field(r, FIELD_EVIDENCE, tr("Evidence"),
                 final ? tr("None.") : tr("None yet: e writes it."), width);
    layout_field(r, FIELD_DOCUMENTS, tr("Document references"),
                 final ? tr("None.") : tr("None yet: d writes them."), width);
    if (reason_needed(r) || !text_is_blank(r->field[FIELD_REASON].text.s)) {
        const char *need = r->na ? tr("Needed: why it is not applicable (r writes it).")
                                 : tr("Needed: why not the level proposed (r writes it).");
        layout_field(r, FIELD_REASON, tr("Reason"), reason_needed(r) ? need : tr("None."), width);
    }
    doc_blank(&r->doc);
    doc_line(&r->doc, tr("Means of verification"), 0, ROLE_HEADING, -1);
    doc_text(&r->doc, ltext_get(&ind->verification, lang), width, 0, ROLE_NORMAL, -1);
    if (ind->n_questions) {
        doc_blank(&r->doc);
        doc_line(&r->doc, tr("Guiding questions"), 0, ROLE_HEADING, -1);
        for (size_t q = 0; q < ind->n_questions; q++) {
            char *item = xasprintf("- %s", ltext_get(&ind->questions[q], lang));
            doc_text(&r->doc, item, width, 0, ROLE_NORMAL, -1);
            free(item);
        }
    }
    if (ind->sources.n) {
        doc_blank(&r->doc);
        doc_line(&r->doc, tr("Sources"), 0, ROLE_HEADING, -1);
        for (size_t k = 0; k < ind->sources.n; k++) {
            const char *key = ind->sources.keys[k], *text = "";
            for (size_t j = 0; j < s->inst->n_sources; j++)
                if (strcmp(s->inst->sources[j].key, key) == 0)
                    text = s->inst->sources[j].text;
            char *item = xasprintf("- %s: %s", key, text);
            doc_text(&r->doc, item, width, 0, ROLE_DIM, -1);
            free(item);
        }
    }
}

static const char *field_name(int f)
{
    switch (f) {
    case FIELD_EVIDENCE: return tr("Evidence");
    case FIELD_DOCUMENTS: return tr("Document references");
    default: return tr("Reason");
    }
}

/* The editor over the body: the indicator's title, the field's name, and the text. */
static void draw_editing(RateScreen *r, Ui *ui, Rect area)
{
    int width = ui_text_width(area), top = area.top, rows = area.rows;
    term_print(top + 1, 2, width, ROLE_DIM, ltext_get(&r->ind->title, ui->app->lang));
    char *head = r->editing == FIELD_REASON && r->na
                     ? xasprintf("%s: %s", field_name(r->editing), tr("why it is not applicable"))
                 : r->editing == FIELD_REASON
                     ? xasprintf("%s: %s", field_name(r->editing),
                                 tr("why not the level proposed"))
                     : xstrdup(field_name(r->editing));
    term_print(top + 2, 2, width, ROLE_HEADING, head);
    free(head);
    term_print(top + 3, 2, width, ROLE_DIM,
               tr("Enter starts a new line; Ctrl-S keeps the text; Esc leaves it as it was."));
    /* A frame around the text. */
    int y0 = top + 4, y1 = top + rows - 1;
    if (y1 - y0 < 2)
        y1 = y0 + 2;
    const char *h = term_glyph(GLYPH_HLINE), *v = term_glyph(GLYPH_VLINE);
    StrBuf line;
    strbuf_init(&line);
    strbuf_puts(&line, term_glyph(GLYPH_CORNER_TL));
    for (int i = 0; i < width - 2; i++)
        strbuf_puts(&line, h);
    strbuf_puts(&line, term_glyph(GLYPH_CORNER_TR));
    term_print(y0, 2, width, ROLE_DIM, line.s);
    strbuf_clear(&line);
    strbuf_puts(&line, term_glyph(GLYPH_CORNER_BL));
    for (int i = 0; i < width - 2; i++)
        strbuf_puts(&line, h);
    strbuf_puts(&line, term_glyph(GLYPH_CORNER_BR));
    term_print(y1, 2, width, ROLE_DIM, line.s);
    strbuf_done(&line);
    for (int y = y0 + 1; y < y1; y++) {
        term_print(y, 2, 1, ROLE_DIM, v);
        term_print(y, 2 + width - 1, 1, ROLE_DIM, v);
    }
    editor_draw(&r->field[r->editing], y0 + 1, 4, y1 - y0 - 1, width - 4, true);
}

static void rate_draw(Screen *s, Ui *ui, Rect area)
{
    RateScreen *r = (RateScreen *)s;
    if (r->editing != NO_FIELD) {
        draw_editing(r, ui, area);
        return;
    }
    int width = ui_text_width(area), top = area.top, rows = area.rows;
    int foot = r->asking != GO_NONE ? 2 : 0;
    rate_layout(r, ui, width);
    doc_view_fit(&r->view, &r->doc, rows - 1 - foot);
    int chosen = r->na ? NA_TAG : r->level >= 0 ? LEVEL_TAG + r->level : -1;
    if (r->follow && chosen >= 0)
        doc_view_show_tag(&r->view, &r->doc, chosen);
    r->follow = false;
    doc_view_draw(&r->view, &r->doc, top + 1, rows - 1 - foot, 2, width, chosen);
    doc_view_marks(&r->view, &r->doc, top + 1, 2 + width);
    if (foot) {
        Doc d;
        doc_init(&d);
        doc_text(&d, tr("This indicator has changes not saved. y: save them  n: leave them out  "
                        "Esc: stay"),
                 width, 0, ROLE_WARNING, -1);
        doc_draw(&d, 0, top + rows - foot, foot, 2, width, -1);
        doc_done(&d);
    }
}

/* Opens field f in the editor. */
static void edit(RateScreen *r, int f)
{
    r->editing = f;
    r->then_save = false;
    free(r->before);
    r->before = xstrdup(r->field[f].text.s);
    r->base.takes_text = true;
}

/* The indicator before or after r's (across pillars); false at either end. */
static bool step(const RateScreen *r, int dir, IndicatorRef *out)
{
    const Instrument *inst = r->ses->inst;
    IndicatorRef at = r->at;
    if (dir > 0) {
        bool ok = instrument_next(inst, &at);
        *out = at;
        return ok;
    }
    if (at.i > 0) {
        *out = (IndicatorRef){at.p, at.i - 1};
        return true;
    }
    for (size_t p = at.p; p-- > 0;)
        if (inst->pillars[p].n_indicators) {
            *out = (IndicatorRef){p, inst->pillars[p].n_indicators - 1};
            return true;
        }
    return false;
}

/* The first indicator of the pillar dir pillars away that has one; false past either end. */
static bool step_pillar(const RateScreen *r, int dir, IndicatorRef *out)
{
    const Instrument *inst = r->ses->inst;
    for (long p = (long)r->at.p + dir; p >= 0 && (size_t)p < inst->n_pillars; p += dir)
        if (inst->pillars[p].n_indicators) {
            *out = (IndicatorRef){(size_t)p, 0};
            return true;
        }
    return false;
}

static void go(RateScreen *r, Ui *ui, Go where)
{
    IndicatorRef to;
    bool ok = false;
    switch (where) {
    case GO_PREV: ok = step(r, -1, &to); break;
    case GO_NEXT: ok = step(r, 1, &to); break;
    case GO_PILLAR_PREV: ok = step_pillar(r, -1, &to); break;
    case GO_PILLAR_NEXT: ok = step_pillar(r, 1, &to); break;
    case GO_BACK: ui_pop(ui); return;
    default: return;
    }
    if (ok)
        rate_load(r, ui, to, true);
    else
        ui_status(ui, ROLE_DIM, "%s",
                  where == GO_PREV || where == GO_PILLAR_PREV ? tr("This is the first indicator.")
                                                              : tr("This is the last indicator."));
}

/* Goes where, asking first when the indicator has changes not saved. */
static void leave(RateScreen *r, Ui *ui, Go where)
{
    if (r->dirty && !is_final(r))
        r->asking = where;
    else
        go(r, ui, where);
}

/* "Saved: level 2." on the status line, then more (translated, may be ""). */
static void saved_say(const RateScreen *r, Ui *ui, const char *more)
{
    char saved[96];
    if (r->na)
        snprintf(saved, sizeof saved, "%s", tr("Saved: not applicable."));
    else
        snprintf(saved, sizeof saved, tr("Saved: level %d."), r->level);
    ui_status(ui, ROLE_CORRECT, "%s%s%s", saved, more[0] ? " " : "", more);
}

/* Saves the rating on screen, asking for what it lacks; true when it is saved (or nothing had
 * changed since it was). */
static bool rate_save(RateScreen *r, Ui *ui)
{
    AssessSession *s = r->ses;
    if (is_final(r)) {
        assess_say_final(ui);
        return false;
    }
    if (!r->dirty && saved_rating(r) && rating_level(saved_rating(r)) != ASSESS_UNRATED)
        return true;
    if (r->level < 0 && !r->na) {
        ui_status(ui, ROLE_WARNING, "%s",
                  r->ind->na_allowed ? tr("Choose a level first (0 to 4), or n for not applicable.")
                                     : tr("Choose a level first (0 to 4)."));
        return false;
    }
    int proposed = -1;
    bool measured = proposal(r, &proposed);
    if (text_is_blank(r->field[FIELD_REASON].text.s) && reason_needed(r)) {
        if (r->na)
            ui_status(ui, ROLE_WARNING, "%s",
                      tr("Say why it is not applicable: type the reason; Ctrl-S saves the "
                         "rating."));
        else
            ui_status(ui, ROLE_WARNING,
                      tr("rastro's records propose level %d: say why you rate it %d; Ctrl-S saves "
                         "the rating."),
                      proposed, r->level);
        edit(r, FIELD_REASON);
        r->then_save = true;
        return false;
    }
    Rating rt = {
        .indicator_id = r->ind->id,
        .level = r->na ? ASSESS_UNRATED : r->level,
        .not_applicable = r->na,
        .reason = r->field[FIELD_REASON].text.s,
        .evidence = r->field[FIELD_EVIDENCE].text.s,
        .documents = r->field[FIELD_DOCUMENTS].text.s,
        .measured = measured,
        .measured_level = measured ? proposed : ASSESS_UNRATED,
        .measured_value = measured ? r->m.value : 0,
        .rated_by = (char *)assess_session_rater(s),
    };
    char err[512];
    if (!assess_rating_check(s->inst, &rt, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return false;
    }
    /* Where to come back to: the next indicator, saved with the rating. */
    IndicatorRef next;
    const char *place = step(r, 1, &next) ? instrument_at(s->inst, next)->id : r->ind->id;
    if (!store_rating_add(ui->app->store, s->a.id, &rt, place, err, sizeof err)) {
        ui_save_failed(ui, tr("The rating was not saved; what you typed is kept."), err);
        return false;
    }
    r->dirty = false;
    assess_session_reload(s, ui);
    saved_say(r, ui, "");
    return true;
}

/* Saves, then goes on to the next indicator; after the last, to the first still to rate, or
 * back to the overview when every one is rated. */
static void save_and_next(RateScreen *r, Ui *ui)
{
    if (!rate_save(r, ui))
        return;
    IndicatorRef next;
    AssessSession *s = r->ses;
    if (step(r, 1, &next)) {
        rate_load(r, ui, next, false);
    } else if (s->res.n_unrated) {
        char *more = xasprintf(trn("%zu indicator is still to rate: here it is.",
                                   "%zu indicators are still to rate: here is the first of them.",
                                   s->res.n_unrated),
                               s->res.n_unrated);
        saved_say(r, ui, more);
        free(more);
        rate_load(r, ui, s->res.unrated[0], true);
    } else {
        saved_say(r, ui, tr("Every indicator is rated: f marks the assessment final."));
        ui_pop(ui);
    }
}

/* Keys while a field is in the editor. */
static void key_editing(RateScreen *r, Ui *ui, int key)
{
    Editor *e = &r->field[r->editing];
    if (key == KEY_DONE) {
        if (strcmp(e->text.s, r->before) != 0)
            r->dirty = true;
        r->editing = NO_FIELD;
        r->base.takes_text = false;
        if (r->then_save && !text_is_blank(e->text.s))
            save_and_next(r, ui);
        else
            ui_status(ui, ROLE_NORMAL, "%s", tr("Kept. Enter saves the rating."));
        r->then_save = false;
    } else if (key == K_ESC) {
        editor_set(e, r->before);
        r->then_save = false;
        r->editing = NO_FIELD;
        r->base.takes_text = false;
    } else {
        editor_key(e, key);
    }
}

/* A level chosen (k), or not applicable (k < 0). */
static void choose(RateScreen *r, Ui *ui, int k)
{
    if (k < 0) {
        if (!r->ind->na_allowed) {
            ui_status(ui, ROLE_WARNING, "%s",
                      tr("This indicator cannot be marked not applicable."));
            return;
        }
        r->na = !r->na;
        if (r->na)
            r->level = -1;
    } else {
        r->na = false;
        r->level = k;
    }
    r->dirty = true;
    r->follow = true;
}

static bool is_edit_key(int key)
{
    return (key >= '0' && key <= '4') || key == 'n' || key == 'm' || key == 'e' || key == 'd' ||
           key == 'r' || key == 'a' || key == K_ENTER;
}

static void rate_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    RateScreen *r = (RateScreen *)s;
    if (r->editing != NO_FIELD) {
        key_editing(r, ui, key);
        return;
    }
    if (r->asking != GO_NONE) {
        Go where = r->asking;
        r->asking = GO_NONE;
        if (key == 'y' || key == 'Y' || key == 's' || key == 'S') {
            if (rate_save(r, ui))
                go(r, ui, where);
        } else if (key == 'n' || key == 'N') {
            r->dirty = false;
            go(r, ui, where);
        }
        return;
    }
    if (doc_view_page_key(&r->view, key))
        return;
    bool final = is_final(r);
    if (final && (key == K_UP || key == K_DOWN)) {
        doc_view_key(&r->view, key);
        return;
    }
    if (final && is_edit_key(key)) {
        assess_say_final(ui);
        return;
    }
    switch (key) {
    case K_LEFT: leave(r, ui, GO_PREV); return;
    case K_RIGHT: leave(r, ui, GO_NEXT); return;
    case K_TAB: leave(r, ui, GO_PILLAR_NEXT); return;
    case K_BTAB: leave(r, ui, GO_PILLAR_PREV); return;
    case K_ENTER: save_and_next(r, ui); return;
    case K_UP:
        choose(r, ui, r->na ? INSTRUMENT_MAX_LEVEL : r->level > 0 ? r->level - 1 : 0);
        return;
    case K_DOWN:
        if (r->level == INSTRUMENT_MAX_LEVEL && r->ind->na_allowed)
            choose(r, ui, -1);
        else if (!r->na)
            choose(r, ui, r->level < INSTRUMENT_MAX_LEVEL ? r->level + 1 : INSTRUMENT_MAX_LEVEL);
        return;
    case 'n': choose(r, ui, -1); return;
    case 'm': {
        int proposed;
        if (proposal(r, &proposed))
            choose(r, ui, proposed);
        else
            ui_status(ui, ROLE_WARNING, "%s", tr("rastro proposes no level for this indicator."));
        return;
    }
    case 'e': edit(r, FIELD_EVIDENCE); return;
    case 'd': edit(r, FIELD_DOCUMENTS); return;
    case 'r': edit(r, FIELD_REASON); return;
    case 'a':
        if (r->ses->n_assessors > 1) {
            r->ses->rater = (r->ses->rater + 1) % r->ses->n_assessors;
            ui_status(ui, ROLE_NORMAL, tr("Ratings from now on are by %s."),
                      assess_session_rater(r->ses));
        } else {
            ui_status(ui, ROLE_DIM, "%s", tr("This assessment has one assessor."));
        }
        return;
    case 'h': ui_push(ui, assess_history_new(ui, r->ses, r->ind->id)); return;
    default:
        if (key >= '0' && key <= '4')
            choose(r, ui, key - '0');
        else if (ui_is_back(key))
            leave(r, ui, GO_BACK);
    }
}

/* Adds a hint while there is room for it. */
static void hint(KeyHints *out, const char *key, const char *label)
{
    if (out->n < MAX_HINTS)
        hints_add(out, key, label);
}

static void rate_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    RateScreen *r = (RateScreen *)s;
    if (r->editing != NO_FIELD) {
        hint(out, "Ctrl-S", tr("Done"));
        hint(out, "Enter", tr("New line"));
        hint(out, "Esc", tr("Cancel"));
        return;
    }
    if (r->asking != GO_NONE) {
        hint(out, tr("y"), tr("Save"));
        hint(out, "n", tr("Leave out"));
        hint(out, "Esc", tr("Stay"));
        return;
    }
    if (is_final(r)) {
        hint(out, hint_left_right(), tr("Indicator"));
        hint(out, "Tab", tr("Pillar"));
        hint(out, hint_arrows(), tr("Scroll"));
        hint(out, "h", tr("History"));
        hint(out, "?", tr("Help"));
        hint(out, "q", tr("Back"));
        return;
    }
    int proposed;
    hint(out, "0-4", tr("Level"));
    if (proposal(r, &proposed))
        hint(out, "m", tr("Accept proposed"));
    hint(out, "e", tr("Evidence"));
    hint(out, "Enter", tr("Save"));
    hint(out, hint_left_right(), tr("Indicator"));
    if (r->ind->na_allowed)
        hint(out, "n", tr("Not applicable"));
    hint(out, "d", tr("Documents"));
    hint(out, "?", tr("Help"));
    hint(out, "q", tr("Back"));
}

static const char *rate_help(Screen *s)
{
    (void)s;
    return tr("Choose the level that the evidence shows, with 0 to 4 or the arrows: each level "
              "says what it means for this indicator. e writes the evidence and d the document "
              "references, in an editor where Enter starts a new line and Ctrl-S keeps the "
              "text. n marks the indicator not applicable, where the instrument allows it, "
              "with the reason (r). Where rastro proposes a level from its records, m accepts "
              "it; another level needs a reason. Enter saves the rating and goes on to the next "
              "indicator: it is saved at once, with who rated it and when, and rastro comes "
              "back here if it is stopped. Left and Right move between indicators, Tab and "
              "Shift-Tab between pillars, h shows the ratings this indicator has had, a "
              "changes who rates, and PgUp, PgDn, Home and End scroll the page. A final "
              "assessment is shown as it is: nothing in it can change.");
}

static void rate_free(Screen *s)
{
    RateScreen *r = (RateScreen *)s;
    for (int f = 0; f < FIELD_COUNT; f++)
        editor_done(&r->field[f]);
    free(r->before);
    if (r->measuring)
        measure_result_done(&r->m);
    doc_done(&r->doc);
    free(r);
}

Screen *assess_rate_new(Ui *ui, AssessSession *s, IndicatorRef at)
{
    if (!s->inst)
        return NULL;
    RateScreen *r = xcalloc(1, sizeof *r);
    r->base = (Screen){.title = rate_title, .draw = rate_draw, .key = rate_key,
                       .hints = rate_hints, .help = rate_help, .free = rate_free};
    r->ses = s;
    for (int f = 0; f < FIELD_COUNT; f++)
        editor_init(&r->field[f], 8000);
    doc_init(&r->doc);
    rate_load(r, ui, at, true);
    return &r->base;
}
