/* A byte stream for a loaded module and its problems: length-prefixed strings and 32-bit
 * little-endian numbers, read back with every length checked. */
#include "model_io.h"

#include "quiz_kind.h"

#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[8] = "RMOD\x08\0\0\0";   /* a module */
static const char MAGIC_Q[8] = "RQST\x07\0\0\0"; /* one question */
static const char MAGIC_C[8] = "RCHK\x05\0\0\0"; /* verdicts of form field checks */
#define NO_STRING UINT32_MAX

/* A form field's rule goes by its name (FIELD_RULES, model.h), like a question's kind: the
 * enum's values are not kept. */
static const struct {
    FieldRule rule;
    const char *name;
} field_rules[] = {
#define X(id, name) {FIELD_##id, #name},
    FIELD_RULES(X)
#undef X
};

static const char *field_rule_name(FieldRule rule)
{
    for (size_t i = 0; i < sizeof field_rules / sizeof field_rules[0]; i++)
        if (field_rules[i].rule == rule)
            return field_rules[i].name;
    assert(!"a field rule outside FIELD_RULES");
    return NULL;
}

static bool field_rule_from_name(const char *name, FieldRule *out)
{
    for (size_t i = 0; name && i < sizeof field_rules / sizeof field_rules[0]; i++)
        if (strcmp(field_rules[i].name, name) == 0) {
            *out = field_rules[i].rule;
            return true;
        }
    return false;
}

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

static void put_num(StrBuf *b, double v)
{
    char num[64];
    snprintf(num, sizeof num, "%.17g", v);
    put_str(b, num);
}

static void put_strv(StrBuf *b, char *const *v, size_t n)
{
    put_u32(b, (uint32_t)n);
    for (size_t i = 0; i < n; i++)
        put_str(b, v[i]);
}

static void put_image(StrBuf *b, const Image *im)
{
    put_ltext(b, &im->file);
    put_ltext(b, &im->caption);
    put_ltext(b, &im->alt);
    put_u32(b, (uint32_t)im->line);
}

/* Enum values cross the stream as fixed codes, so that reordering an enum cannot change what a
 * stream means: a quiz's mode and a problem's level. */
static uint32_t mode_code(QuizMode m)
{
    return m == QUIZ_EXAM ? 2 : 1;
}

static bool mode_of_code(uint32_t code, QuizMode *out)
{
    switch (code) {
    case 1: *out = QUIZ_PRACTICE; return true;
    case 2: *out = QUIZ_EXAM; return true;
    default: return false;
    }
}

static uint32_t level_code(ProblemLevel l)
{
    return l == PROBLEM_WARNING ? 2 : 1;
}

static bool level_of_code(uint32_t code, ProblemLevel *out)
{
    switch (code) {
    case 1: *out = PROBLEM_ERROR; return true;
    case 2: *out = PROBLEM_WARNING; return true;
    default: return false;
    }
}

static void put_problems(StrBuf *out, const Problems *p)
{
    put_u32(out, (uint32_t)p->n);
    for (size_t i = 0; i < p->n; i++) {
        put_str(out, p->items[i].file);
        put_u32(out, (uint32_t)p->items[i].line);
        put_u32(out, level_code(p->items[i].level));
        put_str(out, p->items[i].message);
    }
}

