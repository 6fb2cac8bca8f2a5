/* The lesson model: construction and release of modules, pages and questions. */
#include "model.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Module *module_new(void)
{
    Module *m = xcalloc(1, sizeof(Module));
    quiz_settings_default(&m->settings, QUIZ_PRACTICE);
    return m;
}

void source_refs_done(SourceRefs *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->keys[i]);
    free(r->keys);
    r->keys = NULL;
    r->n = 0;
}

static void strv_free(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

void image_done(Image *im)
{
    ltext_done(&im->file);
    ltext_done(&im->caption);
    ltext_done(&im->alt);
    memset(im, 0, sizeof *im);
}

void page_done(Page *p)
{
    free(p->id);
    free(p->next_id);
    ltext_done(&p->title);
    ltext_done(&p->text);
    image_done(&p->image);
    for (size_t i = 0; i < p->n_choices; i++) {
        ltext_done(&p->choices[i].label);
        free(p->choices[i].target);
    }
    free(p->choices);
    source_refs_done(&p->sources);
}

void form_field_done(FormField *f)
{
    free(f->name);
    ltext_done(&f->label);
    strv_free(f->accepted, f->n_accepted);
    free(f->unit);
    ltext_done(&f->shown);
}

void quiz_settings_done(QuizSettings *s)
{
    strv_free(s->tags, s->n_tags);
    s->tags = NULL;
    s->n_tags = 0;
    for (size_t i = 0; i < s->n_pass_by_tag; i++)
        free(s->pass_by_tag[i].tag);
    free(s->pass_by_tag);
    s->pass_by_tag = NULL;
    s->n_pass_by_tag = 0;
}

void quiz_settings_default(QuizSettings *s, QuizMode mode)
{
    *s = (QuizSettings){.mode = mode, .shuffle = mode == QUIZ_EXAM, .pass = 70.0};
}

bool quiz_pool_has(const QuizSettings *s, const Question *q)
{
    bool in = s->n_tags == 0;
    for (size_t t = 0; t < s->n_tags && !in; t++)
        in = question_has_tag(q, s->tags[t]);
    return in;
}

size_t quiz_pool_size(const Module *m, const QuizSettings *s)
{
    size_t n = 0;
    for (size_t i = 0; i < m->n_questions; i++)
        n += quiz_pool_has(s, &m->questions[i]);
    return n;
}

const QuizSettings *module_quiz(const Module *m, QuizMode mode)
{
    if (m->settings.mode == mode)
        return &m->settings;
    return mode == QUIZ_PRACTICE ? m->practice : NULL;
}

bool module_has_exam(const Module *m)
{
    return m->settings.mode == QUIZ_EXAM;
}

bool module_has_both_quizzes(const Module *m)
{
    return m->practice != NULL;
}

/* What the list in kinds.h says about each kind. */
static const struct {
    const char *name;
    AnswerShape shape;
    unsigned facts;
} kinds[] = {
#define X(id, name, shape, facts) [QUESTION_##id] = {#name, shape, facts},
    QUESTION_KINDS(X)
#undef X
};

static bool kind_known(QuestionType t)
{
    return (unsigned)t < QUESTION_KIND_COUNT;
}

const char *question_type_name(QuestionType t)
{
    return kind_known(t) ? kinds[t].name : "?";
}

bool question_type_from_name(const char *name, QuestionType *out)
{
    for (unsigned t = 0; name && t < QUESTION_KIND_COUNT; t++)
        if (strcmp(kinds[t].name, name) == 0) {
            *out = (QuestionType)t;
            return true;
        }
    return false;
}

AnswerShape question_type_shape(QuestionType t)
{
    assert(kind_known(t));
    return kinds[t].shape;
}

bool question_type_has(QuestionType t, unsigned fact)
{
    return kind_known(t) && (kinds[t].facts & fact) == fact;
}

const char *question_type_names(void)
{
    static char buf[256];
    if (!buf[0]) {
        size_t used = 0;
        for (unsigned t = 0; t < QUESTION_KIND_COUNT; t++)
            used += (size_t)snprintf(buf + used, sizeof buf - used, "%s%s",
                                     t == 0 ? "" : t + 1 == QUESTION_KIND_COUNT ? " or " : ", ",
                                     kinds[t].name);
    }
    return buf;
}

size_t module_find_page(const Module *m, const char *id)
{
    for (size_t i = 0; id && i < m->n_pages; i++)
        if (m->pages[i].id && strcmp(m->pages[i].id, id) == 0)
            return i;
    return PAGE_END;
}

bool question_has_tag(const Question *q, const char *tag)
{
    for (size_t i = 0; i < q->n_tags; i++)
        if (strcmp(q->tags[i], tag) == 0)
            return true;
    return false;
}

void question_done(Question *q)
{
    free(q->id);
    ltext_done(&q->prompt);
    for (size_t i = 0; i < q->n_options; i++)
        ltext_done(&q->options[i]);
    free(q->options);
    ltext_done(&q->explain);
    source_refs_done(&q->sources);
    ltext_done(&q->model_answer);
    free(q->unit);
    for (size_t i = 0; i < q->n_right; i++)
        ltext_done(&q->right[i]);
    free(q->right);
    strv_free(q->accepted, q->n_accepted);
    for (size_t i = 0; i < q->n_fields; i++)
        form_field_done(&q->fields[i]);
    free(q->fields);
    free(q->regions);
    ltext_done(&q->hint);
    image_done(&q->image);
    strv_free(q->tags, q->n_tags);
}

void module_strip(Module *m)
{
    for (size_t i = 0; i < m->n_sources; i++) {
        free(m->sources[i].key);
        free(m->sources[i].text);
    }
    free(m->sources);
    m->sources = NULL;
    m->n_sources = 0;
    for (size_t i = 0; i < m->n_pages; i++)
        page_done(&m->pages[i]);
    free(m->pages);
    m->pages = NULL;
    m->n_pages = 0;
    for (size_t i = 0; i < m->n_questions; i++)
        question_done(&m->questions[i]);
    free(m->questions);
    m->questions = NULL;
    m->n_questions = 0;
    free(m->source);
    m->source = NULL;
    m->source_len = 0;
}

void competency_list_done(CompetencyList *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->items[i].id);
        ltext_done(&l->items[i].title);
    }
    free(l->items);
    free(l->file);
    memset(l, 0, sizeof *l);
}

