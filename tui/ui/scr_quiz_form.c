/* The form kind in the quiz screen: several fields typed in turn (Tab, Enter), each judged on
 * its own; once answered, which were right and what each should have been. */
#include <stdio.h>
#include <stdlib.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

/* One input per field. */
static void form_prepare(QuizScreen *q, const Question *qu)
{
    q->n_fields = qu->n_fields;
    q->fields = xcalloc(q->n_fields, sizeof *q->fields);
    for (size_t i = 0; i < q->n_fields; i++)
        input_init(&q->fields[i], 80);
}

/* The field in focus takes the text. */
static void form_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    (void)qu;
    size_t n = q->n_fields;
    if (doc_view_page_key(&q->view, key))
        return;
    q->follow = true;
    /* Up and Down stop at the ends; Tab goes round, as it does in forms. */
    if (key == K_UP)
        q->sel = q->sel > 0 ? q->sel - 1 : 0;
    else if (key == K_DOWN)
        q->sel = q->sel + 1 < n ? q->sel + 1 : n - 1;
    else if (key == K_BTAB)
        q->sel = q->sel > 0 ? q->sel - 1 : n - 1;
    else if (key == K_TAB)
        q->sel = q->sel + 1 < n ? q->sel + 1 : 0;
    else if (key == K_ENTER && q->sel + 1 < n)
        q->sel++;
    else if (key == K_ENTER)
        quiz_screen_answer(q, ui);
    else
        input_key(&q->fields[q->sel], key);
}

static void form_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)q, (void)qu;
    hints_add(out, "Tab", tr("Next field"));
    hints_add(out, "Enter", tr("Answer"));
}

/* Each field with its label and value; once answered, how each was judged. */
static void form_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                      bool practice_answered)
{
    (void)practice_answered;
    bool answered = state == QUIZ_ANSWERED;
    const QuizItem *it = &q->run.items[q->run.current];
    bool feedback = answered && q->run.mode != ATTEMPT_EXAM;
    /* Another try: which fields were wrong, but not what is right. */
    bool marks = feedback || (it->tries > 0 && !it->done);
    for (size_t k = 0; k < qu->n_fields && k < q->n_fields; k++) {
        const FormField *f = &qu->fields[k];
        bool focus = !answered && k == q->sel;
        doc_text(&q->doc, ltext_get(&f->label, lang), width, 0, focus ? ROLE_HEADING : ROLE_NORMAL,
                 (int)k);
        double score = marks && it->checks ? it->checks[k].score : 0;
        const char *mark = focus ? term_glyph(GLYPH_POINTER)
                                 : !marks ? " " : term_glyph(score >= 1 ? GLYPH_CHECK : GLYPH_CROSS);
        StrBuf line;
        strbuf_init(&line);
        const char *value = focus ? input_tail(&q->fields[k], width - 12) : q->fields[k].text.s;
        strbuf_printf(&line, "%s %s", mark, value[0] || focus ? value : "-");
        if (focus)
            strbuf_puts(&line, "_");
        if (f->unit)
            strbuf_printf(&line, " (%s)", f->unit);
        Role role = focus || !marks ? ROLE_NORMAL : score >= 1 ? ROLE_CORRECT : ROLE_WRONG;
        doc_line(&q->doc, line.s, 2, role, (int)k);
        strbuf_done(&line);
        if (feedback && score < 1) {
            char shown[128] = "";
            if (f->rule == FIELD_NUMERIC)
                quiz_view_number(shown, sizeof shown, f->value, f->tolerance, f->unit);
            else
                snprintf(shown, sizeof shown, "%s", ltext_get(&f->shown, lang));
            if (shown[0]) {
                char *msg = xasprintf("%s %s", tr("right:"), shown);
                doc_text(&q->doc, msg, width, 4, ROLE_DIM, QUIZ_TAG_FEEDBACK);
                free(msg);
            }
        }
        if (feedback && it->checks && !ltext_empty(&it->checks[k].message))
            doc_text(&q->doc, ltext_get(&it->checks[k].message, lang), width, 4, ROLE_DIM, QUIZ_TAG_FEEDBACK);
    }
    if (feedback) {
        doc_blank(&q->doc);
        quiz_view_verdict(&q->doc, &q->verdict, tr("Partly right: %.0f%% of the marks."), width);
        quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
    }
}

static bool form_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    (void)ui, (void)qu;
    for (size_t k = 0; k < q->n_fields && k < QUESTION_MAX_FIELDS; k++)
        q->values[k] = q->fields[k].text.s;
    *out = (QuizAnswer){.shape = ANSWER_FIELDS, .values = q->values};
    return true;
}

static const char *form_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    (void)q, (void)qu, (void)buf, (void)len;
    return tr("Fill in each field; Tab or Enter goes to the next. Enter on the last answers.");
}

const QuizKindUi quiz_ui_form = {.prepare = form_prepare, .key = form_key, .hints = form_hints,
                                 .view = form_view, .answer = form_answer, .foot = form_foot,
                                 .typing = true};
