/* A byte stream for a loaded module and its problems: length-prefixed strings and 32-bit
 * little-endian numbers, read back with every length checked. */
#include "model_io.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[8] = "RMOD\x01\0\0\0";
#define NO_STRING UINT32_MAX

static void put_u32(StrBuf *b, uint32_t v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    strbuf_append(b, (const char *)x, 4);
}

static void put_str(StrBuf *b, const char *s)
{
    if (!s) {
        put_u32(b, NO_STRING);
        return;
    }
    size_t n = strlen(s);
    put_u32(b, (uint32_t)n);
    strbuf_append(b, s, n);
}

static void put_ltext(StrBuf *b, const LText *t)
{
    for (int l = 0; l < LANG_COUNT; l++)
        put_str(b, t->s[l]);
}

static void put_refs(StrBuf *b, const SourceRefs *r)
{
    put_u32(b, (uint32_t)r->n);
    for (size_t i = 0; i < r->n; i++)
        put_str(b, r->keys[i]);
}

void modelio_write(StrBuf *out, const Module *m, const Problems *p)
{
    strbuf_append(out, MAGIC, sizeof MAGIC);
    put_u32(out, (uint32_t)p->n);
    for (size_t i = 0; i < p->n; i++) {
        put_str(out, p->items[i].file);
        put_u32(out, (uint32_t)p->items[i].line);
        put_u32(out, (uint32_t)p->items[i].level);
        put_str(out, p->items[i].message);
    }
    put_u32(out, m != NULL);
    if (!m)
        return;
    put_str(out, m->id);
    put_u32(out, (uint32_t)m->version);
    put_str(out, m->file);
    put_ltext(out, &m->title);
    put_ltext(out, &m->summary);
    put_u32(out, (uint32_t)m->n_sources);
    for (size_t i = 0; i < m->n_sources; i++) {
        put_str(out, m->sources[i].key);
        put_str(out, m->sources[i].text);
    }
    put_u32(out, (uint32_t)m->n_pages);
    for (size_t i = 0; i < m->n_pages; i++) {
        const Page *pg = &m->pages[i];
        put_ltext(out, &pg->title);
        put_ltext(out, &pg->text);
        put_refs(out, &pg->sources);
        put_u32(out, (uint32_t)pg->line);
    }
    put_u32(out, (uint32_t)m->n_questions);
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        put_str(out, q->id);
        put_u32(out, (uint32_t)q->type);
        put_ltext(out, &q->prompt);
        put_u32(out, (uint32_t)q->n_options);
        for (size_t k = 0; k < q->n_options; k++)
            put_ltext(out, &q->options[k]);
        put_u32(out, (uint32_t)q->answer);
        put_u32(out, q->answers);
        put_u32(out, q->negative);
        put_u32(out, q->match);
        put_ltext(out, &q->model_answer);
        char num[64];
        snprintf(num, sizeof num, "%.17g", q->value);
        put_str(out, num);
        snprintf(num, sizeof num, "%.17g", q->tolerance);
        put_str(out, num);
        put_str(out, q->unit);
        put_u32(out, (uint32_t)q->n_right);
        for (size_t k = 0; k < q->n_right; k++)
            put_ltext(out, &q->right[k]);
        put_u32(out, (uint32_t)q->n_accepted);
        for (size_t k = 0; k < q->n_accepted; k++)
            put_str(out, q->accepted[k]);
        put_ltext(out, &q->explain);
        put_refs(out, &q->sources);
        put_u32(out, (uint32_t)q->line);
    }
}

typedef struct {
    const unsigned char *p;
    size_t left;
    bool ok;
} Reader;

static uint32_t get_u32(Reader *r)
{
    if (!r->ok || r->left < 4) {
        r->ok = false;
        return 0;
    }
    uint32_t v = (uint32_t)r->p[0] | (uint32_t)r->p[1] << 8 | (uint32_t)r->p[2] << 16 |
                 (uint32_t)r->p[3] << 24;
    r->p += 4;
    r->left -= 4;
    return v;
}

/* A count of items that each take at least min_bytes: bounded by what is left to read. */
static size_t get_count(Reader *r, size_t min_bytes)
{
    uint32_t n = get_u32(r);
    if (r->ok && (size_t)n > r->left / min_bytes)
        r->ok = false;
    return r->ok ? n : 0;
}

/* An owned string or NULL (for NO_STRING or on error; check r->ok). */
static char *get_str(Reader *r)
{
    uint32_t n = get_u32(r);
    if (!r->ok || n == NO_STRING)
        return NULL;
    if (n > r->left || memchr(r->p, '\0', n)) {
        r->ok = false;
        return NULL;
    }
    char *s = xstrndup((const char *)r->p, n);
    r->p += n;
    r->left -= n;
    return s;
}

static void get_ltext(Reader *r, LText *t)
{
    for (int l = 0; l < LANG_COUNT; l++)
        t->s[l] = get_str(r);
}

static void get_refs(Reader *r, SourceRefs *refs)
{
    refs->n = 0;
    size_t n = get_count(r, 4);
    refs->keys = n ? xcalloc(n, sizeof *refs->keys) : NULL;
    for (size_t i = 0; i < n && r->ok; i++) {
        refs->keys[i] = get_str(r);
        if (refs->keys[i])
            refs->n = i + 1;
        else
            r->ok = false;
    }
}

