/* What a quiz question looks like: its prompt, picture and hint, then what its kind shows (the
 * options or fields as the trainee answers and, once answered in practice, the feedback:
 * scr_quiz_<kind>.c); the parts of feedback the kinds share, and the help. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

/* The mark in front of an option once answered, two columns wide like the blank one before it
 * ("  "), so that marking an option does not move its text: glyphs take one column. */
const char *quiz_view_mark(bool right)
{
    static char buf[2][8];
    snprintf(buf[right], sizeof buf[right], "%s ", term_glyph(right ? GLYPH_CHECK : GLYPH_CROSS));
    return buf[right];
}

/* "Correct." (saying what extra tries and a hint cost) or, with partial credit, partial_fmt filled
 * with the percentage of the marks. */
void quiz_view_verdict(Doc *doc, const Verdict *v, const char *partial_fmt, int width)
{
    if (v->correct) {
        if (v->score + 1e-9 >= v->max) {
            doc_line(doc, tr("Correct."), 0, ROLE_CORRECT, QUIZ_TAG_FEEDBACK);
        } else {
            char *msg = xasprintf(tr("Correct, for %.0f%% of the marks: extra tries and hints cost "
                                     "marks."), v->max > 0 ? 100.0 * v->score / v->max : 0.0);
            doc_text(doc, msg, width, 0, ROLE_CORRECT, QUIZ_TAG_FEEDBACK);
            free(msg);
        }
        return;
    }
    char *msg = xasprintf(partial_fmt, v->max > 0 ? 100.0 * v->score / v->max : 0.0);
    doc_text(doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
    free(msg);
}

void quiz_view_explain(Doc *doc, const Question *qu, Lang lang, int width, int tag)
{
    if (!ltext_empty(&qu->explain))
        doc_text(doc, ltext_get(&qu->explain, lang), width, 0, ROLE_NORMAL, tag);
    if (qu->sources.n) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_puts(&b, tr("Sources:"));
        for (size_t i = 0; i < qu->sources.n; i++)
            strbuf_printf(&b, "%s %s", i ? "," : "", qu->sources.keys[i]);
        doc_text(doc, b.s, width, 0, ROLE_DIM, tag);
        strbuf_done(&b);
    }
}

/* The right number of a numeric question or field: "9 mm", "7.62 +/- 0.1 mm". */
void quiz_view_number(char *buf, size_t len, double value, double tolerance, const char *unit)
{
    if (tolerance > 0)
        snprintf(buf, len, "%g %s %g%s%s", value, term_utf8() ? "\xC2\xB1" : "+/-", tolerance,
                 unit ? " " : "", unit ? unit : "");
    else
        snprintf(buf, len, "%g%s%s", value, unit ? " " : "", unit ? unit : "");
}

const QuizKindUi *quiz_kind_ui(QuestionType t)
{
    static const QuizKindUi *const kinds[] = {
#define X(id, name, shape, facts) [QUESTION_##id] = &quiz_ui_##name,
        QUESTION_KINDS(X)
#undef X
    };
    return kinds[t];
}

bool quiz_picture_listed(const Question *qu)
{
    return qu && question_type_has(qu->type, KIND_ON_PICTURE) && gfx_mode() == RENDER_NONE;
}

/* Pictures off: what the picture shows, in words only (no frame), for a screen reader to read
 * before the list of places. */
static void picture_words(Doc *doc, const Image *im, Lang lang, int width)
{
    const char *alt = ltext_get(&im->alt, lang);
    char *line = xasprintf("%s %s", tr("Picture:"), alt[0] ? alt : ltext_get(&im->file, lang));
    doc_blank(doc);
    doc_text(doc, line, width, 0, ROLE_NORMAL, -1);
    free(line);
    if (!ltext_empty(&im->caption))
        doc_text(doc, ltext_get(&im->caption, lang), width, 0, ROLE_NORMAL, -1);
}

