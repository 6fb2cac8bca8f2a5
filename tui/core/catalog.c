/* The loaded content: modules that loaded, and the problems found in those that did not. */
#include "catalog.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A new problem at the end of p, its message not set yet. */
static Problem *push(Problems *p, const char *file, int line, ProblemLevel level)
{
    p->items = xgrow(p->items, p->n, &p->cap, sizeof *p->items);
    Problem *it = &p->items[p->n++];
    it->file = xstrdup(file ? file : "?");
    it->line = line;
    it->level = level;
    return it;
}

void problems_add(Problems *p, const char *file, int line, ProblemLevel level, const char *fmt, ...)
{
    Problem *it = push(p, file, line, level);
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&it->message, fmt, ap) < 0)
        it->message = xstrdup("?");
    va_end(ap);
    /* A message may quote module text: keep it to a screenful, cut at a character boundary. */
    size_t len = strlen(it->message);
    if (len > PROBLEM_MAX_MESSAGE) {
        size_t cut = PROBLEM_MAX_MESSAGE;
        while (cut > 0 && ((unsigned char)it->message[cut] & 0xC0) == 0x80)
            cut--;
        memcpy(it->message + cut, "...", 4);
    }
}

size_t problems_count(const Problems *p, ProblemLevel level)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++)
        n += p->items[i].level == level;
    return n;
}

void problems_merge(Problems *into, const Problems *from)
{
    for (size_t i = 0; i < from->n; i++) {
        const Problem *f = &from->items[i];
        bool held = false;
        for (size_t k = 0; k < into->n && !held; k++) {
            const Problem *h = &into->items[k];
            held = h->line == f->line && h->level == f->level && strcmp(h->file, f->file) == 0 &&
                   strcmp(h->message, f->message) == 0;
        }
        if (!held) /* as it is: its message was cut to length already */
            push(into, f->file, f->line, f->level)->message = xstrdup(f->message);
    }
}

void problems_print(const Problems *p, FILE *out)
{
    for (size_t i = 0; i < p->n; i++) {
        const Problem *it = &p->items[i];
        char *file = text_sanitize(it->file, false, true);
        char *msg = text_sanitize(it->message, false, true);
        const char *lvl = it->level == PROBLEM_WARNING ? "warning: " : "";
        if (it->line > 0)
            fprintf(out, "%s:%d: %s%s\n", file, it->line, lvl, msg);
        else
            fprintf(out, "%s: %s%s\n", file, lvl, msg);
        free(file);
        free(msg);
    }
}

void problems_done(Problems *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->items[i].file);
        free(p->items[i].message);
    }
    free(p->items);
    memset(p, 0, sizeof *p);
}

void catalog_init(Catalog *c)
{
    memset(c, 0, sizeof *c);
}

void catalog_done(Catalog *c)
{
    for (size_t i = 0; i < c->n; i++)
        module_free(c->modules[i]);
    free(c->modules);
    for (size_t i = 0; i < c->n_competencies; i++)
        competency_list_done(&c->competencies[i]);
    free(c->competencies);
    for (size_t i = 0; i < c->n_tag_uses; i++) {
        free(c->tag_uses[i].tag);
        free(c->tag_uses[i].file);
    }
    free(c->tag_uses);
    catalog_glossary_done(c);
    for (size_t i = 0; i < c->n_instruments; i++)
        instrument_free(c->instruments[i]);
    free(c->instruments);
    problems_done(&c->problems);
    memset(c, 0, sizeof *c);
}

