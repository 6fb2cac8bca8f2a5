/* The catalog's glossary: the terms every glossary file declares, one id and one name (per
 * language) once across files, and lint's check that a typed answer accepting one name of a term
 * accepts its synonyms too. */
#include "catalog.h"

#include <stdlib.h>
#include <string.h>

static const char *const lang_names[LANG_COUNT] = {"English", "Spanish"};

const Term *catalog_term(const Catalog *c, const char *id, const Glossary **in)
{
    for (size_t f = 0; f < c->n_glossaries; f++) {
        const Term *t = glossary_find(&c->glossaries[f], id);
        if (t) {
            if (in)
                *in = &c->glossaries[f];
            return t;
        }
    }
    return NULL;
}

/* The term of c with a name in lang that folds to folded, and its file; NULL when none. */
static const Term *term_named(const Catalog *c, Lang lang, const char *folded, const char **file)
{
    for (size_t f = 0; f < c->n_glossaries; f++)
        for (size_t i = 0; i < c->glossaries[f].n; i++) {
            const Term *t = &c->glossaries[f].terms[i];
            for (size_t k = 0; k < t->n_names[lang]; k++) {
                char *name = text_fold(t->names[lang][k], 0);
                bool same = strcmp(name, folded) == 0;
                free(name);
                if (same) {
                    *file = c->glossaries[f].file ? c->glossaries[f].file : "another file";
                    return t;
                }
            }
        }
    return NULL;
}

/* Whether term t of file, about to be added, clashes with a term declared in another file
 * (reported). */
static bool clashes(Catalog *c, const char *file, const Term *t)
{
    const Glossary *in = NULL;
    if (catalog_term(c, t->id, &in)) {
        problems_add(&c->problems, file, t->line, PROBLEM_ERROR,
                     "glossary: the term '%s' is already declared in %s", t->id,
                     in && in->file ? in->file : "another file");
        return true;
    }
    for (int l = 0; l < LANG_COUNT; l++)
        for (size_t k = 0; k < t->n_names[l]; k++) {
            char *folded = text_fold(t->names[l][k], 0);
            const char *other_file = NULL;
            const Term *other = term_named(c, (Lang)l, folded, &other_file);
            free(folded);
            if (other) {
                problems_add(&c->problems, file, t->line, PROBLEM_ERROR,
                             "glossary: '%s' (%s) is already a name of the term '%s' in %s",
                             t->names[l][k], lang_names[l], other->id, other_file);
                return true;
            }
        }
    return false;
}

void catalog_add_glossary(Catalog *c, Glossary *g)
{
    const char *file = g->file ? g->file : "?";
    size_t kept = 0;
    for (size_t i = 0; i < g->n; i++) {
        if (clashes(c, file, &g->terms[i]))
            glossary_term_done(&g->terms[i]);
        else
            g->terms[kept++] = g->terms[i];
    }
    g->n = kept;
    c->glossaries = xgrow(c->glossaries, c->n_glossaries, &c->cap_glossaries,
                          sizeof *c->glossaries);
    c->glossaries[c->n_glossaries++] = *g;
    memset(g, 0, sizeof *g);
}

static void note(Catalog *c, const Module *m, int line, char *path, char *const *accepted,
                 size_t n, unsigned match)
{
    if (!n) {
        free(path);
        return;
    }
    c->typed_uses = xgrow(c->typed_uses, c->n_typed_uses, &c->cap_typed_uses,
                          sizeof *c->typed_uses);
    TypedUse *u = &c->typed_uses[c->n_typed_uses++];
    *u = (TypedUse){.file = xstrdup(m->file ? m->file : "?"), .path = path, .line = line,
                    .accepted = xcalloc(n, sizeof *u->accepted), .n_accepted = n, .match = match};
    for (size_t i = 0; i < n; i++)
        u->accepted[i] = xstrdup(accepted[i]);
}

void catalog_note_typed(Catalog *c, const Module *m)
{
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        /* A question a function builds accepts other answers for other seeds. */
        if (q->generated)
            continue;
        if (q->type == QUESTION_TEXT)
            note(c, m, q->line, xasprintf("quiz[%zu].answers", q->quiz_index + 1), q->accepted,
                 q->n_accepted, q->match);
        for (size_t k = 0; q->type == QUESTION_FORM && k < q->n_fields; k++)
            if (q->fields[k].rule == FIELD_TEXT)
                note(c, m, q->line,
                     xasprintf("quiz[%zu].fields[%zu].answers", q->quiz_index + 1, k + 1),
                     q->fields[k].accepted, q->fields[k].n_accepted, q->fields[k].match);
    }
}

/* "a", "a" or "b", "a", "b" or "c": names quoted for a message. */
static void quote_names(StrBuf *b, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            strbuf_puts(b, i + 1 == n ? " or " : ", ");
        strbuf_printf(b, "\"%s\"", names[i]);
    }
}

void catalog_check_synonyms(Catalog *c, ProblemLevel level)
{
    for (size_t u = 0; u < c->n_typed_uses; u++) {
        const TypedUse *use = &c->typed_uses[u];
        for (size_t f = 0; f < c->n_glossaries; f++)
            for (size_t i = 0; i < c->glossaries[f].n; i++) {
                const Term *t = &c->glossaries[f].terms[i];
                for (int l = 0; l < LANG_COUNT; l++) {
                    const char *missing[GLOSSARY_MAX_NAMES];
                    size_t hit;
                    size_t n = glossary_term_missing(t, (Lang)l, use->accepted, use->n_accepted,
                                                  use->match, &hit, missing);
                    if (!n)
                        continue;
                    StrBuf names;
                    strbuf_init(&names);
                    quote_names(&names, missing, n);
                    problems_add(&c->problems, use->file, use->line, level,
                                 "%s: accepts \"%s\" but not %s, the glossary's other name%s "
                                 "for that term ('%s', %s): a trainee typing %s is marked wrong",
                                 use->path, use->accepted[hit], names.s, n == 1 ? "" : "s",
                                 t->id, lang_names[l], n == 1 ? "it" : "one of them");
                    strbuf_done(&names);
                }
            }
    }
}

void catalog_glossary_done(Catalog *c)
{
    for (size_t i = 0; i < c->n_glossaries; i++)
        glossary_done(&c->glossaries[i]);
    free(c->glossaries);
    for (size_t i = 0; i < c->n_typed_uses; i++) {
        TypedUse *u = &c->typed_uses[i];
        free(u->file);
        free(u->path);
        for (size_t k = 0; k < u->n_accepted; k++)
            free(u->accepted[k]);
        free(u->accepted);
    }
    free(c->typed_uses);
}
