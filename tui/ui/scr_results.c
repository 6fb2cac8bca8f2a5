/* The results of an attempt: the score against the pass mark, then each question asked, with
 * the explanation of those missed (in an exam, the first feedback the trainee sees). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

typedef struct {
    Screen base;
    QuizRun run; /* owned */
    DocView view;
    Doc doc;
} ResultsScreen;

static const char *results_title(Screen *s, Ui *ui)
{
    (void)ui;
    return ((ResultsScreen *)s)->run.mode == ATTEMPT_REVIEW ? tr("Review results") : tr("Results");
}

static void results_draw(Screen *s, Ui *ui, int top, int rows)
{
    ResultsScreen *r = (ResultsScreen *)s;
    const QuizRun *run = &r->run;
    Lang lang = ui->app->lang;
    int width = ui_text_width();
    double pct = quiz_percent(run);
    doc_clear(&r->doc);
    doc_text(&r->doc, ltext_get(&run->module->title, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&r->doc);
    /* Whole marks as "7", partial credit as "6.5". */
    char points[32];
    snprintf(points, sizeof points, run->score == (double)(long long)run->score ? "%.0f" : "%.1f",
             run->score);
    char *score = xasprintf(tr("Your score: %s of %.0f (%.0f%%)"), points, run->max, pct);
    bool passed = quiz_passed(run);
    if (run->mode == ATTEMPT_REVIEW) {
        /* A review has no pass mark: each question moves on its own schedule. */
        doc_line(&r->doc, score, 0, ROLE_NORMAL, -1);
        doc_text(&r->doc, tr("Questions answered right come back later, further apart each "
                             "time; those missed are due again."), width, 0, ROLE_DIM, -1);
    } else {
        doc_line(&r->doc, score, 0, passed ? ROLE_CORRECT : ROLE_WRONG, -1);
        char *verdict = xasprintf(passed ? tr("Passed (pass mark %.0f%%).")
                                         : tr("Not passed yet (pass mark %.0f%%)."),
                                  run->module->settings.pass);
        doc_line(&r->doc, verdict, 0, passed ? ROLE_CORRECT : ROLE_WRONG, -1);
        free(verdict);
    }
    free(score);
    doc_blank(&r->doc);
    for (size_t i = 0; i < run->n_items; i++) {
        const QuizItem *it = &run->items[i];
        bool right = it->done && it->verdict.correct;
        char prefix[48];
        snprintf(prefix, sizeof prefix, "%s %zu. ", term_glyph(right ? GLYPH_CHECK : GLYPH_CROSS),
                 i + 1);
        doc_prefixed(&r->doc, prefix, ltext_get(&it->q->prompt, lang), width,
                     right ? ROLE_NORMAL : ROLE_WRONG, -1);
        if (!it->done)
            doc_line(&r->doc, tr("Not answered."), 5, ROLE_DIM, -1);
        else if (!right && it->verdict.score > 0) {
            char *part = xasprintf(tr("Partly right: %.0f%% of the marks."),
                                   it->verdict.max > 0 ? 100 * it->verdict.score / it->verdict.max : 0);
            doc_line(&r->doc, part, 5, ROLE_DIM, -1);
            free(part);
        }
        if (!right && !ltext_empty(&it->q->explain))
            doc_text(&r->doc, ltext_get(&it->q->explain, lang), width - 5, 5, ROLE_NORMAL, -1);
    }
    doc_view_draw(&r->view, &r->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&r->view, &r->doc, top + 1, 2 + width);
}

static void results_key(Screen *s, Ui *ui, int key)
{
    ResultsScreen *r = (ResultsScreen *)s;
    if (doc_view_key(&r->view, key))
        return;
    if (key == ' ')
        doc_view_key(&r->view, K_PGDN);
    else if (key == K_ENTER || ui_is_back(key))
        ui_pop(ui);
}

static int results_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){"Enter", tr("Done")};
    out[1] = (KeyHint){hint_arrows(), tr("Scroll")};
    out[2] = (KeyHint){hint_pages(), tr("Page")};
    return 3;
}

static void results_free(Screen *s)
{
    ResultsScreen *r = (ResultsScreen *)s;
    doc_done(&r->doc);
    quiz_done(&r->run);
    free(r);
}

Screen *results_screen_new(QuizRun *run)
{
    ResultsScreen *r = xcalloc(1, sizeof *r);
    r->base = (Screen){.title = results_title, .draw = results_draw, .key = results_key,
                       .hints = results_hints, .free = results_free};
    r->run = *run;
    doc_init(&r->doc);
    return &r->base;
}
