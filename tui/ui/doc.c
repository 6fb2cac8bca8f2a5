/* A small styled document for the shell: wrapped lines with a colour role and a tag. */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "../core/layout.h"
#include "../core/text.h"

void doc_init(Doc *d)
{
    memset(d, 0, sizeof *d);
}

void doc_clear(Doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->lines[i].text);
    d->n = 0;
}

void doc_done(Doc *d)
{
    doc_clear(d);
    free(d->lines);
    doc_init(d);
}

void doc_line(Doc *d, const char *text, int indent, Role role, int tag)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 32;
        d->lines = xrealloc(d->lines, d->cap * sizeof *d->lines);
    }
    d->lines[d->n++] = (DocLine){xstrdup(text), indent, role, tag};
}

void doc_blank(Doc *d)
{
    doc_line(d, "", 0, ROLE_NORMAL, -1);
}

void doc_text(Doc *d, const char *text, int width, int indent, Role role, int tag)
{
    Layout l;
    layout_init(&l);
    layout_text(&l, text, width - indent, term_utf8());
    for (size_t i = 0; i < l.n; i++)
        doc_line(d, l.lines[i].text, indent + l.lines[i].indent, role, tag);
    layout_done(&l);
}

void doc_prefixed(Doc *d, const char *prefix, const char *text, int width, Role role, int tag)
{
    int pw = text_width(prefix);
    size_t first = d->n;
    doc_text(d, text, width, pw, role, tag);
    if (d->n > first) {
        /* Put the prefix in front of the first line. */
        DocLine *l = &d->lines[first];
        char *joined = xasprintf("%s%*s%s", prefix, l->indent - pw, "", l->text);
        free(l->text);
        l->text = joined;
        l->indent = 0;
    } else {
        doc_line(d, prefix, 0, role, tag);
    }
}

int doc_find_tag(const Doc *d, int tag, int *last)
{
    int first = -1;
    for (size_t i = 0; i < d->n; i++) {
        if (d->lines[i].tag == tag) {
            if (first < 0)
                first = (int)i;
            if (last)
                *last = (int)i;
        }
    }
    return first;
}

int doc_draw(const Doc *d, size_t first, int top, int rows, int x, int width, int highlight_tag)
{
    int drawn = 0;
    for (size_t i = first; i < d->n && drawn < rows; i++, drawn++) {
        const DocLine *l = &d->lines[i];
        Role role = l->tag >= 0 && l->tag == highlight_tag ? ROLE_SELECTED : l->role;
        term_print(top + drawn, x + l->indent, width - l->indent, role, l->text);
    }
    return drawn;
}

size_t doc_clamp_scroll(const Doc *d, long scroll, int rows)
{
    long max = (long)d->n - rows;
    if (max < 0)
        max = 0;
    if (scroll > max)
        scroll = max;
    if (scroll < 0)
        scroll = 0;
    return (size_t)scroll;
}
