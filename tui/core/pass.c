/* The pass rule: the pass mark, questions that must be right, and marks per tag (see pass.h). */
#include "pass.h"

#include <stdlib.h>
#include <string.h>

/* True when a score of pct percent reaches the pass mark of settings s (allowing for the rounding
 * of a score exactly on it, e.g. 7 of 10 against 70%). */
static bool pass_mark_reached(const QuizSettings *s, double pct)
{
    return pct + 1e-9 >= s->pass;
}

bool pass_counts(const Module *m, AttemptMode mode)
{
    return mode != ATTEMPT_REVIEW && (mode == ATTEMPT_EXAM || !module_has_exam(m));
}

/* A tag's rule: the share of the marks earned by the questions asked that carry tag, in
 * percent; *asked false when none did. */
static double tag_pct(const Module *m, const PassAnswer *answers, size_t n, const char *tag,
                      bool *asked)
{
    double score = 0, max = 0;
    *asked = false;
    for (size_t i = 0; i < n; i++) {
        const Question *q = module_question(m, answers[i].question_id);
        if (!q || !question_has_tag(q, tag))
            continue;
        *asked = true;
        score += answers[i].answered ? answers[i].score : 0;
        max += answers[i].max;
    }
    return max > 0 ? 100.0 * score / max : 0;
}

void pass_judge(const Module *m, const QuizSettings *s, const PassAnswer *answers, size_t n,
                double score, double max, PassResult *out)
{
    memset(out, 0, sizeof *out);
    out->pct = max > 0 ? 100.0 * score / max : 0;
    out->below_mark = !pass_mark_reached(s, out->pct);
    size_t cap_missed = 0, cap_short = 0;
    for (size_t i = 0; i < n; i++) {
        const Question *q = module_question(m, answers[i].question_id);
        if (q && q->critical && !(answers[i].answered && answers[i].correct)) {
            out->missed = xgrow(out->missed, out->n_missed, &cap_missed, sizeof *out->missed);
            out->missed[out->n_missed++] = i;
        }
    }
    for (size_t t = 0; t < s->n_pass_by_tag; t++) {
        bool asked;
        double pct = tag_pct(m, answers, n, s->pass_by_tag[t].tag, &asked);
        if (!asked || pct + 1e-9 >= s->pass_by_tag[t].pass)
            continue;
        out->short_tags = xgrow(out->short_tags, out->n_short_tags, &cap_short,
                                sizeof *out->short_tags);
        out->short_tags[out->n_short_tags++] =
            (PassShortfall){s->pass_by_tag[t].tag, pct, s->pass_by_tag[t].pass};
    }
    out->passed = !out->below_mark && !out->n_missed && !out->n_short_tags;
}

void pass_result_done(PassResult *r)
{
    free(r->missed);
    free(r->short_tags);
    memset(r, 0, sizeof *r);
}
