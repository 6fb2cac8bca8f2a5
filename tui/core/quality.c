/* Lint's review of how choice questions are written: a right option that is the longest in most
 * of a module's questions, or that repeats a word of the prompt no other option repeats, lets a
 * trainee who does not know the answer find it anyway. */
#include "quality.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const lang_names[LANG_COUNT] = {"English", "Spanish"};

/* Words of QUALITY_MIN_WORD letters or more that carry no content, folded (no accents). */
static const char *const common_words[] = {
    "which", "where", "whose", "there", "these", "those", "their", "about", "would", "could",
    "should", "other", "others", "after", "before", "under", "being", "while", "through",
    "without", "within", "because", "every", "might", "shall", "again", "among", "between",
    "during", "below", "above",
    "cuales", "donde", "sobre", "entre", "desde", "hasta", "segun", "porque", "cuando", "tiene",
    "tienen", "puede", "pueden", "debe", "deben", "estos", "estas", "otros", "otras", "quien",
    "quienes", "mismo", "misma", "todos", "todas", "antes", "despues", "durante", "siempre",
    "nunca", "cuanto", "cuanta", "cuantos", "cuantas", "tambien", "ademas", "aunque",
    "mientras", "entonces", "alguna", "alguno", "algunas", "algunos", "ninguna", "ninguno",
};

static bool is_common(const char *w)
{
    for (size_t i = 0; i < sizeof common_words / sizeof common_words[0]; i++)
        if (strcmp(common_words[i], w) == 0)
            return true;
    return false;
}

/* A letter of a folded text: ASCII letters, and any character past ASCII (letters of other
 * scripts, and the few Latin ones folding keeps). */
