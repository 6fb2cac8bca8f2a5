/* The glossary's terms: freeing them, finding one, searching them as a trainee types, and
 * comparing a typed answer's accepted answers with a term's names. */
#include "glossary.h"

#include <stdlib.h>
#include <string.h>

void glossary_term_done(Term *t)
{
    free(t->id);
    for (int l = 0; l < LANG_COUNT; l++) {
        for (size_t i = 0; i < t->n_names[l]; i++)
            free(t->names[l][i]);
        free(t->names[l]);
    }
    ltext_done(&t->define);
    source_refs_done(&t->sources);
    for (size_t i = 0; i < t->n_see; i++)
        free(t->see[i]);
    free(t->see);
    memset(t, 0, sizeof *t);
}

void glossary_done(Glossary *g)
{
    for (size_t i = 0; i < g->n; i++)
        glossary_term_done(&g->terms[i]);
    free(g->terms);
    for (size_t i = 0; i < g->n_sources; i++) {
        free(g->sources[i].key);
        free(g->sources[i].text);
    }
    free(g->sources);
    free(g->file);
    memset(g, 0, sizeof *g);
}

const Term *glossary_find(const Glossary *g, const char *id)
{
    for (size_t i = 0; i < g->n; i++)
        if (g->terms[i].id && strcmp(g->terms[i].id, id) == 0)
            return &g->terms[i];
    return NULL;
}

const char *glossary_source(const Glossary *g, const char *key)
{
    for (size_t i = 0; i < g->n_sources; i++)
        if (strcmp(g->sources[i].key, key) == 0)
            return g->sources[i].text;
    return NULL;
}

/* Where folded_query is in name once folded: 0 it is the whole name, 1 at its start, 2 where
 * another word of it begins, 3 inside a word, -1 not at all. */
static int name_rank(const char *name, const char *folded_query)
{
    char *f = text_fold(name, 0);
    int rank = strcmp(f, folded_query) == 0 ? 0 : -1;
    for (const char *p = f; rank < 0 || rank > 1; p++) {
        if (!(p = strstr(p, folded_query)))
            break;
        int r = p == f ? 1 : strchr(" -(./", p[-1]) ? 2 : 3;
        if (rank < 0 || r < rank)
            rank = r;
        if (!*p)
            break;
    }
    free(f);
    return rank;
}

int glossary_term_rank(const Term *t, const char *folded_query, Lang lang, const char **matched)
{
    if (matched)
        *matched = NULL;
    if (!*folded_query)
        return 0;
    int best = -1;
    for (int l = 0; l < LANG_COUNT; l++)
        for (size_t i = 0; i < t->n_names[l]; i++) {
            int r = name_rank(t->names[l][i], folded_query);
            if (r < 0)
                continue;
            r = (l == (int)lang ? 0 : 8) + 2 * r + (i == 0 ? 0 : 1);
            if (best < 0 || r < best) {
                best = r;
                if (matched)
                    *matched = l == (int)lang && i == 0 ? NULL : t->names[l][i];
            }
        }
    return best;
}

int glossary_term_compare(const Term *a, const Term *b, Lang lang)
{
    const char *na = a->n_names[lang] ? a->names[lang][0] : a->id;
    const char *nb = b->n_names[lang] ? b->names[lang][0] : b->id;
    char *fa = text_fold(na ? na : "", 0), *fb = text_fold(nb ? nb : "", 0);
    int c = strcmp(fa, fb);
    free(fa);
    free(fb);
    return c;
}

size_t glossary_term_missing(const Term *t, Lang lang, char *const *accepted, size_t n,
                          unsigned match, size_t *hit, const char *missing[GLOSSARY_MAX_NAMES])
{
    size_t n_names = t->n_names[lang], n_missing = 0;
    char **folded = xcalloc(n ? n : 1, sizeof *folded);
    for (size_t k = 0; k < n; k++)
        folded[k] = text_fold(accepted[k], match);
    *hit = n;
    bool *found = xcalloc(n_names ? n_names : 1, sizeof *found);
    for (size_t i = 0; i < n_names; i++) {
        char *name = text_fold(t->names[lang][i], match);
        for (size_t k = 0; k < n && !found[i]; k++)
            if (strcmp(folded[k], name) == 0) {
                found[i] = true;
                if (k < *hit)
                    *hit = k;
            }
        free(name);
    }
    for (size_t i = 0; *hit < n && i < n_names && n_missing < GLOSSARY_MAX_NAMES; i++)
        if (!found[i])
            missing[n_missing++] = t->names[lang][i];
    for (size_t k = 0; k < n; k++)
        free(folded[k]);
    free(folded);
    free(found);
    return n_missing;
}
