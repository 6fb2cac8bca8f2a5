/* The quiz: one single-choice question at a time, the answer committed to the database before
 * its feedback and explanation are drawn, then the results screen. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/quiz.h"
#include "../core/serial.h"
#include "doc.h"
#include "input.h"
#include "screens.h"

typedef enum { QUIZ_ASKING, QUIZ_ANSWERED, QUIZ_CONFIRM_LEAVE } QuizState;

typedef struct {
    Screen base;
    QuizRun run;
    QuizState state, before_confirm;
    size_t sel;
    uint32_t picked; /* options ticked on a multi question (bit i = option i) */
    Input typed;     /* the answer being typed to a text question */
    size_t arranged[QUESTION_MAX_OPTIONS]; /* order question: option shown in each place */
    bool holding;    /* order question: the selected item moves with the arrows */
    size_t pool[QUESTION_MAX_OPTIONS];   /* match: right-hand items in the order offered */
    int pick[QUESTION_MAX_OPTIONS];      /* match: place in pool chosen for each item, -1 none */
    Verdict verdict;
    bool *correct; /* per question, for the results screen */
    Doc doc;
    long scroll;
    bool just_answered; /* bring the feedback into view at the next draw */
    char title[160];
} QuizScreen;

static Screen *results_screen_new(const QuizScreen *q);

/* Questions answered by typing (text, numeric, serial) rather than by picking options. */
static bool is_typed(const Question *q)
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
    doc_text(doc, marking, width, 0, ROLE_WRONG, -2);
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
        doc_text(doc, bullet, width, 0, ROLE_NORMAL, -2);
        free(bullet);
        free(line);
        free(m);
        free(t);
    }
}

static const char *quiz_title(Screen *s, Ui *ui)
{
    QuizScreen *q = (QuizScreen *)s;
    snprintf(q->title, sizeof q->title, tr("Question %zu of %zu"), q->run.current + 1,
             q->run.module->n_questions);
    size_t n = strlen(q->title);
    snprintf(q->title + n, sizeof q->title - n, " %s %s", term_glyph(GLYPH_DOT),
             ltext_get(&q->run.module->title, ui->app->lang));
    return q->title;
}

/* "Correct." or, with partial credit, partial_fmt filled with the percentage of the marks. */
static void verdict_feedback(Doc *doc, const Verdict *v, const char *partial_fmt, int width)
{
    if (v->correct) {
        doc_line(doc, tr("Correct."), 0, ROLE_CORRECT, -2);
        return;
    }
    char *msg = xasprintf(partial_fmt, v->max > 0 ? 100.0 * v->score / v->max : 0.0);
    doc_text(doc, msg, width, 0, ROLE_WRONG, -2);
    free(msg);
}

