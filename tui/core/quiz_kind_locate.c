/* The locate kind in core: a place on the question's picture, pointed at as a cell of the grid
 * laid over it, right when the cell covers one of the regions (locate_cell_right, model.c);
 * stored as the cell's name, described as "cell C4". */
#include "quiz_kind.h"

#include "i18n.h"

#include <stdio.h>

static bool judge_locate(const QuizRun *run, const Question *q, const QuizAnswer *a,
                         StrBuf *response, Verdict *v, FieldCheck **checks, char *err,
                         size_t errlen)
{
    (void)run, (void)checks;
    if (a->col >= q->grid_cols || a->row >= q->grid_rows) {
        snprintf(err, errlen, "no such place on the grid");
        return false;
    }
    char cell[8];
    locate_cell_name(a->col, a->row, cell, sizeof cell);
    strbuf_puts(response, cell);
    *v = quiz_verdict_whole(q, locate_cell_right(q, a->col, a->row));
    return true;
}

/* A grid the trainee can point at, over a picture whose size was read, and some right place. */
static bool valid_locate(const Question *q)
{
    return q->n_regions > 0 && q->n_regions <= LOCATE_MAX_REGIONS && q->grid_cols &&
           q->grid_rows && q->grid_cols <= LOCATE_MAX_GRID && q->grid_rows <= LOCATE_MAX_GRID &&
           q->pic_w && q->pic_h;
}

/* Words of its own ("cell C4") are in the interface language (tr), which the instructor's
 * screen shows lang in. */
static bool describe_locate(const Question *q, const char *r, Lang lang, bool utf8, StrBuf *b)
{
    (void)lang, (void)utf8;
    unsigned col, row;
    if (!locate_parse_cell(q, r, &col, &row))
        return false;
    char cell[8];
    locate_cell_name(col, row, cell, sizeof cell);
    /* TRANSLATORS: where a trainee pointed on a picture's grid, e.g. "cell C4". */
    strbuf_printf(b, tr("cell %s"), cell);
    return true;
}

/* The cells that cover a right place, in reading order. */
static void right_locate(const Question *q, Lang lang, bool utf8, StrBuf *b)
{
    (void)lang, (void)utf8;
    StrBuf list;
    strbuf_init(&list);
    unsigned n = 0;
    for (unsigned r = 0; r < q->grid_rows; r++)
        for (unsigned c = 0; c < q->grid_cols; c++)
            if (locate_cell_right(q, c, r)) {
                char cell[8];
                locate_cell_name(c, r, cell, sizeof cell);
                strbuf_printf(&list, "%s%s", n++ ? ", " : "", cell);
            }
    if (n == 1)
        strbuf_printf(b, tr("cell %s"), list.s);
    else if (n)
        /* TRANSLATORS: the right places on a picture's grid, e.g. "any of cells B2, C2". */
        strbuf_printf(b, tr("any of cells %s"), list.s);
    strbuf_done(&list);
}

const QuizKind quiz_kind_locate = {.valid = valid_locate, .judge = judge_locate,
                                   .describe = describe_locate, .right = right_locate,
                                   .parts = quiz_parts_whole};