static void put_question(StrBuf *out, const Question *q)
{
    put_str(out, q->id);
    put_str(out, question_type_name(q->type)); /* by name: the enum's values are not kept */
    put_ltext(out, &q->prompt);
    put_u32(out, (uint32_t)q->n_options);
    for (size_t k = 0; k < q->n_options; k++)
        put_ltext(out, &q->options[k]);
    put_u32(out, (uint32_t)q->answer);
    put_u32(out, q->answers);
    put_u32(out, q->negative);
    put_u32(out, q->match);
    put_ltext(out, &q->model_answer);
    put_num(out, q->value);
    put_num(out, q->tolerance);
    put_str(out, q->unit);
    put_u32(out, (uint32_t)q->n_right);
    for (size_t k = 0; k < q->n_right; k++)
        put_ltext(out, &q->right[k]);
    put_strv(out, q->accepted, q->n_accepted);
    put_u32(out, (uint32_t)q->n_fields);
    for (size_t k = 0; k < q->n_fields; k++) {
        const FormField *f = &q->fields[k];
        put_str(out, f->name);
        put_ltext(out, &f->label);
        put_str(out, field_rule_name(f->rule));
        put_strv(out, f->accepted, f->n_accepted);
        put_u32(out, f->match);
        put_num(out, f->value);
        put_num(out, f->tolerance);
        put_str(out, f->unit);
        put_ltext(out, &f->shown);
    }
    put_ltext(out, &q->hint);
    put_image(out, &q->image);
    put_u32(out, q->grid_cols);
    put_u32(out, q->grid_rows);
    put_u32(out, q->pic_w);
    put_u32(out, q->pic_h);
    put_u32(out, (uint32_t)q->n_regions);
    for (size_t k = 0; k < q->n_regions; k++) {
        put_num(out, q->regions[k].x);
        put_num(out, q->regions[k].y);
        put_num(out, q->regions[k].w);
        put_num(out, q->regions[k].h);
        put_u32(out, (uint32_t)(k < LOCATE_MAX_REGIONS ? q->region_lines[k] : 0));
    }
    put_u32(out, (uint32_t)q->regions_line);
    put_strv(out, q->tags, q->n_tags);
    put_u32(out, q->critical);
    put_u32(out, q->generated);
    put_u32(out, (uint32_t)q->quiz_index);
    put_u32(out, q->seed);
    put_ltext(out, &q->explain);
    put_refs(out, &q->sources);
    put_u32(out, (uint32_t)q->line);
}

/* What follows the problems in a stream of a content file. */
enum { SENT_NOTHING, SENT_MODULE, SENT_COMPETENCIES };

static void put_settings(StrBuf *out, const QuizSettings *st)
{
    put_u32(out, mode_code(st->mode));
    put_u32(out, st->draw);
    put_strv(out, st->tags, st->n_tags);
    put_u32(out, st->shuffle);
    put_u32(out, st->retries);
    put_num(out, st->penalty);
    put_num(out, st->hint_cost);
    put_u32(out, st->time_limit);
    put_u32(out, st->attempts);
    put_num(out, st->pass);
    put_u32(out, (uint32_t)st->n_pass_by_tag);
    for (size_t i = 0; i < st->n_pass_by_tag; i++) {
        put_str(out, st->pass_by_tag[i].tag);
        put_num(out, st->pass_by_tag[i].pass);
    }
}

static void put_competencies(StrBuf *out, const CompetencyList *l)
{
    put_u32(out, SENT_COMPETENCIES);
    put_str(out, l->file);
    put_u32(out, (uint32_t)l->n);
    for (size_t i = 0; i < l->n; i++) {
        put_str(out, l->items[i].id);
        put_ltext(out, &l->items[i].title);
        put_u32(out, (uint32_t)l->items[i].line);
    }
}

void modelio_write_file(StrBuf *out, const Module *m, const CompetencyList *l, const Problems *p)
{
    strbuf_append(out, MAGIC, sizeof MAGIC);
    put_problems(out, p);
    if (!m && l) {
        put_competencies(out, l);
        return;
    }
    put_u32(out, m ? SENT_MODULE : SENT_NOTHING);
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
        put_str(out, pg->id);
        put_ltext(out, &pg->title);
        put_ltext(out, &pg->text);
        put_image(out, &pg->image);
        put_u32(out, (uint32_t)pg->n_choices);
        for (size_t k = 0; k < pg->n_choices; k++) {
            put_ltext(out, &pg->choices[k].label);
            put_str(out, pg->choices[k].target);
            put_u32(out, (uint32_t)pg->choices[k].page);
        }
        put_str(out, pg->next_id);
        put_u32(out, (uint32_t)pg->next);
        put_refs(out, &pg->sources);
        put_u32(out, (uint32_t)pg->line);
    }
    put_u32(out, (uint32_t)m->n_questions);
    for (size_t i = 0; i < m->n_questions; i++)
        put_question(out, &m->questions[i]);
    put_settings(out, &m->settings);
    put_u32(out, m->practice != NULL);
    if (m->practice)
        put_settings(out, m->practice);
    put_strv(out, m->requires, m->n_requires);
    put_u32(out, (uint32_t)m->id_line);
    put_u32(out, (uint32_t)m->requires_line);
    put_u32(out, m->source ? (uint32_t)m->source_len : NO_STRING);
    if (m->source)
        strbuf_append(out, m->source, m->source_len);
}

void modelio_write_question(StrBuf *out, const Question *q, const Problems *p)
{
    strbuf_append(out, MAGIC_Q, sizeof MAGIC_Q);
    put_problems(out, p);
    put_u32(out, q != NULL);
    if (q)
        put_question(out, q);
}