void module_free(Module *m)
{
    if (!m)
        return;
    free(m->id);
    free(m->file);
    ltext_done(&m->title);
    ltext_done(&m->summary);
    module_strip(m);
    quiz_settings_done(&m->settings);
    if (m->practice)
        quiz_settings_done(m->practice);
    free(m->practice);
    strv_free(m->requires, m->n_requires);
    free(m);
}

void question_make_truefalse(Question *q, bool is_true)
{
    static const char *const words[2][LANG_COUNT] = {{"True", "Verdadero"}, {"False", "Falso"}};
    for (size_t i = 0; i < q->n_options; i++)
        ltext_done(&q->options[i]);
    free(q->options);
    q->n_options = 2;
    q->options = xcalloc(2, sizeof *q->options);
    for (int k = 0; k < 2; k++)
        for (int l = 0; l < LANG_COUNT; l++)
            q->options[k].s[l] = xstrdup(words[k][l]);
    q->answer = is_true ? 0 : 1;
}

const char *question_response(const Question *q, uint32_t picked, char *buf, size_t len)
{
    if (q->type == QUESTION_TRUEFALSE) {
        snprintf(buf, len, "%s", picked & 1 ? "true" : "false");
        return buf;
    }
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < q->n_options && i < 32; i++)
        if (picked & (1u << i))
            used += (size_t)snprintf(buf + used, used < len ? len - used : 0, "%s%zu",
                                     used ? "," : "", i + 1);
    return buf;
}

