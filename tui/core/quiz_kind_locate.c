/* The locate kind in core: a place on the question's picture, pointed at as a cell of the grid
 * laid over it, right when the cell covers one of the regions (locate_cell_right, model.c). */
#include "quiz_kind.h"

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

const QuizKind quiz_kind_locate = {valid_locate, judge_locate};