static void quiz_build(QuizScreen *q, Lang lang, int width)
{
    const Question *qu = quiz_question(&q->run);
    bool answered = q->state == QUIZ_ANSWERED ||
                    (q->state == QUIZ_CONFIRM_LEAVE && q->before_confirm == QUIZ_ANSWERED);
    doc_clear(&q->doc);
    doc_text(&q->doc, ltext_get(&qu->prompt, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&q->doc);
    bool typed_answer = is_typed(qu);
    if (typed_answer) {
        StrBuf line;
        strbuf_init(&line);
        strbuf_printf(&line, "%s %s", tr("Your answer:"),
                      answered ? q->typed.text.s : input_tail(&q->typed, width - 30));
        if (!answered)
            strbuf_puts(&line, "_");
        if (qu->unit)
            strbuf_printf(&line, " %s", qu->unit);
        Role role = !answered ? ROLE_NORMAL : q->verdict.correct ? ROLE_CORRECT : ROLE_WRONG;
        char *shown = xasprintf("%s %s", answered ? term_glyph(q->verdict.correct ? GLYPH_CHECK
                                                                                 : GLYPH_CROSS)
                                                : " ",
                                line.s);
        /* One line, spaces as typed (the field scrolls; see input_tail). */
        doc_line(&q->doc, shown, 0, role, -1);
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
            snprintf(prefix, sizeof prefix, "%s %zu) ",
                     answered ? term_glyph(ok ? GLYPH_CHECK : GLYPH_CROSS) : "  ", i + 1);
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
            if (!ltext_empty(&qu->explain))
                doc_text(&q->doc, ltext_get(&qu->explain, lang), width, 0, ROLE_NORMAL, -2);
        }
        return;
    }
    if (qu->type == QUESTION_ORDER) {
        for (size_t k = 0; k < qu->n_options; k++) {
            size_t item = q->arranged[k];
            Role role = !answered ? ROLE_NORMAL : item == k ? ROLE_CORRECT : ROLE_WRONG;
            const char *mark = !answered ? (q->holding && k == q->sel ? "<>" : "  ")
                                         : term_glyph(item == k ? GLYPH_CHECK : GLYPH_CROSS);
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
                                 ROLE_NORMAL, -2);
                }
            }
            if (!ltext_empty(&qu->explain))
                doc_text(&q->doc, ltext_get(&qu->explain, lang), width, 0, ROLE_NORMAL, -2);
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
    for (size_t i = 0; i < qu->n_options; i++) {
        char prefix[48];
        Role role = ROLE_NORMAL;
        const char *mark = "  ";
        bool picked = q->picked & (1u << i);
        if (answered) {
            if (right & (1u << i))
                role = ROLE_CORRECT, mark = term_glyph(GLYPH_CHECK);
            else if (picked)
                role = ROLE_WRONG, mark = term_glyph(GLYPH_CROSS);
        }
        snprintf(prefix, sizeof prefix, "%s %s%zu) ", mark, multi ? (picked ? "[x] " : "[ ] ") : "",
                 i + 1);
        doc_prefixed(&q->doc, prefix, ltext_get(&qu->options[i], lang), width, role, (int)i);
    }
    if (answered) {
        doc_blank(&q->doc);
        if (q->verdict.correct) {
            doc_line(&q->doc, tr("Correct."), 0, ROLE_CORRECT, -2);
        } else if (qu->type == QUESTION_SERIAL) {
            serial_feedback(&q->doc, qu, q->typed.text.s, width);
        } else if (qu->type == QUESTION_NUMERIC) {
            char value[96];
            if (qu->tolerance > 0)
                snprintf(value, sizeof value, "%g %s %g%s%s", qu->value, term_utf8() ? "\xC2\xB1" : "+/-",
                         qu->tolerance, qu->unit ? " " : "", qu->unit ? qu->unit : "");
            else
                snprintf(value, sizeof value, "%g%s%s", qu->value, qu->unit ? " " : "",
                         qu->unit ? qu->unit : "");
            char *msg = xasprintf(tr("Not quite. The answer is %s."), value);
            doc_text(&q->doc, msg, width, 0, ROLE_WRONG, -2);
            free(msg);
        } else if (qu->type == QUESTION_TEXT) {
            char *msg = xasprintf(tr("Not quite. Accepted answer: %s"),
                                  ltext_get(&qu->model_answer, lang));
            doc_text(&q->doc, msg, width, 0, ROLE_WRONG, -2);
            free(msg);
        } else if (multi) {
            StrBuf list;
            strbuf_init(&list);
            for (size_t i = 0; i < qu->n_options; i++)
                if (right & (1u << i))
                    strbuf_printf(&list, "%s%zu", list.len ? ", " : "", i + 1);
            char *msg = xasprintf(tr("Partly right: %.0f%% of the marks. The right options are %s."),
                                  q->verdict.max > 0 ? 100.0 * q->verdict.score / q->verdict.max : 0.0,
                                  list.s);
            doc_line(&q->doc, msg, 0, ROLE_WRONG, -2);
            free(msg);
            strbuf_done(&list);
        } else {
            char *msg = xasprintf(tr("Not quite. The answer is %zu."), qu->answer + 1);
            doc_line(&q->doc, msg, 0, ROLE_WRONG, -2);
            free(msg);
        }
        if (!ltext_empty(&qu->explain))
            doc_text(&q->doc, ltext_get(&qu->explain, lang), width, 0, ROLE_NORMAL, -2);
        if (qu->sources.n) {
            StrBuf b;
            strbuf_init(&b);
            strbuf_puts(&b, tr("Sources:"));
            for (size_t i = 0; i < qu->sources.n; i++)
                strbuf_printf(&b, "%s %s", i ? "," : "", qu->sources.keys[i]);
            doc_text(&q->doc, b.s, width, 0, ROLE_DIM, -2);
            strbuf_done(&b);
        }
    }
}