void question_shown_order(const Question *q, size_t *shown)
{
    size_t n = q->n_options;
    for (size_t i = 0; i < n; i++)
        shown[i] = i;
    /* FNV-1a of the id seeds a small LCG: the same question always starts the same way. */
    uint32_t h = 2166136261u;
    for (const char *p = q->id ? q->id : ""; *p; p++)
        h = (h ^ (unsigned char)*p) * 16777619u;
    for (size_t i = n; i > 1; i--) {
        h = h * 1664525u + 1013904223u;
        size_t j = (h >> 8) % i;
        size_t t = shown[i - 1];
        shown[i - 1] = shown[j];
        shown[j] = t;
    }
    bool sorted = true;
    for (size_t i = 1; i < n; i++)
        sorted = sorted && shown[i - 1] < shown[i];
    if (sorted && n > 1) { /* never start solved: rotate by one */
        size_t first = shown[0];
        memmove(shown, shown + 1, (n - 1) * sizeof *shown);
        shown[n - 1] = first;
    }
}

double question_max_score(const Question *q)
{
    (void)q;
    return 1.0;
}

uint64_t model_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

const Question *module_question(const Module *m, const char *id)
{
    for (size_t i = 0; i < m->n_questions; i++)
        if (m->questions[i].id && !strcmp(m->questions[i].id, id))
            return &m->questions[i];
    return NULL;
}

bool image_present(const Image *im)
{
    return !ltext_empty(&im->file);
}

/* Area shared by two rectangles. */
static double overlap(Region a, Region b)
{
    double w = (a.x + a.w < b.x + b.w ? a.x + a.w : b.x + b.w) - (a.x > b.x ? a.x : b.x);
    double h = (a.y + a.h < b.y + b.h ? a.y + a.h : b.y + b.h) - (a.y > b.y ? a.y : b.y);
    return w > 0 && h > 0 ? w * h : 0;
}

bool locate_cell_right(const Question *q, unsigned col, unsigned row)
{
    if (q->type != QUESTION_LOCATE || !q->grid_cols || !q->grid_rows || col >= q->grid_cols ||
        row >= q->grid_rows || !q->pic_w || !q->pic_h)
        return false;
    double cw = (double)q->pic_w / q->grid_cols, ch = (double)q->pic_h / q->grid_rows;
    Region cell = {col * cw, row * ch, cw, ch};
    for (size_t i = 0; i < q->n_regions; i++) {
        double o = overlap(cell, q->regions[i]);
        if (o > 0 && (o >= 0.25 * cw * ch || o >= 0.5 * q->regions[i].w * q->regions[i].h))
            return true;
    }
    return false;
}

unsigned locate_right_cells(const Question *q)
{
    unsigned n = 0;
    for (unsigned r = 0; r < q->grid_rows; r++)
        for (unsigned c = 0; c < q->grid_cols; c++)
            n += locate_cell_right(q, c, r);
    return n;
}

void locate_cell_name(unsigned col, unsigned row, char *out, size_t outlen)
{
    snprintf(out, outlen, "%c%u", 'A' + (int)(col % 26), row + 1);
}

bool locate_parse_cell(const Question *q, const char *s, unsigned *col, unsigned *row)
{
    while (*s == ' ')
        s++;
    char c = *s >= 'a' && *s <= 'z' ? (char)(*s - 'a' + 'A') : *s;
    if (c < 'A' || c > 'Z')
        return false;
    char *end;
    unsigned long r = strtoul(s + 1, &end, 10);
    while (*end == ' ')
        end++;
    if (end == s + 1 || *end || s[1] < '0' || s[1] > '9')
        return false;
    if ((unsigned)(c - 'A') >= q->grid_cols || r < 1 || r > q->grid_rows)
        return false;
    *col = (unsigned)(c - 'A');
    *row = (unsigned)(r - 1);
    return true;
}
