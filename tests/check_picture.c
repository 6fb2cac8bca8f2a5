/* Unit tests for tui/core/picture.c: the PNG fixtures of scripts/make-png-fixtures decode to the
 * pixels the script drew, and every malformed one is refused with a message and nothing kept. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/picture.h"
#include "suites.h"
#include "testutil.h"

#define DIR "tests/fixtures/png/"

Suite *picture_suite(void);

/* ---- helpers ---------------------------------------------------------------------------- */

static void load_ok(const char *name, Picture *p)
{
    char path[256], err[256] = "";
    snprintf(path, sizeof path, DIR "%s", name);
    if (!picture_load_file(path, p, err, sizeof err))
        ck_abort_msg("%s: %s", name, err);
    ck_assert_ptr_nonnull(p->rgba);
}

static void assert_px(const Picture *p, unsigned x, unsigned y, unsigned r, unsigned g,
                      unsigned b, unsigned a)
{
    const unsigned char *px = p->rgba + ((size_t)y * p->width + x) * 4;
    ck_assert_msg(px[0] == r && px[1] == g && px[2] == b && px[3] == a,
                  "pixel %u,%u is %u,%u,%u,%u, not %u,%u,%u,%u", x, y, px[0], px[1], px[2], px[3],
                  r, g, b, a);
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Calls fn for every picture of expected.txt with its size and RGBA (decoded from hex); returns
 * how many there were. */
static int each_expected(void (*fn)(const char *name, unsigned w, unsigned h,
                                    const unsigned char *rgba))
{
    FILE *f = fopen(DIR "expected.txt", "r");
    ck_assert_ptr_nonnull(f);
    char *line = NULL;
    size_t cap = 0;
    int n = 0;
    while (getline(&line, &cap, f) > 0) {
        if (line[0] == '#')
            continue;
        char name[128];
        unsigned w, h;
        int off = 0;
        ck_assert_int_eq(sscanf(line, "%127s %u %u %n", name, &w, &h, &off), 3);
        const char *hex = line + off;
        size_t size = (size_t)w * h * 4;
        unsigned char *rgba = malloc(size);
        ck_assert_ptr_nonnull(rgba);
        for (size_t i = 0; i < size; i++) {
            int hi = hexval(hex[2 * i]), lo = hi < 0 ? -1 : hexval(hex[2 * i + 1]);
            ck_assert_msg(hi >= 0 && lo >= 0, "%s: short RGBA in expected.txt", name);
            rgba[i] = (unsigned char)(hi << 4 | lo);
        }
        fn(name, w, h, rgba);
        free(rgba);
        n++;
    }
    free(line);
    fclose(f);
    return n;
}

static void check_expected(const char *name, unsigned w, unsigned h, const unsigned char *rgba)
{
    Picture p;
    load_ok(name, &p);
    ck_assert_msg(p.width == w && p.height == h, "%s: %ux%u, not %ux%u", name, p.width, p.height,
                  w, h);
    for (size_t i = 0; i < (size_t)w * h; i++)
        ck_assert_msg(memcmp(p.rgba + i * 4, rgba + i * 4, 4) == 0,
                      "%s: pixel %zu,%zu is %02x%02x%02x%02x, not %02x%02x%02x%02x", name, i % w,
                      i / w, p.rgba[i * 4], p.rgba[i * 4 + 1], p.rgba[i * 4 + 2], p.rgba[i * 4 + 3],
                      rgba[i * 4], rgba[i * 4 + 1], rgba[i * 4 + 2], rgba[i * 4 + 3]);
    picture_done(&p);
    ck_assert_ptr_null(p.rgba);
}

static int interlaced_seen;

static void check_interlaced(const char *name, unsigned w, unsigned h, const unsigned char *rgba)
{
    (void)w, (void)h, (void)rgba;
    size_t len = strlen(name);
    if (len < 6 || strcmp(name + len - 6, "-i.png") != 0)
        return;
    char plain[128];
    snprintf(plain, sizeof plain, "%.*s.png", (int)(len - 6), name);
    Picture a, b;
    load_ok(name, &a);
    load_ok(plain, &b);
    ck_assert_uint_eq(a.width, b.width);
    ck_assert_uint_eq(a.height, b.height);
    ck_assert_msg(memcmp(a.rgba, b.rgba, (size_t)a.width * a.height * 4) == 0, "%s differs from %s",
                  name, plain);
    picture_done(&a);
    picture_done(&b);
    interlaced_seen++;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    char *buf = malloc(1 << 16);
    ck_assert_ptr_nonnull(buf);
    *len = fread(buf, 1, 1 << 16, f);
    ck_assert(feof(f));
    fclose(f);
    return buf;
}

/* ---- valid pictures --------------------------------------------------------------------- */

START_TEST(test_every_valid_fixture)
{
    /* 15 colour type x bit depth pairs in 6 shapes, 11 with tRNS in 2, 2 text bombs */
    ck_assert_int_eq(each_expected(check_expected), 15 * 6 + 11 * 2 + 2);
}
END_TEST

START_TEST(test_interlaced_equals_plain)
{
    interlaced_seen = 0;
    each_expected(check_interlaced);
    ck_assert_int_eq(interlaced_seen, 15 * 3 + 11);
}
END_TEST

START_TEST(test_one_bit_gray_is_black_and_white)
{
    Picture p;
    load_ok("hand-gray1-2x2.png", &p);
    ck_assert_uint_eq(p.width, 2);
    ck_assert_uint_eq(p.height, 2);
    assert_px(&p, 0, 0, 0, 0, 0, 255);
    assert_px(&p, 1, 0, 255, 255, 255, 255);
    assert_px(&p, 0, 1, 255, 255, 255, 255);
    assert_px(&p, 1, 1, 0, 0, 0, 255);
    picture_done(&p);
}
END_TEST

START_TEST(test_four_bit_gray_scales_up)
{
    Picture p;
    load_ok("hand-gray4-1x1.png", &p);
    ck_assert_uint_eq(p.width, 1);
    ck_assert_uint_eq(p.height, 1);
    assert_px(&p, 0, 0, 85, 85, 85, 255); /* 5 of 15 */
    picture_done(&p);
}
END_TEST

START_TEST(test_palette_with_trns)
{
    Picture p;
    load_ok("hand-pal2-trns-2x2.png", &p);
    assert_px(&p, 0, 0, 255, 0, 0, 0);
    assert_px(&p, 1, 0, 0, 255, 0, 128);
    assert_px(&p, 0, 1, 0, 0, 255, 255); /* beyond tRNS: opaque */
    assert_px(&p, 1, 1, 255, 255, 255, 255);
    picture_done(&p);
}
END_TEST

START_TEST(test_gray_with_trns)
{
    Picture p;
    load_ok("hand-gray8-trns-2x2.png", &p);
    assert_px(&p, 0, 0, 0, 0, 0, 255);
    assert_px(&p, 1, 0, 100, 100, 100, 0);
    assert_px(&p, 0, 1, 200, 200, 200, 255);
    assert_px(&p, 1, 1, 100, 100, 100, 0);
    picture_done(&p);
}
END_TEST

START_TEST(test_rgb16_with_trns_keeps_high_bytes)
{
    Picture p;
    load_ok("hand-rgb16-trns-2x2.png", &p);
    /* 0x9abd differs from the transparent colour in the low byte only: still opaque */
    assert_px(&p, 0, 0, 0x12, 0x56, 0x9a, 255);
    assert_px(&p, 1, 0, 0x12, 0x56, 0x9a, 0);
    assert_px(&p, 0, 1, 0xff, 0x00, 0x00, 255);
    assert_px(&p, 1, 1, 0x80, 0x7f, 0x00, 255);
    picture_done(&p);
}
END_TEST

START_TEST(test_memory_equals_file)
{
    size_t len;
    char *buf = slurp(DIR "rgba16-17x11-i.png", &len);
    Picture a, b;
    char err[128];
    ck_assert(picture_load_memory(buf, len, &a, err, sizeof err));
    load_ok("rgba16-17x11-i.png", &b);
    ck_assert_uint_eq(a.width, 17);
    ck_assert_uint_eq(a.height, 11);
    ck_assert(memcmp(a.rgba, b.rgba, 17 * 11 * 4) == 0);
    picture_done(&a);
    picture_done(&b);
    free(buf);
}
END_TEST

/* ---- refusals --------------------------------------------------------------------------- */

static const struct {
    const char *file, *words;
} refused[] = {
    {"bad-empty.png", "not a PNG file"},
    {"bad-signature.png", "not a PNG file"},
    {"bad-gif.png", "not a PNG file"},
    {"bad-short-signature.png", "truncated"},
    {"bad-trunc-after-signature.png", "truncated"},
    {"bad-trunc-ihdr.png", "truncated"},
    {"bad-trunc-idat.png", "truncated"},
    {"bad-no-iend.png", "truncated"},
    {"bad-chunk-length.png", "truncated"},
    {"bad-chunk-length-31.png", "out of range"},
    {"bad-crc-ihdr.png", "IHDR: CRC error"},
    {"bad-crc-idat.png", "IDAT: CRC error"},
    {"bad-width-zero.png", "width is zero"},
    {"bad-height-zero.png", "height is zero"},
    {"bad-huge-dimensions.png", "too large: 100000x100000 pixels"},
    {"bad-wide.png", "too large: 8193x1 pixels"},
    {"bad-bomb.png", "too large: 8192x8192 pixels"},
    {"bad-rgb-depth4.png", "bit depth"},
    {"bad-depth3.png", "bit depth"},
    {"bad-colour-type5.png", "color type"},
    {"bad-pal-no-plte.png", "PLTE"},
    {"bad-zlib.png", "IDAT"},
    {"bad-zlib-header.png", "IDAT"},
    {"bad-no-idat.png", "IEND"},
};

START_TEST(test_malformed_refused)
{
    const char *file = refused[_i].file, *words = refused[_i].words;
    char path[256], err[256] = "";
    snprintf(path, sizeof path, DIR "%s", file);
    Picture p = {.width = 99, .height = 99, .rgba = (unsigned char *)path};
    ck_assert_msg(!picture_load_file(path, &p, err, sizeof err), "%s decoded", file);
    ck_assert_msg(strstr(err, words), "%s: \"%s\" does not say \"%s\"", file, err, words);
    ck_assert_ptr_null(p.rgba);
    ck_assert_uint_eq(p.width, 0);
    ck_assert_uint_eq(p.height, 0);
    picture_done(&p); /* harmless on an empty picture */
}
END_TEST

START_TEST(test_every_prefix_refused)
{
    size_t len;
    char *buf = slurp(DIR "pal4-trns-7x5-i.png", &len);
    for (size_t n = 0; n < len; n++) {
        Picture p;
        char err[128] = "";
        ck_assert_msg(!picture_load_memory(buf, n, &p, err, sizeof err), "%zu bytes decoded", n);
        ck_assert_ptr_null(p.rgba);
        ck_assert_msg(err[0], "%zu bytes: no message", n);
    }
    free(buf);
}
END_TEST

START_TEST(test_no_message_buffer)
{
    Picture p;
    ck_assert(!picture_load_file(DIR "bad-zlib.png", &p, NULL, 0));
    ck_assert_ptr_null(p.rgba);
    char tiny[4];
    ck_assert(!picture_load_file(DIR "bad-huge-dimensions.png", &p, tiny, sizeof tiny));
    ck_assert_str_eq(tiny, "too");
}
END_TEST

START_TEST(test_missing_file)
{
    Picture p;
    char err[128];
    ck_assert(!picture_load_file(DIR "no-such-file.png", &p, err, sizeof err));
    ck_assert_ptr_null(p.rgba);
    ck_assert_msg(strstr(err, "cannot open"), "%s", err);
    ck_assert(!picture_load_file(DIR, &p, err, sizeof err));
    ck_assert_ptr_null(p.rgba);
}
END_TEST

/* ---- the fixtures themselves ------------------------------------------------------------ */

START_TEST(test_fixtures_regenerate_identically)
{
    ck_assert_msg(system("command -v python3 >/dev/null") == 0,
                  "python3 is needed to regenerate the PNG fixtures");
    char *dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "python3 scripts/make-png-fixtures '%s' && diff -r -q '%s' " DIR,
             dir, dir);
    int rc = system(cmd);
    tu_rmrf(dir);
    free(dir);
    ck_assert_msg(rc == 0, "scripts/make-png-fixtures no longer writes tests/fixtures/png");
}
END_TEST

Suite *picture_suite(void)
{
    Suite *s = suite_create("picture");
    TCase *tc = tcase_create("decode");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_every_valid_fixture);
    tcase_add_test(tc, test_interlaced_equals_plain);
    tcase_add_test(tc, test_one_bit_gray_is_black_and_white);
    tcase_add_test(tc, test_four_bit_gray_scales_up);
    tcase_add_test(tc, test_palette_with_trns);
    tcase_add_test(tc, test_gray_with_trns);
    tcase_add_test(tc, test_rgb16_with_trns_keeps_high_bytes);
    tcase_add_test(tc, test_memory_equals_file);
    suite_add_tcase(s, tc);

    tc = tcase_create("refuse");
    tcase_set_timeout(tc, 30);
    tcase_add_loop_test(tc, test_malformed_refused, 0, (int)(sizeof refused / sizeof refused[0]));
    tcase_add_test(tc, test_every_prefix_refused);
    tcase_add_test(tc, test_no_message_buffer);
    tcase_add_test(tc, test_missing_file);
    suite_add_tcase(s, tc);

    tc = tcase_create("fixtures");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_fixtures_regenerate_identically);
    suite_add_tcase(s, tc);
    return s;
}
