/* The results of an attempt: the score against the pass mark, then each question asked, with
 * the trainee's answer, the right one and the explanation of those missed (in an exam, the first
 * feedback the trainee sees); from here the quiz can be taken again or its missed questions
 * reviewed. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/response.h"
#include "scr_quiz.h"

typedef struct {
    Screen base;
    QuizRun run; /* owned */
    DocView view;
    int retakes; /* attempts still allowed (-1: no limit), -2 until read from the store */
    Doc doc;
} ResultsScreen;

static const char *results_title(Screen *s, Ui *ui)
{
    (void)ui;
    const QuizRun *run = &((ResultsScreen *)s)->run;
    if (run->mode == ATTEMPT_REVIEW)
        return tr("Review results");
    /* Beside each other, the practice quiz and the exam say which this was. */
    if (!module_has_both_quizzes(run->module))
        return tr("Results");
    return run->mode == ATTEMPT_EXAM ? tr("Exam results") : tr("Practice results");
}

/* True when another question of the run is asked in the same words as item i (several plates to
 * read, say): it is then told apart by its number and its picture's caption. */
static bool prompt_shared(const QuizRun *run, size_t i, Lang lang)
{
    const char *prompt = ltext_get(&run->items[i].q->prompt, lang);
    for (size_t k = 0; k < run->n_items; k++)
        if (k != i && strcmp(ltext_get(&run->items[k].q->prompt, lang), prompt) == 0)
            return true;
    return false;
}

/* Marks as "2" or "1.5": partial credit after a deduction for extra tries is seldom whole. */
static void format_marks(char *buf, size_t len, double marks)
{
    double tenths = round(marks * 10) / 10;
    snprintf(buf, len, tenths == floor(tenths) ? "%.0f" : "%.1f", tenths);
}

/* How item i went, under its prompt: what was answered and what is right, in words. */
static void results_item(ResultsScreen *r, size_t i, int width, Lang lang)
{
    const QuizRun *run = &r->run;
    const QuizItem *it = &run->items[i];
    const Question *q = it->q;
    bool right = it->done && it->verdict.correct;
    bool partly = it->done && !right && it->verdict.score > 0;
    /* A partly right answer is neither ticked nor crossed. */
    const char *mark = right ? term_glyph(GLYPH_CHECK) : partly ? "~" : term_glyph(GLYPH_CROSS);
    char prefix[48];
    snprintf(prefix, sizeof prefix, "%s %zu. ", mark, i + 1);
    doc_prefixed(&r->doc, prefix, ltext_get(&q->prompt, lang), width,
                 right ? ROLE_NORMAL : ROLE_WRONG, -1);
    int indent = (int)strlen(prefix) - (int)strlen(mark) + 1;
    if (prompt_shared(run, i, lang) && !ltext_empty(&q->image.caption)) {
        char *line = xasprintf(tr("Picture: %s"), ltext_get(&q->image.caption, lang));
        doc_text(&r->doc, line, width, indent, ROLE_DIM, -1);
        free(line);
    }
    if (right)
        return;
    if (q->critical && run->mode != ATTEMPT_REVIEW)
        doc_text(&r->doc, tr("Must be right to pass."), width, indent, ROLE_WRONG, -1);
    if (!it->done) {
        doc_line(&r->doc, tr("Not answered."), indent, ROLE_DIM, -1);
    } else {
        if (partly) {
            unsigned parts = response_count_parts(q);
            char got[32];
            format_marks(got, sizeof got,
                         it->verdict.max > 0 ? parts * it->verdict.score / it->verdict.max : 0);
            char *line = xasprintf(trn("Partly right: %s of %u mark.",
                                       "Partly right: %s of %u marks.", parts), got, parts);
            doc_text(&r->doc, line, width, indent, ROLE_WARNING, -1);
            free(line);
        }
        char *said = response_describe(q, it->response, lang, term_utf8());
        char *line = xasprintf(tr("Your answer: %s"), said[0] ? said : "-");
        doc_text(&r->doc, line, width, indent, ROLE_WRONG, -1);
        free(line);
        free(said);
    }
    char *answer = response_describe_right(q, lang, term_utf8());
    if (answer[0]) {
        char *line = xasprintf(tr("Right answer: %s"), answer);
        doc_text(&r->doc, line, width, indent, ROLE_CORRECT, -1);
        free(line);
    }
    free(answer);
    if (!ltext_empty(&q->explain))
        doc_text(&r->doc, ltext_get(&q->explain, lang), width, indent, ROLE_NORMAL, -1);
}

/* Passed or not, and every reason it is not: the score under the mark, each question that must
 * be right and was not (by its prompt, as asked), each tag under its own mark; and, for practice
 * beside an exam, that it passes nothing. */
