/* Where the fields of a module's tables are written, found by scanning the module's text.
 *
 * Lua keeps no line for a table's fields: a constructor's named fields are compiled to stores
 * that carry the line where each value ends, its list entries to one store at the end, and the
 * debug library cannot tell which instruction set which field anyway. So the host reads the
 * text itself, with a lexer that knows Lua's strings, long strings and comments, and follows the
 * nesting of brackets and of blocks (function ... end, do ... end) so that a comma inside a
 * function written as a field's value is not taken for the table's own. For every table
 * constructor it records the line of each `name =` and of the first token of each list entry,
 * and which constructor is written directly as a field's value (options = { ... }). The loader
 * matches a constructed table to its text by the constructor's name and the line Lua reports
 * for the call (the line where the call's expression starts, as here), then follows the fields'
 * tables from there; a table built another way (by a loop, a helper, `options = opts`) has no
 * text, and its problems stay at the nearest line known. */
#include "srcmap.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"

/* Text past these is not followed (Lua itself refuses nesting past some 200 levels): a hostile
 * module cannot make the scan take more than memory in proportion to a few megabytes. */
#define MAX_NESTING 1000
#define MAX_RECORDS (1u << 21)
#define NO_NAME SIZE_MAX

typedef struct {
    SrcField f;
    size_t name_at; /* offset of the name in names, NO_NAME for a list entry */
    int table;
} Field;

typedef struct {
    int call_line;  /* the argument of a call on this line; 0 for none */
    size_t ctor_at; /* offset in names of the called function's name */
    size_t first, n; /* its fields, fields[first, first + n) once sorted */
} Table;

struct SrcMap {
    Table *tables;
    size_t n_tables, cap_tables;
    Field *scan; /* fields in the order written, while scanning */
    size_t n_fields, cap_fields;
    SrcField *fields; /* by table, once the scan is over */
    StrBuf names;
    int *calls; /* tables written as a call's argument, by line */
    size_t n_calls;
};

/* ---- lexer ---- */

enum { TK_EOF = 256, TK_NAME, TK_ATOM, TK_ASSIGN };

/* What a name is to the scan: a word that opens a block closed by end (or until), one that
 * closes it, another keyword, or a plain name. */
typedef enum { KW_NONE, KW_OPEN, KW_CLOSE, KW_OTHER } Keyword;

typedef struct {
    int kind;   /* TK_*, or one of { } ( ) [ ] , ; . : */
    int line;
    int chain;  /* a name: the line where the expression it ends (a.b.c) starts */
    Keyword kw; /* a name: which keyword it is */
    const char *s;
    size_t len;
} Tok;

typedef struct {
    const char *p, *end;
    int line;
} Lex;

static bool is_newline(char c)
{
    return c == '\n' || c == '\r';
}

/* Past the line break at p: \n, \r, \r\n or \n\r, counted once as Lua does. */
static const char *past_newline(const char *p, const char *end, int *line)
{
    char c = *p++;
    if (p < end && is_newline(*p) && *p != c)
        p++;
    (*line)++;
    return p;
}

/* With p at '[': the level of a long bracket opening there ([[, [=[, ...), -1 for none. */
static int long_level(const char *p, const char *end)
{
    const char *q = p + 1;
    int level = 0;
    while (q < end && *q == '=')
        q++, level++;
    return q < end && *q == '[' ? level : -1;
}

/* Past the long string or comment of level opening at p. */
static const char *skip_long(const char *p, const char *end, int level, int *line)
{
    p += level + 2;
    while (p < end) {
        char c = *p;
        if (c == ']') {
            const char *q = p + 1;
            int l = 0;
            while (q < end && *q == '=')
                q++, l++;
            if (l == level && q < end && *q == ']')
                return q + 1;
            p++;
        } else if (is_newline(c)) {
            p = past_newline(p, end, line);
        } else {
            p++;
        }
    }
    return p;
}

/* Past the quoted string opening at p; escaped line breaks and \z count their lines. */
static const char *skip_short(const char *p, const char *end, int *line)
{
    char quote = *p++;
    while (p < end) {
        char c = *p;
        if (c != quote && c != '\\' && !is_newline(c)) {
            p++;
            continue;
        }
        if (c == quote)
            return p + 1;
        if (c != '\\')
            return p; /* unfinished at the line's end: Lua refuses the module */
        if (++p >= end)
            break;
        if (is_newline(*p)) {
            p = past_newline(p, end, line);
        } else if (*p == 'z') {
            for (p++; p < end && *p && strchr(" \t\v\f\r\n", *p);)
                p = is_newline(*p) ? past_newline(p, end, line) : p + 1;
        } else {
            p++;
        }
    }
    return p;
}