void modelio_write_checks(StrBuf *out, const FieldCheck *c, size_t n, const Problems *p)
{
    strbuf_append(out, MAGIC_C, sizeof MAGIC_C);
    put_problems(out, p);
    put_u32(out, (uint32_t)n);
    for (size_t i = 0; i < n; i++) {
        put_num(out, c[i].score);
        put_ltext(out, &c[i].message);
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

static double get_num(Reader *r)
{
    char *v = get_str(r);
    double d = v ? strtod(v, NULL) : 0;
    if (!v || !isfinite(d))
        r->ok = false;
    free(v);
    return r->ok ? d : 0;
}

/* A list of non-NULL strings into *v (caller frees); returns how many were read. */
static size_t get_strv(Reader *r, char ***v)
{
    size_t n = get_count(r, 4), got = 0;
    *v = xcalloc(n ? n : 1, sizeof **v);
    for (; got < n && r->ok; got++)
        if (!((*v)[got] = get_str(r)))
            r->ok = false;
    return got;
}

static void get_image(Reader *r, Image *im)
{
    get_ltext(r, &im->file);
    get_ltext(r, &im->caption);
    get_ltext(r, &im->alt);
    im->line = (int)get_u32(r);
}

static bool get_problems(Reader *r, Problems *got)
{
    size_t n = get_count(r, 16);
    for (size_t i = 0; i < n && r->ok; i++) {
        char *file = get_str(r);
        int line = (int)get_u32(r);
        ProblemLevel level;
        bool known = level_of_code(get_u32(r), &level);
        char *msg = get_str(r);
        if (r->ok && file && msg && known)
            problems_add(got, file, line, level, "%s", msg);
        else
            r->ok = false;
        free(file);
        free(msg);
    }
    return r->ok;
}

static void get_question(Reader *r, Question *q)
{
    q->id = get_str(r);
    char *kind = get_str(r);
    if (!question_type_from_name(kind, &q->type))
        r->ok = false;
    free(kind);
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
    q->value = get_num(r);
    q->tolerance = get_num(r);
    if (!(q->tolerance >= 0))
        r->ok = false;
    q->unit = get_str(r);
    size_t nr = get_count(r, 4 * LANG_COUNT);
    q->right = xcalloc(nr ? nr : 1, sizeof *q->right);
    for (; q->n_right < nr && r->ok; q->n_right++)
        get_ltext(r, &q->right[q->n_right]);
    q->n_accepted = get_strv(r, &q->accepted);
    size_t nf = get_count(r, 40);
    q->fields = xcalloc(nf ? nf : 1, sizeof *q->fields);
    for (; q->n_fields < nf && r->ok; q->n_fields++) {
        FormField *f = &q->fields[q->n_fields];
        f->name = get_str(r);
        get_ltext(r, &f->label);
        char *rule = get_str(r);
        bool known = field_rule_from_name(rule, &f->rule);
        free(rule);
        f->n_accepted = get_strv(r, &f->accepted);
        f->match = get_u32(r) & (TEXT_KEEP_CASE | TEXT_KEEP_ACCENTS | TEXT_KEEP_SPACING);
        f->value = get_num(r);
        f->tolerance = get_num(r);
        f->unit = get_str(r);
        get_ltext(r, &f->shown);
        if (!f->name || !known || !(f->tolerance >= 0) ||
            (f->rule != FIELD_NUMERIC && f->rule != FIELD_CHECK && f->n_accepted == 0))
            r->ok = false;
    }
    get_ltext(r, &q->hint);
    get_image(r, &q->image);
    q->grid_cols = get_u32(r);
    q->grid_rows = get_u32(r);
    q->pic_w = get_u32(r);
    q->pic_h = get_u32(r);
    size_t ng = get_count(r, 16);
    q->regions = xcalloc(ng ? ng : 1, sizeof *q->regions);
    for (; q->n_regions < ng && r->ok; q->n_regions++) {
        Region *g = &q->regions[q->n_regions];
        g->x = get_num(r);
        g->y = get_num(r);
        g->w = get_num(r);
        g->h = get_num(r);
        q->region_lines[q->n_regions < LOCATE_MAX_REGIONS ? q->n_regions : 0] = (int)get_u32(r);
        if (!(g->w > 0 && g->h > 0 && g->x >= 0 && g->y >= 0))
            r->ok = false;
    }
    q->regions_line = (int)get_u32(r);
    q->n_tags = get_strv(r, &q->tags);
    q->critical = get_u32(r) != 0;
    q->generated = get_u32(r) != 0;
    q->quiz_index = get_u32(r);
    q->seed = get_u32(r);
    get_ltext(r, &q->explain);
    get_refs(r, &q->sources);
    q->line = (int)get_u32(r);
    /* What the loader guarantees, checked again at the boundary: the kind's own in its valid. */
    if (!r->ok || !q->id || q->n_options > QUESTION_MAX_OPTIONS ||
        (question_type_has(q->type, KIND_OPTIONS) &&
         (q->n_options < 2 || q->answer >= q->n_options)) ||
        !quiz_kind(q->type)->valid(q))
        r->ok = false;
}

static size_t get_page_index(Reader *r, size_t n_pages)
{
    uint32_t v = get_u32(r);
    if (v == UINT32_MAX)
        return PAGE_END;
    if (v >= n_pages)
        r->ok = false;
    return v;
}

/* Quiz settings, checked as the loader leaves them (r->ok false when not). */
static void get_settings(Reader *r, QuizSettings *st)
{
    bool mode_known = mode_of_code(get_u32(r), &st->mode);
    st->draw = get_u32(r);
    st->n_tags = get_strv(r, &st->tags);
    st->shuffle = get_u32(r) != 0;
    st->retries = get_u32(r);
    st->penalty = get_num(r);
    st->hint_cost = get_num(r);
    st->time_limit = get_u32(r);
    st->attempts = get_u32(r);
    st->pass = get_num(r);
    size_t nt = get_count(r, 8);
    st->pass_by_tag = xcalloc(nt ? nt : 1, sizeof *st->pass_by_tag);
    for (; st->n_pass_by_tag < nt && r->ok; st->n_pass_by_tag++) {
        TagPassMark *t = &st->pass_by_tag[st->n_pass_by_tag];
        t->tag = get_str(r);
        t->pass = get_num(r);
        if (!t->tag || !(t->pass >= 0 && t->pass <= 100))
            r->ok = false;
    }
    if (!mode_known || st->retries > 9 || !(st->penalty >= 0 && st->penalty <= 1) ||
        !(st->hint_cost >= 0 && st->hint_cost <= 1) || !(st->pass >= 0 && st->pass <= 100))
        r->ok = false;
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
        pg->id = get_str(r);
        get_ltext(r, &pg->title);
        get_ltext(r, &pg->text);
        get_image(r, &pg->image);
        size_t nc = get_count(r, 4 * LANG_COUNT + 8);
        pg->choices = xcalloc(nc ? nc : 1, sizeof *pg->choices);
        for (; pg->n_choices < nc && r->ok; pg->n_choices++) {
            PageChoice *c = &pg->choices[pg->n_choices];
            get_ltext(r, &c->label);
            c->target = get_str(r);
            c->page = get_page_index(r, n);
        }
        pg->next_id = get_str(r);
        pg->next = get_page_index(r, n);
        get_refs(r, &pg->sources);
        pg->line = (int)get_u32(r);
    }
    n = get_count(r, 16 * LANG_COUNT + 52);
    m->questions = xcalloc(n ? n : 1, sizeof *m->questions);
    for (; m->n_questions < n && r->ok; m->n_questions++)
        get_question(r, &m->questions[m->n_questions]);
    get_settings(r, &m->settings);
    if (get_u32(r) && r->ok) {
        m->practice = xcalloc(1, sizeof *m->practice);
        get_settings(r, m->practice);
        /* Beside an exam only: the exam decides the pass (model.h). */
        if (m->practice->mode != QUIZ_PRACTICE || m->settings.mode != QUIZ_EXAM)
            r->ok = false;
    }
    m->n_requires = get_strv(r, &m->requires);
    m->id_line = (int)get_u32(r);
    m->requires_line = (int)get_u32(r);
    uint32_t sl = get_u32(r);
    if (r->ok && sl != NO_STRING) {
        if (sl > r->left) {
            r->ok = false;
        } else {
            m->source = xmalloc((size_t)sl + 1);
            memcpy(m->source, r->p, sl);
            m->source[sl] = '\0';
            m->source_len = sl;
            r->p += sl;
            r->left -= sl;
        }
    }
    if (!m->id || !m->file || m->version < 1)
        r->ok = false;
    return m;
}

/* Checks the magic and reads the problems; the caller reads the rest. */
static bool read_head(Reader *r, const char *buf, size_t len, const char magic[8], Problems *got)
{
    if (len > MODELIO_MAX_BYTES || len < 8 || memcmp(buf, magic, 8) != 0)
        return false;
    *r = (Reader){(const unsigned char *)buf + 8, len - 8, true};
    return get_problems(r, got);
}

/* Hands the problems over when the whole stream was read, else drops them. */
static bool read_tail(Reader *r, Problems *got, Problems *probs)
{
    bool ok = r->ok && r->left == 0;
    for (size_t i = 0; ok && i < got->n; i++)
        problems_add(probs, got->items[i].file, got->items[i].line, got->items[i].level, "%s",
                     got->items[i].message);
    problems_done(got);
    return ok;
}

bool modelio_read_question(const char *buf, size_t len, Question *q, bool *have, Problems *probs)
{
    Reader r = {0};
    Problems got = {0};
    *have = false;
    memset(q, 0, sizeof *q);
    if (read_head(&r, buf, len, MAGIC_Q, &got) && get_u32(&r) == 1 && r.ok) {
        get_question(&r, q);
        *have = true;
    }
    if (!read_tail(&r, &got, probs) || !*have) {
        question_done(q);
        memset(q, 0, sizeof *q);
        bool ok = r.ok && r.left == 0 && !*have;
        *have = false;
        return ok;
    }
    return true;
}

bool modelio_read_checks(const char *buf, size_t len, FieldCheck *out, size_t n, Problems *probs)
{
    Reader r = {0};
    Problems got = {0};
    memset(out, 0, n * sizeof *out);
    if (read_head(&r, buf, len, MAGIC_C, &got)) {
        size_t count = get_u32(&r);
        if (count != n)
            r.ok = false;
        for (size_t i = 0; i < n && r.ok; i++) {
            out[i].score = get_num(&r);
            get_ltext(&r, &out[i].message);
            if (!(out[i].score >= 0 && out[i].score <= 1))
                r.ok = false;
        }
    } else {
        r.ok = false;
    }
    if (!read_tail(&r, &got, probs)) {
        for (size_t i = 0; i < n; i++)
            ltext_done(&out[i].message);
        return false;
    }
    return true;
}

static void get_competencies(Reader *r, CompetencyList *l)
{
    l->file = get_str(r);
    size_t n = get_count(r, 4 + 4 * LANG_COUNT + 4);
    l->items = xcalloc(n ? n : 1, sizeof *l->items);
    for (; l->n < n && r->ok; l->n++) {
        Competency *k = &l->items[l->n];
        k->id = get_str(r);
        get_ltext(r, &k->title);
        k->line = (int)get_u32(r);
        if (!k->id)
            r->ok = false;
    }
    if (!l->file)
        r->ok = false;
}

bool modelio_read_file(const char *buf, size_t len, Module **out, CompetencyList *l, bool *have_l,
                       Problems *probs)
{
    Reader r = {0};
    Problems got = {0};
    Module *m = NULL;
    CompetencyList cl = {0};
    *out = NULL;
    *have_l = false;
    memset(l, 0, sizeof *l);
    uint32_t sent = SENT_NOTHING;
    if (read_head(&r, buf, len, MAGIC, &got))
        sent = get_u32(&r);
    if (r.ok && sent == SENT_MODULE)
        m = get_module(&r);
    else if (r.ok && sent == SENT_COMPETENCIES)
        get_competencies(&r, &cl);
    else if (sent != SENT_NOTHING)
        r.ok = false;
    if (!read_tail(&r, &got, probs)) {
        module_free(m);
        competency_list_done(&cl);
        return false;
    }
    *out = m;
    *l = cl;
    *have_l = sent == SENT_COMPETENCIES;
    return true;
}

/* ---- a glossary file ---- */

static const char MAGIC_G[8] = "RGLO\x02\0\0\0"; /* the terms a glossary file declares */

void modelio_write_glossary(StrBuf *out, const Glossary *g, const Problems *p)
{
    strbuf_append(out, MAGIC_G, sizeof MAGIC_G);
    put_problems(out, p);
    put_str(out, g->file);
    put_u32(out, (uint32_t)g->n_sources);
    for (size_t i = 0; i < g->n_sources; i++) {
        put_str(out, g->sources[i].key);
        put_str(out, g->sources[i].text);
    }
    put_u32(out, (uint32_t)g->n);
    for (size_t i = 0; i < g->n; i++) {
        const Term *t = &g->terms[i];
        put_str(out, t->id);
        for (int l = 0; l < LANG_COUNT; l++)
            put_strv(out, t->names[l], t->n_names[l]);
        put_ltext(out, &t->define);
        put_refs(out, &t->sources);
        put_strv(out, t->see, t->n_see);
        put_u32(out, (uint32_t)t->line);
    }
}

bool modelio_is_glossary(const char *buf, size_t len)
{
    return len >= sizeof MAGIC_G && memcmp(buf, MAGIC_G, sizeof MAGIC_G) == 0;
}

bool modelio_read_glossary(const char *buf, size_t len, Glossary *g, Problems *probs)
{
    Reader r = {0};
    Problems got = {0};
    memset(g, 0, sizeof *g);
    if (read_head(&r, buf, len, MAGIC_G, &got)) {
        g->file = get_str(&r);
        if (!g->file)
            r.ok = false;
        size_t n = get_count(&r, 8);
        g->sources = xcalloc(n ? n : 1, sizeof *g->sources);
        for (; g->n_sources < n && r.ok; g->n_sources++) {
            Source *s = &g->sources[g->n_sources];
            s->key = get_str(&r);
            s->text = get_str(&r);
            if (!s->key || !s->text)
                r.ok = false;
        }
        n = get_count(&r, 4 + 4 * LANG_COUNT + 4 * LANG_COUNT + 4 + 4 + 4);
        g->terms = xcalloc(n ? n : 1, sizeof *g->terms);
        for (; g->n < n && r.ok; g->n++) {
            Term *t = &g->terms[g->n];
            t->id = get_str(&r);
            for (int l = 0; l < LANG_COUNT; l++) {
                t->n_names[l] = get_strv(&r, &t->names[l]);
                /* Every term has a name in every language (the loader sees to it). */
                if (!t->n_names[l])
                    r.ok = false;
            }
            get_ltext(&r, &t->define);
            get_refs(&r, &t->sources);
            t->n_see = get_strv(&r, &t->see);
            t->line = (int)get_u32(&r);
            if (!t->id)
                r.ok = false;
        }
    } else {
        r.ok = false;
    }
    if (!read_tail(&r, &got, probs)) {
        glossary_done(g);
        return false;
    }
    return true;
}

/* The parts above for other streams (model_io.h): a ModelioReader is read as a Reader. */
void modelio_put_u32(StrBuf *b, uint32_t v) { put_u32(b, v); }
void modelio_put_str(StrBuf *b, const char *s) { put_str(b, s); }
void modelio_put_ltext(StrBuf *b, const LText *t) { put_ltext(b, t); }
void modelio_put_num(StrBuf *b, double v) { put_num(b, v); }
void modelio_put_problems(StrBuf *b, const Problems *p) { put_problems(b, p); }

static Reader reader_of(const ModelioReader *m)
{
    return (Reader){m->p, m->left, m->ok};
}

static void reader_back(ModelioReader *m, const Reader *r)
{
    *m = (ModelioReader){r->p, r->left, r->ok};
}

uint32_t modelio_get_u32(ModelioReader *m)
{
    Reader r = reader_of(m);
    uint32_t v = get_u32(&r);
    reader_back(m, &r);
    return v;
}

size_t modelio_get_count(ModelioReader *m, size_t min_bytes)
{
    Reader r = reader_of(m);
    size_t v = get_count(&r, min_bytes);
    reader_back(m, &r);
    return v;
}

char *modelio_get_str(ModelioReader *m)
{
    Reader r = reader_of(m);
    char *v = get_str(&r);
    reader_back(m, &r);
    return v;
}

void modelio_get_ltext(ModelioReader *m, LText *t)
{
    Reader r = reader_of(m);
    get_ltext(&r, t);
    reader_back(m, &r);
}

double modelio_get_num(ModelioReader *m)
{
    Reader r = reader_of(m);
    double v = get_num(&r);
    reader_back(m, &r);
    return v;
}

bool modelio_get_problems(ModelioReader *m, Problems *got)
{
    Reader r = reader_of(m);
    bool ok = get_problems(&r, got);
    reader_back(m, &r);
    return ok;
}

bool modelio_read_head(ModelioReader *m, const char *buf, size_t len, const char magic[8],
                       Problems *got)
{
    Reader r = {0};
    bool ok = read_head(&r, buf, len, magic, got);
    reader_back(m, &r);
    return ok;
}

bool modelio_read_tail(ModelioReader *m, Problems *got, Problems *probs)
{
    Reader r = reader_of(m);
    return read_tail(&r, got, probs);
}
