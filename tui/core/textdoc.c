/* Pages of plain text: lines gathered with what must stay together, then paged. */
#include "textdoc.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

void textdoc_init(TextDoc *d, int width)
{
    memset(d, 0, sizeof *d);
    d->width = width;
    d->open = -1;
}

void textdoc_done(TextDoc *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->lines[i]);
    free(d->lines);
    free(d->flags);
    free(d->table);
    free(d->tables);
    memset(d, 0, sizeof *d);
    d->open = -1;
}

/* Takes ownership of line; its trailing spaces go. */
static void add(TextDoc *d, char *line)
{
    size_t len = strlen(line);
    while (len && line[len - 1] == ' ')
        line[--len] = '\0';
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->lines = xrealloc(d->lines, d->cap * sizeof *d->lines);
        d->flags = xrealloc(d->flags, d->cap * sizeof *d->flags);
        d->table = xrealloc(d->table, d->cap * sizeof *d->table);
    }
    d->lines[d->n] = line;
    d->flags[d->n] = d->pending_break ? TEXTDOC_BREAK : 0;
    d->table[d->n] = d->in_rows ? d->open : -1;
    d->pending_break = false;
    d->n++;
}

void textdoc_line(TextDoc *d, const char *line)
{
    add(d, xstrdup(line));
}

void textdoc_blank(TextDoc *d)
{
    add(d, xstrdup(""));
}

void textdoc_keep(TextDoc *d)
{
    if (d->n)
        d->flags[d->n - 1] |= TEXTDOC_KEEP;
}

void textdoc_break(TextDoc *d)
{
    if (d->n)
        d->pending_break = true;
}

void textdoc_table_head(TextDoc *d)
{
    d->tables = xrealloc(d->tables, (d->n_tables + 1) * sizeof *d->tables);
    d->tables[d->n_tables] = (TextDocTable){d->n, d->n};
    d->open = (int)d->n_tables++;
    d->in_rows = false;
}

void textdoc_table_rows(TextDoc *d)
{
    if (d->open >= 0) {
        d->tables[d->open].to = d->n;
        d->in_rows = true;
    }
}

void textdoc_table_end(TextDoc *d)
{
    d->open = -1;
    d->in_rows = false;
}

void textdoc_heading(TextDoc *d, const char *text, char ch)
{
    size_t n;
    char **lines = textdoc_wrap_lines(text, d->width, &n);
    int w = 0;
    for (size_t i = 0; i < n; i++) {
        if (text_width(lines[i]) > w)
            w = text_width(lines[i]);
        add(d, lines[i]);
        textdoc_keep(d);
    }
    free(lines);
    char *rule = xmalloc((size_t)w + 1);
    memset(rule, ch, (size_t)w);
    rule[w] = '\0';
    add(d, rule);
    textdoc_keep(d);
}

/* The byte length of the longest start of s (up to its end) that fits in width columns, or
 * that ends after a space when one fits (*space says so). */
static size_t fit(const char *s, int width, bool *space)
{
    size_t at = 0, last_space = 0;
    int cols = 0;
    *space = false;
    while (s[at]) {
        long cp;
        int len = utf8_decode(s + at, strlen(s + at), &cp);
        int w = cp < 0 ? 1 : text_cp_width(cp);
        if (cols + w > width)
            break;
        cols += w;
        at += (size_t)len;
        if (cp == ' ')
            last_space = at;
    }
    if (s[at] && last_space) {
        *space = true;
        return last_space;
    }
    return at;
}

char **textdoc_wrap_lines(const char *text, int width, size_t *n)
{
    char *safe = text_sanitize(text ? text : "", true, true);
    size_t cap = 0;
    char **out = NULL;
    *n = 0;
    if (width < 1)
        width = 1;
    char *line = safe;
    for (;;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        const char *s = line;
        do {
            bool space;
            size_t len = fit(s, width, &space);
            if (!len && *s) { /* a character wider than the column: it goes alone */
                long cp;
                len = (size_t)utf8_decode(s, strlen(s), &cp);
            }
            size_t keep = len;
            while (space && keep && s[keep - 1] == ' ')
                keep--;
            out = xgrow(out, *n, &cap, sizeof *out);
            out[(*n)++] = xstrndup(s, keep);
            s += len;
            while (*s == ' ')
                s++;
        } while (*s);
        if (!nl)
            break;
        line = nl + 1;
    }
    free(safe);
    return out;
}

void textdoc_wrap(TextDoc *d, const char *text, int first_indent, int indent)
{
    int width = d->width - (first_indent > indent ? first_indent : indent);
    size_t n;
    char **lines = textdoc_wrap_lines(text, width, &n);
    for (size_t i = 0; i < n; i++) {
        add(d, xasprintf("%*s%s", i ? indent : first_indent, "", lines[i]));
        free(lines[i]);
    }
    free(lines);
}