static Module *get_module(Reader *r)
{
    Module *m = module_new();
    m->id = get_str(r);
    m->version = (int)get_u32(r);
    m->file = get_str(r);
    get_ltext(r, &m->title);
    get_ltext(r, &m->summary);
    size_t n = get_count(r, 8);
    m->sources = xcalloc(n ? n : 1, sizeof *m->sources);
    for (; m->n_sources < n && r->ok; m->n_sources++) {
        m->sources[m->n_sources].key = get_str(r);
        m->sources[m->n_sources].text = get_str(r);
    }
    n = get_count(r, 8 * LANG_COUNT + 8);
    m->pages = xcalloc(n ? n : 1, sizeof *m->pages);
    for (; m->n_pages < n && r->ok; m->n_pages++) {
        Page *pg = &m->pages[m->n_pages];
        get_ltext(r, &pg->title);
        get_ltext(r, &pg->text);
        get_refs(r, &pg->sources);
        pg->line = (int)get_u32(r);
    }
    n = get_count(r, 16 * LANG_COUNT + 52);
    m->questions = xcalloc(n ? n : 1, sizeof *m->questions);
    for (; m->n_questions < n && r->ok; m->n_questions++) {
        Question *q = &m->questions[m->n_questions];
        q->id = get_str(r);
        q->type = (QuestionType)get_u32(r);
        get_ltext(r, &q->prompt);
        size_t k = get_count(r, 4 * LANG_COUNT);
        q->options = xcalloc(k ? k : 1, sizeof *q->options);
        for (; q->n_options < k && r->ok; q->n_options++)
            get_ltext(r, &q->options[q->n_options]);
        q->answer = get_u32(r);
        q->answers = get_u32(r);
        q->negative = get_u32(r) != 0;
        q->match = get_u32(r) & (TEXT_KEEP_CASE | TEXT_KEEP_ACCENTS | TEXT_KEEP_SPACING);
        get_ltext(r, &q->model_answer);
        char *value = get_str(r), *tol = get_str(r);
        q->value = value ? strtod(value, NULL) : 0;
        q->tolerance = tol ? strtod(tol, NULL) : 0;
        if (!value || !tol || !isfinite(q->value) || !(q->tolerance >= 0))
            r->ok = false;
        free(value);
        free(tol);
        q->unit = get_str(r);
        size_t nr = get_count(r, 4 * LANG_COUNT);
        q->right = xcalloc(nr ? nr : 1, sizeof *q->right);
        for (; q->n_right < nr && r->ok; q->n_right++)
            get_ltext(r, &q->right[q->n_right]);
        size_t na = get_count(r, 4);
        q->accepted = xcalloc(na ? na : 1, sizeof *q->accepted);
        for (; q->n_accepted < na && r->ok; q->n_accepted++)
            if (!(q->accepted[q->n_accepted] = get_str(r)))
                r->ok = false;
        get_ltext(r, &q->explain);
        get_refs(r, &q->sources);
        q->line = (int)get_u32(r);
        /* What the loader guarantees, checked again at the boundary. */
        uint32_t valid = (1u << (q->n_options > QUESTION_MAX_OPTIONS ? 0 : q->n_options)) - 1;
        bool text = q->type >= QUESTION_TEXT && q->type <= QUESTION_SERIAL;
        if (!q->id || q->type > QUESTION_MATCH ||
            (q->type == QUESTION_MATCH && q->n_right != q->n_options) ||
            ((q->type == QUESTION_TEXT || q->type == QUESTION_SERIAL) && q->n_accepted == 0) ||
            (!text && (q->n_options < 2 || q->answer >= q->n_options)) ||
            q->n_options > QUESTION_MAX_OPTIONS ||
            (q->type == QUESTION_MULTI && (q->answers == 0 || (q->answers & ~valid))))
            r->ok = false;
    }
    if (!m->id || !m->file || m->version < 1)
        r->ok = false;
    return m;
}

bool modelio_read(const char *buf, size_t len, Module **out, Problems *probs)
{
    *out = NULL;
    if (len > MODELIO_MAX_BYTES || len < sizeof MAGIC || memcmp(buf, MAGIC, sizeof MAGIC) != 0)
        return false;
    Reader r = {(const unsigned char *)buf + sizeof MAGIC, len - sizeof MAGIC, true};
    Problems got = {0};
    size_t n = get_count(&r, 16);
    for (size_t i = 0; i < n && r.ok; i++) {
        char *file = get_str(&r);
        int line = (int)get_u32(&r);
        uint32_t level = get_u32(&r);
        char *msg = get_str(&r);
        if (r.ok && file && msg && level <= PROBLEM_WARNING)
            problems_add(&got, file, line, (ProblemLevel)level, "%s", msg);
        else
            r.ok = false;
        free(file);
        free(msg);
    }
    Module *m = NULL;
    if (r.ok && get_u32(&r) == 1 && r.ok)
        m = get_module(&r);
    if (!r.ok || r.left != 0) {
        module_free(m);
        problems_done(&got);
        return false;
    }
    for (size_t i = 0; i < got.n; i++)
        problems_add(probs, got.items[i].file, got.items[i].line, got.items[i].level, "%s",
                     got.items[i].message);
    problems_done(&got);
    *out = m;
    return true;
}
