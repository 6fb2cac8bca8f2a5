/* Localised text, untrusted-text sanitising and UTF-8 helpers shared by every layer. */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

static const char *const lang_codes[LANG_COUNT] = {"en", "es"};

const char *ltext_get(const LText *t, Lang lang)
{
    if (t->s[lang] && t->s[lang][0])
        return t->s[lang];
    if (t->s[LANG_EN] && t->s[LANG_EN][0])
        return t->s[LANG_EN];
    for (int i = 0; i < LANG_COUNT; i++)
        if (t->s[i] && t->s[i][0])
            return t->s[i];
    return "";
}

bool ltext_has(const LText *t, Lang lang)
{
    return t->s[lang] && t->s[lang][0];
}

bool ltext_empty(const LText *t)
{
    for (int i = 0; i < LANG_COUNT; i++)
        if (ltext_has(t, (Lang)i))
            return false;
    return true;
}

void ltext_done(LText *t)
{
    for (int i = 0; i < LANG_COUNT; i++) {
        free(t->s[i]);
        t->s[i] = NULL;
    }
}

const char *lang_code(Lang lang)
{
    return (unsigned)lang < LANG_COUNT ? lang_codes[lang] : "en";
}

bool lang_parse(const char *code, Lang *out)
{
    if (!code)
        return false;
    for (int i = 0; i < LANG_COUNT; i++) {
        if (strncmp(code, lang_codes[i], 2) == 0 && (code[2] == '\0' || code[2] == '_' ||
                                                     code[2] == '.' || code[2] == '-' ||
                                                     code[2] == '@' || code[2] == ':')) {
            *out = (Lang)i;
            return true;
        }
    }
    return false;
}

int utf8_decode(const char *str, size_t len, long *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    if (len == 0) {
        *cp = -1;
        return 1;
    }
    unsigned char c = s[0];
    int n;
    long v, min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        *cp = -1;
        return 1;
    }
    if ((size_t)n > len) {
        *cp = -1;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        *cp = -1;
        return 1;
    }
    *cp = v;
    return n;
}

int utf8_encode(long cp, char *out)
{
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Code points that must never reach a terminal as themselves. */
static bool is_unsafe_cp(long cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
           cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

/* ASCII stand-ins for the Latin-1 letters and punctuation of Spanish and English text, for
 * terminals without UTF-8: "¿Quién?" reads "?Quien?" rather than "??Qui?n?". */
static const char *ascii_fallback(long cp)
{
    static const char *const latin1[0x100 - 0xA0] = {
        [0x00] = " ", [0xA1 - 0xA0] = "!", [0xAB - 0xA0] = "\"", [0xB0 - 0xA0] = "o", [0xB7 - 0xA0] = ".",
        [0xBA - 0xA0] = "o", [0xAA - 0xA0] = "a", [0xBB - 0xA0] = "\"", [0xBF - 0xA0] = "?",
        [0xC0 - 0xA0] = "A", [0xC1 - 0xA0] = "A", [0xC2 - 0xA0] = "A", [0xC3 - 0xA0] = "A",
        [0xC4 - 0xA0] = "A", [0xC5 - 0xA0] = "A", [0xC7 - 0xA0] = "C", [0xC8 - 0xA0] = "E",
        [0xC9 - 0xA0] = "E", [0xCA - 0xA0] = "E", [0xCB - 0xA0] = "E", [0xCC - 0xA0] = "I",
        [0xCD - 0xA0] = "I", [0xCE - 0xA0] = "I", [0xCF - 0xA0] = "I", [0xD1 - 0xA0] = "N",
        [0xD2 - 0xA0] = "O", [0xD3 - 0xA0] = "O", [0xD4 - 0xA0] = "O", [0xD5 - 0xA0] = "O",
        [0xD6 - 0xA0] = "O", [0xD9 - 0xA0] = "U", [0xDA - 0xA0] = "U", [0xDB - 0xA0] = "U",
        [0xDC - 0xA0] = "U", [0xDD - 0xA0] = "Y", [0xE0 - 0xA0] = "a", [0xE1 - 0xA0] = "a",
        [0xE2 - 0xA0] = "a", [0xE3 - 0xA0] = "a", [0xE4 - 0xA0] = "a", [0xE5 - 0xA0] = "a",
        [0xE7 - 0xA0] = "c", [0xE8 - 0xA0] = "e", [0xE9 - 0xA0] = "e", [0xEA - 0xA0] = "e",
        [0xEB - 0xA0] = "e", [0xEC - 0xA0] = "i", [0xED - 0xA0] = "i", [0xEE - 0xA0] = "i",
        [0xEF - 0xA0] = "i", [0xF1 - 0xA0] = "n", [0xF2 - 0xA0] = "o", [0xF3 - 0xA0] = "o",
        [0xF4 - 0xA0] = "o", [0xF5 - 0xA0] = "o", [0xF6 - 0xA0] = "o", [0xF9 - 0xA0] = "u",
        [0xFA - 0xA0] = "u", [0xFB - 0xA0] = "u", [0xFC - 0xA0] = "u", [0xFD - 0xA0] = "y",
        [0xFF - 0xA0] = "y",
    };
    if (cp >= 0xA0 && cp < 0x100)
        return latin1[cp - 0xA0] ? latin1[cp - 0xA0] : "?";
    switch (cp) {
    case 0x2018: case 0x2019: return "'";
    case 0x201C: case 0x201D: return "\"";
    case 0x2013: case 0x2014: return "-";
    case 0x2022: return "*";
    case 0x2026: return "...";
    default: return "?";
    }
}

char *text_fold(const char *s, unsigned flags)
{
    StrBuf b;
    strbuf_init(&b);
    size_t len = strlen(s);
    bool pending_space = false;
    for (size_t i = 0; i < len;) {
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        i += (size_t)n;
        bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0;
        if (space && !(flags & TEXT_KEEP_SPACING)) {
            pending_space = b.len > 0;
            continue;
        }
        if (pending_space) {
            strbuf_puts(&b, " ");
            pending_space = false;
        }
        if (!(flags & TEXT_KEEP_CASE)) {
            if (cp >= 'A' && cp <= 'Z')
                cp += 32;
            else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
                cp += 32; /* Latin-1 capitals: Á -> á, Ñ -> ñ */
        }
        if (!(flags & TEXT_KEEP_ACCENTS) && cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) {
            strbuf_puts(&b, ascii_fallback(cp)); /* á -> a, ñ -> n */
            continue;
        }
        char enc[4];
        int m = utf8_encode(cp < 0 ? 0xFFFD : cp, enc);
        strbuf_append(&b, enc, (size_t)m);
    }
    return strbuf_take(&b);
}

char *text_sanitize_keeping(const char *s, const char *keep, bool utf8)
{
    StrBuf b;
    strbuf_init(&b);
    size_t len = s ? strlen(s) : 0;
    for (size_t i = 0; i < len;) {
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        bool kept = cp > 0 && cp < 0x20 && strchr(keep, (int)cp);
        bool bad = cp < 0 || (is_unsafe_cp(cp) && !kept);
        if (cp == '\t' && !kept) {
            strbuf_puts(&b, " ");
        } else if (bad) {
            strbuf_puts(&b, utf8 ? "\xEF\xBF\xBD" : "?");
        } else if (!utf8 && cp >= 0x80) {
            strbuf_puts(&b, ascii_fallback(cp));
        } else {
            strbuf_append(&b, s + i, (size_t)n);
        }
        i += (size_t)n;
    }
    return strbuf_take(&b);
}

char *text_sanitize(const char *s, bool keep_newlines, bool utf8)
{
    return text_sanitize_keeping(s, keep_newlines ? "\n" : "", utf8);
}

void text_put_cell(FILE *f, const char *text, int width)
{
    char *cell = text_clip(text, width, true, "\xE2\x80\xA6");
    int pad = width - text_width(cell);
    fprintf(f, "%s%*s", cell, pad > 0 ? pad : 0, "");
    free(cell);
}

char *text_clip(const char *text, int cols, bool utf8, const char *ellipsis)
{
    char *safe = text_sanitize(text, false, utf8);
    if (text_width(safe) <= cols)
        return safe;
    int room = cols - text_width(ellipsis), col = 0;
    size_t len = strlen(safe), i = 0;
    while (i < len) {
        long cp;
        int n = utf8_decode(safe + i, len - i, &cp);
        int w = text_cp_width(cp);
        if (col + w > room)
            break;
        col += w;
        i += (size_t)n;
    }
    while (i > 0 && safe[i - 1] == ' ')
        i--;
    char *out = xasprintf("%.*s%s", (int)i, safe, ellipsis);
    free(safe);
    return out;
}

void text_put_right(FILE *f, const char *text, int width)
{
    int pad = width - text_width(text);
    fprintf(f, "%*s%s", pad > 0 ? pad : 0, "", text);
}

void text_put_heads(FILE *f, const char *const head[], const int width[], size_t n,
                    size_t n_left)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            fputc(' ', f);
        if (i < n_left)
            text_put_cell(f, head[i], width[i]);
        else
            text_put_right(f, head[i], width[i]);
    }
}

