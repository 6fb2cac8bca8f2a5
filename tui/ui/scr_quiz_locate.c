/* The locate kind in the quiz screen: a frame moved over the grid on the question's picture, or,
 * with pictures off, a list of the grid's cells in words; then the cell given and the right
 * places. */
#include <stdio.h>
#include <stdlib.h>

#include "../core/i18n.h"
#include "scr_quiz.h"

void quiz_cell_words(unsigned col, unsigned row, char *out, size_t len)
{
    char cell[8], letter[2] = {(char)('A' + col % 26), 0};
    locate_cell_name(col, row, cell, sizeof cell);
    /* TRANSLATORS: a cell of the grid over a picture, e.g. "C4: column C, row 4". */
    snprintf(out, len, tr("%s: column %s, row %u"), cell, letter, row + 1);
}

/* The frame starts in the middle of the picture; a list of cells at its top. */
static void locate_prepare(QuizScreen *q, const Question *qu)
{
    bool listed = quiz_picture_listed(qu);
    q->grid = (GfxGrid){qu->grid_cols, qu->grid_rows, listed ? 0 : qu->grid_cols / 2,
                        listed ? 0 : qu->grid_rows / 2, true};
    q->sel = q->grid.cur_row * q->grid.cols + q->grid.cur_col;
}

/* The arrows move the frame over the grid, or, with pictures off, go through the list of its
 * cells row by row; Enter answers with the cell either way. */
static void locate_key(QuizScreen *q, Ui *ui, const Question *qu, int key)
{
    GfxGrid *g = &q->grid;
    if (doc_view_page_key(&q->view, key) || q->unanswerable)
        return; /* no grid to point at */
    if (quiz_picture_listed(qu) && key != K_ENTER && key != ' ') {
        unsigned at = g->cur_row * g->cols + g->cur_col;
        if ((key == K_UP || key == 'k' || key == K_LEFT || key == 'h') && at > 0)
            at--;
        else if ((key == K_DOWN || key == 'j' || key == K_RIGHT || key == 'l') &&
                 at + 1 < g->cols * g->rows)
            at++;
        g->cur_col = at % g->cols;
        g->cur_row = at / g->cols;
        q->sel = at;
        q->follow = true;
        return;
    }
    if ((key == K_LEFT || key == 'h') && g->cur_col > 0)
        g->cur_col--;
    else if ((key == K_RIGHT || key == 'l') && g->cur_col + 1 < g->cols)
        g->cur_col++;
    else if ((key == K_UP || key == 'k') && g->cur_row > 0)
        g->cur_row--;
    else if ((key == K_DOWN || key == 'j') && g->cur_row + 1 < g->rows)
        g->cur_row++;
    else if (key == K_ENTER || key == ' ')
        quiz_screen_answer(q, ui);
}

static void locate_hints(const QuizScreen *q, const Question *qu, KeyHints *out)
{
    if (q->unanswerable)
        return;
    if (quiz_picture_listed(qu))
        hints_add(out, hint_arrows(), tr("Move"));
    else
        hints_add(out, hint_all_arrows(), tr("Point"));
    hints_add(out, "Enter", tr("Answer"));
}

/* While asking with pictures off, each cell of the grid in words, one a line (tagged by its
 * place in the list, row by row), for the arrows to go through; the cell pointed at is named on
 * the bottom line while asking. Once answered, that cell and the right places. */
static void locate_view(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                        bool answered)
{
    char cell[8];
    if (q->unanswerable && state != QUIZ_ANSWERED) {
        /* The picture was readable when the quiz opened, and is no longer. */
        doc_text(&q->doc, tr("This picture cannot be shown, so the question cannot be answered. "
                             "Leave the quiz with q: your answers are kept."),
                 width, 0, ROLE_WARNING, -1);
        return;
    }
    if (state == QUIZ_ASKING) {
        if (!quiz_picture_listed(qu))
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
        quiz_view_verdict(&q->doc, &q->verdict, "", width);
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

static bool locate_answer(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out)
{
    (void)ui, (void)qu;
    if (q->unanswerable)
        return false; /* a cell picked without the picture is a guess */
    *out = (QuizAnswer){.shape = ANSWER_CELL, .col = q->grid.cur_col, .row = q->grid.cur_row};
    return true;
}

/* The cell pointed at, in words, first: on this line it is always in view, and read out where
 * the frame over the picture cannot be seen. */
static const char *locate_foot(const QuizScreen *q, const Question *qu, char *buf, size_t len)
{
    if (q->unanswerable)
        return tr("This question cannot be answered without its picture.");
    char cell[96];
    quiz_cell_words(q->grid.cur_col, q->grid.cur_row, cell, sizeof cell);
    snprintf(buf, len,
             quiz_picture_listed(qu) ? tr("Pointing at %s. Up and Down choose; Enter answers.")
                                    : tr("Pointing at %s. Arrows move the frame; Enter answers."),
             cell);
    return buf;
}

static const char *locate_help(const QuizScreen *q, const Question *qu)
{
    (void)q;
    return quiz_picture_listed(qu)
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
}

/* Only the list of cells (pictures off) has a line to highlight. */
static bool locate_highlights(const QuizScreen *q, const Question *qu)
{
    (void)q;
    return quiz_picture_listed(qu);
}

const QuizKindUi quiz_ui_locate = {
    .prepare = locate_prepare, .key = locate_key, .hints = locate_hints, .view = locate_view,
    .answer = locate_answer, .foot = locate_foot, .help = locate_help,
    .highlights = locate_highlights,
};