/* Notes where m's questions first carry each tag (see TagUse). */
static void note_tag_uses(Catalog *c, const Module *m)
{
    size_t first = c->n_tag_uses;
    for (size_t q = 0; q < m->n_questions; q++)
        for (size_t k = 0; k < m->questions[q].n_tags; k++) {
            const char *tag = m->questions[q].tags[k];
            bool seen = false;
            for (size_t i = first; i < c->n_tag_uses && !seen; i++)
                seen = strcmp(c->tag_uses[i].tag, tag) == 0;
            if (seen)
                continue;
            c->tag_uses = xgrow(c->tag_uses, c->n_tag_uses, &c->cap_tag_uses, sizeof *c->tag_uses);
            c->tag_uses[c->n_tag_uses++] =
                (TagUse){xstrdup(tag), xstrdup(m->file ? m->file : "?"), m->questions[q].line,
                         m->questions[q].quiz_index};
        }
}

void catalog_add(Catalog *c, Module *m)
{
    note_tag_uses(c, m);
    catalog_note_typed(c, m);
    if (c->lean)
        module_strip(m);
    c->modules = xgrow(c->modules, c->n, &c->cap, sizeof *c->modules);
    c->modules[c->n++] = m;
}

const Module *catalog_find(const Catalog *c, const char *id)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->modules[i]->id && strcmp(c->modules[i]->id, id) == 0)
            return c->modules[i];
    return NULL;
}

/* How many prerequisites deep module i sits: 0 without any, else one more than its deepest
 * (a loop counts as no deeper; depth[] caches, -1 unknown, -2 being computed). */
static int depth_of(const Catalog *c, size_t i, int *depth)
{
    if (depth[i] >= 0)
        return depth[i];
    if (depth[i] == -2)
        return 0;
    depth[i] = -2;
    int d = 0;
    const Module *m = c->modules[i];
    for (size_t k = 0; k < m->n_requires; k++)
        for (size_t j = 0; j < c->n; j++)
            if (c->modules[j]->id && strcmp(c->modules[j]->id, m->requires[k]) == 0) {
                int dj = depth_of(c, j, depth) + 1;
                if (dj > d)
                    d = dj;
            }
    depth[i] = d;
    return d;
}

typedef struct {
    const Module *m;
    int depth;
} Ranked;

static int by_depth_then_file(const void *a, const void *b)
{
    const Ranked *ra = a, *rb = b;
    if (ra->depth != rb->depth)
        return ra->depth < rb->depth ? -1 : 1;
    return strcmp(ra->m->file ? ra->m->file : "", rb->m->file ? rb->m->file : "");
}

void catalog_sort(Catalog *c)
{
    if (c->n < 2)
        return;
    int *depth = xcalloc(c->n, sizeof *depth);
    Ranked *r = xcalloc(c->n, sizeof *r);
    for (size_t i = 0; i < c->n; i++)
        depth[i] = -1;
    for (size_t i = 0; i < c->n; i++)
        r[i] = (Ranked){c->modules[i], depth_of(c, i, depth)};
    qsort(r, c->n, sizeof *r, by_depth_then_file);
    for (size_t i = 0; i < c->n; i++)
        c->modules[i] = (Module *)r[i].m;
    free(r);
    free(depth);
}

void catalog_check_requires(Catalog *c, ProblemLevel missing_level)
{
    for (size_t i = 0; i < c->n; i++) {
        const Module *m = c->modules[i];
        for (size_t k = 0; k < m->n_requires; k++)
            if (!catalog_find(c, m->requires[k]))
                problems_add(&c->problems, m->file, m->requires_line, missing_level,
                             "requires: no loaded module has the id '%s'", m->requires[k]);
        /* m loops when m can be reached from its own requirements. */
        bool *seen = xcalloc(c->n, sizeof *seen);
        size_t *todo = xcalloc(c->n, sizeof *todo), n_todo = 0;
        bool loops = false;
        todo[n_todo++] = i;
        seen[i] = true;
        while (n_todo && !loops) {
            const Module *top = c->modules[todo[--n_todo]];
            for (size_t k = 0; k < top->n_requires && !loops; k++)
                for (size_t j = 0; j < c->n; j++)
                    if (strcmp(c->modules[j]->id, top->requires[k]) == 0) {
                        loops = j == i;
                        if (!seen[j]) {
                            seen[j] = true;
                            todo[n_todo++] = j;
                        }
                    }
        }
        if (loops)
            problems_add(&c->problems, m->file, m->requires_line, PROBLEM_ERROR,
                         "requires: '%s' ends up requiring itself, so it can never be opened", m->id);
        free(seen);
        free(todo);
    }
}

