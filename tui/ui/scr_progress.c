/* The trainee's own progress: past attempts, scores per competency and what to review (one
 * scrolling page), and the review menu that starts a module's review of its due questions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/scores.h"
#include "menu.h"
#include "screens.h"

/* An attempt's mode as the trainee knows it: at a module with an exam, a practice attempt is
 * "practice"; at one without, it is its quiz. */
static const char *mode_name(AttemptMode mode, const Module *m)
{
    if (mode == ATTEMPT_PRACTICE && m && module_has_exam(m))
        return tr("practice");
    return mode == ATTEMPT_EXAM ? tr("exam") : mode == ATTEMPT_REVIEW ? tr("review") : tr("quiz");
}

static void history_attempts(StrBuf *b, App *app)
{
    HistoryRow *rows;
    size_t n;
    char err[256];
    strbuf_printf(b, "# %s\n", tr("Past attempts"));
    if (!store_history(app->store, app->trainee.id, &rows, &n, err, sizeof err)) {
        strbuf_printf(b, "!! %s\n", err);
        return;
    }
    if (!n)
        strbuf_printf(b, "%s\n", tr("No attempts yet."));
    for (size_t i = 0; i < n; i++) {
        const HistoryRow *h = &rows[i];
        strbuf_printf(b, "- %s  %s (%s): ", h->started, catalog_title(&app->catalog, h->module_id, app->lang),
                      mode_name(h->mode, catalog_find(&app->catalog, h->module_id)));
        if (!h->finished)
            strbuf_printf(b, tr("not finished, %d answered"), h->answers);
        else if (h->max_score > 0)
            strbuf_printf(b, "%.0f%%", 100.0 * h->score / h->max_score);
        else
            strbuf_puts(b, "-");
        strbuf_puts(b, "\n");
    }
    history_free(rows, n);
}

/* The modules passed by the pass rule (an exam, at a module that has one), with the day and the
 * best score that passed, from the table scores_read filled for the trainee. */
static void history_passed(StrBuf *b, App *app, const ScoreTable *t)
{
    strbuf_printf(b, "\n# %s\n", tr("Modules passed"));
    size_t n = 0;
    for (size_t i = 0; t->n_rows && i < t->rows[0].n_modules; i++) {
        const ModuleResult *r = &t->rows[0].modules[i];
        if (!r->passed[0] || !catalog_find(&app->catalog, r->module_id))
            continue;
        strbuf_printf(b, "- ");
        strbuf_printf(b, tr("%s: passed on %s (%.0f%%)"),
                      catalog_title(&app->catalog, r->module_id, app->lang), r->passed,
                      r->passed_pct);
        strbuf_puts(b, "\n");
        n++;
    }
    if (!n)
        strbuf_printf(b, "%s\n", tr("None yet."));
}

static void history_competencies(StrBuf *b, App *app, ScoreTable *t)
{
    char err[256];
    strbuf_printf(b, "\n# %s\n", tr("Scores per competency"));
    if (!scores_read(app->store, &app->catalog, 0, app->trainee.id, t, err, sizeof err)) {
        strbuf_printf(b, "!! %s\n", err);
        memset(t, 0, sizeof *t);
        return;
    }
    bool any = false;
    for (size_t k = 0; t->n_rows && k < t->n_competencies; k++) {
        const ScoreCell *c = &t->rows[0].cells[k];
        if (score_pct(c) < 0)
            continue;
        any = true;
        strbuf_printf(b, "- %s: %.0f%% ",
                      scores_column_title(&app->catalog, t->competencies[k], app->lang),
                      score_pct(c));
        strbuf_printf(b, trn("(%d answer)", "(%d answers)", (unsigned long)c->answers), c->answers);
        strbuf_puts(b, "\n");
    }
    if (!any)
        strbuf_printf(b, "%s\n", tr("Finish a quiz to see your scores here."));
}

static void history_review(StrBuf *b, App *app)
{
    ReviewItem *items;
    size_t n;
    char err[256];
    strbuf_printf(b, "\n# %s\n", tr("To review"));
    /* Every question still in review, due now or later. */
    if (!store_review_due(app->store, app->trainee.id, NULL, INT64_MAX, &items, &n, err,
                          sizeof err)) {
        strbuf_printf(b, "!! %s\n", err);
        return;
    }
    if (!n)
        strbuf_printf(b, "%s\n", tr("Nothing: every question you missed has been learnt."));
    int64_t now = (int64_t)clock_wall();
    for (size_t i = 0; i < n; i++) {
        const Module *m = catalog_find(&app->catalog, items[i].module_id);
        const Question *q = m ? module_question(m, items[i].question_id) : NULL;
        char when[32];
        if (items[i].due <= now) {
            snprintf(when, sizeof when, "%s", tr("due now"));
        } else {
            time_t due = (time_t)items[i].due;
            strftime(when, sizeof when, "%Y-%m-%d", localtime(&due));
        }
        strbuf_printf(b, "- %s: %s (%s)\n", catalog_title(&app->catalog, items[i].module_id, app->lang),
                      q ? ltext_get(&q->prompt, app->lang) : items[i].question_id, when);
    }
    review_list_free(items, n);
}

