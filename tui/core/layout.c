/* Word-wrapping of lesson text into display lines: paragraphs, "- " bullets, UTF-8 widths, and
 * in page markup headings, notes, warnings and *emphasis* (spans, so widths exclude the marks). */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

void layout_init(Layout *l)
{
    memset(l, 0, sizeof *l);
}

void layout_done(Layout *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->lines[i].text);
        free(l->lines[i].emph);
    }
    free(l->lines);
    layout_init(l);
}

/* Appends a line; takes ownership of text. The pointer is valid until the next push. */
static LayoutLine *line_push(Layout *l, char *text, int indent, LayoutStyle style)
{
    l->lines = xgrow(l->lines, l->n, &l->cap, sizeof *l->lines);
    l->lines[l->n] = (LayoutLine){.text = text, .indent = indent, .style = style};
    return &l->lines[l->n++];
}

void layout_add(Layout *l, const char *text, int indent)
{
    line_push(l, xstrdup(text), indent, LAYOUT_PLAIN);
}

/* ---- emphasis ---- */

/* A block's text with the emphasis marks taken out; emph holds one '1' (emphasised) or '0' per
 * byte of s. */
typedef struct {
    StrBuf s, emph;
} Marked;

static void marked_append(Marked *m, const char *s, size_t n, bool emph)
{
    strbuf_append(&m->s, s, n);
    for (size_t i = 0; i < n; i++)
        strbuf_append(&m->emph, emph ? "1" : "0", 1);
}

/* Letters and digits, ASCII or not: an asterisk touching one on the outside is part of a word
 * ("un*important", "2*3"), not a mark. */
static bool is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool opens_at(const char *b, size_t len, size_t i)
{
    return b[i] == '*' && i + 1 < len && b[i + 1] != ' ' && b[i + 1] != '*' &&
           (i == 0 || (b[i - 1] != '*' && !is_word_byte((unsigned char)b[i - 1])));
}

static bool closes_at(const char *b, size_t len, size_t j)
{
    return b[j] == '*' && j > 0 && b[j - 1] != ' ' && b[j - 1] != '*' &&
           (j + 1 == len || (b[j + 1] != '*' && !is_word_byte((unsigned char)b[j + 1])));
}

/* Copies block b into out, taking out the marks of paired emphasis when markup is on. Linear:
 * once an opener finds no closer, no later one can. */
static void mark_block(Marked *out, const char *b, size_t len, bool markup)
{
    bool closers_left = markup;
    for (size_t i = 0; i < len;) {
        if (closers_left && opens_at(b, len, i)) {
            size_t j = i + 1;
            while (j < len && !closes_at(b, len, j))
                j++;
            if (j < len) {
                marked_append(out, b + i + 1, j - i - 1, true);
                i = j + 1;
                continue;
            }
            closers_left = false;
        }
        size_t k = i + 1;
        while (k < len && b[k] != '*')
            k++;
        marked_append(out, b + i, k - i, false);
        i = k;
    }
}

/* ---- wrapping one block ---- */

/* How a block's lines begin: a prefix (mark) and indent for the first line and for the rest. */
typedef struct {
    const char *first_prefix, *rest_prefix;
    int first_indent, rest_indent;
    LayoutStyle style;
} Shape;

/* The line being filled by wrap_block. */
typedef struct {
    Layout *out;
    const Shape *shape;
    int width;
    StrBuf text, emph; /* emph: a '0' or '1' per byte of text */
    int indent, col, base; /* base: columns of the line's prefix */
} Filling;

static void fill_put(Filling *f, const char *s, const char *emph, size_t n)
{
    strbuf_append(&f->text, s, n);
    if (emph)
        strbuf_append(&f->emph, emph, n);
    else
        for (size_t i = 0; i < n; i++)
            strbuf_append(&f->emph, "0", 1);
}

static void fill_start(Filling *f, const char *prefix, int indent)
{
    strbuf_init(&f->text);
    strbuf_init(&f->emph);
    f->indent = indent;
    f->col = f->base = text_width(prefix);
    fill_put(f, prefix, NULL, strlen(prefix));
}