const char *catalog_title(const Catalog *c, const char *id, Lang lang)
{
    const Module *m = catalog_find(c, id);
    return m ? ltext_get(&m->title, lang) : id;
}

const Competency *catalog_competency(const Catalog *c, const char *tag)
{
    for (size_t f = 0; f < c->n_competencies; f++)
        for (size_t i = 0; i < c->competencies[f].n; i++)
            if (strcmp(c->competencies[f].items[i].id, tag) == 0)
                return &c->competencies[f].items[i];
    return NULL;
}

const char *catalog_competency_title(const Catalog *c, const char *tag, Lang lang)
{
    const Competency *k = catalog_competency(c, tag);
    const char *title = k ? ltext_get(&k->title, lang) : NULL;
    return title && *title ? title : tag;
}

void catalog_add_competencies(Catalog *c, CompetencyList *l)
{
    const char *file = l->file ? l->file : "?";
    size_t kept = 0;
    for (size_t i = 0; i < l->n; i++) {
        Competency *k = &l->items[i];
        const Competency *other = catalog_competency(c, k->id);
        const char *where = NULL;
        for (size_t f = 0; other && f < c->n_competencies && !where; f++)
            if (other >= c->competencies[f].items &&
                other < c->competencies[f].items + c->competencies[f].n)
                where = c->competencies[f].file;
        if (other) {
            problems_add(&c->problems, file, k->line, PROBLEM_ERROR,
                         "competencies: '%s' is already declared in %s", k->id,
                         where ? where : "another file");
            free(k->id);
            ltext_done(&k->title);
        } else {
            l->items[kept++] = *k;
        }
    }
    l->n = kept;
    c->competencies = xgrow(c->competencies, c->n_competencies, &c->cap_competencies,
                            sizeof *c->competencies);
    c->competencies[c->n_competencies++] = *l;
    memset(l, 0, sizeof *l);
}

void catalog_check_competencies(Catalog *c, ProblemLevel level)
{
    for (size_t i = 0; i < c->n_tag_uses; i++) {
        const TagUse *u = &c->tag_uses[i];
        if (!catalog_competency(c, u->tag))
            problems_add(&c->problems, u->file, u->line, level,
                         "quiz[%zu].tags: no competency has the id '%s', so it is shown by its "
                         "id: declare it, with its titles, in competencies { ... }",
                         u->quiz_index + 1, u->tag);
    }
}

void catalog_add_instrument(Catalog *c, Instrument *inst)
{
    for (size_t i = 0; i < c->n_instruments; i++) {
        const Instrument *other = c->instruments[i];
        if (strcmp(other->id, inst->id) == 0 && other->version == inst->version) {
            problems_add(&c->problems, inst->file, inst->id_line, PROBLEM_ERROR,
                         "id: instrument '%s' version %d is already loaded from %s", inst->id,
                         inst->version, other->file ? other->file : "another file");
            instrument_free(inst);
            return;
        }
    }
    c->instruments = xgrow(c->instruments, c->n_instruments, &c->cap_instruments,
                           sizeof *c->instruments);
    c->instruments[c->n_instruments++] = inst;
}

const Instrument *catalog_instrument(const Catalog *c, const char *id, int version)
{
    const Instrument *best = NULL;
    for (size_t i = 0; id && i < c->n_instruments; i++) {
        const Instrument *inst = c->instruments[i];
        if (strcmp(inst->id, id) != 0)
            continue;
        if (version ? inst->version == version : !best || inst->version > best->version)
            best = inst;
    }
    return best;
}