Screen *history_screen_new(Ui *ui)
{
    StrBuf b;
    strbuf_init(&b);
    ScoreTable t;
    history_attempts(&b, ui->app);
    history_competencies(&b, ui->app, &t);
    history_review(&b, ui->app);
    history_passed(&b, ui->app, &t);
    scores_done(&t);
    Screen *s = text_screen_new(tr("My progress"), b.s);
    strbuf_done(&b);
    return s;
}

/* ---- review menu ---- */

typedef struct {
    Screen base;
    Menu menu;
    bool stale;
} ReviewMenu;

static void review_build(ReviewMenu *r, Ui *ui)
{
    App *app = ui->app;
    char err[256];
    menu_clear(&r->menu);
    int64_t now = (int64_t)clock_wall();
    for (size_t i = 0; i < app->catalog.n; i++) {
        int due, waiting;
        if (!store_review_count(app->store, app->trainee.id, app->catalog.modules[i]->id, now,
                                &due, &waiting, err, sizeof err) || !waiting)
            continue;
        char *detail = due ? xasprintf(trn("%d due", "%d due", (unsigned long)due), due)
                           : xasprintf(trn("%d later", "%d later", (unsigned long)waiting), waiting);
        menu_add(&r->menu, ltext_get(&app->catalog.modules[i]->title, app->lang), detail, (int)i);
        free(detail);
    }
    r->stale = false;
}

static const char *review_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Review");
}

static void review_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    ReviewMenu *r = (ReviewMenu *)s;
    if (r->stale)
        review_build(r, ui);
    term_print(top + 1, 2, ui_text_width(area), ROLE_HEADING,
               r->menu.n ? tr("Questions you missed come back here. Choose a module.")
                         : tr("Nothing to review."));
    menu_draw(&r->menu, top + 3, rows - 3, 2, ui_text_width(area), true);
}

static void review_key(Screen *s, Ui *ui, int key, Rect area)
{
    ReviewMenu *r = (ReviewMenu *)s;
    if (menu_key(&r->menu, key, area.rows - 4))
        return;
    if (ui_is_back(key)) {
        ui_pop(ui);
        return;
    }
    if (!menu_digit(&r->menu, key) && key != K_ENTER && key != K_RIGHT)
        return;
    int tag = menu_selected_tag(&r->menu);
    if (tag < 0)
        return;
    const Module *m = ui->app->catalog.modules[tag];
    ReviewItem *items;
    size_t n;
    char err[256];
    r->stale = true;
    if (!store_review_due(ui->app->store, ui->app->trainee.id, m->id, (int64_t)clock_wall(),
                          &items, &n, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    const char **ids = xcalloc(n ? n : 1, sizeof *ids);
    for (size_t i = 0; i < n; i++)
        ids[i] = items[i].question_id;
    Screen *q = n ? review_screen_new(ui, m, ids, n) : NULL;
    if (q)
        ui_push(ui, q);
    else if (!n)
        ui_status(ui, ROLE_NOTE, "%s", tr("Nothing is due in this module yet: come back later."));
    free(ids);
    review_list_free(items, n);
}

static void review_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Review"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *review_help(Screen *s)
{
    (void)s;
    return tr("A question you answer wrong in a quiz or an exam comes back here. Answer it right "
              "and it returns after a day, then after three days; right a third time, it is "
              "learnt. A wrong answer starts it over.");
}

static void review_free(Screen *s)
{
    ReviewMenu *r = (ReviewMenu *)s;
    menu_done(&r->menu);
    free(r);
}

Screen *review_menu_new(Ui *ui)
{
    (void)ui;
    ReviewMenu *r = xcalloc(1, sizeof *r);
    r->base = (Screen){.title = review_title, .draw = review_draw, .key = review_key,
                       .hints = review_hints, .help = review_help, .free = review_free};
    menu_init(&r->menu);
    r->stale = true;
    return &r->base;
}