static void quiz_draw(Screen *s, Ui *ui, int top, int rows)
{
    QuizScreen *q = (QuizScreen *)s;
    int width = COLS - 4;
    /* While an answer is typed, every printable key is text: '?' and 'q' too. */
    q->base.takes_text = q->state == QUIZ_ASKING && is_typed(quiz_question(&q->run));
    quiz_build(q, ui->app->lang, width);
    int view = rows - 2;
    if (q->state == QUIZ_ASKING) {
        /* Keep the selected option in view. */
        int last, first = doc_find_tag(&q->doc, (int)q->sel, &last);
        if (first >= 0 && first < q->scroll)
            q->scroll = first;
        if (last >= 0 && last >= q->scroll + view)
            q->scroll = last - view + 1;
    } else if (q->state == QUIZ_ANSWERED && q->just_answered) {
        q->just_answered = false;
        /* Just answered: bring the feedback into view. */
        int last, first = doc_find_tag(&q->doc, -2, &last);
        q->scroll = last >= view ? (first - 1 < last - view + 1 ? first - 1 : last - view + 1) : 0;
    }
    q->scroll = (long)doc_clamp_scroll(&q->doc, q->scroll, view);
    doc_draw(&q->doc, (size_t)q->scroll, top + 1, view, 2, width,
             q->state == QUIZ_ASKING ? (int)q->sel : -1);
    const char *foot;
    switch (q->state) {
    case QUIZ_ASKING:
        switch (quiz_question(&q->run)->type) {
        case QUESTION_MULTI: foot = tr("Tick the right answers, then Enter."); break;
        case QUESTION_SERIAL:
            foot = tr("Type the serial number exactly as marked, then Enter. Esc leaves.");
            break;
        case QUESTION_ORDER:
            foot = tr("Space picks an item up or puts it down; arrows move it. Enter answers.");
            break;
        case QUESTION_MATCH:
            foot = tr("Up and Down choose an item; Left and Right change its match. Enter answers.");
            break;
        case QUESTION_TEXT:
        case QUESTION_NUMERIC: foot = tr("Type your answer, then Enter. Esc leaves."); break;
        default: foot = tr("Choose an answer: arrows and Enter, or its number."); break;
        }
        break;
    case QUIZ_ANSWERED:
        foot = q->run.current + 1 < q->run.module->n_questions ? tr("Saved. Enter: next question")
                                                               : tr("Saved. Enter: see your score");
        break;
    default: foot = tr("Leave the quiz? Answers given so far are kept. y: leave  n: stay"); break;
    }
    term_print(top + rows - 1, 2, width, q->state == QUIZ_CONFIRM_LEAVE ? ROLE_WARNING : ROLE_DIM,
               foot);
}

/* Sets up the question now asked: an order question starts shuffled. */
static void prepare_question(QuizScreen *q)
{
    const Question *qu = quiz_question(&q->run);
    q->holding = false;
    if (qu && qu->type == QUESTION_ORDER)
        question_shown_order(qu, q->arranged);
    if (qu && qu->type == QUESTION_MATCH) {
        question_shown_order(qu, q->pool);
        for (size_t i = 0; i < QUESTION_MAX_OPTIONS; i++)
            q->pick[i] = -1;
    }
}

