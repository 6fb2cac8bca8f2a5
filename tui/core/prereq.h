/* Prerequisites: whether a trainee may open a module, given their best passing scores. */
#ifndef RASTRO_PREREQ_H
#define RASTRO_PREREQ_H

#include <stdbool.h>

#include "catalog.h"

/* True when best_pct, the trainee's best score in an attempt at m that passes by the pass rule
 * (pass.h; -1: none), passes module m: it reaches m's pass mark (settings.pass). A module without
 * a quiz has nothing to pass and counts as passed. */
bool prereq_passed(const Module *m, double best_pct);

/* The first module that m requires and the trainee has not yet passed, or NULL when m is open to
 * them. best_pct[i] is the trainee's best score in c->modules[i] in an attempt that passes by the
 * pass rule (ModuleResult.passed_pct), in percent, -1 when none. The
 * result is the id as written in m->requires (owned by m); when no module in c has that id, it can
 * never be passed (catalog_check_requires reports it). */
const char *prereq_blocking(const Catalog *c, const Module *m, const double *best_pct);

#endif