void quiz_view_build(QuizScreen *q, Lang lang, int width, int rows)
{
    const Question *qu = quiz_question(&q->run);
    QuizState state = q->state == QUIZ_CONFIRM_LEAVE ? q->before_confirm : q->state;
    /* answered: the final answer is in; feedback is shown in practice and review (an exam shows
     * it in the results). */
    bool answered = state == QUIZ_ANSWERED && q->run.mode != ATTEMPT_EXAM;
    const QuizItem *it = &q->run.items[q->run.current];
    doc_clear(&q->doc);
    doc_text(&q->doc, ltext_get(&qu->prompt, lang), width, 0, ROLE_HEADING, -1);
    /* The hint goes with the question it helps with: under it, kept in view with it. */
    if (q->hint_shown && !ltext_empty(&qu->hint)) {
        char *h = xasprintf("%s %s", tr("Hint:"), ltext_get(&qu->hint, lang));
        doc_text(&q->doc, h, width, 0, ROLE_WARNING, QUIZ_TAG_HINT);
        free(h);
    }
    q->view.pin = q->doc.n + 1; /* and the blank line under them */
    bool points = question_type_has(qu->type, KIND_ON_PICTURE);
    /* A picture to point at gets what the question leaves of the view, less the grid's letters,
     * the cell pointed at and the caption; one that illustrates, half the view. */
    int pic_rows = rows / 2;
    if (points) {
        pic_rows = rows - (int)q->view.pin - 3 - (ltext_empty(&qu->image.caption) ? 0 : 1);
        if (pic_rows < 8)
            pic_rows = 8;
    }
    if (quiz_picture_listed(qu)) {
        picture_words(&q->doc, &qu->image, lang, width);
        q->picture = false;
    } else if (image_present(&qu->image))
        q->picture = doc_image(&q->doc, &qu->image, lang, width, pic_rows, q->run.module->file,
                               points ? &q->grid : NULL); /* a blank line, the picture */
    else
        q->picture = false;
    q->unanswerable = points && !q->picture && gfx_mode() != RENDER_NONE;
    doc_blank(&q->doc);
    if (state == QUIZ_RETRY) {
        char *msg = xasprintf(trn("Not quite. Try again: %u try left.",
                                       "Not quite. Try again: %u tries left.",
                                       it->verdict.tries_left), it->verdict.tries_left);
        doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
        doc_blank(&q->doc);
    }
    if (state == QUIZ_ANSWERED && !answered) {
        doc_line(&q->doc, tr("Answer saved. You see how you did at the end of the exam."), 0,
                 ROLE_DIM, -1);
        doc_blank(&q->doc);
    }
    quiz_kind_ui(qu->type)->view(q, qu, lang, width, state, answered);
}

const char *quiz_view_help(const QuizScreen *q)
{
    const Question *qu = quiz_question(&q->run);
    const QuizKindUi *kind = qu ? quiz_kind_ui(qu->type) : NULL;
    if (kind && kind->help)
        return kind->help(q, qu);
    if (q->run.mode == ATTEMPT_EXAM)
        return tr("This is an exam: each answer is saved at once, but you see whether it was right "
                  "only at the end. A time limit, when there is one, counts down in the title bar; "
                  "when it runs out the exam ends with the answers given. Choose an answer with the "
                  "arrows and Enter, or press its number. Leaving with q keeps the answers given.");
    return tr("Choose one answer with the arrows and Enter, or press its number. Where several "
              "answers may be right, tick each with Space or its number, then press Enter. Your "
              "answer is saved at once, then you see whether it was right and why. Some questions "
              "allow another try, and some have a hint (Ctrl-T, on every kind of question) that "
              "costs part of the marks; it shows under the question. The question stays at the "
              "top while a long list of answers scrolls beneath it: PgUp, PgDn, Home and End "
              "scroll it. Leaving with q keeps the answers already given, and the quiz carries on "
              "from the same question next time.");
}
