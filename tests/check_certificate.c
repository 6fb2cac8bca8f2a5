/* Certificates of completion: the plain text, and the PDF read back with poppler's tools
 * (pdftotext for its words, pdftoppm and libpng for the page itself). */
#include <check.h>
#include <errno.h>
#include <png.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/certificate.h"
#include "../tui/core/i18n.h"
#include "../tui/core/outfile.h"
#include "suites.h"
#include "testutil.h"

#define CODE "3fa9c0de12b47e55"
#define N_MODULES 3

static const char *const titles[N_MODULES] = {"Serial numbers and their restoration",
                                              "Ammunition headstamps",
                                              "Tracing requests and eTrace"};
static const double pcts[N_MODULES] = {92, 87.5, 79.96};
/* How each score is printed: a score is never rounded up to a pass it did not reach. */
static const char *const pct_text[N_MODULES] = {"92%", "87.5%", "79.9%"};
static const char *const passed[N_MODULES] = {"2025-03-11", "2025-03-12", "2025-03-13"};

static char *dir;
static Certificate cert;
static char err[512];

static const char *localedir(void)
{
    const char *d = getenv("RASTRO_LOCALEDIR");
    return d && d[0] ? d : "build/locale";
}

static void use_language(Lang lang)
{
    i18n_init(&lang, localedir());
    cert.lang = lang;
}

static void setup(void)
{
    dir = tu_tmpdir();
    memset(&cert, 0, sizeof cert);
    cert.trainee = xstrdup("José Ñúñez");
    cert.agency = xstrdup("Policía Nacional Civil");
    strcpy(cert.country, "GT");
    cert.workshop = xstrdup("Regional tracing workshop");
    cert.instructor = xstrdup("Ana Pérez");
    strcpy(cert.starts, "2025-03-10");
    strcpy(cert.ends, "2025-03-14");
    strcpy(cert.issued, "2025-03-15");
    strcpy(cert.code, CODE);
    cert.n_modules = N_MODULES;
    cert.modules = xcalloc(N_MODULES, sizeof *cert.modules);
    for (int i = 0; i < N_MODULES; i++) {
        cert.modules[i].title = xstrdup(titles[i]);
        cert.modules[i].pct = pcts[i];
        strcpy(cert.modules[i].passed, passed[i]);
    }
    use_language(LANG_EN);
}

static void teardown(void)
{
    certificate_done(&cert);
    tu_rmrf(dir);
    free(dir);
}

/* The text certificate, as a string (caller frees). */
static char *text_of(void)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ck_assert_ptr_nonnull(f);
    ck_assert(certificate_write_text(f, &cert));
    ck_assert_int_eq(fclose(f), 0);
    return buf;
}

/* The line of text that holds needle, copied (caller frees); fails the test when there is none. */
static char *line_with(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    ck_assert_msg(p, "no \"%s\" in:\n%s", needle, text);
    while (p > text && p[-1] != '\n')
        p--;
    return xstrndup(p, strcspn(p, "\n"));
}

/* Writes the certificate as a PDF at path the way `rastro certificate -o` does; false with the
 * reason in err. */
static bool pdf_at(const char *path)
{
    OutPolicy policy = {.force = true, .binary = true};
    OutFile o;
    if (!outfile_open(&o, path, &policy, err, sizeof err))
        return false;
    char why[256];
    if (!certificate_write_pdf(o.f, &cert, why, sizeof why)) {
        snprintf(err, sizeof err, "cannot write %s: %s", path, why);
        outfile_abort(&o);
        return false;
    }
    return outfile_commit(&o, err, sizeof err);
}

static char *write_pdf(const char *name)
{
    char *path = xasprintf("%s/%s", dir, name);
    ck_assert_msg(pdf_at(path), "%s", err);
    return path;
}

/* The words of a PDF, as pdftotext reads them (caller frees). */
static char *pdf_words(const char *path)
{
    char *argv[] = {"/usr/bin/env", "pdftotext", "-enc", "UTF-8", (char *)path, "-", NULL};
    char *out, *e;
    int rc = tu_run(argv, &out, &e);
    ck_assert_msg(rc == 0, "pdftotext failed (%d): %s", rc, e);
    free(e);
    return out;
}