void textdoc_row(TextDoc *d, const char *const *cells, const int *widths, size_t n, bool keep)
{
    char ***col = xcalloc(n ? n : 1, sizeof *col);
    size_t *rows = xcalloc(n ? n : 1, sizeof *rows), height = 1;
    for (size_t c = 0; c < n; c++) {
        col[c] = textdoc_wrap_lines(cells[c], widths[c], &rows[c]);
        if (rows[c] > height)
            height = rows[c];
    }
    for (size_t r = 0; r < height; r++) {
        StrBuf b;
        strbuf_init(&b);
        for (size_t c = 0; c < n; c++) {
            const char *s = r < rows[c] ? col[c][r] : "";
            strbuf_puts(&b, s);
            if (c + 1 < n)
                strbuf_printf(&b, "%*s", widths[c] - text_width(s) + 2, "");
        }
        while (b.len && b.s[b.len - 1] == ' ')
            b.s[--b.len] = '\0';
        add(d, strbuf_take(&b));
        if (keep && r + 1 < height)
            textdoc_keep(d);
    }
    for (size_t c = 0; c < n; c++) {
        for (size_t r = 0; r < rows[c]; r++)
            free(col[c][r]);
        free(col[c]);
    }
    free(col);
    free(rows);
}

/* ---- pages ---- */

/* The label with its first %d the page and its second the count (nothing else read). */
static char *label_of(const char *label, int page, int pages)
{
    StrBuf b;
    strbuf_init(&b);
    int nums = 0;
    for (const char *s = label; *s; s++) {
        if (s[0] == '%' && s[1] == 'd' && nums < 2) {
            strbuf_printf(&b, "%d", nums++ ? pages : page);
            s++;
        } else {
            strbuf_append(&b, s, 1);
        }
    }
    return strbuf_take(&b);
}

/* The lines a page starting at line k begins with: the head of the table among whose rows k is
 * (its index in *t), when it is short enough to leave room for rows; else 0. */
static int head_before(const TextDoc *d, size_t k, int body, int *t)
{
    *t = k < d->n ? d->table[k] : -1;
    if (*t < 0)
        return 0;
    int len = (int)(d->tables[*t].to - d->tables[*t].from);
    if (len <= 0 || len > body / 2) {
        *t = -1;
        return 0;
    }
    return len;
}

/* Where each line goes: page[i], from 0; and the table whose head each page starts with,
 * repeat[p] (-1: none). Returns the count of pages. */
static int paginate(const TextDoc *d, int body, int *page, bool *shown, int *repeat)
{
    int p = 0, used = 0, top = 0; /* top: the lines of a repeated head at the page's top */
    repeat[0] = -1;
    size_t i = 0;
    while (i < d->n) {
        /* the unit: line i and the lines kept with it */
        size_t end = i;
        while (end + 1 < d->n && (d->flags[end] & TEXTDOC_KEEP) &&
               !(d->flags[end + 1] & TEXTDOC_BREAK))
            end++;
        int len = (int)(end - i + 1);
        if ((d->flags[i] & TEXTDOC_BREAK) && used) {
            p++;
            used = top = head_before(d, i, body, &repeat[p]);
        }
        if (used + len > body && used && len <= body) {
            p++;
            used = top = head_before(d, i, body, &repeat[p]);
        }
        for (size_t k = i; k <= end; k++) {
            if (used == body) {
                p++;
                used = top = head_before(d, k, body, &repeat[p]);
            }
            shown[k] = used > top || d->lines[k][0]; /* no blank line at the top of a page */
            page[k] = p;
            used += shown[k];
        }
        i = end + 1;
    }
    return p + 1;
}

static void centred(FILE *f, const char *s, int width)
{
    int pad = (width - text_width(s)) / 2;
    fprintf(f, "%*s%s\n", pad > 0 ? pad : 0, "", s);
}

bool textdoc_write(const TextDoc *d, FILE *f, int page_lines, const char *head, const char *mark,
                   const char *page_label)
{
    int body = page_lines - 4 > 1 ? page_lines - 4 : 1;
    int *page = xcalloc(d->n ? d->n : 1, sizeof *page);
    bool *shown = xcalloc(d->n ? d->n : 1, sizeof *shown);
    int *repeat = xcalloc(d->n + 1, sizeof *repeat); /* there are at most n pages */
    int pages = paginate(d, body, page, shown, repeat);
    size_t i = 0;
    for (int p = 0; p < pages; p++) {
        if (p)
            fputc('\f', f);
        int mark_w = mark ? text_width(mark) : 0;
        char *left = text_clip(head ? head : "", d->width - mark_w - (mark_w ? 2 : 0), true, "...");
        fputs(left, f);
        if (mark_w)
            fprintf(f, "%*s%s", d->width - text_width(left) - mark_w, "", mark);
        fputs("\n\n", f);
        free(left);
        int used = 0;
        if (repeat[p] >= 0)
            for (size_t k = d->tables[repeat[p]].from; k < d->tables[repeat[p]].to; k++, used++)
                fprintf(f, "%s\n", d->lines[k]);
        for (; i < d->n && page[i] == p; i++) {
            if (!shown[i])
                continue;
            fputs(d->lines[i], f);
            fputc('\n', f);
            used++;
        }
        for (; used < body; used++)
            fputc('\n', f);
        fputc('\n', f);
        if (page_label) {
            char *label = label_of(page_label, p + 1, pages);
            centred(f, label, d->width);
            free(label);
        } else {
            fputc('\n', f);
        }
    }
    free(page);
    free(shown);
    free(repeat);
    return !ferror(f);
}