static void quiz_answer(QuizScreen *q, Ui *ui)
{
    char err[256];
    const Question *qu = quiz_question(&q->run);
    bool ok;
    if (qu->type == QUESTION_ORDER) {
        ok = quiz_submit_order(&q->run, q->arranged, &q->verdict, err, sizeof err);
        q->holding = false;
    } else if (qu->type == QUESTION_MATCH) {
        size_t chosen[QUESTION_MAX_OPTIONS];
        for (size_t i = 0; i < qu->n_options; i++) {
            if (q->pick[i] < 0) {
                ui_status(ui, ROLE_WARNING, "%s", tr("Match every item first."));
                return;
            }
            chosen[i] = q->pool[q->pick[i]];
        }
        ok = quiz_submit_match(&q->run, chosen, &q->verdict, err, sizeof err);
    } else if (is_typed(qu)) {
        char *folded = text_fold(q->typed.text.s, 0);
        bool empty = !folded[0];
        free(folded);
        double ignored;
        if (empty) {
            ui_status(ui, ROLE_WARNING, "%s", tr("Type an answer first."));
            return;
        }
        if (qu->type == QUESTION_NUMERIC && !quiz_parse_number(qu, q->typed.text.s, &ignored)) {
            ui_status(ui, ROLE_WARNING, "%s", tr("Type a number, such as 9 or 7.62."));
            return;
        }
        ok = quiz_submit_text(&q->run, q->typed.text.s, &q->verdict, err, sizeof err);
    } else {
        if (qu->type != QUESTION_MULTI)
            q->picked = 1u << q->sel;
        else if (!q->picked) {
            ui_status(ui, ROLE_WARNING, "%s", tr("Tick at least one answer first."));
            return;
        }
        ok = quiz_submit_set(&q->run, q->picked, &q->verdict, err, sizeof err);
    }
    if (!ok) {
        ui_status(ui, ROLE_ERROR, "%s: %s", tr("Your answer could not be saved"), err);
        return;
    }
    q->correct[q->run.current] = q->verdict.correct;
    q->state = QUIZ_ANSWERED;
    q->just_answered = true;
    /* The last answer completes the attempt, even if the trainee leaves before the results. */
    if (q->run.current + 1 == q->run.module->n_questions && !quiz_finish(&q->run, err, sizeof err))
        ui_status(ui, ROLE_ERROR, "%s", err);
}

static void quiz_advance(QuizScreen *q, Ui *ui)
{
    quiz_next(&q->run);
    q->sel = 0;
    q->picked = 0;
    input_clear(&q->typed);
    prepare_question(q);
    q->scroll = 0;
    q->state = QUIZ_ASKING;
    if (quiz_question(&q->run))
        return;
    char err[256];
    if (!quiz_finish(&q->run, err, sizeof err))
        ui_status(ui, ROLE_ERROR, "%s", err);
    Screen *r = results_screen_new(q);
    ui_pop(ui);
    ui_push(ui, r);
}

