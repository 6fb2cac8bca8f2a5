/* A trainee's answers for the instructor, newest first, as the trainee saw them: each question's
 * prompt and the answer in words (the option picked, the text typed, the cell pointed at), read
 * again every few seconds while the trainee works. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "../core/live.h"
#include "../core/response.h"
#include "doc.h"
#include "screens.h"
#include "table.h"

/* Seconds between reads of the records while the screen is open. */
#define REFRESH_SECONDS 2.0
/* The drill-down shows this many of a trainee's newest answers. */
#define ANSWERS_SHOWN 500
/* Generated questions rebuilt for their seed and kept: each costs the Lua host a process. */
#define BUILT_KEPT 64

/* A generated question as one trainee was asked it: built again from the answer's seed. */
typedef struct {
    char *module_id, *question_id;
    uint32_t seed;
    bool ok;    /* built; else the question is shown by its id */
    Question q;
} Built;

typedef struct {
    Screen base;
    int64_t trainee_id;
    char *name;
    char title[256];
    LiveAnswer *list;
    size_t n;
    Scroll sc;
    double read_at;
    Doc detail;
    Built built[BUILT_KEPT];
    size_t n_built, next_built; /* kept, and the one to replace when all are taken */
} AnswersScreen;

static void answers_reload(AnswersScreen *a, Ui *ui)
{
    int64_t keep = a->n && a->sc.sel > 0 ? a->list[a->sc.sel].id : 0;
    LiveAnswer *list;
    size_t n;
    char err[256];
    if (!live_answers(ui->app->store, a->trainee_id, (int64_t)time(NULL), ANSWERS_SHOWN, &list, &n,
                      err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    live_answers_free(a->list, a->n);
    a->list = list;
    a->n = n;
    /* Watching the newest answer follows new ones; an older one stays selected. */
    a->sc.sel = 0;
    for (size_t i = 0; keep && i < n; i++)
        if (list[i].id == keep)
            a->sc.sel = i;
}

static void built_done(Built *b)
{
    free(b->module_id);
    free(b->question_id);
    if (b->ok)
        question_done(&b->q);
    memset(b, 0, sizeof *b);
}

/* The question x answered, as it was asked: from the loaded content, a generated one built again
 * for its seed; NULL when the module or question is no longer loaded (or will not build). */
static const Question *answer_question(AnswersScreen *a, Ui *ui, const LiveAnswer *x)
{
    const Module *m = catalog_find(&ui->app->catalog, x->module_id);
    const Question *q = m ? module_question(m, x->question_id) : NULL;
    if (!q || !q->generated || !x->has_seed || x->seed == q->seed)
        return q;
    for (size_t i = 0; i < a->n_built; i++) {
        Built *b = &a->built[i];
        if (b->seed == x->seed && strcmp(b->module_id, x->module_id) == 0 &&
            strcmp(b->question_id, x->question_id) == 0)
            return b->ok ? &b->q : NULL;
    }
    Built *b = &a->built[a->n_built < BUILT_KEPT ? a->n_built++ : a->next_built++ % BUILT_KEPT];
    built_done(b);
    b->module_id = xstrdup(x->module_id);
    b->question_id = xstrdup(x->question_id);
    b->seed = x->seed;
    char ignored[256];
    b->ok = ui->app->generate && ui->app->generate(m, q, x->seed, &b->q, ignored, sizeof ignored);
    return b->ok ? &b->q : NULL;
}

/* The prompt of x's question in the interface language, else its id. */
static const char *answer_prompt(const Question *q, const LiveAnswer *x, Lang lang)
{
    const char *p = q ? ltext_get(&q->prompt, lang) : NULL;
    return p && p[0] ? p : x->question_id;
}

/* x's answer in words (caller frees). */
static char *answer_words(const Question *q, const LiveAnswer *x, Lang lang)
{
    return q ? response_describe(q, x->response, lang, term_utf8()) : xstrdup(x->response);
}

static const char *answers_title(Screen *s, Ui *ui)
{
    (void)ui;
    AnswersScreen *a = (AnswersScreen *)s;
    snprintf(a->title, sizeof a->title, "%s %s %s", tr("Answers"), term_glyph(GLYPH_DOT), a->name);
    return a->title;
}

/* The selected answer in full under the table: its question and the answer, each wrapped. */
static void answers_detail(AnswersScreen *a, Ui *ui, int width)
{
    const LiveAnswer *sel = &a->list[a->sc.sel < a->n ? a->sc.sel : 0];
    Lang lang = ui->app->lang;
    const Question *q = answer_question(a, ui, sel);
    const char *labels[] = {tr("Question:"), tr("Response:")};
    int w = text_width(labels[0]) > text_width(labels[1]) ? text_width(labels[0])
                                                          : text_width(labels[1]);
    char *words = answer_words(q, sel, lang);
    const char *texts[] = {answer_prompt(q, sel, lang), words[0] ? words : "-"};
    for (int i = 0; i < 2; i++) {
        char *prefix = xasprintf("%s%*s", labels[i], w + 1 - text_width(labels[i]), "");
        doc_prefixed(&a->detail, prefix, texts[i], width, i ? ROLE_NORMAL : ROLE_HEADING, -1);
        free(prefix);
    }
    free(words);
}

static void answers_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    AnswersScreen *a = (AnswersScreen *)s;
    if (table_due(&a->read_at, REFRESH_SECONDS))
        answers_reload(a, ui);
    if (!a->n) {
        term_print(top + 1, 2, area.cols - 4, ROLE_DIM, tr("No answers yet."));
        return;
    }
    Lang lang = ui->app->lang;
    bool narrow = area.cols < 60, wide = area.cols >= 100;
    enum { C_WHEN, C_MODULE, C_QUESTION, C_RESPONSE, C_SCORE, C_TRY, C_MARK, C_MODE, C_N };
    Col all[C_N] = {
        [C_WHEN] = {tr("When"), 8, 0, false, 0, 0},
        [C_MODULE] = {tr("Module"), 8, 2, false, 0, 0},
        [C_QUESTION] = {tr("Question"), 6, 4, false, 0, 0},
        [C_RESPONSE] = {tr("Response"), 8, 3, false, 0, 0},
        [C_SCORE] = {tr("Score"), 5, 0, true, 0, 0},
        [C_TRY] = {tr("Try"), 3, 0, true, 0, 0},
        [C_MARK] = {"", 1, 0, false, 0, 0},
        [C_MODE] = {tr("Mode"), 8, 0, false, 0, 0},
    };
    int order[C_N], nc = 0;
    /* The module column only when it tells answers apart, or there is room to spare. */
    bool modules = false;
    for (size_t i = 1; i < a->n && !modules; i++)
        modules = strcmp(a->list[i].module_id, a->list[0].module_id) != 0;
    order[nc++] = C_WHEN;
    if (!narrow && (modules || wide))
        order[nc++] = C_MODULE;
    order[nc++] = C_QUESTION;
    if (!narrow)
        order[nc++] = C_RESPONSE;
    if (wide)
        order[nc++] = C_MODE;
    order[nc++] = C_SCORE;
    if (!narrow)
        order[nc++] = C_TRY;
    order[nc++] = C_MARK;
    all[C_WHEN].min = table_ago_width();
    for (size_t i = 0; i < a->n; i++) { /* scores such as 0.25/1 in full */
        char buf[64];
        snprintf(buf, sizeof buf, "%g/%g", a->list[i].score, a->list[i].max_score);
        if ((int)strlen(buf) > all[C_SCORE].min)
            all[C_SCORE].min = (int)strlen(buf);
    }
    Col cols[C_N];
    for (int i = 0; i < nc; i++)
        cols[i] = all[order[i]];
    table_place(cols, nc, 2, area.cols - 3);

    /* The selected answer in full under the table, when there is room. */
    int detail_rows = rows >= 20 ? 7 : rows >= 14 ? 4 : 0;
    doc_clear(&a->detail);
    if (detail_rows)
        answers_detail(a, ui, area.cols - 4);
    int visible = rows - 1 - detail_rows;
    scroll_fit(&a->sc, a->n, visible);
    table_heads(cols, nc, top);
    for (int r = 0; r < visible && a->sc.top + (size_t)r < a->n; r++) {
        size_t i = a->sc.top + (size_t)r;
        const LiveAnswer *x = &a->list[i];
        const Question *q = answer_question(a, ui, x);
        int y = top + 1 + r;
        bool selected = i == a->sc.sel;
        Role role = selected ? ROLE_SELECTED : x->final ? ROLE_NORMAL : ROLE_DIM;
        if (selected)
            table_select_row(area, y);
        for (int c = 0; c < nc; c++) {
            char buf[64], *words = NULL;
            const char *text = buf;
            Role cr = role;
            switch (order[c]) {
            case C_WHEN: table_format_ago(buf, sizeof buf, x->ago); break;
            case C_MODULE: text = table_module_name(ui, x->module_id); break;
            case C_QUESTION: text = answer_prompt(q, x, lang); break;
            case C_RESPONSE: text = words = answer_words(q, x, lang); break;
            case C_MODE:
                text = x->mode == ATTEMPT_EXAM ? tr("Exam")
                     : x->mode == ATTEMPT_REVIEW ? tr("Review") : tr("Practice");
                break;
            case C_SCORE: snprintf(buf, sizeof buf, "%g/%g", x->score, x->max_score); break;
            case C_TRY:
                snprintf(buf, sizeof buf, "%d%s", x->try_no, x->hinted ? "h" : "");
                break;
            default:
                text = term_glyph(x->correct ? GLYPH_CHECK : GLYPH_CROSS);
                if (!selected)
                    cr = x->correct ? ROLE_CORRECT : ROLE_WRONG;
            }
            table_cell(&cols[c], y, cr, text);
            free(words);
        }
    }
    if (detail_rows)
        doc_draw(&a->detail, 0, top + rows - detail_rows, detail_rows, 2, area.cols - 4, -1);
}

static void answers_key(Screen *s, Ui *ui, int key, Rect area)
{
    AnswersScreen *a = (AnswersScreen *)s;
    table_key(ui, &a->sc, a->n, &a->read_at, key, area);
}

static const char *answers_help(Screen *s)
{
    (void)s;
    return tr("Every answer the trainee has given, newest first, as it is saved: each try at a "
              "question, in quizzes, exams and review, with the question as it was asked and "
              "the answer as the trainee gave it (the option picked, the text typed, the cell "
              "pointed at). Dimmed rows are tries that were followed by another; an h after the "
              "try number means a hint was taken. The selected answer's question and answer are "
              "shown in full under the table.");
}

static void answers_free(Screen *s)
{
    AnswersScreen *a = (AnswersScreen *)s;
    live_answers_free(a->list, a->n);
    doc_done(&a->detail);
    for (size_t i = 0; i < a->n_built; i++)
        built_done(&a->built[i]);
    free(a->name);
    free(a);
}

Screen *answers_screen_new(Ui *ui, int64_t trainee_id, const char *name)
{
    (void)ui;
    AnswersScreen *a = xcalloc(1, sizeof *a);
    a->base = (Screen){.title = answers_title, .draw = answers_draw, .key = answers_key,
                       .hints = table_hints, .help = answers_help, .free = answers_free,
                       .ticks = true};
    a->trainee_id = trainee_id;
    a->name = xstrdup(name);
    doc_init(&a->detail);
    return &a->base;
}