START_TEST(text_names_the_trainee_modules_and_code)
{
    char *t = text_of();
    ck_assert_ptr_nonnull(strstr(t, "Certificate of completion"));
    ck_assert_ptr_nonnull(strstr(t, "José Ñúñez"));
    ck_assert_ptr_nonnull(strstr(t, "Policía Nacional Civil (Guatemala)"));
    ck_assert_ptr_nonnull(strstr(t, "has completed the following training"));
    for (int i = 0; i < N_MODULES; i++) { /* title, score and date on one line */
        char *line = line_with(t, titles[i]);
        ck_assert_msg(strstr(line, pct_text[i]) && strstr(line, cert.modules[i].passed),
                      "line \"%s\" lacks %s or %s", line, pct_text[i], cert.modules[i].passed);
        free(line);
    }
    char *line = line_with(t, "Verification code");
    ck_assert_ptr_nonnull(strstr(line, CODE));
    free(line);
    line = line_with(t, "Workshop:");
    ck_assert_ptr_nonnull(strstr(line, "Regional tracing workshop"));
    free(line);
    ck_assert_ptr_nonnull(strstr(t, "from 10 March 2025 to 14 March 2025"));
    ck_assert_ptr_nonnull(strstr(t, "Ana Pérez"));
    ck_assert_ptr_nonnull(strstr(t, "15 March 2025"));
    free(t);
}
END_TEST

START_TEST(text_without_a_workshop_leaves_it_out)
{
    cert.workshop[0] = '\0';
    cert.instructor[0] = '\0';
    cert.starts[0] = cert.ends[0] = '\0';
    char *t = text_of();
    ck_assert_ptr_null(strstr(t, "Workshop"));
    ck_assert_ptr_null(strstr(t, "Instructor"));
    ck_assert_ptr_null(strstr(t, "Dates"));
    ck_assert_ptr_nonnull(strstr(t, CODE));
    free(t);
}
END_TEST

START_TEST(text_shows_control_characters_inert)
{
    free(cert.trainee);
    cert.trainee = xstrdup("Eve\x1b[31m Red\x07\r\n");
    free(cert.modules[1].title);
    cert.modules[1].title = xstrdup("Head\x1b]0;owned\x07stamps" "\xc2\x9b" "\x9b");
    free(cert.agency);
    cert.agency = xstrdup("Agency\x1b[2J");
    char *t = text_of();
    for (const unsigned char *p = (const unsigned char *)t; *p; p++)
        ck_assert_msg((*p >= 0x20 && *p != 0x7f) || *p == '\n', "raw byte 0x%02x in:\n%s", *p, t);
    ck_assert_ptr_nonnull(strstr(t, "Eve\xef\xbf\xbd[31m Red")); /* shown as U+FFFD */
    ck_assert_ptr_nonnull(strstr(t, "Head\xef\xbf\xbd]0;owned"));
    ck_assert_ptr_null(strstr(t, "\xc2\x9b")); /* C1 controls too, in their UTF-8 form */
    free(t);
}
END_TEST

START_TEST(text_in_spanish)
{
    use_language(LANG_ES);
    char *t = text_of();
    ck_assert_msg(strstr(t, "Certificado de finalización"), "%s", t);
    ck_assert_ptr_nonnull(strstr(t, "ha completado la siguiente formación"));
    ck_assert_ptr_nonnull(strstr(t, "Código de verificación"));
    ck_assert_ptr_nonnull(strstr(t, "del 10 de marzo de 2025 al 14 de marzo de 2025"));
    ck_assert_ptr_nonnull(strstr(t, "15 de marzo de 2025"));
    ck_assert_ptr_null(strstr(t, "Certificate of completion"));
    free(t);
}
END_TEST

START_TEST(pdf_holds_the_words_and_is_private)
{
    char *old = tu_write(dir, "cert.pdf", "an older file, readable by all");
    ck_assert_int_eq(chmod(old, 0644), 0);
    char *path = write_pdf("cert.pdf");
    struct stat st;
    ck_assert_int_eq(stat(path, &st), 0);
    ck_assert_int_eq(st.st_mode & 07777, 0600);
    char *words = pdf_words(path);
    ck_assert_msg(strstr(words, "José Ñúñez"), "%s", words);
    for (int i = 0; i < N_MODULES; i++) {
        ck_assert_msg(strstr(words, titles[i]), "no \"%s\" in:\n%s", titles[i], words);
        ck_assert_ptr_nonnull(strstr(words, pct_text[i]));
    }
    ck_assert_ptr_nonnull(strstr(words, CODE));
    ck_assert_ptr_nonnull(strstr(words, "Ana Pérez"));
    ck_assert_ptr_nonnull(strstr(words, "Regional tracing workshop"));
    ck_assert_ptr_nonnull(strstr(words, "15 March 2025"));
    free(words);
    free(path);
    free(old);
}
END_TEST