static void quiz_key(Screen *s, Ui *ui, int key)
{
    QuizScreen *q = (QuizScreen *)s;
    const Question *qu = quiz_question(&q->run);
    if (q->state == QUIZ_CONFIRM_LEAVE) {
        if (key == 'y' || key == 'Y' || key == 's' || key == 'S')
            ui_pop(ui);
        else
            q->state = q->before_confirm;
        return;
    }
    bool typing = q->state == QUIZ_ASKING && is_typed(qu);
    if (key == K_ESC || (!typing && (key == 'q' || key == 'Q'))) {
        q->before_confirm = q->state;
        q->state = QUIZ_CONFIRM_LEAVE;
        return;
    }
    if (typing) {
        if (key == K_ENTER)
            quiz_answer(q, ui);
        else
            input_key(&q->typed, key);
        return;
    }
    if (q->state == QUIZ_ASKING && qu->type == QUESTION_MATCH) {
        int n = (int)qu->n_right;
        int *p = &q->pick[q->sel];
        if (key == K_UP || key == 'k')
            q->sel = q->sel > 0 ? q->sel - 1 : qu->n_options - 1;
        else if (key == K_DOWN || key == 'j')
            q->sel = q->sel + 1 < qu->n_options ? q->sel + 1 : 0;
        else if (key == K_RIGHT || key == ' ')
            *p = *p + 1 < n ? *p + 1 : 0;
        else if (key == K_LEFT)
            *p = *p > 0 ? *p - 1 : n - 1;
        else if (key == K_ENTER)
            quiz_answer(q, ui);
        return;
    }
    if (q->state == QUIZ_ASKING && qu->type == QUESTION_ORDER) {
        size_t n = qu->n_options;
        size_t to = q->sel;
        if (key == K_UP || key == 'k')
            to = q->sel > 0 ? q->sel - 1 : q->sel;
        else if (key == K_DOWN || key == 'j')
            to = q->sel + 1 < n ? q->sel + 1 : q->sel;
        else if (key == ' ')
            q->holding = !q->holding;
        else if (key == K_ENTER)
            quiz_answer(q, ui);
        if (to != q->sel) {
            if (q->holding) {
                size_t t = q->arranged[to];
                q->arranged[to] = q->arranged[q->sel];
                q->arranged[q->sel] = t;
            }
            q->sel = to;
        }
        return;
    }
    if (q->state == QUIZ_ASKING) {
        if (key == K_UP || key == 'k')
            q->sel = q->sel > 0 ? q->sel - 1 : qu->n_options - 1;
        else if (key == K_DOWN || key == 'j')
            q->sel = q->sel + 1 < qu->n_options ? q->sel + 1 : 0;
        else if (key >= '1' && key <= '9' && (size_t)(key - '1') < qu->n_options) {
            q->sel = (size_t)(key - '1');
            if (qu->type == QUESTION_MULTI)
                q->picked ^= 1u << q->sel;
            else
                quiz_answer(q, ui);
        } else if (key == ' ' && qu->type == QUESTION_MULTI)
            q->picked ^= 1u << q->sel;
        else if (key == K_ENTER)
            quiz_answer(q, ui);
        else if (key == K_PGUP)
            q->scroll -= LINES / 2;
        else if (key == K_PGDN)
            q->scroll += LINES / 2;
        return;
    }
    /* Answered: scroll the feedback, Enter goes on. */
    switch (key) {
    case K_UP: case 'k': q->scroll--; break;
    case K_DOWN: case 'j': q->scroll++; break;
    case K_PGUP: q->scroll -= LINES / 2; break;
    case K_PGDN: q->scroll += LINES / 2; break;
    case K_ENTER: case K_RIGHT: case ' ': case 'n': quiz_advance(q, ui); break;
    default: break;
    }
}

static int quiz_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)ui;
    QuizScreen *q = (QuizScreen *)s;
    int n = 0;
    const Question *qu = quiz_question(&q->run);
    if (q->state == QUIZ_ASKING && qu && is_typed(qu)) {
        out[n++] = (KeyHint){"Enter", tr("Answer")};
        out[n++] = (KeyHint){"Esc", tr("Leave")};
        return n;
    }
    if (q->state == QUIZ_ASKING && qu && qu->type == QUESTION_MATCH) {
        out[n++] = (KeyHint){hint_arrows(), tr("Item")};
        out[n++] = (KeyHint){term_utf8() ? "\xE2\x86\x90\xE2\x86\x92" : "Left/Right", tr("Match")};
        out[n++] = (KeyHint){"Enter", tr("Answer")};
    } else if (q->state == QUIZ_ASKING && qu && qu->type == QUESTION_ORDER) {
        out[n++] = (KeyHint){hint_arrows(), tr("Move")};
        out[n++] = (KeyHint){"Space", tr("Pick up")};
        out[n++] = (KeyHint){"Enter", tr("Answer")};
    } else if (q->state == QUIZ_ASKING && qu && qu->type == QUESTION_MULTI) {
        out[n++] = (KeyHint){hint_arrows(), tr("Move")};
        out[n++] = (KeyHint){"Space", tr("Tick")};
        out[n++] = (KeyHint){"Enter", tr("Answer")};
    } else if (q->state == QUIZ_ASKING) {
        out[n++] = (KeyHint){hint_arrows(), tr("Move")};
        out[n++] = (KeyHint){"Enter", tr("Answer")};
        out[n++] = (KeyHint){"1-9", tr("Pick")};
    } else {
        out[n++] = (KeyHint){hint_arrows(), tr("Scroll")};
        out[n++] = (KeyHint){"Enter", tr("Next")};
    }
    out[n++] = (KeyHint){"?", tr("Help")};
    out[n++] = (KeyHint){"q", tr("Leave")};
    return n;
}

