/* Prerequisites: a module opens once every module it requires is passed by the trainee. */
#include "prereq.h"

#include <string.h>

bool prereq_passed(const Module *m, double best_pct)
{
    if (m->n_questions == 0)
        return true;
    /* Scores are stored as 100 * score / max: allow for the rounding of a score exactly on the
     * mark (e.g. 7 of 10 against 70%). */
    return best_pct >= 0 && best_pct + 1e-9 >= m->settings.pass;
}

const char *prereq_blocking(const Catalog *c, const Module *m, const double *best_pct)
{
    for (size_t k = 0; k < m->n_requires; k++) {
        const char *id = m->requires[k];
        size_t i = 0;
        while (i < c->n && !(c->modules[i]->id && strcmp(c->modules[i]->id, id) == 0))
            i++;
        if (i == c->n || !prereq_passed(c->modules[i], best_pct[i]))
            return id;
    }
    return NULL;
}
