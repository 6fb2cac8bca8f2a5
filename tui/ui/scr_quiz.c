/* The quiz: one question at a time, each answer committed to the database before its feedback
 * is drawn; in practice tries and hints, in an exam a countdown and no feedback until the end;
 * then the results screen. What a question looks like is in scr_quiz_view.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "../core/assets.h"
#include "../core/i18n.h"
#include "scr_quiz.h"

static const char *quiz_title(Screen *s, Ui *ui)
{
    QuizScreen *q = (QuizScreen *)s;
    size_t shown = q->run.current < q->run.n_items ? q->run.current + 1 : q->run.n_items;
    /* Beside each other, the practice quiz and the exam say which this is. */
    const char *fmt = !module_has_both_quizzes(q->run.module) || q->run.mode == ATTEMPT_REVIEW
                          ? tr("Question %zu of %zu")
                      : q->run.mode == ATTEMPT_EXAM ? tr("Exam: question %zu of %zu")
                                                    : tr("Practice: question %zu of %zu");
    snprintf(q->title, sizeof q->title, fmt, shown, q->run.n_items);
    size_t n = strlen(q->title);
    double left = quiz_seconds_left(&q->run, clock_wall());
    if (left >= 0) {
        long secs = (long)(left + 0.999);
        snprintf(q->title + n, sizeof q->title - n, " %s %s %ld:%02ld", term_glyph(GLYPH_DOT),
                 tr("time left"), secs / 60, secs % 60);
        n = strlen(q->title);
    }
    snprintf(q->title + n, sizeof q->title - n, " %s %s", term_glyph(GLYPH_DOT),
             ltext_get(&q->run.module->title, ui->app->lang));
    return q->title;
}

/* Keys go to a text field: a typed answer or a form being filled in. */
static bool typing(const QuizScreen *q)
{
    const Question *qu = quiz_question(&q->run);
    return q->state == QUIZ_ASKING && qu && quiz_kind_ui(qu->type)->typing;
}

/* Options (or items, or pairs, or the cells listed with pictures off) are highlighted as the
 * selection moves; fields and typed answers have a cursor instead, and a picture to point at its
 * frame. */
static bool highlights(const QuizScreen *q, const Question *qu)
{
    const QuizKindUi *kind = quiz_kind_ui(qu->type);
    return q->state == QUIZ_ASKING && kind->highlights && kind->highlights(q, qu);
}

static void quiz_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    QuizScreen *q = (QuizScreen *)s;
    int width = ui_text_width(area);
    /* While an answer is typed, every printable key is text: '?' and 'q' too. */
    q->base.takes_text = typing(q);
    /* A blank row under the title where there is room for it; the last row says what to do. */
    int pad = rows >= 14, view = rows - 1 - pad;
    quiz_view_build(q, ui->app->lang, width, view);
    doc_view_fit(&q->view, &q->doc, view);
    const Question *qu = quiz_question(&q->run);
    /* What just changed comes into view; otherwise the view stays where the trainee put it. A
     * question opens at its top, and, while the question stays pinned, with the place to answer
     * in view (a typed answer under a picture, say). */
    if ((q->follow || (q->fresh && q->view.pinned)) && q->state == QUIZ_ASKING)
        doc_view_show_tag(&q->view, &q->doc, (int)q->sel);
    q->fresh = false;
    if (q->just_answered)
        doc_view_show_tag(&q->view, &q->doc, QUIZ_TAG_FEEDBACK);
    if (q->just_hinted)
        doc_view_show_tag(&q->view, &q->doc, QUIZ_TAG_HINT);
    q->follow = q->just_answered = q->just_hinted = false;
    doc_view_draw(&q->view, &q->doc, top + pad, view, 2, width,
                  highlights(q, qu) ? (int)q->sel : -1);
    doc_view_marks(&q->view, &q->doc, top + pad, 2 + width);
    const char *foot;
    char buf[256];
    const QuizKindUi *kind = quiz_kind_ui(qu->type);
    switch (q->state) {
    case QUIZ_ASKING:
        foot = kind->foot ? kind->foot(q, qu, buf, sizeof buf)
                          : tr("Choose an answer: arrows and Enter, or its number.");
        break;
    case QUIZ_RETRY: foot = tr("Saved. Enter: try again"); break;
    case QUIZ_ANSWERED:
        foot = q->run.current + 1 < q->run.n_items ? tr("Saved. Enter: next question")
                                                   : tr("Saved. Enter: see your score");
        break;
    /* The keys first: on a narrow terminal the rest may be cut. */
    default: foot = tr("Leave the quiz? y: yes  n: no. Your answers are kept."); break;
    }
    term_print(top + rows - 1, 2, width, q->state == QUIZ_CONFIRM_LEAVE ? ROLE_WARNING : ROLE_DIM,
               foot);
}

