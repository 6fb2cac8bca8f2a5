/* Editing a one-line text value from keys: typed characters appended, Backspace removes the last
 * one. */
#include "input.h"

#include <stdlib.h>
#include <string.h>

#include "screen.h"

void input_init(Input *in, int max)
{
    strbuf_init(&in->text);
    in->chars = 0;
    in->max = max;
}

void input_done(Input *in)
{
    strbuf_done(&in->text);
}

void input_clear(Input *in)
{
    in->text.len = 0;
    in->text.s[0] = '\0';
    in->chars = 0;
}

void input_set(Input *in, const char *text)
{
    input_clear(in);
    size_t len = strlen(text);
    for (size_t i = 0; i < len;) {
        long cp;
        i += (size_t)utf8_decode(text + i, len - i, &cp);
        if (cp > 0)
            input_key(in, (int)cp);
    }
}

bool input_key(Input *in, int key)
{
    StrBuf *v = &in->text;
    if (key == K_BACKSPACE) {
        if (v->len == 0)
            return false;
        size_t i = v->len - 1;
        while (i > 0 && ((unsigned char)v->s[i] & 0xC0) == 0x80)
            i--;
        v->len = i;
        v->s[i] = '\0';
        in->chars--;
        return true;
    }
    if (key < 0x20 || key >= KEY_OFFSET || key == 0x7F || in->chars >= in->max)
        return false;
    char buf[4];
    int n = utf8_encode(key, buf);
    if (n <= 0)
        return false;
    /* Only characters that draw as themselves: no controls, no bidirectional overrides. */
    char *probe = xstrndup(buf, (size_t)n);
    char *safe = text_sanitize(probe, false, true);
    bool ok = strcmp(probe, safe) == 0;
    free(probe);
    free(safe);
    if (!ok)
        return false;
    strbuf_append(v, buf, (size_t)n);
    in->chars++;
    return true;
}

const char *input_tail(const Input *in, int width)
{
    const char *shown = in->text.s;
    while (text_width(shown) > width) {
        long cp;
        shown += utf8_decode(shown, strlen(shown), &cp);
    }
    return shown;
}
