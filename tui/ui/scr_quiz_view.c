/* What a quiz question looks like: its prompt, picture and hint, the options or fields as the
 * trainee answers, and, once answered in practice, the feedback: what was right and why; and the
 * help for each kind of question. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/serial.h"
#include "scr_quiz.h"

bool quiz_is_typed(const Question *q)
{
    return q->type == QUESTION_TEXT || q->type == QUESTION_NUMERIC || q->type == QUESTION_SERIAL;
}

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

/* The mark in front of an option once answered, two columns wide like the blank one before it
 * ("  "), so that marking an option does not move its text: glyphs take one column. */
static const char *answer_mark(bool right)
{
    static char buf[2][8];
    snprintf(buf[right], sizeof buf[right], "%s ", term_glyph(right ? GLYPH_CHECK : GLYPH_CROSS));
    return buf[right];
}

/* "Correct." (saying what extra tries and a hint cost) or, with partial credit, partial_fmt filled
 * with the percentage of the marks. */
static void verdict_feedback(Doc *doc, const Verdict *v, const char *partial_fmt, int width)
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
static void format_number(char *buf, size_t len, double value, double tolerance, const char *unit)
{
    if (tolerance > 0)
        snprintf(buf, len, "%g %s %g%s%s", value, term_utf8() ? "\xC2\xB1" : "+/-", tolerance,
                 unit ? " " : "", unit ? unit : "");
    else
        snprintf(buf, len, "%g%s%s", value, unit ? " " : "", unit ? unit : "");
}

/* Form: each field with its label and value; once answered, how each was judged. */
static void form_view(QuizScreen *q, const Question *qu, Lang lang, int width, bool answered)
{
    const QuizItem *it = &q->run.items[q->run.current];
    bool feedback = answered && q->run.module->settings.mode == QUIZ_PRACTICE;
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
                format_number(shown, sizeof shown, f->value, f->tolerance, f->unit);
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
        verdict_feedback(&q->doc, &q->verdict, tr("Partly right: %.0f%% of the marks."), width);
        quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
    }
}

bool quiz_locate_listed(const Question *qu)
{
    return qu && qu->type == QUESTION_LOCATE && gfx_mode() == RENDER_NONE;
}

void quiz_cell_words(unsigned col, unsigned row, char *out, size_t len)
{
    char cell[8], letter[2] = {(char)('A' + col % 26), 0};
    locate_cell_name(col, row, cell, sizeof cell);
    /* TRANSLATORS: a cell of the grid over a picture, e.g. "C4: column C, row 4". */
    snprintf(out, len, tr("%s: column %s, row %u"), cell, letter, row + 1);
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

/* A locate question: while asking with pictures off, each cell of the grid in words, one a line
 * (tagged by its place in the list, row by row), for the arrows to go through; the cell pointed
 * at is named on the bottom line while asking. Once answered, that cell and the right places. */
static void locate_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                        bool answered)
{
    char cell[8];
    if (state == QUIZ_ASKING) {
        if (!quiz_locate_listed(qu))
            return;
        doc_text(&q->doc, tr("Places on the picture, by a grid laid over it: columns lettered from "
                             "the left, rows numbered from the top."),
                 width, 0, ROLE_DIM, -1);
        doc_blank(&q->doc);
        for (unsigned r = 0; r < qu->grid_rows; r++)
            for (unsigned c = 0; c < qu->grid_cols; c++) {
                char words[96];
                quiz_cell_words(c, r, words, sizeof words);
                doc_prefixed(&q->doc, "  ", words, width, ROLE_NORMAL, (int)(r * qu->grid_cols + c));
            }
        return;
    }
    locate_cell_name(q->grid.cur_col, q->grid.cur_row, cell, sizeof cell);
    char *at = xasprintf(tr("Pointing at %s."), cell);
    Role role = !answered ? ROLE_NORMAL : q->verdict.correct ? ROLE_CORRECT : ROLE_WRONG;
    doc_line(&q->doc, at, 0, role, -1);
    free(at);
    if (!answered)
        return;
    doc_blank(&q->doc);
    if (q->verdict.correct) {
        verdict_feedback(&q->doc, &q->verdict, "", width);
    } else {
        StrBuf list;
        strbuf_init(&list);
        for (unsigned r = 0; r < qu->grid_rows; r++)
            for (unsigned c = 0; c < qu->grid_cols; c++)
                if (locate_cell_right(qu, c, r)) {
                    locate_cell_name(c, r, cell, sizeof cell);
                    strbuf_printf(&list, "%s%s", list.len ? ", " : "", cell);
                }
        char *msg = xasprintf(tr("Not quite. The right places: %s."), list.s);
        doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
        free(msg);
        strbuf_done(&list);
    }
    quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
}

