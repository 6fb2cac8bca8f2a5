/* The way a trainee takes through a lesson's pages: a trail of the pages read, so Back retraces
 * the path actually taken, and the length of the longest way on from the page shown. */
#include "route.h"

#include <stdlib.h>
#include <string.h>

void route_init(Route *r, const Module *m)
{
    memset(r, 0, sizeof *r);
    r->module = m;
    r->page = m->n_pages ? 0 : PAGE_END;
}

void route_done(Route *r)
{
    free(r->trail);
    memset(r, 0, sizeof *r);
}

/* Moves to page to (an index, PAGE_END, or out of range, which ends the lesson as well: the
 * loader reports such links, this only keeps a bad one from being followed). */
static RouteStep go(Route *r, size_t to)
{
    if (to == PAGE_END || to >= r->module->n_pages)
        return ROUTE_END;
    r->trail = xgrow(r->trail, r->n_trail, &r->cap, sizeof *r->trail);
    r->trail[r->n_trail++] = r->page;
    r->page = to;
    return ROUTE_MOVED;
}

RouteStep route_next(Route *r)
{
    if (r->page == PAGE_END)
        return ROUTE_END;
    const Page *p = &r->module->pages[r->page];
    return p->n_choices ? ROUTE_CHOOSE : go(r, p->next);
}

RouteStep route_choose(Route *r, size_t c)
{
    if (r->page == PAGE_END)
        return ROUTE_END;
    const Page *p = &r->module->pages[r->page];
    return c < p->n_choices ? go(r, p->choices[c].page) : ROUTE_CHOOSE;
}

bool route_back(Route *r)
{
    if (r->n_trail == 0)
        return false;
    r->page = r->trail[--r->n_trail];
    return true;
}

size_t route_position(const Route *r)
{
    return r->n_trail + 1;
}

/* The e-th way on from page p (its choices, else its next page); false past the last. */
static bool way_on(const Page *p, size_t e, size_t *to)
{
    if (p->n_choices) {
        if (e >= p->n_choices)
            return false;
        *to = p->choices[e].page;
        return true;
    }
    if (e > 0)
        return false;
    *to = p->next;
    return true;
}

size_t route_pages_ahead(const Module *m, size_t from)
{
    size_t n = m->n_pages;
    if (from >= n)
        return 0;
    /* Depth-first from `from`; a way to a page still on the stack goes round a loop and is not
     * followed, so what is left is acyclic and each page's longest way on is known when it is
     * left. Each page is entered once: linear in pages and ways. */
    enum { UNSEEN, OPEN, DONE };
    unsigned char *state = xcalloc(n, 1);
    size_t *ahead = xcalloc(n, sizeof *ahead);
    struct Frame {
        size_t page, way;
    } *stack = xcalloc(n, sizeof *stack);
    size_t depth = 0;
    stack[depth++] = (struct Frame){from, 0};
    state[from] = OPEN;
    while (depth) {
        struct Frame *f = &stack[depth - 1];
        size_t to;
        if (way_on(&m->pages[f->page], f->way, &to)) {
            f->way++;
            if (to >= n)
                continue; /* the end of the lesson */
            if (state[to] == UNSEEN) {
                state[to] = OPEN;
                stack[depth++] = (struct Frame){to, 0};
            } else if (state[to] == DONE && ahead[to] + 1 > ahead[f->page]) {
                ahead[f->page] = ahead[to] + 1;
            }
            continue;
        }
        size_t page = f->page;
        state[page] = DONE;
        depth--;
        if (depth && ahead[page] + 1 > ahead[stack[depth - 1].page])
            ahead[stack[depth - 1].page] = ahead[page] + 1;
    }
    size_t result = ahead[from];
    free(state);
    free(ahead);
    free(stack);
    return result;
}

size_t route_length(const Route *r)
{
    return route_position(r) + route_pages_ahead(r->module, r->page);
}

char *route_save(const Route *r)
{
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0; i < r->n_trail; i++)
        strbuf_printf(&b, "%zu ", r->trail[i]);
    strbuf_printf(&b, "%zu", r->page);
    return strbuf_take(&b);
}

bool route_restore(Route *r, const char *saved)
{
    size_t pages[512], n = 0;
    const char *p = saved;
    while (*p) {
        char *end;
        unsigned long v = strtoul(p, &end, 10);
        if (end == p || v >= r->module->n_pages || n == sizeof pages / sizeof pages[0])
            return false;
        pages[n++] = (size_t)v;
        p = end;
        while (*p == ' ')
            p++;
    }
    if (!n)
        return false;
    r->n_trail = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        r->trail = xgrow(r->trail, r->n_trail, &r->cap, sizeof *r->trail);
        r->trail[r->n_trail++] = pages[i];
    }
    r->page = pages[n - 1];
    return true;
}
