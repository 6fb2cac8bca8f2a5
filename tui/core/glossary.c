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

/* Whether folded_query is part of name once folded. */
static bool name_has(const char *name, const char *folded_query)
{
    char *f = text_fold(name, 0);
    bool has = strstr(f, folded_query) != NULL;
    free(f);
    return has;
}

bool glossary_term_matches(const Term *t, const char *folded_query, Lang lang, const char **matched)
{
    if (matched)
        *matched = NULL;
    if (!*folded_query)
        return true;
    /* The language shown first, its preferred name before its synonyms: what is reported as
     * matched is the name the trainee most likely meant. */
    for (int k = 0; k < LANG_COUNT; k++) {
        int l = k == 0 ? (int)lang : k <= (int)lang ? k - 1 : k;
        for (size_t i = 0; i < t->n_names[l]; i++)
            if (name_has(t->names[l][i], folded_query)) {
                if (matched && (l != (int)lang || i > 0))
                    *matched = t->names[l][i];
                return true;
            }
    }
    return false;
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