static void clear_fields(QuizScreen *q)
{
    for (size_t i = 0; i < q->n_fields; i++)
        input_done(&q->fields[i]);
    free(q->fields);
    q->fields = NULL;
    q->n_fields = 0;
}

/* Sets up the question now asked as its kind says (an order question starts shuffled, a form
 * gets its inputs, a picture to point at its frame). */
static void prepare_question(QuizScreen *q)
{
    const Question *qu = quiz_question(&q->run);
    q->holding = false;
    q->hint_shown = false;
    clear_fields(q);
    q->unanswerable = false; /* until it is drawn */
    q->fresh = true;
    if (qu && quiz_kind_ui(qu->type)->prepare)
        quiz_kind_ui(qu->type)->prepare(q, qu);
}

/* The answers are each saved already, and the attempt is closed again when the module is next
 * opened: the trainee loses nothing but needs to know. */
static const char *finish_not_saved(void)
{
    return tr("The end of the quiz was not saved (your answers were).");
}

/* Shows the results; the run moves to the results screen. */
static void show_results(QuizScreen *q, Ui *ui)
{
    char err[256];
    if (!quiz_finish(&q->run, err, sizeof err))
        ui_save_failed(ui, finish_not_saved(), err);
    Screen *r = results_screen_new(&q->run);
    memset(&q->run, 0, sizeof q->run);
    ui_pop(ui);
    ui_push(ui, r);
}

void quiz_screen_answer(QuizScreen *q, Ui *ui)
{
    char err[256];
    const Question *qu = quiz_question(&q->run);
    QuizAnswer answer;
    if (!quiz_kind_ui(qu->type)->answer(q, ui, qu, &answer))
        return;
    bool ok = quiz_submit(&q->run, answer, &q->verdict, err, sizeof err);
    if (!ok && q->run.expired) {
        ui_status(ui, ROLE_WARNING, "%s", tr("Time is up. The answers given are kept."));
        show_results(q, ui);
        return;
    }
    if (!ok) {
        /* Still asking: the same key sends it again. */
        ui_save_failed(ui, tr("Your answer was not saved."), err);
        return;
    }
    q->just_answered = true;
    if (!q->verdict.final) {
        q->state = QUIZ_RETRY;
        return;
    }
    q->state = QUIZ_ANSWERED;
    /* The last answer completes the attempt, even if the trainee leaves before the results. */
    if (q->run.current + 1 == q->run.n_items && !quiz_finish(&q->run, err, sizeof err))
        ui_save_failed(ui, finish_not_saved(), err);
}

static void quiz_advance(QuizScreen *q, Ui *ui)
{
    quiz_next(&q->run);
    q->sel = 0;
    q->picked = 0;
    input_clear(&q->typed);
    prepare_question(q);
    q->view.scroll = 0;
    q->state = QUIZ_ASKING;
    if (!quiz_question(&q->run))
        show_results(q, ui);
}

/* Practice: the trainee asked for the hint. */
static void take_hint(QuizScreen *q, Ui *ui)
{
    if (q->hint_shown)
        return;
    if (!quiz_take_hint(&q->run)) {
        ui_status(ui, ROLE_DIM, "%s", tr("No hint for this question."));
        return;
    }
    q->hint_shown = true;
    q->just_hinted = true;
    double cost = q->run.settings->hint_cost;
    if (cost > 0)
        ui_status(ui, ROLE_WARNING, tr("The hint costs %.0f%% of this question's marks."), 100 * cost);
}

/* Opens the question's picture in the viewer. */
static void view_picture(QuizScreen *q, Ui *ui, const Question *qu)
{
    Screen *v = q->picture ? picture_screen_new(ui, &qu->image, q->run.module->file) : NULL;
    if (v)
        ui_push(ui, v);
}

bool quiz_move_sel(QuizScreen *q, int key, size_t n)
{
    if (key == K_UP || key == 'k')
        q->sel = q->sel > 0 ? q->sel - 1 : 0;
    else if (key == K_DOWN || key == 'j')
        q->sel = q->sel + 1 < n ? q->sel + 1 : n - 1;
    else
        return false;
    return true;
}

