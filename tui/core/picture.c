/* PNG decoding into 8-bit RGBA with libpng, within size limits: every colour type, bit depth,
 * transparency and interlacing; untrusted input is refused with a short message. */
#include "picture.h"

#include <errno.h>
#include <png.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Larger files are refused before they are read: a picture for the terminal never needs more. */
#define PICTURE_MAX_FILE (32u * 1024u * 1024u)
/* Ancillary chunks libpng keeps in memory are capped (their contents are never used). */
#define PICTURE_MAX_CHUNK (1u * 1024u * 1024u)

/* Everything the decoder acquires or reports lives here, outside the function that calls
 * setjmp, so that it keeps its value across libpng's longjmp. */
typedef struct {
    const unsigned char *data;
    size_t len, pos;
    char *err;
    size_t errlen;
    unsigned char *rgba;
    png_bytep *rows;
    unsigned width, height;
    char warning[128]; /* the last one: libpng explains a bad IHDR only in a warning */
} Decode;

/* The eight bytes every PNG file starts with. */
static const unsigned char png_signature[8] = {137, 'P', 'N', 'G', '\r', '\n', 26, '\n'};

static void set_err(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

static void too_large(char *err, size_t errlen, uint32_t w, uint32_t h)
{
    if (err && errlen)
        snprintf(err, errlen, "too large: %ux%u pixels (at most %u a side and %u in all)", (unsigned)w,
                 (unsigned)h, PICTURE_MAX_SIDE, PICTURE_MAX_PIXELS);
}

static bool within_limits(uint32_t w, uint32_t h)
{
    return w <= PICTURE_MAX_SIDE && h <= PICTURE_MAX_SIDE &&
           (uint64_t)w * h <= PICTURE_MAX_PIXELS;
}

static void on_error(png_structp png, png_const_charp msg)
{
    Decode *d = png_get_error_ptr(png);
    if (!msg)
        msg = "invalid PNG data";
    if (d->err && d->errlen) {
        if (strcmp(msg, "Invalid IHDR data") == 0 && d->warning[0])
            snprintf(d->err, d->errlen, "%s: %s", msg, d->warning);
        else
            snprintf(d->err, d->errlen, "%s", msg);
    }
    png_longjmp(png, 1);
}

/* Warnings (a damaged ancillary chunk, extra data after the image) do not stop a picture. */
static void on_warning(png_structp png, png_const_charp msg)
{
    Decode *d = png_get_error_ptr(png);
    snprintf(d->warning, sizeof d->warning, "%s", msg ? msg : "");
}

static void on_read(png_structp png, png_bytep out, size_t n)
{
    Decode *d = png_get_io_ptr(png);
    if (n > d->len - d->pos)
        png_error(png, "truncated");
    memcpy(out, d->data + d->pos, n);
    d->pos += n;
}

static uint32_t be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* Reads the whole image into d; false after a libpng error (d->err says why). The only locals
 * used after setjmp are the unmodified parameters. */
static bool decode(png_structp png, png_infop info, Decode *d)
{
    if (setjmp(png_jmpbuf(png)))
        return false;

    png_set_read_fn(png, d, on_read);
    png_set_user_limits(png, PICTURE_MAX_SIDE, PICTURE_MAX_SIDE);
    png_set_chunk_cache_max(png, 128);
    png_set_chunk_malloc_max(png, PICTURE_MAX_CHUNK);
    /* Only tRNS among the ancillary chunks changes the pixels; the rest (text, profiles,
     * unknown chunks) is skipped unread rather than inflated. */
    png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, NULL, 0);
    static const png_byte skipped[] = "tEXt\0zTXt\0iTXt\0iCCP\0sPLT\0eXIf\0hIST\0pCAL\0sCAL\0"
                                      "sBIT\0bKGD\0cHRM\0gAMA\0sRGB\0pHYs\0oFFs\0tIME";
    png_set_keep_unknown_chunks(png, PNG_HANDLE_CHUNK_NEVER, skipped, (int)(sizeof skipped / 5));

    png_read_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    if (!within_limits(w, h)) {
        too_large(d->err, d->errlen, w, h);
        return false;
    }

    png_set_expand(png);          /* palette to RGB, gray below 8 bits to 8, tRNS to alpha */
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER); /* only where no alpha came from above */
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_bit_depth(png, info) != 8 || png_get_channels(png, info) != 4 ||
        png_get_rowbytes(png, info) != (size_t)w * 4)
        png_error(png, "unsupported pixel format");

    d->rgba = malloc((size_t)w * h * 4);
    d->rows = malloc(h * sizeof *d->rows);
    if (!d->rgba || !d->rows)
        png_error(png, "out of memory");
    for (png_uint_32 y = 0; y < h; y++)
        d->rows[y] = d->rgba + (size_t)y * w * 4;
    png_read_image(png, d->rows);
    png_read_end(png, NULL);
    d->width = w;
    d->height = h;
    return true;
}

