/* The kinds answered by typing one line in the quiz screen: text, numeric and serial; and the
 * feedback on a serial number, which names each character misread. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/serial.h"
#include "scr_quiz.h"

/* The name of a character easily misread on a marking, or NULL. */
static const char *char_name(long cp)
{
    switch (cp) {
    case '0': return tr("zero");
    case 'O': return tr("letter O");
    case '1': return tr("one");
    case 'I': return tr("capital i");
    case 'l': return tr("small L");
    case '5': return tr("five");
    case 'S': return tr("letter S");
    case '8': return tr("eight");
    case 'B': return tr("letter B");
    case '2': return tr("two");
    case 'Z': return tr("letter Z");
    case '6': return tr("six");
    case 'G': return tr("letter G");
    default: return NULL;
    }
}

/* A character as shown in serial-number feedback: quoted, easily confused ones also named. */
static char *describe_char(long cp)
{
    if (cp == ' ')
        return xstrdup(tr("a space"));
    char ch[5] = {0};
    if (utf8_encode(cp, ch) <= 0)
        ch[0] = '?';
    const char *name = char_name(cp);
    return name ? xasprintf("'%s' (%s)", ch, name) : xasprintf("'%s'", ch);
}

/* One feedback line per difference between the marking and what was typed. */
static void serial_feedback(Doc *doc, const Question *qu, const char *typed, int width)
{
    SerialDiff diffs[24];
    size_t n = serial_compare(qu->accepted[0], typed, diffs, 24);
    char *marking = xasprintf(tr("The marking reads: %s"), qu->accepted[0]);
    doc_text(doc, marking, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
    free(marking);
    for (size_t i = 0; i < n && i < 24; i++) {
        const SerialDiff *d = &diffs[i];
        char *m = d->marked >= 0 ? describe_char(d->marked) : NULL;
        char *t = d->typed >= 0 ? describe_char(d->typed) : NULL;
        char *line;
        switch (d->kind) {
        case SERIAL_CONFUSED:
            line = xasprintf(tr("Place %zu: %s typed for %s; they are easily confused."), d->pos, t, m);
            break;
        case SERIAL_WRONG: line = xasprintf(tr("Place %zu: %s typed for %s."), d->pos, t, m); break;
        case SERIAL_MISSING: line = xasprintf(tr("Place %zu: %s is missing."), d->pos, m); break;
        default: line = xasprintf(tr("After place %zu: %s is extra."), d->pos, t); break;
        }
        char *bullet = xasprintf("- %s", line);
        doc_text(doc, bullet, width, 0, ROLE_NORMAL, QUIZ_TAG_FEEDBACK);
        free(bullet);
        free(line);
        free(m);
        free(t);
    }
}

static void typed_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    (void)qu;
    if (key == K_ENTER)
        quiz_screen_answer(q, ui);
    else if (!doc_view_page_key(&q->view, key) && input_key(&q->typed, key))
        q->follow = true; /* the answer line comes into view as it is typed */
}

static void typed_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    (void)q, (void)qu;
    hints_add(out, "Enter", tr("Answer"));
}

/* The answer line; once answered, whether it was right and, if not, what is. */
static void typed_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                       bool answered)
{
    StrBuf line;
    strbuf_init(&line);
    bool editing = state == QUIZ_ASKING; /* a cursor only where typing goes on */
    strbuf_printf(&line, "%s %s", tr("Your answer:"),
                  editing ? input_tail(&q->typed, width - 30) : q->typed.text.s);
    if (editing)
        strbuf_puts(&line, "_");
    if (qu->unit)
        strbuf_printf(&line, " %s", qu->unit);
    Role role = !answered ? ROLE_NORMAL : q->verdict.correct ? ROLE_CORRECT : ROLE_WRONG;
    char *shown = xasprintf("%s %s", answered ? term_glyph(q->verdict.correct ? GLYPH_CHECK
                                                                             : GLYPH_CROSS)
                                            : " ",
                            line.s);
    /* One line, spaces as typed (the field scrolls; see input_tail); tagged as the place of
     * the answer (0), to be kept in view while it is typed. */
    doc_line(&q->doc, shown, 0, role, 0);
    free(shown);
    strbuf_done(&line);
    if (!answered)
        return;
    doc_blank(&q->doc);
    if (q->verdict.correct) {
        quiz_view_verdict(&q->doc, &q->verdict, "", width);
    } else if (qu->type == QUESTION_SERIAL) {
        serial_feedback(&q->doc, qu, q->typed.text.s, width);
    } else if (qu->type == QUESTION_NUMERIC) {
        char value[128];
        quiz_view_number(value, sizeof value, qu->value, qu->tolerance, qu->unit);
        char *msg = xasprintf(tr("Not quite. The answer is %s."), value);
        doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
    } else {
        char *msg = xasprintf(tr("Not quite. Accepted answer: %s"),
                              ltext_get(&qu->model_answer, lang));
        doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
    }
    quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
}

/* What was typed, unless it is blank (or, for a numeric question, not a number). */
static bool typed_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    char *folded = text_fold(q->typed.text.s, 0);
    bool empty = !folded[0];
    free(folded);
    double ignored;
    if (empty) {
        ui_status(ui, ROLE_WARNING, "%s", tr("Type an answer first."));
        return false;
    }
    if (qu->type == QUESTION_NUMERIC && !quiz_parse_number(qu, q->typed.text.s, &ignored)) {
        ui_status(ui, ROLE_WARNING, "%s", tr("Type a number, such as 9 or 7.62."));
        return false;
    }
    *out = (QuizAnswer){.shape = ANSWER_TYPED, .typed = q->typed.text.s};
    return true;
}

static const char *typed_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    (void)q, (void)buf, (void)len;
    if (qu->type == QUESTION_SERIAL)
        return tr("Type the serial number exactly as marked, then Enter. Esc leaves.");
    return tr("Type your answer, then Enter. Esc leaves.");
}

const QuizKindUi quiz_ui_text = {.key = typed_key, .hints = typed_hints, .view = typed_view,
                                 .answer = typed_answer, .foot = typed_foot, .typing = true};
const QuizKindUi quiz_ui_numeric = {.key = typed_key, .hints = typed_hints, .view = typed_view,
                                    .answer = typed_answer, .foot = typed_foot, .typing = true};
const QuizKindUi quiz_ui_serial = {.key = typed_key, .hints = typed_hints, .view = typed_view,
                                   .answer = typed_answer, .foot = typed_foot, .typing = true};