static bool is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The content words of text, folded, each once: a NULL-terminated array of owned strings. */
static char **content_words(const char *text)
{
    char *f = text_fold(text, 0);
    size_t n = 0, cap = 0;
    char **words = NULL;
    for (const char *p = f; *p;) {
        if (!is_letter((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *start = p;
        size_t letters = 0;
        for (; *p && is_letter((unsigned char)*p); p++)
            letters += ((unsigned char)*p & 0xC0) != 0x80;
        char *w = xstrndup(start, (size_t)(p - start));
        bool dup = false;
        for (size_t i = 0; i < n && !dup; i++)
            dup = strcmp(words[i], w) == 0;
        if (letters < QUALITY_MIN_WORD || dup || is_common(w)) {
            free(w);
            continue;
        }
        words = xgrow(words, n, &cap, sizeof *words);
        words[n++] = w;
    }
    words = xgrow(words, n, &cap, sizeof *words);
    words[n] = NULL;
    free(f);
    return words;
}

static void words_free(char **w)
{
    for (size_t i = 0; w && w[i]; i++)
        free(w[i]);
    free(w);
}

static bool words_have(char *const *w, const char *word)
{
    for (size_t i = 0; w[i]; i++)
        if (strcmp(w[i], word) == 0)
            return true;
    return false;
}

/* The content word of prompt that option repeats and none of others[0..n) does, into word (size
 * bytes, folded); false when there is none. */
static bool repeated_word(const char *prompt, const char *option, const char *const *others,
                          size_t n, char *word, size_t size)
{
    char **in_prompt = content_words(prompt), **in_option = content_words(option);
    char ***in_others = xcalloc(n ? n : 1, sizeof *in_others);
    for (size_t k = 0; k < n; k++)
        in_others[k] = content_words(others[k]);
    bool found = false;
    for (size_t i = 0; in_option[i] && !found; i++) {
        if (!words_have(in_prompt, in_option[i]))
            continue;
        bool shared = false;
        for (size_t k = 0; k < n && !shared; k++)
            shared = words_have(in_others[k], in_option[i]);
        if (!shared) {
            found = true;
            snprintf(word, size, "%s", in_option[i]);
        }
    }
    for (size_t k = 0; k < n; k++)
        words_free(in_others[k]);
    free(in_others);
    words_free(in_prompt);
    words_free(in_option);
    return found;
}

/* The choice questions the checks judge. */
static bool judged(const Question *q)
{
    return q->type == QUESTION_CHOICE && !q->generated && q->n_options >= 2 &&
           q->answer < q->n_options;
}

/* Whether q's right option, in lang, is wider than each of the others. */
static bool key_longest(const Question *q, Lang lang)
{
    int key = text_width(ltext_get(&q->options[q->answer], lang));
    for (size_t k = 0; k < q->n_options; k++)
        if (k != q->answer && text_width(ltext_get(&q->options[k], lang)) >= key)
            return false;
    return true;
}

/* Questions named in the longest-option warning; the rest are counted. */
#define NAMED_QUESTIONS 6

static void check_longest(const Module *m, Problems *probs)
{
    size_t n = 0, longest[LANG_COUNT] = {0}, named = 0, more = 0;
    int line = 0;
    StrBuf ids;
    strbuf_init(&ids);
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (!judged(q))
            continue;
        if (!n++)
            line = q->line;
        bool any = false;
        for (int l = 0; l < LANG_COUNT; l++)
            if (key_longest(q, (Lang)l)) {
                longest[l]++;
                any = true;
            }
        if (any && named < NAMED_QUESTIONS)
            strbuf_printf(&ids, "%s%s", named++ ? ", " : "", q->id ? q->id : "?");
        else if (any)
            more++;
    }
    if (n < QUALITY_MIN_CHOICES || (longest[LANG_EN] * 2 <= n && longest[LANG_ES] * 2 <= n)) {
        strbuf_done(&ids);
        return;
    }
    StrBuf counts;
    strbuf_init(&counts);
    if (longest[LANG_EN] == longest[LANG_ES])
        strbuf_printf(&counts, "%zu of %zu choice questions, in English and in Spanish",
                      longest[LANG_EN], n);
    for (int l = 0; l < LANG_COUNT && longest[LANG_EN] != longest[LANG_ES]; l++)
        if (longest[l] * 2 > n)
            strbuf_printf(&counts, "%s%zu of %zu choice questions in %s", counts.len ? " and " : "",
                          longest[l], n, lang_names[l]);
    if (more)
        strbuf_printf(&ids, " and %zu more", more);
    problems_add(probs, m->file, line, PROBLEM_WARNING,
                 "quiz: the right option is the longest in %s (%s): a trainee who picks the "
                 "longest option passes without knowing; make a wrong option the longest in some",
                 counts.s, ids.s);
    strbuf_done(&counts);
    strbuf_done(&ids);
}

static void check_repeated(const Module *m, Problems *probs)
{
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (!judged(q))
            continue;
        StrBuf found;
        strbuf_init(&found);
        char first[128] = "";
        for (int l = 0; l < LANG_COUNT; l++) {
            const char *others[QUESTION_MAX_OPTIONS];
            size_t n = 0;
            for (size_t k = 0; k < q->n_options && n < QUESTION_MAX_OPTIONS; k++)
                if (k != q->answer)
                    others[n++] = ltext_get(&q->options[k], (Lang)l);
            char word[128];
            if (repeated_word(ltext_get(&q->prompt, (Lang)l),
                              ltext_get(&q->options[q->answer], (Lang)l), others, n, word,
                              sizeof word) &&
                strcmp(word, first) != 0) /* the same text in both languages: said once */
                strbuf_printf(&found, "%s\"%s\" (%s)", found.len ? " and " : "", word,
                              lang_names[l]);
            if (l == LANG_EN)
                snprintf(first, sizeof first, "%s", found.len ? word : "");
        }
        if (found.len)
            problems_add(probs, m->file, q->line, PROBLEM_WARNING,
                         "quiz[%zu].options[%zu]: the right option repeats %s from the prompt "
                         "and no other option does: the words alone point to it; use the word "
                         "in a wrong option too, or reword",
                         q->quiz_index + 1, q->answer + 1, found.s);
        strbuf_done(&found);
    }
}

void quality_check_module(const Module *m, Problems *probs)
{
    check_longest(m, probs);
    check_repeated(m, probs);
}