static void results_verdict(ResultsScreen *r, const QuizRun *run, const PassResult *v, int width,
                            Lang lang)
{
    double mark = run->settings->pass;
    /* Practice beside an exam is passed at its own mark, but passes nothing. */
    bool practice = run->mode == ATTEMPT_PRACTICE && module_has_exam(run->module);
    if (v->passed && !practice) {
        char *line = xasprintf(tr("Passed (pass mark %.0f%%)."), mark);
        doc_line(&r->doc, line, 0, ROLE_CORRECT, -1);
        free(line);
        return;
    }
    if (v->passed) {
        char *line = xasprintf(tr("Practice passed (pass mark %.0f%%)."), mark);
        doc_line(&r->doc, line, 0, ROLE_CORRECT, -1);
        free(line);
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
        for (size_t k = 0; k < v->n_missed; k++) {
            size_t i = v->missed[k];
            const Question *q = run->items[i].q;
            const char *caption = ltext_get(&q->image.caption, lang);
            if (!prompt_shared(run, i, lang)) {
                doc_prefixed(&r->doc, "  - ", ltext_get(&q->prompt, lang), width, ROLE_WRONG, -1);
                continue;
            }
            char *named = caption[0] ? xasprintf("%zu. %s (%s)", i + 1, ltext_get(&q->prompt, lang),
                                                 caption)
                                     : xasprintf("%zu. %s", i + 1, ltext_get(&q->prompt, lang));
            doc_prefixed(&r->doc, "  - ", named, width, ROLE_WRONG, -1);
            free(named);
        }
    }
    for (size_t k = 0; k < v->n_short_tags; k++) {
        char *line = xasprintf(tr("Not passed: the questions tagged %s scored %.0f%%; they need "
                                  "%.0f%%."), v->short_tags[k].tag, v->short_tags[k].pct,
                               v->short_tags[k].pass);
        doc_text(&r->doc, line, width, 0, ROLE_WRONG, -1);
        free(line);
    }
    if (practice)
        doc_text(&r->doc, tr("This was practice: the module is passed by its exam."), width, 0,
                 ROLE_DIM, -1);
}

static void results_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    ResultsScreen *r = (ResultsScreen *)s;
    const QuizRun *run = &r->run;
    Lang lang = ui->app->lang;
    int width = ui_text_width(area);
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
    for (size_t i = 0; i < run->n_items; i++)
        results_item(r, i, width, lang);
    pass_result_done(&verdict);
    doc_view_draw(&r->view, &r->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&r->view, &r->doc, top + 1, 2 + width);
}

/* The missed questions of the run (wrong, partly right or unanswered), by id; caller frees the
 * array (the ids are the run's). */
static const char **results_missed(const QuizRun *run, size_t *n)
{
    const char **ids = xcalloc(run->n_items ? run->n_items : 1, sizeof *ids);
    *n = 0;
    for (size_t i = 0; i < run->n_items; i++)
        if (!run->items[i].done || !run->items[i].verdict.correct)
            ids[(*n)++] = run->items[i].q->id;
    return ids;
}

static size_t results_count_missed(const QuizRun *run)
{
    size_t n = 0;
    for (size_t i = 0; i < run->n_items; i++)
        n += !run->items[i].done || !run->items[i].verdict.correct;
    return n;
}

/* Whether the quiz may be taken again from here: not after a review (its questions come back on
 * their own schedule), nor once an exam's attempts are used up, nor in an author's preview, where
 * r reloads the file (and the module's screen takes the quiz again). */
static bool results_can_retake(ResultsScreen *r, Ui *ui)
{
    if (r->run.mode == ATTEMPT_REVIEW || !ui->app->have_trainee || ui->app->preview_file)
        return false;
    if (r->run.mode != ATTEMPT_EXAM) /* only an exam limits its attempts */
        return true;
    if (r->retakes == -2) {
        char err[256];
        int left = -1;
        if (!quiz_attempts_left(ui->app->store, ui->app->trainee.id, r->run.module, &left, err,
                                sizeof err))
            left = -1; /* the quiz screen says why, if it cannot start */
        r->retakes = left;
    }
    return r->retakes != 0;
}

/* Replaces the results with a new screen on the same module (a new attempt or a review); the
 * results stay when it cannot start (its constructor has said why). */
static void results_replace(Ui *ui, Screen *next)
{
    if (!next)
        return;
    ui_pop(ui);
    ui_push(ui, next);
}

static void results_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    ResultsScreen *r = (ResultsScreen *)s;
    if (doc_view_key(&r->view, key))
        return;
    switch (key) {
    case ' ': doc_view_key(&r->view, K_PGDN); break;
    case 'r':
        if (results_can_retake(r, ui))
            results_replace(ui, quiz_screen_new(ui, r->run.module, r->run.mode == ATTEMPT_EXAM
                                                                       ? QUIZ_EXAM
                                                                       : QUIZ_PRACTICE));
        break;
    case 'm': {
        size_t n;
        const char **ids = results_missed(&r->run, &n);
        if (n && ui->app->have_trainee)
            results_replace(ui, review_screen_new(ui, r->run.module, ids, n));
        free(ids);
        break;
    }
    default:
        if (key == K_ENTER || ui_is_back(key))
            ui_pop(ui);
    }
}

static void results_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)area;
    ResultsScreen *r = (ResultsScreen *)s;
    /* What to do next first: on a narrow screen the bar is cut at its end. */
    if (results_can_retake(r, ui))
        hints_add(out, "r", tr("Retake"));
    if (results_count_missed(&r->run) && ui->app->have_trainee)
        hints_add(out, "m", tr("Review missed"));
    hints_add(out, "Enter", tr("Done"));
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, hint_pages(), tr("Page"));
}

static const char *results_help(Screen *s)
{
    (void)s;
    return tr("Each question of the quiz with how it went: for those missed, your answer, the right "
              "one and why. The arrows, PgUp, PgDn, Home and End scroll. r takes the quiz again; "
              "m reviews the questions missed now, each once, with feedback; Enter goes back.");
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
                       .hints = results_hints, .help = results_help, .free = results_free};
    r->run = *run;
    r->retakes = -2;
    doc_init(&r->doc);
    return &r->base;
}