START_TEST(pdf_in_spanish)
{
    use_language(LANG_ES);
    char *path = write_pdf("es.pdf");
    char *words = pdf_words(path);
    ck_assert_msg(strstr(words, "ha completado la siguiente formación"), "%s", words);
    ck_assert_ptr_nonnull(strstr(words, "Código de verificación"));
    ck_assert_ptr_nonnull(strstr(words, "José Ñúñez"));
    ck_assert_ptr_null(strstr(words, "has completed"));
    free(words);
    free(path);
}
END_TEST

/* The share of dark pixels in the middle of a grey image, away from the frame. */
static double dark_share(const png_image *img, const unsigned char *px)
{
    unsigned x0 = img->width / 8, x1 = img->width - x0, y0 = img->height / 8,
             y1 = img->height - y0;
    unsigned long dark = 0;
    for (unsigned y = y0; y < y1; y++)
        for (unsigned x = x0; x < x1; x++)
            dark += px[(size_t)y * img->width + x] < 128;
    return (double)dark / ((double)(x1 - x0) * (y1 - y0));
}

START_TEST(pdf_is_one_a4_page_with_ink_on_it)
{
    char *path = write_pdf("page.pdf");
    char *root = xasprintf("%s/page", dir), *png = xasprintf("%s/page.png", dir);
    char *argv[] = {"/usr/bin/env", "pdftoppm", "-png", "-r", "40", "-singlefile", path, root,
                    NULL};
    char *out, *e;
    ck_assert_msg(tu_run(argv, &out, &e) == 0, "pdftoppm failed: %s", e);
    free(out);
    free(e);

    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    ck_assert_msg(png_image_begin_read_from_file(&img, png), "%s", img.message);
    img.format = PNG_FORMAT_GRAY;
    unsigned char *px = xmalloc(PNG_IMAGE_SIZE(img));
    ck_assert_msg(png_image_finish_read(&img, NULL, px, 0, NULL), "%s", img.message);
    /* A4 is 297 x 210 mm, landscape: 468 x 331 pixels at 40 dpi. */
    ck_assert_uint_gt(img.width, img.height);
    ck_assert_double_eq_tol((double)img.width / img.height, 297.0 / 210.0, 0.01);
    ck_assert_uint_eq(img.width, 468);
    double share = dark_share(&img, px);
    ck_assert_msg(share > 0.01 && share < 0.5, "dark share %.4f", share);
    free(px);
    free(png);
    free(root);
    free(path);
}
END_TEST

START_TEST(pdf_to_a_missing_directory_fails_and_leaves_nothing)
{
    char *path = xasprintf("%s/missing/cert.pdf", dir);
    ck_assert(!pdf_at(path));
    ck_assert_msg(strstr(err, path) && strstr(err, "cannot write"), "%s", err);
    ck_assert_ptr_nonnull(strstr(err, strerror(ENOENT)));
    struct stat st;
    ck_assert_int_ne(stat(path, &st), 0);
    free(path);
    /* A directory in the way is an error too, and is left alone. */
    ck_assert(!pdf_at(dir));
    ck_assert_ptr_nonnull(strstr(err, dir));
    ck_assert_int_eq(stat(dir, &st), 0);
    ck_assert(S_ISDIR(st.st_mode));
}
END_TEST

START_TEST(pdf_failing_half_way_removes_the_partial_file)
{
    struct rlimit old, small;
    ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
    small = old;
    small.rlim_cur = 4096; /* far smaller than any certificate: the writes fail with EFBIG */
    void (*handler)(int) = signal(SIGXFSZ, SIG_IGN);
    ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
    char *path = xasprintf("%s/big.pdf", dir);
    bool ok = pdf_at(path);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, handler);
    ck_assert(!ok);
    ck_assert_msg(strstr(err, path) && strstr(err, strerror(EFBIG)), "%s", err);
    ck_assert_int_ne(access(path, F_OK), 0);
    free(path);
}
END_TEST

Suite *certificate_suite(void)
{
    Suite *s = suite_create("certificate");
    TCase *tc = tcase_create("text");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, text_names_the_trainee_modules_and_code);
    tcase_add_test(tc, text_without_a_workshop_leaves_it_out);
    tcase_add_test(tc, text_shows_control_characters_inert);
    tcase_add_test(tc, text_in_spanish);
    suite_add_tcase(s, tc);
    tc = tcase_create("pdf");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, pdf_holds_the_words_and_is_private);
    tcase_add_test(tc, pdf_in_spanish);
    tcase_add_test(tc, pdf_is_one_a4_page_with_ink_on_it);
    tcase_add_test(tc, pdf_to_a_missing_directory_fails_and_leaves_nothing);
    tcase_add_test(tc, pdf_failing_half_way_removes_the_partial_file);
    suite_add_tcase(s, tc);
    return s;
}