/* Emits the line being filled, with its emphasised runs as spans. */
static void fill_emit(Filling *f)
{
    LayoutLine *l = line_push(f->out, strbuf_take(&f->text), f->indent, f->shape->style);
    const char *e = f->emph.s;
    size_t n = f->emph.len, cap = 0;
    for (size_t i = 0; i < n;) {
        if (e[i] != '1') {
            i++;
            continue;
        }
        size_t start = i;
        while (i < n && e[i] == '1')
            i++;
        l->emph = xgrow(l->emph, l->n_emph, &cap, sizeof *l->emph);
        l->emph[l->n_emph++] = (LayoutSpan){start, i - start};
    }
    strbuf_done(&f->emph);
}

/* Emits the line being filled and starts the next one with the rest prefix. */
static void line_break(Filling *f)
{
    fill_emit(f);
    fill_start(f, f->shape->rest_prefix, f->shape->rest_indent);
}

/* Wraps one logical block (spaces not yet normalised) into lines shaped by sh. */
static void wrap_block(Layout *out, const Marked *m, int width, const Shape *sh)
{
    Filling f = {.out = out, .shape = sh, .width = width};
    fill_start(&f, sh->first_prefix, sh->first_indent);
    const char *s = m->s.s, *e = m->emph.s;
    size_t len = m->s.len;
    bool line_has_word = false;
    char gap = '0'; /* emphasis of the space before the next word */
    for (size_t i = 0; i < len;) {
        if (s[i] == ' ') {
            gap = line_has_word ? e[i] : '0';
            while (i < len && s[i] == ' ')
                i++;
            continue;
        }
        size_t start = i;
        while (i < len && s[i] != ' ')
            i++;
        char *word = xstrndup(s + start, i - start);
        int ww = text_width(word);
        if (line_has_word && f.col + 1 + ww > width - f.indent) {
            line_break(&f);
            line_has_word = false;
        }
        if (line_has_word) {
            fill_put(&f, " ", &gap, 1);
            f.col++;
        }
        if (ww <= width - f.indent - f.col) {
            fill_put(&f, word, e + start, i - start);
            f.col += ww;
        } else {
            /* A word longer than the box: break it at the column limit. */
            size_t wl = i - start;
            for (size_t k = 0; k < wl;) {
                long cp;
                int n = utf8_decode(word + k, wl - k, &cp);
                int cw = text_cp_width(cp);
                if (f.col + cw > width - f.indent && f.col > f.base)
                    line_break(&f);
                fill_put(&f, word + k, e + start + k, (size_t)n);
                f.col += cw;
                k += (size_t)n;
            }
        }
        line_has_word = true;
        gap = '0';
        free(word);
    }
    if (line_has_word || f.text.len > 0) {
        fill_emit(&f);
    } else {
        strbuf_done(&f.text);
        strbuf_done(&f.emph);
    }
}

/* ---- blocks ---- */

enum { MARK_NOTE_FIRST, MARK_NOTE_REST, MARK_WARN_FIRST, MARK_WARN_REST, MARK_COUNT };

/* State of one layout_text or layout_markup call. */
typedef struct {
    Layout *out;
    int width;
    bool markup;
    const char *bullet;
    char *marks[MARK_COUNT]; /* sanitised, fitted to the width */
    StrBuf block;            /* the block being gathered, lines joined with a space */
    bool have_block;
    LayoutStyle kind;        /* of the block being gathered */
    bool emitted_any;
    LayoutStyle prev_kind;   /* of the last flushed block */
    bool blank_before;       /* a blank line since the last flushed block */
} Lay;

/* Emits the gathered block, with a blank line before it unless it continues a bullet list or
 * follows a heading. */
static void flush_block(Lay *y)
{
    if (!y->have_block)
        return;
    bool continues_list = y->kind == LAYOUT_BULLET && y->prev_kind == LAYOUT_BULLET &&
                          !y->blank_before;
    if (y->emitted_any && !continues_list && y->prev_kind != LAYOUT_HEADING)
        layout_add(y->out, "", 0);
    Shape sh = {.first_prefix = "", .rest_prefix = "", .style = y->kind};
    switch (y->kind) {
    case LAYOUT_BULLET:
        sh.first_prefix = y->bullet;
        sh.first_indent = 2;
        sh.rest_indent = 4;
        break;
    case LAYOUT_NOTE:
        sh.first_prefix = y->marks[MARK_NOTE_FIRST];
        sh.rest_prefix = y->marks[MARK_NOTE_REST];
        break;
    case LAYOUT_WARNING:
        sh.first_prefix = y->marks[MARK_WARN_FIRST];
        sh.rest_prefix = y->marks[MARK_WARN_REST];
        break;
    default: break;
    }
    Marked m;
    strbuf_init(&m.s);
    strbuf_init(&m.emph);
    mark_block(&m, y->block.s, y->block.len, y->markup);
    wrap_block(y->out, &m, y->width, &sh);
    strbuf_done(&m.s);
    strbuf_done(&m.emph);
    y->emitted_any = true;
    y->prev_kind = y->kind;
    y->have_block = false;
    y->blank_before = false;
    y->block.len = 0;
    y->block.s[0] = '\0';
}

