/* Word-wrapping of lesson text into display lines: paragraphs, "- " bullets, UTF-8 widths. */
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
    for (size_t i = 0; i < l->n; i++)
        free(l->lines[i].text);
    free(l->lines);
    layout_init(l);
}

void layout_add(Layout *l, const char *text, int indent)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->lines = xrealloc(l->lines, l->cap * sizeof *l->lines);
    }
    l->lines[l->n].text = xstrdup(text);
    l->lines[l->n].indent = indent;
    l->n++;
}

/* The line being filled by wrap_block. */
typedef struct {
    StrBuf text;
    int indent, col, rest_indent;
} Filling;

/* Emits the line being filled and starts the next one at the hanging indent. */
static void line_break(Layout *out, Filling *f)
{
    layout_add(out, f->text.s, f->indent);
    strbuf_done(&f->text);
    strbuf_init(&f->text);
    f->indent = f->rest_indent;
    f->col = 0;
}

/* Wraps one logical block (paragraph or bullet item, spaces normalised) into lines: the first
 * gets first_prefix at first_indent, the rest hang at rest_indent. */
static void wrap_block(Layout *out, const char *block, int width, const char *first_prefix,
                       int first_indent, int rest_indent)
{
    Filling f = {.indent = first_indent, .col = text_width(first_prefix), .rest_indent = rest_indent};
    strbuf_init(&f.text);
    strbuf_puts(&f.text, first_prefix);
    bool line_has_word = false;
    size_t len = strlen(block);
    for (size_t i = 0; i < len;) {
        while (i < len && block[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t start = i;
        while (i < len && block[i] != ' ')
            i++;
        char *word = xstrndup(block + start, i - start);
        int ww = text_width(word);
        if (line_has_word && f.col + 1 + ww > width - f.indent) {
            line_break(out, &f);
            line_has_word = false;
        }
        if (line_has_word) {
            strbuf_puts(&f.text, " ");
            f.col++;
        }
        if (ww <= width - f.indent - f.col) {
            strbuf_puts(&f.text, word);
            f.col += ww;
        } else {
            /* A word longer than the box: break it at the column limit. */
            size_t wl = strlen(word);
            for (size_t k = 0; k < wl;) {
                long cp;
                int n = utf8_decode(word + k, wl - k, &cp);
                int cw = text_cp_width(cp);
                if (f.col + cw > width - f.indent && f.col > 0)
                    line_break(out, &f);
                strbuf_append(&f.text, word + k, (size_t)n);
                f.col += cw;
                k += (size_t)n;
            }
        }
        line_has_word = true;
        free(word);
    }
    if (line_has_word || f.text.len > 0)
        layout_add(out, f.text.s, f.indent);
    strbuf_done(&f.text);
}

/* Emits one finished block, with a blank line before it unless it continues a bullet list. */
static void flush_block(Layout *out, StrBuf *block, int width, const char *bullet, bool is_bullet,
                        bool *emitted_any, bool *prev_bullet, bool blank_before)
{
    if (*emitted_any && (!is_bullet || !*prev_bullet || blank_before))
        layout_add(out, "", 0);
    wrap_block(out, block->s, width, is_bullet ? bullet : "", is_bullet ? 2 : 0, is_bullet ? 4 : 0);
    *emitted_any = true;
    *prev_bullet = is_bullet;
    strbuf_done(block);
    strbuf_init(block);
}

void layout_text(Layout *out, const char *raw, int width, bool utf8)
{
    if (width < 8)
        width = 8;
    char *text = text_sanitize(raw, true, utf8);
    const char *bullet = utf8 ? "\xE2\x80\xA2 " : "* ";
    StrBuf block;
    strbuf_init(&block);
    bool have_block = false, in_bullet = false, emitted_any = false, prev_bullet = false;
    bool blank_before = false; /* a blank line since the last flushed block */

    for (const char *p = text;;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        const char *s = p;
        size_t k = n;
        while (k > 0 && *s == ' ')
            s++, k--;
        while (k > 0 && s[k - 1] == ' ')
            k--;
        bool blank = k == 0;
        bool starts_bullet = k >= 2 && s[0] == '-' && s[1] == ' ';
        if ((blank || starts_bullet) && have_block) {
            flush_block(out, &block, width, bullet, in_bullet, &emitted_any, &prev_bullet,
                        blank_before);
            have_block = false;
            blank_before = false;
        }
        if (blank) {
            blank_before = true;
            in_bullet = false;
        } else {
            if (starts_bullet) {
                in_bullet = true;
                s += 2, k -= 2;
            }
            if (have_block)
                strbuf_puts(&block, " ");
            strbuf_append(&block, s, k);
            have_block = true;
        }
        if (!nl)
            break;
        p = nl + 1;
    }
    if (have_block)
        flush_block(out, &block, width, bullet, in_bullet, &emitted_any, &prev_bullet, blank_before);
    strbuf_done(&block);
    free(text);
}
