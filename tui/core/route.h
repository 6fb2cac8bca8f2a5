/* The way a trainee takes through a lesson's pages: the page shown, the pages read before it
 * (so that Back retraces the path actually taken, branches and all), and how long the way is. */
#ifndef RASTRO_ROUTE_H
#define RASTRO_ROUTE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

typedef struct {
    const Module *module; /* not owned; outlives the route */
    size_t page;          /* the page shown; PAGE_END when the module has no pages */
    size_t *trail;        /* pages read before it, oldest first; owned */
    size_t n_trail, cap;
} Route;

typedef enum {
    ROUTE_MOVED,  /* on to another page */
    ROUTE_END,    /* the lesson ends here; the route stays on the page shown */
    ROUTE_CHOOSE, /* nothing happened: the page leads on only through its choices */
} RouteStep;

/* Starts on the first page of m. */
void route_init(Route *r, const Module *m);
void route_done(Route *r);

/* Goes on from a page without choices to its next page. */
RouteStep route_next(Route *r);
/* Takes choice c (0-based) of the page shown: ROUTE_MOVED or ROUTE_END; ROUTE_CHOOSE when the page
 * has no choice c. */
RouteStep route_choose(Route *r, size_t c);
/* Returns to the page read before the one shown; false (nothing happens) on the first page. */
bool route_back(Route *r);

/* The place of the page shown on the path taken, from 1: pages read before it, plus one. */
size_t route_position(const Route *r);
/* How many pages the way through the lesson has: the path taken so far, plus the most pages the
 * lesson can still lead through from here. A way that leads back round to a page already on the
 * way ahead is not followed, so the count is finite and takes time linear in the pages. For a
 * lesson without branches this is its number of pages: "Page 2 of 5" as before. */
size_t route_length(const Route *r);

/* The path taken, to be kept: page numbers from the first to the one shown (caller frees). */
char *route_save(const Route *r);
/* Puts r back on a path made by route_save; false (r unchanged) when it does not fit the
 * module's pages. */
bool route_restore(Route *r, const char *saved);

/* The most pages the lesson can still show after page `from` (0 when it ends there). */
size_t route_pages_ahead(const Module *m, size_t from);

#endif
