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

/* Wraps one logical block (paragraph or bullet item, spaces normalised) into lines: the first
 * gets first_prefix at first_indent, the rest hang at rest_indent. */
static void wrap_block(Layout *out, const char *block, int width, const char *first_prefix,
                       int first_indent, int rest_indent)
{
    StrBuf line;
    strbuf_init(&line);
    strbuf_puts(&line, first_prefix);
    int indent = first_indent;
    int col = text_width(first_prefix);
    bool line_has_word = false;
    size_t len = strlen(block);
    size_t i = 0;
    while (i < len) {
        while (i < len && block[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t start = i;
        while (i < len && block[i] != ' ')
            i++;
        /* Measure the word. */
        char *word = xstrndup(block + start, i - start);
        int ww = text_width(word);
        int avail = width - indent;
        int need = ww + (line_has_word ? 1 : 0);
        if (line_has_word && col + need > avail) {
            layout_add(out, line.s, indent);
            strbuf_done(&line);
            strbuf_init(&line);
            indent = rest_indent;
            avail = width - indent;
            col = 0;
            line_has_word = false;
        }
        if (line_has_word) {
            strbuf_puts(&line, " ");
            col++;
        }
        if (ww <= avail - col) {
            strbuf_puts(&line, word);
            col += ww;
        } else {
            /* A word longer than the box: break it at the column limit. */
            size_t wl = strlen(word);
            for (size_t k = 0; k < wl;) {
                long cp;
                int n = utf8_decode(word + k, wl - k, &cp);
                int cw = text_cp_width(cp);
                if (col + cw > avail && col > 0) {
                    layout_add(out, line.s, indent);
                    strbuf_done(&line);
                    strbuf_init(&line);
                    indent = rest_indent;
                    avail = width - indent;
                    col = 0;
                }
                strbuf_append(&line, word + k, (size_t)n);
                col += cw;
                k += (size_t)n;
            }
        }
        line_has_word = true;
        free(word);
    }
    if (line_has_word || line.len > 0)
        layout_add(out, line.s, indent);
    strbuf_done(&line);
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