int text_width_min(const char *s, int min)
{
    int w = text_width(s);
    return w > min ? w : min;
}

bool text_is_blank(const char *s)
{
    size_t len = s ? strlen(s) : 0;
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(s + i, len - i, &cp);
        if (!(cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || cp == 0x2007 ||
              cp == 0x202F || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B)))
            return false;
    }
    return true;
}

int text_cp_width(long cp)
{
    if (cp < 0)
        return 1;
    int w = wcwidth((wchar_t)cp);
    if (w >= 0)
        return w;
    /* wcwidth is -1 for non-printables and, under a non-UTF-8 locale, for all non-ASCII. */
    return cp >= 0x300 && cp < 0x370 ? 0 : 1;
}

int text_width(const char *s)
{
    int w = 0;
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(s + i, len - i, &cp);
        w += text_cp_width(cp);
    }
    return w;
}

static void oom(void)
{
    fputs("rastro: out of memory\n", stderr);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom();
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    n = strnlen(s, n);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = NULL;
    if (vasprintf(&p, fmt, ap) < 0)
        oom();
    va_end(ap);
    return p;
}

void strbuf_init(StrBuf *b)
{
    b->cap = 64;
    b->len = 0;
    b->s = xmalloc(b->cap);
    b->s[0] = '\0';
}

void strbuf_clear(StrBuf *b)
{
    b->len = 0;
    b->s[0] = '\0';
}

void strbuf_done(StrBuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

void strbuf_reserve(StrBuf *b, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        if (b->cap == 0)
            b->cap = 64;
        while (b->len + n + 1 > b->cap)
            b->cap *= 2;
        b->s = xrealloc(b->s, b->cap);
    }
}

void strbuf_append(StrBuf *b, const char *s, size_t n)
{
    strbuf_reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void strbuf_puts(StrBuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = NULL;
    if (vasprintf(&p, fmt, ap) < 0)
        oom();
    va_end(ap);
    strbuf_puts(b, p);
    free(p);
}

char *strbuf_take(StrBuf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

double clock_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

double clock_wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void *xgrow(void *p, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return p;
    *cap = *cap ? 2 * *cap : 16;
    return xrealloc(p, *cap * size);
}
