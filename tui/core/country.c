/* ISO 3166-1 countries (the 249 officially assigned codes) and their names. */
#include "country.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const Country countries[] = {
#include "country_table.inc"
};
#define N_COUNTRIES (sizeof countries / sizeof countries[0])

const Country *country_find(const char *code)
{
    if (!code || strlen(code) != 2 || !isalpha((unsigned char)code[0]) ||
        !isalpha((unsigned char)code[1]))
        return NULL;
    char up[3] = {(char)toupper((unsigned char)code[0]), (char)toupper((unsigned char)code[1]), 0};
    size_t lo = 0, hi = N_COUNTRIES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(countries[mid].code, up);
        if (c == 0)
            return &countries[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

bool country_valid(const char *code, char out[3])
{
    const Country *c = country_find(code);
    if (c && out)
        memcpy(out, c->code, 3);
    return c != NULL;
}

const char *country_name(const char *code, Lang lang)
{
    const Country *c = country_find(code);
    if (!c)
        return code ? code : "";
    return lang == LANG_ES ? c->es : c->en;
}

/* Whether every word of the folded query starts a word of the folded name. */
static bool words_match(const char *query, const char *name)
{
    for (const char *q = query; *q;) {
        size_t qn = strcspn(q, " ");
        bool found = false;
        for (const char *w = name; *w && !found;) {
            while (*w && !isalnum((unsigned char)*w))
                w++;
            found = *w && strncmp(w, q, qn) == 0;
            while (isalnum((unsigned char)*w))
                w++;
        }
        if (!found)
            return false;
        q += qn;
        while (*q == ' ')
            q++;
    }
    return true;
}

typedef struct {
    const Country *c;
    int rank; /* 0: the code, 1: a name starts with the query, 2: a word does */
    char *key; /* folded name in the language shown, for the order */
} Hit;

static int hit_cmp(const void *a, const void *b)
{
    const Hit *x = a, *y = b;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    return strcmp(x->key, y->key);
}

size_t country_search(const char *query, Lang lang, const Country **out, size_t max)
{
    char *q = text_fold(query ? query : "", 0);
    /* Punctuation in the query counts as a space: "guinea-bissau", "rep. dom." */
    for (char *p = q; *p; p++)
        if (!isalnum((unsigned char)*p) && !((unsigned char)*p & 0x80))
            *p = ' ';
    char *tidy = text_fold(q, 0);
    free(q);
    Hit *hits = xcalloc(N_COUNTRIES, sizeof *hits);
    size_t n = 0;
    for (size_t i = 0; i < N_COUNTRIES; i++) {
        const Country *c = &countries[i];
        char *en = text_fold(c->en, 0), *es = text_fold(c->es, 0);
        int rank = -1;
        if (strlen(tidy) == 2 && tolower((unsigned char)c->code[0]) == tidy[0] &&
            tolower((unsigned char)c->code[1]) == tidy[1])
            rank = 0;
        else if (!strncmp(en, tidy, strlen(tidy)) || !strncmp(es, tidy, strlen(tidy)))
            rank = 1;
        else if (words_match(tidy, en) || words_match(tidy, es))
            rank = 2;
        if (rank >= 0) {
            hits[n].c = c;
            hits[n].rank = rank;
            hits[n].key = lang == LANG_ES ? es : en;
            n++;
            free(lang == LANG_ES ? en : es);
        } else {
            free(en);
            free(es);
        }
    }
    qsort(hits, n, sizeof *hits, hit_cmp);
    for (size_t i = 0; i < n; i++) {
        if (i < max)
            out[i] = hits[i].c;
        free(hits[i].key);
    }
    free(hits);
    free(tidy);
    return n;
}
