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
    long scroll;
    Doc doc;
} ResultsScreen;

static const char *results_title(Screen *s, Ui *ui)
{
    (void)ui;
    return ((ResultsScreen *)s)->run.mode == ATTEMPT_REVIEW ? tr("Review results") : tr("Results");
}

/* Passed or not, and every reason it is not: the score under the mark, each question that must
 * be right and was not (by its prompt, as asked), each tag under its own mark. */
static void results_verdict(ResultsScreen *r, const QuizRun *run, const PassResult *v, int width,
                            Lang lang)
{
    double mark = run->module->settings.pass;
    if (v->passed) {
        char *line = xasprintf(tr("Passed (pass mark %.0f%%)."), mark);
        doc_line(&r->doc, line, 0, ROLE_CORRECT, -1);
        free(line);
        return;
    }
    if (v->below_mark) {
        char *line = xasprintf(tr("Not passed yet (pass mark %.0f%%)."), mark);
        doc_line(&r->doc, line, 0, ROLE_WRONG, -1);
        free(line);
    }
    if (v->n_missed) {
        unsigned long n = (unsigned long)v->n_missed;
        char *line = xasprintf(trn("Not passed: you missed a question that must be right to pass:",
                                   "Not passed: you missed %lu questions that must be right to "
                                   "pass:", n), n);
        doc_text(&r->doc, line, width, 0, ROLE_WRONG, -1);
        free(line);
        for (size_t k = 0; k < v->n_missed; k++)
            doc_prefixed(&r->doc, "  - ", ltext_get(&run->items[v->missed[k]].q->prompt, lang),
                         width, ROLE_WRONG, -1);
    }
    for (size_t k = 0; k < v->n_short_tags; k++) {
        char *line = xasprintf(tr("Not passed: the questions tagged %s scored %.0f%%; they need "
                                  "%.0f%%."), v->short_tags[k].tag, v->short_tags[k].pct,
                               v->short_tags[k].pass);
        doc_text(&r->doc, line, width, 0, ROLE_WRONG, -1);
        free(line);
    }
}

static void results_draw(Screen *s, Ui *ui, int top, int rows)
{
    ResultsScreen *r = (ResultsScreen *)s;
    const QuizRun *run = &r->run;
    Lang lang = ui->app->lang;
    int width = COLS - 4;
    double pct = quiz_percent(run);
    doc_clear(&r->doc);
    doc_text(&r->doc, ltext_get(&run->module->title, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&r->doc);
    /* Whole marks as "7", partial credit as "6.5". */
    char points[32];
    snprintf(points, sizeof points, run->score == (double)(long long)run->score ? "%.0f" : "%.1f",
             run->score);
    char *score = xasprintf(tr("Your score: %s of %.0f (%.0f%%)"), points, run->max, pct);
    PassResult verdict;
    quiz_judge(run, &verdict);
    if (run->mode == ATTEMPT_REVIEW) {
        /* A review has no pass mark: each question moves on its own schedule. */
        doc_line(&r->doc, score, 0, ROLE_NORMAL, -1);
        doc_text(&r->doc, tr("Questions answered right come back later, further apart each "
                             "time; those missed are due again."), width, 0, ROLE_DIM, -1);
    } else {
        doc_line(&r->doc, score, 0, verdict.passed ? ROLE_CORRECT : ROLE_WRONG, -1);
        results_verdict(r, run, &verdict, width, lang);
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
        if (!right && it->q->critical && run->mode != ATTEMPT_REVIEW)
            doc_line(&r->doc, tr("Must be right to pass."), 5, ROLE_WRONG, -1);
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
    pass_result_done(&verdict);
    r->scroll = (long)doc_clamp_scroll(&r->doc, r->scroll, rows - 1);
    doc_draw(&r->doc, (size_t)r->scroll, top + 1, rows - 1, 2, width, -1);
}

static void results_key(Screen *s, Ui *ui, int key)
{
    ResultsScreen *r = (ResultsScreen *)s;
    switch (key) {
    case K_UP: case 'k': r->scroll--; break;
    case K_DOWN: case 'j': r->scroll++; break;
    case K_PGUP: r->scroll -= LINES / 2; break;
    case K_PGDN: r->scroll += LINES / 2; break;
    default:
        if (key == K_ENTER || ui_is_back(key))
            ui_pop(ui);
    }
}

static int results_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){hint_arrows(), tr("Scroll")};
    out[1] = (KeyHint){"Enter", tr("Done")};
    return 2;
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