static void quiz_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    QuizScreen *q = (QuizScreen *)s;
    const Question *qu = quiz_question(&q->run);
    if (key == K_TICK) {
        /* The countdown: when it reaches zero the exam ends with the answers given. */
        if (quiz_seconds_left(&q->run, clock_wall()) == 0 && !q->run.finished) {
            ui_status(ui, ROLE_WARNING, "%s", tr("Time is up. The answers given are kept."));
            show_results(q, ui);
        }
        return;
    }
    if (q->state == QUIZ_CONFIRM_LEAVE) {
        if (key == 'y' || key == 'Y' || key == 's' || key == 'S')
            ui_pop(ui);
        else
            q->state = q->before_confirm;
        return;
    }
    bool text = typing(q);
    if (key == K_ESC || (!text && (key == 'q' || key == 'Q'))) {
        q->before_confirm = q->state;
        q->state = QUIZ_CONFIRM_LEAVE;
        return;
    }
    if (!text && key == 'v') {
        view_picture(q, ui, qu);
        return;
    }
    /* One key shows the hint on every kind of question (see hint_hint_key). */
    if (q->state == QUIZ_ASKING && key == K_HINT) {
        take_hint(q, ui);
        return;
    }
    if (q->state == QUIZ_RETRY) {
        if (key == K_ENTER || key == ' ') {
            q->state = QUIZ_ASKING;
            q->picked = 0;
        } else {
            doc_view_key(&q->view, key);
        }
        return;
    }
    if (q->state == QUIZ_ASKING) {
        quiz_kind_ui(qu->type)->key(q, ui, qu, key);
        return;
    }
    /* Answered: scroll the feedback, Enter goes on. */
    if (doc_view_key(&q->view, key))
        return;
    if (key == K_ENTER || key == K_RIGHT || key == ' ' || key == 'n')
        quiz_advance(q, ui);
}

static void quiz_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    QuizScreen *q = (QuizScreen *)s;
    const Question *qu = quiz_question(&q->run);
    if (q->state == QUIZ_CONFIRM_LEAVE) {
        /* TRANSLATORS: the key that answers yes to "Leave the quiz?" (as in "y: yes"). */
        hints_add(out, tr("y"), tr("Leave"));
        hints_add(out, "n", tr("Stay"));
        return;
    }
    bool hint = q->state == QUIZ_ASKING && qu && !ltext_empty(&qu->hint) && !q->hint_shown &&
                q->run.mode == ATTEMPT_PRACTICE;
    const QuizKindUi *kind = qu ? quiz_kind_ui(qu->type) : NULL;
    /* The keys that answer first, then the hint's, as the bar keeps only what fits. */
    if (q->state == QUIZ_ASKING && kind) {
        if (kind->hints)
            kind->hints(q, qu, out);
    } else if (q->state == QUIZ_RETRY) {
        hints_add(out, "Enter", tr("Try again"));
    } else {
        hints_add(out, hint_arrows(), tr("Scroll"));
        hints_add(out, "Enter", tr("Next"));
    }
    if (hint)
        hints_add(out, hint_hint_key(), tr("Hint"));
    /* While typing, letters are text: Esc is the only way out. */
    if (q->state == QUIZ_ASKING && kind && kind->typing) {
        hints_add(out, "Esc", tr("Leave"));
        return;
    }
    if (q->state == QUIZ_ASKING && kind && kind->digits)
        hints_add(out, "1-9", tr("Pick"));
    if (q->picture)
        hints_add(out, "v", tr("View picture"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Leave"));
}

static const char *quiz_help(Screen *s)
{
    return quiz_view_help((QuizScreen *)s);
}

/* The question asked, and the seed its attempt was drawn from (see quiz_screen_at). */
static void quiz_place(Screen *s, ScreenPlace *out)
{
    QuizScreen *q = (QuizScreen *)s;
    const Question *qu = quiz_question(&q->run);
    if (!qu || !qu->id)
        return;
    out->kind = PLACE_QUESTION;
    snprintf(out->question, sizeof out->question, "%s", qu->id);
    out->seed = q->run.seed;
    out->mode = q->run.mode == ATTEMPT_EXAM       ? QUIZ_EXAM
                : q->run.mode == ATTEMPT_PRACTICE ? QUIZ_PRACTICE
                                                  : q->run.module->settings.mode;
}

static void quiz_free(Screen *s)
{
    QuizScreen *q = (QuizScreen *)s;
    doc_done(&q->doc);
    input_done(&q->typed);
    clear_fields(q);
    quiz_done(&q->run);
    free(q);
}

/* Generated questions and form checks come from the content's code, which main reaches for the
 * shell (App.generate, App.check_fields); what goes wrong is shown on the status line. */
static bool generate_hook(void *ctx, const Module *m, const Question *q, uint32_t seed, Question *out)
{
    Ui *ui = ctx;
    char msg[256] = "";
    bool ok = ui->app->generate && ui->app->generate(m, q, seed, out, msg, sizeof msg);
    if (!ok && msg[0])
        ui_status(ui, ROLE_WARNING, "%s", msg);
    return ok;
}

static bool check_hook(void *ctx, const Module *m, const Question *q, const char *const *values,
                       FieldCheck *out)
{
    Ui *ui = ctx;
    char msg[256] = "";
    bool ok = ui->app->check_fields &&
              ui->app->check_fields(m, q, values, out, msg, sizeof msg);
    if (msg[0])
        ui_status(ui, ROLE_WARNING, "%s", msg);
    return ok;
}

static uint32_t fresh_seed(void)
{
    uint32_t seed = 0;
    if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed)
        seed = (uint32_t)clock_wall();
    return seed;
}