/* The kind of block a (trimmed) line opens, and how many bytes its marker takes; LAYOUT_PLAIN
 * with 0 for a line that opens nothing. */
static LayoutStyle line_opens(const char *s, size_t k, bool markup, size_t *marker)
{
    *marker = 0;
    if (k >= 2 && s[0] == '-' && s[1] == ' ') {
        *marker = 2;
        return LAYOUT_BULLET;
    }
    if (!markup)
        return LAYOUT_PLAIN;
    if (s[0] == '#') {
        size_t h = 0;
        while (h < k && s[h] == '#')
            h++;
        if (h < k && s[h] == ' ') {
            *marker = h + 1;
            return LAYOUT_HEADING;
        }
    }
    if (k >= 3 && s[0] == '!' && s[1] == '!' && s[2] == ' ') {
        *marker = 3;
        return LAYOUT_WARNING;
    }
    if (k >= 2 && s[0] == '!' && s[1] == ' ') {
        *marker = 2;
        return LAYOUT_NOTE;
    }
    return LAYOUT_PLAIN;
}

/* A mark as given, unless it would take more than half the box. */
static char *fit_mark(const char *mark, const char *fallback, int width, bool utf8)
{
    char *m = text_sanitize(mark ? mark : "", false, utf8);
    if (text_width(m) * 2 <= width)
        return m;
    free(m);
    if (!fallback)
        return xstrdup("");
    return fit_mark(fallback, NULL, width, utf8);
}

static void lay_text(Layout *out, const char *raw, int width, bool utf8, bool markup,
                     const LayoutMarks *marks)
{
    static const LayoutMarks none = {0};
    if (!marks)
        marks = &none;
    Lay y = {.out = out, .width = width < 8 ? 8 : width, .markup = markup};
    y.bullet = utf8 ? "\xE2\x80\xA2 " : "* ";
    y.marks[MARK_NOTE_FIRST] = fit_mark(marks->note_first, marks->note_rest, y.width, utf8);
    y.marks[MARK_NOTE_REST] = fit_mark(marks->note_rest, NULL, y.width, utf8);
    y.marks[MARK_WARN_FIRST] = fit_mark(marks->warning_first, marks->warning_rest, y.width, utf8);
    y.marks[MARK_WARN_REST] = fit_mark(marks->warning_rest, NULL, y.width, utf8);
    strbuf_init(&y.block);
    char *text = text_sanitize(raw, true, utf8);

    for (const char *p = text;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *s = p;
        size_t k = n;
        while (k > 0 && *s == ' ')
            s++, k--;
        while (k > 0 && s[k - 1] == ' ')
            k--;
        size_t marker;
        LayoutStyle opens = k ? line_opens(s, k, y.markup, &marker) : LAYOUT_PLAIN;
        if (k == 0 || opens != LAYOUT_PLAIN)
            flush_block(&y);
        if (k == 0) {
            y.blank_before = true;
        } else {
            if (!y.have_block)
                y.kind = opens;
            s += marker, k -= marker;
            if (y.have_block)
                strbuf_puts(&y.block, " ");
            strbuf_append(&y.block, s, k);
            y.have_block = true;
            if (opens == LAYOUT_HEADING)
                flush_block(&y); /* a heading is one line */
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    flush_block(&y);
    strbuf_done(&y.block);
    for (int i = 0; i < MARK_COUNT; i++)
        free(y.marks[i]);
    free(text);
}

void layout_text(Layout *out, const char *text, int width, bool utf8)
{
    lay_text(out, text, width, utf8, false, NULL);
}

void layout_markup(Layout *out, const char *text, int width, bool utf8, const LayoutMarks *marks)
{
    lay_text(out, text, width, utf8, true, marks);
}