void quiz_view_build(QuizScreen *q, Lang lang, int width, int rows)
{
    const Question *qu = quiz_question(&q->run);
    QuizState state = q->state == QUIZ_CONFIRM_LEAVE ? q->before_confirm : q->state;
    /* answered: the final answer is in; feedback is shown in practice only (an exam shows it in
     * the results). */
    bool answered = state == QUIZ_ANSWERED && q->run.module->settings.mode == QUIZ_PRACTICE;
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
    bool locate = qu->type == QUESTION_LOCATE;
    /* A picture to point at gets what the question leaves of the view, less the grid's letters,
     * the cell pointed at and the caption; one that illustrates, half the view. */
    int pic_rows = rows / 2;
    if (locate) {
        pic_rows = rows - (int)q->view.pin - 3 - (ltext_empty(&qu->image.caption) ? 0 : 1);
        if (pic_rows < 8)
            pic_rows = 8;
    }
    if (quiz_locate_listed(qu)) {
        picture_words(&q->doc, &qu->image, lang, width);
        q->picture = false;
    } else if (image_present(&qu->image))
        q->picture = doc_image(&q->doc, &qu->image, lang, width, pic_rows, q->run.module->file,
                               locate ? &q->grid : NULL); /* a blank line, the picture */
    else
        q->picture = false;
    q->unanswerable = locate && !q->picture && gfx_mode() != RENDER_NONE;
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
    if (qu->type == QUESTION_FORM) {
        form_view(q, qu, lang, width, state == QUIZ_ANSWERED);
        return;
    }
    if (locate && q->unanswerable && state != QUIZ_ANSWERED) {
        /* The picture was readable when the quiz opened, and is no longer. */
        doc_text(&q->doc, tr("This picture cannot be shown, so the question cannot be answered. "
                             "Leave the quiz with q: your answers are kept."),
                 width, 0, ROLE_WARNING, -1);
        return;
    }
    if (locate) {
        locate_view(q, qu, lang, width, state, answered);
        return;
    }
    bool typed_answer = quiz_is_typed(qu);
    if (typed_answer) {
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
    }
    if (qu->type == QUESTION_MATCH) {
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
            snprintf(prefix, sizeof prefix, "%s %zu) ", answered ? answer_mark(ok) : "  ", i + 1);
            doc_prefixed(&q->doc, prefix, line.s, width, role, (int)i);
            strbuf_done(&line);
        }
        if (!answered) {
            doc_blank(&q->doc);
            doc_line(&q->doc, tr("Choices:"), 0, ROLE_DIM, -1);
            for (size_t k = 0; k < qu->n_right; k++)
                doc_prefixed(&q->doc, "  - ", ltext_get(&qu->right[q->pool[k]], lang), width,
                             ROLE_DIM, -1);
        } else {
            doc_blank(&q->doc);
            verdict_feedback(&q->doc, &q->verdict, tr("Partly right: %.0f%% of the pairs."), width);
            quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
        }
        return;
    }
    if (qu->type == QUESTION_ORDER) {
        for (size_t k = 0; k < qu->n_options; k++) {
            size_t item = q->arranged[k];
            Role role = !answered ? ROLE_NORMAL : item == k ? ROLE_CORRECT : ROLE_WRONG;
            const char *mark = !answered ? (q->holding && k == q->sel ? "<>" : "  ")
                                         : answer_mark(item == k);
            char prefix[32];
            snprintf(prefix, sizeof prefix, "%s %zu) ", mark, k + 1);
            doc_prefixed(&q->doc, prefix, ltext_get(&qu->options[item], lang), width, role, (int)k);
        }
        if (answered) {
            doc_blank(&q->doc);
            verdict_feedback(&q->doc, &q->verdict,
                             tr("Partly in order: %.0f%% of the marks. The right order is:"), width);
            if (!q->verdict.correct) {
                for (size_t k = 0; k < qu->n_options; k++) {
                    char prefix[32];
                    snprintf(prefix, sizeof prefix, "   %zu) ", k + 1);
                    doc_prefixed(&q->doc, prefix, ltext_get(&qu->options[k], lang), width,
                                 ROLE_NORMAL, QUIZ_TAG_FEEDBACK);
                }
            }
            quiz_view_explain(&q->doc, qu, lang, width, QUIZ_TAG_FEEDBACK);
        }
        return;
    }
    bool multi = qu->type == QUESTION_MULTI;
    if (multi) {
        doc_text(&q->doc, tr("Several answers may be right: tick each with its number or Space, "
                             "then press Enter."), width, 0, ROLE_DIM, -1);
        doc_blank(&q->doc);
    }
    uint32_t right = multi ? qu->answers : 1u << qu->answer;
    for (size_t k = 0; !typed_answer && k < qu->n_options; k++) {
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
                role = ROLE_CORRECT, mark = answer_mark(true);
            else if (picked)
                role = ROLE_WRONG, mark = answer_mark(false);
        }
        snprintf(prefix, sizeof prefix, "%s %s%zu) ", mark, multi ? (picked ? "[x] " : "[ ] ") : "",
                 k + 1);
        char *option = left_out ? xasprintf("%s (%s)", ltext_get(&qu->options[i], lang),
                                            tr("should have been ticked"))
                                : xstrdup(ltext_get(&qu->options[i], lang));
        doc_prefixed(&q->doc, prefix, option, width, role, (int)k);
        free(option);
    }
    if (answered) {
        doc_blank(&q->doc);
        if (q->verdict.correct) {
            verdict_feedback(&q->doc, &q->verdict, "", width);
        } else if (qu->type == QUESTION_SERIAL) {
            serial_feedback(&q->doc, qu, q->typed.text.s, width);
        } else if (qu->type == QUESTION_NUMERIC) {
            char value[128];
            format_number(value, sizeof value, qu->value, qu->tolerance, qu->unit);
            char *msg = xasprintf(tr("Not quite. The answer is %s."), value);
            doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
            free(msg);
        } else if (qu->type == QUESTION_TEXT) {
            char *msg = xasprintf(tr("Not quite. Accepted answer: %s"),
                                  ltext_get(&qu->model_answer, lang));
            doc_text(&q->doc, msg, width, 0, ROLE_WRONG, QUIZ_TAG_FEEDBACK);
            free(msg);
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
}

const char *quiz_view_help(const QuizScreen *q)
{
    const Question *qu = quiz_question(&q->run);
    if (qu && qu->type == QUESTION_LOCATE)
        return quiz_locate_listed(qu)
                   ? tr("Point at a place on the picture, chosen from the list of the cells of a "
                        "grid laid over it: columns are lettered from the left, rows numbered from "
                        "the top. Up and Down (or j and k) go through the list, row by row; Enter "
                        "answers with the cell chosen. The bottom line names the cell chosen. "
                        "Ctrl-T shows a hint where there is one, and PgUp and PgDn scroll.")
                   : tr("Point at a place on the picture: move the frame over the grid with the "
                        "arrows (or h, j, k, l) and press Enter on the cell you mean; columns are "
                        "lettered across the top, rows numbered down the side, and the bottom line "
                        "names the cell pointed at. Ctrl-T shows a hint where there is one, and "
                        "PgUp and PgDn scroll. v shows the picture on the whole screen, where + "
                        "zooms in; q there comes back to the question.");
    if (q->run.module->settings.mode == QUIZ_EXAM)
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