/* Closes an unfinished attempt with what its final answers scored (core's rule). */
static void close_attempt(Ui *ui, const OpenAttempt *open)
{
    char ignored[128];
    quiz_close_open(ui->app->store, open, ignored, sizeof ignored);
}

/* Takes up the trainee's unfinished attempt at m's quiz in mode, if any: *resumed says whether
 * run holds it. When m has both a practice quiz and an exam, each has its own unfinished attempt;
 * with one of them, the unfinished attempt is whichever there is (one in a mode the module no
 * longer has is closed as not matching). An attempt that no longer matches the module, or any
 * when resume is false, is closed with what it scored. */
static bool resume_attempt(Ui *ui, const Module *m, QuizMode mode, QuizRun *run,
                           const QuizHooks *hooks, bool resume, bool *resumed)
{
    char err[256];
    OpenAttempt open;
    bool found;
    *resumed = false;
    Store *st = ui->app->store;
    int64_t trainee = ui->app->trainee.id;
    AttemptMode am = mode == QUIZ_EXAM ? ATTEMPT_EXAM : ATTEMPT_PRACTICE;
    bool ok = module_has_both_quizzes(m)
                  ? store_attempt_open_mode(st, trainee, m->id, am, &open, &found, err, sizeof err)
                  : store_attempt_open(st, trainee, m->id, false, &open, &found, err, sizeof err);
    if (!ok) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return false;
    }
    if (!found)
        return true;
    if (!resume) {
        close_attempt(ui, &open);
    } else if (quiz_resume(run, ui->app->store, m, hooks, &open, err, sizeof err)) {
        *resumed = true;
    } else {
        close_attempt(ui, &open);
        ui_status(ui, ROLE_WARNING, "%s", tr("The module changed since your last attempt: a new "
                                             "one begins."));
    }
    open_attempt_done(&open);
    return true;
}

/* A locate question whose picture does not decode could be answered only by guessing cells: its
 * quiz does not open (no attempt is begun or changed) and the main menu lists why, in lint's
 * words. The shell decodes these pictures here, not when it loads the content, to keep its start
 * fast. */
static bool pictures_readable(Ui *ui, const Module *m, const char *const *ids, size_t n_ids)
{
    Problems found = {0};
    bool ok = assets_check_locate(m, ui->app->lang, ids, n_ids, &found) == 0;
    if (!ok) {
        problems_merge(&ui->app->catalog.problems, &found);
        ui_status(ui, ROLE_ERROR, "%s",
                  tr("The quiz cannot open: one of its pictures cannot be read."));
    }
    problems_done(&found);
    return ok;
}

/* Where the author was when `rastro preview` loaded the module again: the question with id at
 * is asked afresh. The attempt open before is closed, and a new one drawn from seed (the same
 * questions, unless the edit changed which) moves to it; when an exam allows no more attempts,
 * or the draw leaves the question out, it is asked on its own, as a review. Into q->run; false
 * (status set) when it cannot be asked. */
