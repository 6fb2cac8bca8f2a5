/* The kinds answered by picking options in the quiz screen: choice and truefalse (one option,
 * by the arrows and Enter or by its number) and multi (options ticked, then Enter). */
#include <stdio.h>
#include <stdlib.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

static void options_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    const QuizItem *it = quiz_item(&q->run);
    bool multi = qu->type == QUESTION_MULTI;
    if (doc_view_page_key(&q->view, key))
        return;
    q->follow = true;
    if (quiz_move_sel(q, key, qu->n_options))
        return;
    if (key >= '1' && key <= '9' && (size_t)(key - '1') < qu->n_options) {
        q->sel = (size_t)(key - '1');
        if (multi)
            q->picked ^= 1u << it->shown[q->sel];
        else
            quiz_screen_answer(q, ui);
    } else if (key == ' ' && multi)
        q->picked ^= 1u << it->shown[q->sel];
    else if (key == K_ENTER)
        quiz_screen_answer(q, ui);
}

static void choice_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)q, (void)qu;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Answer"));
}

static void multi_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)q, (void)qu;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, hint_space(), tr("Tick"));
    hints_add(out, "Enter", tr("Answer"));
}

/* The options in the order shown; once answered, the right ones marked, and with multi a right
 * box left empty said in words. */
static void options_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                         bool answered)
{
    (void)state;
    const QuizItem *it = &q->run.items[q->run.current];
    bool multi = qu->type == QUESTION_MULTI;
    if (multi) {
        doc_text(&q->doc, tr("Several answers may be right: tick each with its number or Space, "
                             "then press Enter."), width, 0, ROLE_DIM, -1);
        doc_blank(&q->doc);
    }
    uint32_t right = multi ? qu->answers : 1u << qu->answer;
    for (size_t k = 0; k < qu->n_options; k++) {
        size_t i = it->shown[k]; /* place k shows option i */
        char prefix[48];
        Role role = ROLE_NORMAL;
        const char *mark = "  ";
        bool picked = q->picked & (1u << i);
        /* multi: a tick only beside a box ticked, and a right box left empty said in words. */
        bool left_out = answered && multi && !picked && (right & (1u << i));
        if (left_out)
            role = ROLE_WRONG, mark = "! ";
        else if (answered) {
            if ((right & (1u << i)) && (picked || !multi))
                role = ROLE_CORRECT, mark = quiz_view_mark(true);
            else if (picked)
                role = ROLE_WRONG, mark = quiz_view_mark(false);
        }
        snprintf(prefix, sizeof prefix, "%s %s%zu) ", mark, multi ? (picked ? "[x] " : "[ ] ") : "",
                 k + 1);
        char *option = left_out ? xasprintf("%s (%s)", ltext_get(&qu->options[i], lang),
                                            tr("should have been ticked"))
                                : xstrdup(ltext_get(&qu->options[i], lang));
        doc_prefixed(&q->doc, prefix, option, width, role, (int)k);
        free(option);
    }
    if (!answered)
        return;
    doc_blank(&q->doc);
    if (q->verdict.correct) {
        quiz_view_verdict(&q->doc, &q->verdict, "", width);
    } else if (multi) {
        StrBuf list;
        strbuf_init(&list);
        for (size_t k = 0; k < qu->n_options; k++)
            if (right & (1u << it->shown[k]))
                strbuf_printf(&list, "%s%zu", list.len ? ", " : "", k + 1);
        char *msg = xasprintf(tr("Partly right: %.0f%% of the marks. The right options are %s."),
                              q->verdict.max > 0 ? 100.0 * q->verdict.score / q->verdict.max : 0.0,
                              list.s);
        doc_line(&q->doc, msg, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
        strbuf_done(&list);
    } else {
        size_t place = 0;
        while (place + 1 < qu->n_options && it->shown[place] != qu->answer)
            place++;
        char *msg = xasprintf(tr("Not quite. The answer is %zu."), place + 1);
        doc_line(&q->doc, msg, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
    }
    quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
}

/* choice, truefalse: the option selected. */
static bool choice_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    (void)ui, (void)qu;
    q->picked = 1u << quiz_item(&q->run)->shown[q->sel];
    *out = (QuizAnswer){.shape = ANSWER_PICKS, .picked = q->picked};
    return true;
}

/* multi: the options ticked, at least one. */
static bool multi_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    (void)qu;
    if (!q->picked) {
        ui_status(ui, ROLE_WARNING, "%s", tr("Tick at least one answer first."));
        return false;
    }
    *out = (QuizAnswer){.shape = ANSWER_PICKS, .picked = q->picked};
    return true;
}

static const char *multi_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    (void)q, (void)qu, (void)buf, (void)len;
    return tr("Tick the right answers, then Enter.");
}

static bool options_highlight(const QuizScreen *q, const Question *qu)
{
    (void)q, (void)qu;
    return true;
}

const QuizKindUi quiz_ui_choice = {.key = options_key, .hints = choice_hints, .view = options_view,
                                   .answer = choice_answer, .highlights = options_highlight,
                                   .digits = true};
const QuizKindUi quiz_ui_truefalse = {.key = options_key, .hints = choice_hints,
                                      .view = options_view, .answer = choice_answer,
                                      .highlights = options_highlight, .digits = true};
const QuizKindUi quiz_ui_multi = {.key = options_key, .hints = multi_hints, .view = options_view,
                                  .answer = multi_answer, .foot = multi_foot,
                                  .highlights = options_highlight};
