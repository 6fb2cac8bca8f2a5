/* PNG pictures decoded with libpng into 8-bit RGBA, within limits, for the shell to draw.
 * Pictures come with content and are untrusted: a malformed, truncated or oversized file is
 * refused with a message (never a crash, never a leak). */
#ifndef RASTRO_PICTURE_H
#define RASTRO_PICTURE_H

#include <stdbool.h>
#include <stddef.h>

/* Limits: a side of at most PICTURE_MAX_SIDE pixels and at most PICTURE_MAX_PIXELS pixels in
 * all (the decoded RGBA buffer is 4 bytes per pixel). */
#define PICTURE_MAX_SIDE 8192u
#define PICTURE_MAX_PIXELS (16u * 1024u * 1024u)

typedef struct {
    unsigned width, height;
    unsigned char *rgba; /* width * height * 4 bytes, rows top to bottom, straight alpha (owned) */
} Picture;

/* Decodes the PNG file at path into out. False with a message in err ("not a PNG file",
 * "truncated", "too large: 20000x20000 pixels (at most ...)", libpng's own words...) and out
 * empty otherwise. Every colour type, bit depth, palette, transparency (tRNS) and interlacing is
 * read; 16-bit samples are reduced to 8 bits; gamma is left as stored. */
bool picture_load_file(const char *path, Picture *out, char *err, size_t errlen);
/* The same from len bytes at data. */
bool picture_load_memory(const void *data, size_t len, Picture *out, char *err, size_t errlen);
void picture_done(Picture *p);
/* Reads only the size from the PNG header at path (no decoding): false with a message when the
 * file cannot be read, is not a PNG, or is over the limits. */
bool picture_probe_file(const char *path, unsigned *width, unsigned *height, char *err,
                        size_t errlen);

#endif
