/* What rastro and its helper programs (the PDF renderer, the picture converter) say to each other
 * over a socket: frames of a kind byte and a length, whose payloads are numbers and strings in
 * the machine's own byte order (both ends are built together and run on the same machine). */
#ifndef RASTRO_WIRE_H
#define RASTRO_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "text.h"

/* The largest payload a frame carries: far beyond any page or picture, so that a length read
 * from a broken stream cannot ask for gigabytes. */
#define WIRE_FRAME_MAX (256u << 20)

/* ---- file descriptors ---- */

/* Writes all of buf to fd (send with MSG_NOSIGNAL on a socket: a peer gone is an error to report,
 * not a SIGPIPE); false on error. */
bool fd_send_all(int fd, const void *buf, size_t len);
/* Writes all of buf to fd (a terminal, a pipe) with write; false on error. */
bool fd_write_all(int fd, const void *buf, size_t len);
/* Reads exactly len bytes; false at end of stream or on error. */
bool fd_read_full(int fd, void *buf, size_t len);

/* One frame: kind, then len bytes of data. */
bool wire_frame_send(int fd, char kind, const void *data, size_t len);
/* The next frame into payload (emptied first): its kind, or 0 at the end of the stream, on an
 * error, or for a length past WIRE_FRAME_MAX. */
char wire_frame_recv(int fd, StrBuf *payload);

/* ---- values appended to a payload ---- */

void wire_put_u8(StrBuf *b, unsigned v);
void wire_put_u32(StrBuf *b, uint32_t v);
void wire_put_f64(StrBuf *b, double v);
/* A string, or NULL (read back as NULL). */
void wire_put_str(StrBuf *b, const char *s);

/* ---- values read from a payload ---- */

/* A payload being read. Reading past its end, or a malformed value, sets bad and reads zeros and
 * NULLs from then on, so that a decoder checks once at its end. */
typedef struct {
    const unsigned char *p;
    size_t left;
    bool bad;
} WireIn;

void wire_in_init(WireIn *in, const void *data, size_t len);
unsigned wire_get_u8(WireIn *in);
uint32_t wire_get_u32(WireIn *in);
double wire_get_f64(WireIn *in);
/* A copy of the next string (caller frees), or NULL for a NULL one or when in is bad. */
char *wire_get_str(WireIn *in);
/* n bytes in place (valid while the payload is), or NULL when fewer are left. */
const unsigned char *wire_get_bytes(WireIn *in, size_t n);
/* A count of items each at least item_min bytes long: 0 with in bad when the payload could not
 * hold that many, so that a decoder never allocates for a count the bytes do not back. */
size_t wire_get_count(WireIn *in, size_t item_min);

#endif