static bool is_name_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_name_char(char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static Keyword keyword(const char *s, size_t len)
{
    static const struct { const char *word; Keyword kw; } words[] = {
        {"do", KW_OPEN}, {"if", KW_OPEN}, {"function", KW_OPEN}, {"repeat", KW_OPEN},
        {"end", KW_CLOSE}, {"until", KW_CLOSE},
        {"and", KW_OTHER}, {"break", KW_OTHER}, {"else", KW_OTHER}, {"elseif", KW_OTHER},
        {"false", KW_OTHER}, {"for", KW_OTHER}, {"goto", KW_OTHER}, {"in", KW_OTHER},
        {"local", KW_OTHER}, {"nil", KW_OTHER}, {"not", KW_OTHER}, {"or", KW_OTHER},
        {"return", KW_OTHER}, {"then", KW_OTHER}, {"true", KW_OTHER}, {"while", KW_OTHER}};
    if (len < 2 || len > 8 || s[0] < 'a' || s[0] > 'w')
        return KW_NONE;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (words[i].word[0] == s[0] && strlen(words[i].word) == len &&
            memcmp(words[i].word, s, len) == 0)
            return words[i].kw;
    return KW_NONE;
}

static Tok lex_next(Lex *x)
{
    const char *p = x->p, *end = x->end;
    Tok t = {.kind = TK_EOF};
    while (p < end) {
        char c = *p;
        if (is_newline(c)) {
            p = past_newline(p, end, &x->line);
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
            p++;
            continue;
        }
        if (c == '-' && p + 1 < end && p[1] == '-') {
            p += 2;
            int level = p < end && *p == '[' ? long_level(p, end) : -1;
            if (level >= 0)
                p = skip_long(p, end, level, &x->line);
            else
                while (p < end && !is_newline(*p))
                    p++;
            continue;
        }
        t.line = x->line;
        t.s = p;
        if (is_name_start(c)) {
            while (p < end && is_name_char(*p))
                p++;
            t.kind = TK_NAME;
            t.kw = keyword(t.s, (size_t)(p - t.s));
        } else if ((c >= '0' && c <= '9') || (c == '.' && p + 1 < end && p[1] >= '0' && p[1] <= '9')) {
            for (p++; p < end; p++) {
                char e = p[-1] | 0x20;
                if (!is_name_char(*p) && *p != '.' &&
                    !((*p == '+' || *p == '-') && (e == 'e' || e == 'p')))
                    break;
            }
            t.kind = TK_ATOM;
        } else if (c == '"' || c == '\'') {
            p = skip_short(p, end, &x->line);
            t.kind = TK_ATOM;
        } else if (c == '[' && long_level(p, end) >= 0) {
            p = skip_long(p, end, long_level(p, end), &x->line);
            t.kind = TK_ATOM;
        } else if (c == '=' || c == '.' || c == ':' || c == '~' || c == '<' || c == '>') {
            /* '=', '.' and ':' alone matter; ==, .., ..., ::, ~=, <= and >= are operators */
            p++;
            bool twice = p < end && *p == (c == '~' || c == '<' || c == '>' ? '=' : c);
            if (twice) {
                p++;
                if (c == '.' && p < end && *p == '.')
                    p++;
            }
            t.kind = twice || c == '~' || c == '<' || c == '>' ? TK_ATOM
                     : c == '=' ? TK_ASSIGN : c;
        } else {
            p++;
            t.kind = c && strchr("{}()[],;", c) ? c : TK_ATOM;
        }
        t.len = (size_t)(p - t.s);
        break;
    }
    if (t.kind == TK_EOF)
        t.line = x->line;
    x->p = p;
    return t;
}

/* ---- the scan ---- */

typedef enum { NEST_TABLE, NEST_PAREN, NEST_BRACKET, NEST_BLOCK } NestKind;

/* One open bracket or block; for a table, where its reading stands. */
typedef struct {
    NestKind kind;
    int table;        /* its id */
    int parent_field; /* the field of the table around it that it is the whole value of, or -1 */
    bool expect_field; /* the next token starts a field */
    bool await_assign; /* a field's name was read: '=' comes next */
    bool value_first;  /* the next token starts the value of the field being read */
    long long entries; /* list entries so far */
    int field;         /* the field being read, -1 */
} Nest;

static size_t add_name(SrcMap *m, const char *s, size_t len)
{
    size_t at = m->names.len;
    strbuf_append(&m->names, s, len);
    strbuf_append(&m->names, "", 1);
    return at;
}

/* Records a field (named when name is given, else list entry index) of table t. */
static int add_field(SrcMap *m, int t, const Tok *name, long long index, int line)
{
    if (m->n_fields + m->n_tables >= MAX_RECORDS)
        return -1;
    m->scan = xgrow(m->scan, m->n_fields, &m->cap_fields, sizeof *m->scan);
    Field *f = &m->scan[m->n_fields];
    *f = (Field){.f = {.index = index, .line = line, .child = -1}, .table = t,
                 .name_at = name ? add_name(m, name->s, name->len) : NO_NAME};
    return (int)m->n_fields++;
}

/* A new table; a call's argument when fn (the name before it) is given. */
static int add_table(SrcMap *m, const Tok *fn)
{
    if (m->n_fields + m->n_tables >= MAX_RECORDS)
        return -1;
    m->tables = xgrow(m->tables, m->n_tables, &m->cap_tables, sizeof *m->tables);
    Table *t = &m->tables[m->n_tables];
    *t = (Table){.call_line = fn ? fn->chain : 0,
                 .ctor_at = fn ? add_name(m, fn->s, fn->len) : NO_NAME};
    return (int)m->n_tables++;
}

/* Pops the nest down to the innermost of kind, and returns it (a copy), or NULL (nothing
 * popped) when none is open: a stray closing bracket. */
static bool pop_to(Nest *nest, size_t *n, NestKind kind, Nest *out)
{
    size_t k = *n;
    while (k > 0 && nest[k - 1].kind != kind)
        k--;
    if (k == 0)
        return false;
    *out = nest[k - 1];
    *n = k - 1;
    return true;
}

/* Reads a token at the level of the table open on top of the nest: field names, list entries,
 * separators. Returns true when the token is used up; *parent_field is set when it is a '{'
 * that starts the value of the field being read. */
static bool table_token(SrcMap *m, Nest *top, const Tok *cur, const Tok *next, int *parent_field)
{
    if (top->await_assign) {
        top->await_assign = false;
        if (cur->kind == TK_ASSIGN) {
            top->value_first = true;
            return true;
        }
    }
    if (top->expect_field && cur->kind != '}') {
        top->expect_field = false;
        if (cur->kind == TK_NAME && next->kind == TK_ASSIGN && top->table >= 0) {
            top->field = add_field(m, top->table, cur, 0, cur->line);
            top->await_assign = true;
            return true;
        }
        if (cur->kind == '[') {
            top->field = -1; /* [key] = value: its line is not kept */
        } else {
            top->entries++;
            top->field = top->table >= 0 ? add_field(m, top->table, NULL, top->entries, cur->line)
                                         : -1;
            top->value_first = true;
        }
    }
    if (top->value_first) {
        top->value_first = false;
        if (cur->kind == '{')
            *parent_field = top->field;
    }
    if (cur->kind == ',' || cur->kind == ';') {
        top->expect_field = true;
        top->field = -1;
        return true;
    }
    return false;
}

static void scan(SrcMap *m, const char *src, size_t len)
{
    Lex x = {src, src + len, 1};
    Nest *nest = xcalloc(MAX_NESTING, sizeof *nest);
    size_t depth = 0;
    Tok prev1 = {0}, prev2 = {0};
    Tok cur = lex_next(&x), next = lex_next(&x);
    while (cur.kind != TK_EOF) {
        if (cur.kind == TK_NAME)
            cur.chain = (prev1.kind == '.' || prev1.kind == ':') && prev2.kind == TK_NAME
                            ? prev2.chain : cur.line;
        int parent_field = -1;
        bool used = depth && nest[depth - 1].kind == NEST_TABLE &&
                    table_token(m, &nest[depth - 1], &cur, &next, &parent_field);
        Nest closed;
        NestKind open = NEST_TABLE;
        bool opens = false;
        switch (used ? TK_ATOM : cur.kind) {
        case '{': opens = true; open = NEST_TABLE; break;
        case '(': opens = true; open = NEST_PAREN; break;
        case '[': opens = true; open = NEST_BRACKET; break;
        case '}':
            if (pop_to(nest, &depth, NEST_TABLE, &closed) && closed.parent_field >= 0 &&
                (next.kind == ',' || next.kind == ';' || next.kind == '}'))
                m->scan[closed.parent_field].f.child = closed.table;
            break;
        case ')': pop_to(nest, &depth, NEST_PAREN, &closed); break;
        case ']': pop_to(nest, &depth, NEST_BRACKET, &closed); break;
        case TK_NAME:
            if (cur.kw == KW_OPEN) {
                opens = true;
                open = NEST_BLOCK;
            } else if (cur.kw == KW_CLOSE) {
                pop_to(nest, &depth, NEST_BLOCK, &closed);
            }
            break;
        default: break;
        }
        if (opens) {
            if (depth == MAX_NESTING)
                break;
            Nest *n = &nest[depth++];
            *n = (Nest){.kind = open, .table = -1, .parent_field = -1, .field = -1};
            if (open == NEST_TABLE) {
                /* choice { ... } or choice({ ... }): the argument of a call */
                const Tok *fn = prev1.kind == TK_NAME ? &prev1
                                : prev1.kind == '(' && prev2.kind == TK_NAME ? &prev2 : NULL;
                if (fn && fn->kw != KW_NONE)
                    fn = NULL;
                n->table = add_table(m, fn);
                n->parent_field = n->table >= 0 ? parent_field : -1;
                n->expect_field = true;
            }
        }
        prev2 = prev1;
        prev1 = cur;
        cur = next;
        next = lex_next(&x);
    }
    free(nest);
}

static int by_call_line(const void *a, const void *b, void *ctx)
{
    const SrcMap *m = ctx;
    int x = *(const int *)a, y = *(const int *)b;
    int lx = m->tables[x].call_line, ly = m->tables[y].call_line;
    return lx != ly ? (lx > ly) - (lx < ly) : (x > y) - (x < y);
}

/* Groups the fields by table, each table's in the order written, and indexes the calls. */
static void finish(SrcMap *m)
{
    m->fields = xcalloc(m->n_fields ? m->n_fields : 1, sizeof *m->fields);
    for (size_t i = 0; i < m->n_fields; i++)
        m->tables[m->scan[i].table].n++;
    size_t at = 0;
    for (size_t t = 0; t < m->n_tables; t++) {
        m->tables[t].first = at;
        at += m->tables[t].n;
        m->tables[t].n = 0;
    }
    for (size_t i = 0; i < m->n_fields; i++) {
        Table *t = &m->tables[m->scan[i].table];
        SrcField *f = &m->fields[t->first + t->n++];
        *f = m->scan[i].f;
        f->name = m->scan[i].name_at == NO_NAME ? NULL : m->names.s + m->scan[i].name_at;
    }
    free(m->scan);
    m->scan = NULL;
    m->calls = xcalloc(m->n_tables ? m->n_tables : 1, sizeof *m->calls);
    for (size_t t = 0; t < m->n_tables; t++)
        if (m->tables[t].call_line > 0)
            m->calls[m->n_calls++] = (int)t;
    qsort_r(m->calls, m->n_calls, sizeof *m->calls, by_call_line, m);
}

SrcMap *srcmap_new(const char *src, size_t len)
{
    SrcMap *m = xcalloc(1, sizeof *m);
    strbuf_init(&m->names);
    scan(m, src, len);
    finish(m);
    return m;
}

void srcmap_free(SrcMap *m)
{
    if (!m)
        return;
    free(m->tables);
    free(m->scan);
    free(m->fields);
    free(m->calls);
    strbuf_done(&m->names);
    free(m);
}

size_t srcmap_calls(const SrcMap *m, int line, const char *name, int *out, size_t max)
{
    size_t lo = 0, hi = m->n_calls;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->tables[m->calls[mid]].call_line < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    for (size_t i = lo; i < m->n_calls && m->tables[m->calls[i]].call_line == line; i++) {
        const Table *t = &m->tables[m->calls[i]];
        if (name && strcmp(m->names.s + t->ctor_at, name) != 0)
            continue;
        if (n < max)
            out[n] = m->calls[i];
        n++;
    }
    return n;
}

size_t srcmap_count(const SrcMap *m, int t)
{
    return t >= 0 && (size_t)t < m->n_tables ? m->tables[t].n : 0;
}

const SrcField *srcmap_field(const SrcMap *m, int t, size_t k)
{
    return &m->fields[m->tables[t].first + k];
}

int srcmap_line(const SrcMap *m, int t, const char *name, long long index)
{
    int line = 0;
    for (size_t k = 0, n = srcmap_count(m, t); k < n; k++) {
        const SrcField *f = srcmap_field(m, t, k);
        if (name ? f->name && strcmp(f->name, name) == 0 : !f->name && f->index == index)
            line = f->line;
    }
    return line;
}
