/* A multi-line text editor: the text, a cursor in it, and lines wrapped at spaces to the width
 * drawn, worked out again at each key and draw (texts here are a few paragraphs). */
#include "editor.h"

#include <stdlib.h>
#include <string.h>

#include "screen.h"

void editor_init(Editor *e, int max)
{
    *e = (Editor){.max = max, .goal = -1};
    strbuf_init(&e->text);
    strbuf_puts(&e->text, "");
}

void editor_done(Editor *e)
{
    strbuf_done(&e->text);
}

/* Whether code point cp may be typed: it draws as itself (no control character, no
 * bidirectional override), as in input.c. */
static bool typable(long cp)
{
    if (cp < 0x20 || cp == 0x7F || cp >= KEY_OFFSET)
        return false;
    char buf[5];
    int n = utf8_encode(cp, buf);
    if (n <= 0)
        return false;
    buf[n] = '\0';
    char *safe = text_sanitize(buf, false, true);
    bool ok = strcmp(buf, safe) == 0;
    free(safe);
    return ok;
}

/* Inserts n bytes at the cursor, which moves past them. */
static void insert(Editor *e, const char *s, size_t n)
{
    StrBuf *b = &e->text;
    strbuf_reserve(b, n);
    memmove(b->s + e->cur + n, b->s + e->cur, b->len - e->cur + 1);
    memcpy(b->s + e->cur, s, n);
    b->len += n;
    e->cur += n;
    e->chars++;
}

/* Inserts code point cp ('\n' or one that may be typed); false when it may not or the text is
 * full. */
static bool insert_cp(Editor *e, long cp)
{
    if (e->chars >= e->max || (cp != '\n' && !typable(cp)))
        return false;
    char buf[4];
    int n = utf8_encode(cp, buf);
    if (n <= 0)
        return false;
    insert(e, buf, (size_t)n);
    return true;
}

void editor_set(Editor *e, const char *text)
{
    e->text.len = 0;
    e->text.s[0] = '\0';
    e->cur = 0;
    e->chars = 0;
    e->top = 0;
    e->goal = -1;
    size_t len = text ? strlen(text) : 0;
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(text + i, len - i, &cp);
        if (cp == '\r')
            continue;
        if (cp == '\t')
            cp = ' ';
        else if (cp != '\n' && !typable(cp))
            cp = 0xFFFD; /* shown inert, as everywhere: the text says something was there */
        insert_cp(e, cp);
    }
}

