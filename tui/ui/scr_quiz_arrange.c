/* The kinds answered by arranging in the quiz screen: order (items picked up with Space and
 * moved with the arrows) and match (a right-hand item chosen for each item with Left and
 * Right). */
#include <stdio.h>
#include <stdlib.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

/* --- order --- */

/* An order question starts shuffled (never in the right order). */
static void order_prepare(QuizScreen *q, const Question *qu)
{
    question_shown_order(qu, q->arranged);
}

/* Space picks an item up, the arrows move it. */
static void order_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    size_t n = qu->n_options;
    size_t to = q->sel;
    if (doc_view_page_key(&q->view, key))
        return;
    q->follow = true;
    if (key == K_UP || key == 'k')
        to = q->sel > 0 ? q->sel - 1 : q->sel;
    else if (key == K_DOWN || key == 'j')
        to = q->sel + 1 < n ? q->sel + 1 : q->sel;
    else if (key == ' ')
        q->holding = !q->holding;
    else if (key == K_ENTER)
        quiz_screen_answer(q, ui);
    if (to != q->sel) {
        if (q->holding) {
            size_t t = q->arranged[to];
            q->arranged[to] = q->arranged[q->sel];
            q->arranged[q->sel] = t;
        }
        q->sel = to;
    }
}

static void order_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)qu;
    hints_add(out, hint_arrows(), tr("Move"));
    /* What Space does now: an item held is put down with it. */
    hints_add(out, hint_space(), q->holding ? tr("Put down") : tr("Pick up"));
    hints_add(out, "Enter", tr("Answer"));
}

static void order_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                       bool answered)
{
    (void)state;
    for (size_t k = 0; k < qu->n_options; k++) {
        size_t item = q->arranged[k];
        Role role = !answered ? ROLE_NORMAL : item == k ? ROLE_CORRECT : ROLE_WRONG;
        const char *mark = !answered ? (q->holding && k == q->sel ? "<>" : "  ")
                                     : quiz_view_mark(item == k);
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%s %zu) ", mark, k + 1);
        doc_prefixed(&q->doc, prefix, ltext_get(&qu->options[item], lang), width, role, (int)k);
    }
    if (!answered)
        return;
    doc_blank(&q->doc);
    quiz_view_verdict(&q->doc, &q->verdict,
                      tr("Partly in order: %.0f%% of the marks. The right order is:"), width);
    if (!q->verdict.correct) {
        for (size_t k = 0; k < qu->n_options; k++) {
            char prefix[32];
            snprintf(prefix, sizeof prefix, "   %zu) ", k + 1);
            doc_prefixed(&q->doc, prefix, ltext_get(&qu->options[k], lang), width, ROLE_NORMAL,
                         QUIZ_TAG_FEEDBACK);
        }
    }
    quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
}

static bool order_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    (void)ui, (void)qu;
    q->holding = false;
    *out = (QuizAnswer){.shape = ANSWER_ORDER, .arranged = q->arranged};
    return true;
}

static const char *order_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    (void)q, (void)qu, (void)buf, (void)len;
    return tr("Space picks an item up or puts it down; arrows move it. Enter answers.");
}

static bool arrange_highlights(const QuizScreen *q, const Question *qu)
{
    (void)q, (void)qu;
    return true;
}

const QuizKindUi quiz_ui_order = {.prepare = order_prepare, .key = order_key,
                                  .hints = order_hints, .view = order_view,
                                  .answer = order_answer, .foot = order_foot,
                                  .highlights = arrange_highlights};

/* --- match --- */

/* The right-hand items are offered shuffled; no item has its match yet. */
static void match_prepare(QuizScreen *q, const Question *qu)
{
    question_shown_order(qu, q->pool);
    for (size_t i = 0; i < QUESTION_MAX_OPTIONS; i++)
        q->pick[i] = -1;
}

static void match_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    int n = (int)qu->n_right;
    int *p = &q->pick[q->sel];
    if (doc_view_page_key(&q->view, key))
        return;
    q->follow = true;
    if (quiz_move_sel(q, key, qu->n_options))
        return;
    if (key == K_RIGHT || key == ' ')
        *p = *p + 1 < n ? *p + 1 : 0;
    else if (key == K_LEFT)
        *p = *p > 0 ? *p - 1 : n - 1;
    else if (key == K_ENTER)
        quiz_screen_answer(q, ui);
}

static void match_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)q, (void)qu;
    hints_add(out, hint_arrows(), tr("Item"));
    hints_add(out, hint_left_right(), tr("Match"));
    hints_add(out, "Enter", tr("Answer"));
}

static void match_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                       bool answered)
{
    (void)state;
    for (size_t i = 0; i < qu->n_options; i++) {
        size_t got = q->pick[i] >= 0 ? q->pool[q->pick[i]] : SIZE_MAX;
        bool ok = got == i;
        Role role = !answered ? ROLE_NORMAL : ok ? ROLE_CORRECT : ROLE_WRONG;
        StrBuf line;
        strbuf_init(&line);
        strbuf_printf(&line, "%s %s %s", ltext_get(&qu->options[i], lang),
                      term_utf8() ? "\xE2\x86\x92" : "->",
                      got != SIZE_MAX ? ltext_get(&qu->right[got], lang) : "?");
        if (answered && !ok)
            strbuf_printf(&line, " (%s %s)", tr("right:"), ltext_get(&qu->right[i], lang));
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%s %zu) ", answered ? quiz_view_mark(ok) : "  ", i + 1);
        doc_prefixed(&q->doc, prefix, line.s, width, role, (int)i);
        strbuf_done(&line);
    }
    doc_blank(&q->doc);
    if (!answered) {
        doc_line(&q->doc, tr("Choices:"), 0, ROLE_DIM, -1);
        for (size_t k = 0; k < qu->n_right; k++)
            doc_prefixed(&q->doc, "  - ", ltext_get(&qu->right[q->pool[k]], lang), width,
                         ROLE_DIM, -1);
    } else {
        quiz_view_verdict(&q->doc, &q->verdict, tr("Partly right: %.0f%% of the pairs."), width);
        quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
    }
}

/* Every item with a match, else nothing is sent. */
static bool match_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    for (size_t i = 0; i < qu->n_options; i++) {
        if (q->pick[i] < 0) {
            ui_status(ui, ROLE_WARNING, "%s", tr("Match every item first."));
            return false;
        }
        q->chosen[i] = q->pool[q->pick[i]];
    }
    *out = (QuizAnswer){.shape = ANSWER_MATCH, .chosen = q->chosen};
    return true;
}

static const char *match_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    (void)q, (void)qu, (void)buf, (void)len;
    return tr("Up and Down choose an item; Left and Right change its match. Enter answers.");
}

const QuizKindUi quiz_ui_match = {.prepare = match_prepare, .key = match_key,
                                  .hints = match_hints, .view = match_view,
                                  .answer = match_answer, .foot = match_foot,
                                  .highlights = arrange_highlights};