static bool start_at(Ui *ui, QuizScreen *q, const Module *m, QuizMode mode,
                     const QuizHooks *hooks, const char *at, uint32_t seed)
{
    char err[256];
    int64_t trainee = ui->app->trainee.id;
    bool resumed;
    if (!resume_attempt(ui, m, mode, &q->run, hooks, false, &resumed))
        return false;
    /* Refused when an exam has no attempts left. */
    if (quiz_start_mode(&q->run, ui->app->store, trainee, m, mode, hooks, seed, err, sizeof err)) {
        if (quiz_skip_to(&q->run, at))
            return true;
        quiz_finish(&q->run, err, sizeof err);
        quiz_done(&q->run);
    }
    if (quiz_start_review(&q->run, ui->app->store, trainee, m, hooks, seed, &at, 1, err,
                          sizeof err))
        return true;
    ui_save_failed(ui, tr("The quiz was not started."), err);
    return false;
}

static Screen *quiz_screen_make(Ui *ui, const Module *m, QuizMode mode,
                                const char *const *review_ids, size_t n_review, const char *at,
                                uint32_t at_seed)
{
    char err[256];
    if (!module_quiz(m, mode)) /* a place kept from before the module changed */
        mode = m->settings.mode;
    QuizScreen *q = xcalloc(1, sizeof *q);
    QuizHooks hooks = {.generate = generate_hook, .check = check_hook, .ctx = ui};
    int64_t trainee = ui->app->trainee.id;
    bool resumed = false, ok;
    if (!pictures_readable(ui, m, at ? &at : review_ids, at ? 1 : n_review)) {
        free(q);
        return NULL;
    }
    if (at) {
        if (!start_at(ui, q, m, mode, &hooks, at, at_seed)) {
            free(q);
            return NULL;
        }
        ok = true;
    } else if (review_ids) {
        ok = quiz_start_review(&q->run, ui->app->store, trainee, m, &hooks, fresh_seed(),
                               review_ids, n_review, err, sizeof err);
    } else if (!m->n_questions) {
        ui_status(ui, ROLE_ERROR, "%s", tr("This module has no quiz."));
        free(q);
        return NULL;
    } else if (!resume_attempt(ui, m, mode, &q->run, &hooks, true, &resumed)) {
        free(q);
        return NULL;
    } else if (resumed) {
        ok = true;
    } else {
        int left = -1;
        if (mode == QUIZ_EXAM &&
            quiz_attempts_left(ui->app->store, trainee, m, &left, err, sizeof err) && left == 0) {
            ui_status(ui, ROLE_WARNING, tr("You have used all %u attempts at this exam."),
                      module_quiz(m, QUIZ_EXAM)->attempts);
            free(q);
            return NULL;
        }
        ok = quiz_start_mode(&q->run, ui->app->store, trainee, m, mode, &hooks, fresh_seed(), err,
                             sizeof err);
    }
    if (!ok) {
        ui_save_failed(ui, review_ids ? tr("The review was not started.")
                                      : tr("The quiz was not started."), err);
        free(q);
        return NULL;
    }
    if (resumed && (!quiz_question(&q->run) || quiz_seconds_left(&q->run, clock_wall()) == 0)) {
        /* Every question was answered, or the exam's time ran out while away: it ends now. */
        if (!quiz_finish(&q->run, err, sizeof err))
            ui_save_failed(ui, finish_not_saved(), err);
        else if (quiz_question(&q->run))
            ui_status(ui, ROLE_WARNING, "%s", tr("Time is up. The answers given are kept."));
        Screen *r = results_screen_new(&q->run);
        free(q);
        return r;
    }
    q->base = (Screen){.title = quiz_title, .draw = quiz_draw, .key = quiz_key,
                       .hints = quiz_hints, .help = quiz_help, .free = quiz_free,
                       .place = quiz_place,
                       .ticks = quiz_seconds_left(&q->run, clock_wall()) >= 0,
                       .closed_book = q->run.mode == ATTEMPT_EXAM};
    doc_init(&q->doc);
    input_init(&q->typed, 120);
    if (resumed)
        ui_status(ui, ROLE_NOTE, tr("Taken up where you stopped: question %zu of %zu."),
                  q->run.current < q->run.n_items ? q->run.current + 1 : q->run.n_items,
                  q->run.n_items);
    prepare_question(q);
    return &q->base;
}

Screen *quiz_screen_new(Ui *ui, const Module *m, QuizMode mode)
{
    return quiz_screen_make(ui, m, mode, NULL, 0, NULL, 0);
}

Screen *review_screen_new(Ui *ui, const Module *m, const char *const *ids, size_t n)
{
    return quiz_screen_make(ui, m, m->settings.mode, ids, n, NULL, 0);
}

Screen *quiz_screen_at(Ui *ui, const Module *m, QuizMode mode, const char *question_id,
                       uint32_t seed)
{
    return quiz_screen_make(ui, m, mode, NULL, 0, question_id, seed);
}