static const char *quiz_help(Screen *s)
{
    (void)s;
    return tr("Choose one answer with the arrows and Enter, or press its number. Where several "
              "answers may be right, tick each with Space or its number, then press Enter. Your "
              "answer is saved at once, then you see whether it was right and why. Leaving with q "
              "keeps the answers already given.");
}

static void quiz_free(Screen *s)
{
    QuizScreen *q = (QuizScreen *)s;
    doc_done(&q->doc);
    input_done(&q->typed);
    free(q->correct);
    free(q);
}

Screen *quiz_screen_new(Ui *ui, const Module *m)
{
    char err[256];
    QuizScreen *q = xcalloc(1, sizeof *q);
    if (!m->n_questions ||
        !quiz_begin(&q->run, ui->app->store, ui->app->trainee.id, m, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", m->n_questions ? err : tr("This module has no quiz."));
        free(q);
        return NULL;
    }
    q->base = (Screen){.title = quiz_title, .draw = quiz_draw, .key = quiz_key,
                       .hints = quiz_hints, .help = quiz_help, .free = quiz_free};
    q->correct = xcalloc(m->n_questions, sizeof *q->correct);
    doc_init(&q->doc);
    input_init(&q->typed, 120);
    prepare_question(q);
    return &q->base;
}

/* ---- results ---- */

typedef struct {
    Screen base;
    const Module *module;
    double score, max, pct;
    bool *correct;
    long scroll;
    Doc doc;
} ResultsScreen;

static const char *results_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Results");
}

static void results_draw(Screen *s, Ui *ui, int top, int rows)
{
    ResultsScreen *r = (ResultsScreen *)s;
    Lang lang = ui->app->lang;
    int width = COLS - 4;
    doc_clear(&r->doc);
    doc_text(&r->doc, ltext_get(&r->module->title, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&r->doc);
    /* Whole marks as "7", partial credit as "6.5". */
    char points[32];
    snprintf(points, sizeof points, r->score == (double)(long long)r->score ? "%.0f" : "%.1f",
             r->score);
    char *score = xasprintf(tr("Your score: %s of %.0f (%.0f%%)"), points, r->max, r->pct);
    doc_line(&r->doc, score, 0, r->pct >= 50 ? ROLE_CORRECT : ROLE_WRONG, -1);
    free(score);
    doc_blank(&r->doc);
    for (size_t i = 0; i < r->module->n_questions; i++) {
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%s %zu. ",
                 term_glyph(r->correct[i] ? GLYPH_CHECK : GLYPH_CROSS), i + 1);
        doc_prefixed(&r->doc, prefix, ltext_get(&r->module->questions[i].prompt, lang), width,
                     r->correct[i] ? ROLE_NORMAL : ROLE_WRONG, -1);
    }
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
    free(r->correct);
    free(r);
}

static Screen *results_screen_new(const QuizScreen *q)
{
    ResultsScreen *r = xcalloc(1, sizeof *r);
    r->base = (Screen){.title = results_title, .draw = results_draw, .key = results_key,
                       .hints = results_hints, .free = results_free};
    r->module = q->run.module;
    r->score = q->run.score;
    r->max = q->run.max;
    r->pct = quiz_percent(&q->run);
    r->correct = xcalloc(r->module->n_questions, sizeof *r->correct);
    memcpy(r->correct, q->correct, r->module->n_questions * sizeof *r->correct);
    doc_init(&r->doc);
    return &r->base;
}
