/* Frames and values between rastro and its helper programs (see wire.h). */
#include "wire.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define NULL_STR UINT32_MAX

/* Writes all of p with send on a socket (MSG_NOSIGNAL), or with write: on anything else, or on a
 * pipe where a socket was expected (a helper run by hand). */
static bool put_all(int fd, const char *p, size_t len, bool socket)
{
    while (len > 0) {
        ssize_t w = socket ? send(fd, p, len, MSG_NOSIGNAL) : write(fd, p, len);
        if (w < 0 && socket && errno == ENOTSOCK) {
            socket = false;
            continue;
        }
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        len -= (size_t)w;
    }
    return true;
}

bool fd_send_all(int fd, const void *buf, size_t len)
{
    return put_all(fd, buf, len, true);
}

bool fd_write_all(int fd, const void *buf, size_t len)
{
    return put_all(fd, buf, len, false);
}

bool fd_read_full(int fd, void *buf, size_t len)
{
    char *p = buf;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        len -= (size_t)n;
    }
    return true;
}

bool wire_frame_send(int fd, char kind, const void *data, size_t len)
{
    if (len > WIRE_FRAME_MAX)
        return false;
    unsigned char head[5];
    uint32_t n = (uint32_t)len;
    head[0] = (unsigned char)kind;
    memcpy(head + 1, &n, sizeof n);
    return fd_send_all(fd, head, sizeof head) && (len == 0 || fd_send_all(fd, data, len));
}

char wire_frame_recv(int fd, StrBuf *payload)
{
    unsigned char head[5];
    uint32_t n;
    strbuf_clear(payload);
    if (!fd_read_full(fd, head, sizeof head))
        return 0;
    memcpy(&n, head + 1, sizeof n);
    if (head[0] == 0 || n > WIRE_FRAME_MAX)
        return 0;
    strbuf_reserve(payload, n);
    if (!fd_read_full(fd, payload->s, n))
        return 0;
    payload->len = n;
    payload->s[n] = '\0';
    return (char)head[0];
}

void wire_put_u8(StrBuf *b, unsigned v)
{
    char c = (char)(unsigned char)v;
    strbuf_append(b, &c, 1);
}

void wire_put_u32(StrBuf *b, uint32_t v)
{
    strbuf_append(b, (const char *)&v, sizeof v);
}

void wire_put_f64(StrBuf *b, double v)
{
    strbuf_append(b, (const char *)&v, sizeof v);
}

void wire_put_str(StrBuf *b, const char *s)
{
    if (!s) {
        wire_put_u32(b, NULL_STR);
        return;
    }
    size_t n = strlen(s);
    wire_put_u32(b, (uint32_t)n);
    strbuf_append(b, s, n);
}

void wire_in_init(WireIn *in, const void *data, size_t len)
{
    in->p = data;
    in->left = len;
    in->bad = false;
}

const unsigned char *wire_get_bytes(WireIn *in, size_t n)
{
    if (in->bad || n > in->left) {
        in->bad = true;
        return NULL;
    }
    const unsigned char *at = in->p;
    in->p += n;
    in->left -= n;
    return at;
}

unsigned wire_get_u8(WireIn *in)
{
    const unsigned char *at = wire_get_bytes(in, 1);
    return at ? *at : 0;
}

uint32_t wire_get_u32(WireIn *in)
{
    uint32_t v = 0;
    const unsigned char *at = wire_get_bytes(in, sizeof v);
    if (at)
        memcpy(&v, at, sizeof v);
    return v;
}

double wire_get_f64(WireIn *in)
{
    double v = 0;
    const unsigned char *at = wire_get_bytes(in, sizeof v);
    if (at)
        memcpy(&v, at, sizeof v);
    return v;
}

char *wire_get_str(WireIn *in)
{
    uint32_t n = wire_get_u32(in);
    if (n == NULL_STR || in->bad)
        return NULL;
    const unsigned char *at = wire_get_bytes(in, n);
    return at ? xstrndup((const char *)at, n) : NULL;
}

size_t wire_get_count(WireIn *in, size_t item_min)
{
    uint32_t n = wire_get_u32(in);
    if (in->bad || (item_min && n > in->left / item_min)) {
        in->bad = true;
        return 0;
    }
    return n;
}