/* The start of the character before offset i (0 at the start). */
static size_t prev_char(const StrBuf *b, size_t i)
{
    if (i == 0)
        return 0;
    i--;
    while (i > 0 && ((unsigned char)b->s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* The offset after the character at i. */
static size_t next_char(const StrBuf *b, size_t i)
{
    if (i >= b->len)
        return b->len;
    long cp;
    return i + (size_t)utf8_decode(b->s + i, b->len - i, &cp);
}

/* One wrapped line: bytes [start, end) drawn; the next begins at end, or after the line break
 * at end when hard. */
typedef struct {
    size_t start, end;
    bool hard; /* ends at a line break or the end of the text */
} Wrapped;

/* The wrapped lines of the text at width cols (caller frees *out); returns how many. */
static size_t wrap(const StrBuf *b, int cols, Wrapped **out)
{
    size_t n = 0, cap = 0;
    Wrapped *w = NULL;
    if (cols < 1)
        cols = 1;
    size_t start = 0, i = 0, space = 0;
    bool has_space = false;
    int width = 0;
    for (;;) {
        if (i >= b->len || b->s[i] == '\n') {
            w = xgrow(w, n, &cap, sizeof *w);
            w[n++] = (Wrapped){start, i, true};
            if (i >= b->len)
                break;
            start = ++i;
            width = 0;
            has_space = false;
            continue;
        }
        long cp;
        int k = utf8_decode(b->s + i, b->len - i, &cp);
        int cw = cp >= 0 ? text_cp_width(cp) : 1;
        if (width + cw > cols && i > start) {
            /* Break after the last space on the line, else here, in the middle of a word. */
            size_t at = has_space ? space : i;
            w = xgrow(w, n, &cap, sizeof *w);
            w[n++] = (Wrapped){start, at, false};
            start = at;
            has_space = false;
            width = 0;
            for (size_t j = start; j < i;) {
                long c2;
                int k2 = utf8_decode(b->s + j, b->len - j, &c2);
                width += c2 >= 0 ? text_cp_width(c2) : 1;
                j += (size_t)k2;
            }
            continue;
        }
        width += cw;
        i += (size_t)k;
        if (cp == ' ') {
            space = i;
            has_space = true;
        }
    }
    *out = w;
    return n;
}

/* The wrapped line the cursor is on. */
static size_t line_of(const Wrapped *w, size_t n, size_t cur)
{
    for (size_t l = 0; l < n; l++)
        if (cur >= w[l].start && (cur < w[l].end || (cur == w[l].end && (w[l].hard || l + 1 == n))))
            return l;
    return n ? n - 1 : 0;
}

/* Columns from the start of line l to offset to. */
static int column(const StrBuf *b, const Wrapped *l, size_t to)
{
    int width = 0;
    for (size_t j = l->start; j < to && j < l->end;) {
        long cp;
        int k = utf8_decode(b->s + j, b->len - j, &cp);
        width += cp >= 0 ? text_cp_width(cp) : 1;
        j += (size_t)k;
    }
    return width;
}

/* The offset on line l nearest column col, not past it. */
static size_t at_column(const StrBuf *b, const Wrapped *l, int col)
{
    size_t j = l->start;
    int width = 0;
    while (j < l->end) {
        long cp;
        int k = utf8_decode(b->s + j, b->len - j, &cp);
        int cw = cp >= 0 ? text_cp_width(cp) : 1;
        if (width + cw > col)
            break;
        width += cw;
        j += (size_t)k;
    }
    /* A soft line's end is the next line's start: stay before it. */
    if (j == l->end && !l->hard && j > l->start)
        j = prev_char(b, j);
    return j;
}

/* Moves the cursor by lines wrapped lines (negative: up), keeping to the goal column. */
static bool move_lines(Editor *e, int lines)
{
    Wrapped *w;
    size_t n = wrap(&e->text, e->cols, &w);
    size_t l = line_of(w, n, e->cur);
    if (e->goal < 0)
        e->goal = column(&e->text, &w[l], e->cur);
    long to = (long)l + lines;
    if (to < 0)
        to = 0;
    if (to >= (long)n)
        to = (long)n - 1;
    bool moved = (size_t)to != l;
    if (moved)
        e->cur = at_column(&e->text, &w[to], e->goal);
    free(w);
    return moved;
}

/* Moves the cursor to the start or the end of its wrapped line. */
static bool move_edge(Editor *e, bool end)
{
    Wrapped *w;
    size_t n = wrap(&e->text, e->cols, &w);
    const Wrapped *l = &w[line_of(w, n, e->cur)];
    size_t to = end ? (l->hard ? l->end : prev_char(&e->text, l->end)) : l->start;
    if (end && !l->hard && to < l->start)
        to = l->start;
    bool moved = to != e->cur;
    e->cur = to;
    free(w);
    return moved;
}

bool editor_key(Editor *e, int key)
{
    StrBuf *b = &e->text;
    if (key != K_UP && key != K_DOWN && key != K_PGUP && key != K_PGDN)
        e->goal = -1;
    int page = e->rows > 1 ? e->rows - 1 : 1;
    switch (key) {
    case K_LEFT:
        if (e->cur == 0)
            return false;
        e->cur = prev_char(b, e->cur);
        return true;
    case K_RIGHT:
        if (e->cur >= b->len)
            return false;
        e->cur = next_char(b, e->cur);
        return true;
    case K_UP: return move_lines(e, -1);
    case K_DOWN: return move_lines(e, 1);
    case K_PGUP: return move_lines(e, -page);
    case K_PGDN: return move_lines(e, page);
    case K_HOME: return move_edge(e, false);
    case K_END: return move_edge(e, true);
    case K_BACKSPACE: {
        if (e->cur == 0)
            return false;
        size_t from = prev_char(b, e->cur);
        memmove(b->s + from, b->s + e->cur, b->len - e->cur + 1);
        b->len -= e->cur - from;
        e->cur = from;
        e->chars--;
        return true;
    }
    case K_ENTER: return insert_cp(e, '\n');
    default: return key < KEY_OFFSET && insert_cp(e, key);
    }
}

int editor_lines(const Editor *e, int cols)
{
    Wrapped *w;
    size_t n = wrap(&e->text, cols, &w);
    free(w);
    return (int)n;
}

void editor_draw(Editor *e, int y, int x, int rows, int cols, bool focused)
{
    if (rows < 1 || cols < 2)
        return;
    /* A column is kept for the cursor after a line that fills the width. */
    int tw = cols - 1;
    e->cols = tw;
    e->rows = rows;
    Wrapped *w;
    size_t n = wrap(&e->text, tw, &w);
    size_t l = line_of(w, n, e->cur);
    if ((int)l < e->top)
        e->top = (int)l;
    if ((int)l >= e->top + rows)
        e->top = (int)l - rows + 1;
    if (e->top + rows > (int)n)
        e->top = (int)n > rows ? (int)n - rows : 0;
    StrBuf *b = &e->text;
    for (int r = 0; r < rows && e->top + r < (int)n; r++) {
        const Wrapped *ln = &w[e->top + r];
        char *part = xstrndup(b->s + ln->start, ln->end - ln->start);
        term_print(y + r, x, tw, ROLE_NORMAL, part);
        free(part);
    }
    if (focused) {
        int row = (int)l - e->top, col = column(b, &w[l], e->cur);
        if (col > tw)
            col = tw;
        bool on_char = e->cur < b->len && b->s[e->cur] != '\n' && e->cur < w[l].end;
        char *under = on_char ? xstrndup(b->s + e->cur, next_char(b, e->cur) - e->cur)
                              : xstrdup(" ");
        term_print(y + row, x + col, text_width(under) > 1 ? 2 : 1, ROLE_SELECTED, under);
        term_cursor_hint(y + row, x + col);
        free(under);
    }
    free(w);
}