bool picture_load_memory(const void *data, size_t len, Picture *out, char *err, size_t errlen)
{
    const unsigned char *bytes = data;
    out->width = out->height = 0;
    out->rgba = NULL;

    if (len == 0 || memcmp(bytes, png_signature, len < 8 ? len : 8) != 0) {
        set_err(err, errlen, "not a PNG file");
        return false;
    }
    if (len < 8) {
        set_err(err, errlen, "truncated");
        return false;
    }
    /* The dimensions are judged from the IHDR itself, before libpng sees them, so that every
     * oversized picture gets the same message whatever libpng's own limits say. */
    if (len >= 24 && memcmp(bytes + 12, "IHDR", 4) == 0 &&
        !within_limits(be32(bytes + 16), be32(bytes + 20))) {
        too_large(err, errlen, be32(bytes + 16), be32(bytes + 20));
        return false;
    }

    Decode d = {.data = bytes, .len = len, .err = err, .errlen = errlen};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &d, on_error, on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    bool ok = false;
    if (!png || !info) {
        set_err(err, errlen, "out of memory");
        goto done;
    }
    ok = decode(png, info, &d);

done:
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    free(d.rows);
    if (!ok) {
        free(d.rgba);
        return false;
    }
    out->width = d.width;
    out->height = d.height;
    out->rgba = d.rgba;
    return true;
}

bool picture_load_file(const char *path, Picture *out, char *err, size_t errlen)
{
    out->width = out->height = 0;
    out->rgba = NULL;
    unsigned char *buf = NULL;
    bool ok = false;
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err && errlen)
            snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        set_err(err, errlen, "not a regular file");
        goto done;
    }
    if (st.st_size > (off_t)PICTURE_MAX_FILE) {
        if (err && errlen)
            snprintf(err, errlen, "file too large: %lld bytes (at most %u MiB)",
                     (long long)st.st_size, PICTURE_MAX_FILE / (1024u * 1024u));
        goto done;
    }
    size_t size = (size_t)st.st_size;
    /* One byte more than the size, so that a file growing while it is read is noticed. */
    buf = malloc(size + 1);
    if (!buf) {
        set_err(err, errlen, "out of memory");
        goto done;
    }
    size_t got = fread(buf, 1, size + 1, f);
    if (ferror(f)) {
        if (err && errlen)
            snprintf(err, errlen, "cannot read: %s", strerror(errno));
        goto done;
    }
    if (got != size) {
        set_err(err, errlen, "file changed while being read");
        goto done;
    }
    ok = picture_load_memory(buf, size, out, err, errlen);

done:
    free(buf);
    fclose(f);
    return ok;
}

void picture_done(Picture *p)
{
    if (!p)
        return;
    free(p->rgba);
    p->rgba = NULL;
    p->width = p->height = 0;
}

bool picture_probe_file(const char *path, unsigned *width, unsigned *height, char *err,
                        size_t errlen)
{
    unsigned char head[24];
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (err && errlen)
            snprintf(err, errlen, "cannot open: %s", strerror(errno));
        return false;
    }
    size_t got = fread(head, 1, sizeof head, f);
    fclose(f);
    if (got < 8 || memcmp(head, png_signature, 8) != 0) {
        set_err(err, errlen, got == 0 ? "empty file" : "not a PNG file");
        return false;
    }
    if (got < sizeof head || memcmp(head + 12, "IHDR", 4) != 0) {
        set_err(err, errlen, "truncated or damaged header");
        return false;
    }
    uint32_t w = be32(head + 16), h = be32(head + 20);
    if (w == 0 || h == 0) {
        set_err(err, errlen, "invalid size: 0 pixels");
        return false;
    }
    if (!within_limits(w, h)) {
        too_large(err, errlen, w, h);
        return false;
    }
    *width = w;
    *height = h;
    return true;
}
