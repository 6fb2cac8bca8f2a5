/* Unit tests for tui/core/text.c: localised text, language codes, UTF-8 helpers, sanitising of
 * untrusted text, display widths and the growable string. */
#include <check.h>
#include <locale.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

START_TEST(test_fold_for_typed_answers)
{
    char *a = text_fold("  Alemán  DE\tOrigen ", 0);
    ck_assert_str_eq(a, "aleman de origen");
    free(a);
    a = text_fold("Ñandú", TEXT_KEEP_ACCENTS);
    ck_assert_str_eq(a, "ñandú");
    free(a);
    a = text_fold("Ñandú", TEXT_KEEP_CASE);
    ck_assert_str_eq(a, "Nandu");
    free(a);
    a = text_fold(" 9  mm", TEXT_KEEP_SPACING);
    ck_assert_str_eq(a, " 9  mm");
    free(a);
}
END_TEST

Suite *text_suite(void);

#define REPL "\xEF\xBF\xBD" /* U+FFFD, the inert mark in UTF-8 mode */

/* ---- helpers ---------------------------------------------------------------------------- */

/* Sanitises s and compares the result with want (exact bytes). */
static void check_sanitize(const char *s, bool keep_newlines, bool utf8, const char *want)
{
    char *got = text_sanitize(s, keep_newlines, utf8);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, want);
    free(got);
}

/* True when the bytes of s form valid UTF-8 in which no code point is unsafe for a terminal
 * (C0 controls except, when allowed, '\n'; DEL; C1; bidirectional controls). */
static bool is_inert_utf8(const char *s, bool allow_newline)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (cp < 0)
            return false;
        if (cp == '\n' && allow_newline) {
            i += (size_t)n;
            continue;
        }
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
            (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
            cp == 0x200F || cp == 0x061C)
            return false;
        i += (size_t)n;
    }
    return true;
}

/* A small deterministic generator so the random-input tests are reproducible. */
static uint32_t rng_state;
static uint32_t rng_next(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/* ---- LText / Lang ----------------------------------------------------------------------- */

START_TEST(test_ltext_get_requested)
{
    LText t = {{"Hello", "Hola"}};
    ck_assert_str_eq(ltext_get(&t, LANG_EN), "Hello");
    ck_assert_str_eq(ltext_get(&t, LANG_ES), "Hola");
    ck_assert(ltext_has(&t, LANG_EN));
    ck_assert(ltext_has(&t, LANG_ES));
    ck_assert(!ltext_empty(&t));
}
END_TEST

START_TEST(test_ltext_get_falls_back_to_english)
{
    LText missing = {{"Hello", NULL}};
    ck_assert_str_eq(ltext_get(&missing, LANG_ES), "Hello");
    ck_assert(!ltext_has(&missing, LANG_ES));

    /* An empty string counts as missing. */
    LText empty = {{"Hello", ""}};
    ck_assert_str_eq(ltext_get(&empty, LANG_ES), "Hello");
    ck_assert(!ltext_has(&empty, LANG_ES));
}
END_TEST

START_TEST(test_ltext_get_falls_back_to_any)
{
    LText only_es = {{NULL, "Hola"}};
    ck_assert_str_eq(ltext_get(&only_es, LANG_EN), "Hola");
    ck_assert(!ltext_has(&only_es, LANG_EN));
    ck_assert(!ltext_empty(&only_es));

    LText en_empty = {{"", "Hola"}};
    ck_assert_str_eq(ltext_get(&en_empty, LANG_EN), "Hola");
}
END_TEST

START_TEST(test_ltext_get_none_is_empty_string)
{
    LText none = {{NULL, NULL}};
    const char *s = ltext_get(&none, LANG_ES);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, "");
    ck_assert(ltext_empty(&none));

    LText blanks = {{"", ""}};
    ck_assert_str_eq(ltext_get(&blanks, LANG_EN), "");
    ck_assert(ltext_empty(&blanks));
}
END_TEST

START_TEST(test_ltext_done_frees_and_clears)
{
    LText t = {{xstrdup("Hello"), xstrdup("Hola")}};
    ltext_done(&t);
    ck_assert_ptr_null(t.s[LANG_EN]);
    ck_assert_ptr_null(t.s[LANG_ES]);
    ck_assert(ltext_empty(&t));
    ltext_done(&t); /* a second call is harmless */
}
END_TEST

START_TEST(test_lang_code)
{
    ck_assert_str_eq(lang_code(LANG_EN), "en");
    ck_assert_str_eq(lang_code(LANG_ES), "es");
    ck_assert_str_eq(lang_code((Lang)LANG_COUNT), "en");
    ck_assert_str_eq(lang_code((Lang)-1), "en");
}
END_TEST

START_TEST(test_lang_parse_accepts)
{
    static const struct {
        const char *code;
        Lang want;
    } cases[] = {
        {"en", LANG_EN},          {"es", LANG_ES},          {"es_MX.UTF-8", LANG_ES},
        {"es_ES", LANG_ES},       {"en_US.UTF-8", LANG_EN}, {"es.UTF-8", LANG_ES},
        {"es-MX", LANG_ES},       {"es@euro", LANG_ES},     {"es:en", LANG_ES},
        {"en:es", LANG_EN},       {"en_GB", LANG_EN},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lang got = (Lang)-1;
        ck_assert_msg(lang_parse(cases[i].code, &got), "rejected %s", cases[i].code);
        ck_assert_msg(got == cases[i].want, "%s parsed as %d", cases[i].code, (int)got);
    }
}
END_TEST

START_TEST(test_lang_parse_rejects)
{
    static const char *const bad[] = {"", "e", "fr", "fr_FR.UTF-8", "C", "POSIX", "C.UTF-8",
                                      "english", "esp", "enx", "spanish", " es"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        Lang got = LANG_ES;
        ck_assert_msg(!lang_parse(bad[i], &got), "accepted \"%s\"", bad[i]);
    }
    Lang got;
    ck_assert(!lang_parse(NULL, &got));
}
END_TEST

/* ---- UTF-8 ------------------------------------------------------------------------------ */

START_TEST(test_utf8_encode_known)
{
    static const struct {
        long cp;
        const char *bytes;
        int len;
    } cases[] = {
        {0x41, "A", 1},
        {0x7F, "\x7F", 1},
        {0x80, "\xC2\x80", 2},
        {0xE9, "\xC3\xA9", 2},
        {0x7FF, "\xDF\xBF", 2},
        {0x800, "\xE0\xA0\x80", 3},
        {0x20AC, "\xE2\x82\xAC", 3},
        {0x4E2D, "\xE4\xB8\xAD", 3},
        {0xFFFD, REPL, 3},
        {0xFFFF, "\xEF\xBF\xBF", 3},
        {0x10000, "\xF0\x90\x80\x80", 4},
        {0x1F600, "\xF0\x9F\x98\x80", 4},
        {0x10FFFF, "\xF4\x8F\xBF\xBF", 4},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[4] = {0};
        int n = utf8_encode(cases[i].cp, out);
        ck_assert_int_eq(n, cases[i].len);
        ck_assert_mem_eq(out, cases[i].bytes, (size_t)n);

        long cp = -2;
        ck_assert_int_eq(utf8_decode(cases[i].bytes, strlen(cases[i].bytes), &cp), cases[i].len);
        ck_assert_int_eq(cp, cases[i].cp);
    }
    /* NUL encodes as one zero byte. */
    char out[4] = {1, 1, 1, 1};
    ck_assert_int_eq(utf8_encode(0, out), 1);
    ck_assert_int_eq(out[0], 0);
}
END_TEST

START_TEST(test_utf8_round_trip_all_scalars)
{
    for (long cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        char buf[8];
        int n = utf8_encode(cp, buf);
        int want = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (n != want) /* plain ifs: ck_assert records a check point per call, too slow here */
            ck_abort_msg("U+%04lX encoded in %d bytes", cp, n);
        /* Trailing garbage must not be consumed. */
        buf[n] = '\xFF';
        long back = -2;
        int m = utf8_decode(buf, (size_t)n + 1, &back);
        if (m != n || back != cp)
            ck_abort_msg("U+%04lX decoded as %ld (%d bytes)", cp, back, m);
    }
}
END_TEST

START_TEST(test_utf8_encode_invalid)
{
    static const long bad[] = {-1, -100, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFFFFFF};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char out[4] = {0};
        ck_assert_msg(utf8_encode(bad[i], out) == 0, "encoded invalid %ld", bad[i]);
    }
}
END_TEST

START_TEST(test_utf8_decode_invalid)
{
    static const struct {
        const char *bytes;
        size_t len;
        const char *what;
    } cases[] = {
        {"\x80", 1, "lone continuation byte"},
        {"\xBF" "A", 2, "lone continuation byte before ASCII"},
        {"\xFF", 1, "0xFF"},
        {"\xFE", 1, "0xFE"},
        {"\xF8\x88\x80\x80\x80", 5, "5-byte form"},
        {"\xC0\x80", 2, "overlong NUL"},
        {"\xC1\xBF", 2, "overlong 2-byte"},
        {"\xE0\x80\x80", 3, "overlong 3-byte"},
        {"\xE0\x9F\xBF", 3, "overlong 3-byte (U+07FF)"},
        {"\xF0\x80\x80\x80", 4, "overlong 4-byte"},
        {"\xF0\x8F\xBF\xBF", 4, "overlong 4-byte (U+FFFF)"},
        {"\xED\xA0\x80", 3, "surrogate U+D800"},
        {"\xED\xBF\xBF", 3, "surrogate U+DFFF"},
        {"\xF4\x90\x80\x80", 4, "above U+10FFFF"},
        {"\xF7\xBF\xBF\xBF", 4, "far above U+10FFFF"},
        {"\xC3", 1, "truncated 2-byte"},
        {"\xE2\x82", 2, "truncated 3-byte"},
        {"\xF0\x9F\x98", 3, "truncated 4-byte"},
        {"\xC3" "A", 2, "bad continuation"},
        {"\xE2\x82" "A", 3, "bad third byte"},
        {"\xE2\xC3\xA9", 3, "lead byte as continuation"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long cp = 0;
        int n = utf8_decode(cases[i].bytes, cases[i].len, &cp);
        ck_assert_msg(n == 1 && cp == -1, "%s: consumed %d, cp %ld", cases[i].what, n, cp);
    }
    /* A complete sequence cut short by len is invalid too. */
    long cp = 0;
    ck_assert_int_eq(utf8_decode("\xC3\xA9", 1, &cp), 1);
    ck_assert_int_eq(cp, -1);
    cp = 0;
    ck_assert_int_eq(utf8_decode("A", 0, &cp), 1);
    ck_assert_int_eq(cp, -1);
}
END_TEST

/* ---- text_sanitize ---------------------------------------------------------------------- */

START_TEST(test_sanitize_plain_text_unchanged)
{
    check_sanitize("Hello, world! 0123 ~{}", false, true, "Hello, world! 0123 ~{}");
    check_sanitize("Pérez, Ciudad de México: 中文 €", false, true,
                   "Pérez, Ciudad de México: 中文 €");
    check_sanitize("", false, true, "");
    check_sanitize(NULL, false, true, "");
    check_sanitize(NULL, true, false, "");
}
END_TEST

START_TEST(test_sanitize_escape)
{
    check_sanitize("a\x1b" "b", false, true, "a" REPL "b");
    /* A lone ESC and ESC at either end. */
    check_sanitize("\x1b", false, true, REPL);
    check_sanitize("\x1bx\x1b", true, true, REPL "x" REPL);
}
END_TEST

START_TEST(test_sanitize_csi_sequences)
{
    /* 7-bit CSI: ESC [ ... The ESC goes; the rest is harmless printable text. */
    check_sanitize("\x1b[2J\x1b[31mred\x1b[0m", false, true,
                   REPL "[2J" REPL "[31mred" REPL "[0m");
    /* OSC title change terminated by BEL. */
    check_sanitize("\x1b]0;pwned\x07!", false, true, REPL "]0;pwned" REPL "!");
    /* 8-bit CSI encoded as UTF-8 (U+009B) and as a raw byte (invalid UTF-8). */
    check_sanitize("x\xC2\x9B" "31my", false, true, "x" REPL "31my");
    check_sanitize("x\x9B" "31my", false, true, "x" REPL "31my");
    char *s = text_sanitize("\x1b[1;31m\xC2\x9B" "2J\x1bP\x1b\\", true, true);
    ck_assert_ptr_null(strchr(s, '\x1b'));
    ck_assert_ptr_null(strstr(s, "\xC2\x9B"));
    ck_assert(is_inert_utf8(s, true));
    free(s);
}
END_TEST

START_TEST(test_sanitize_c0_c1_del)
{
    /* Every C0 control but tab and newline becomes one mark. */
    for (int c = 1; c < 0x20; c++) {
        if (c == '\t' || c == '\n')
            continue;
        char in[4] = {'a', (char)c, 'b', 0};
        check_sanitize(in, true, true, "a" REPL "b");
        check_sanitize(in, false, false, "a?b");
    }
    check_sanitize("a\x7F" "b", false, true, "a" REPL "b");
    check_sanitize("a\x7F" "b", false, false, "a?b");
    /* Every C1 control (U+0080..U+009F), e.g. U+0085 NEL and U+009B CSI. */
    for (long cp = 0x80; cp < 0xA0; cp++) {
        char in[8] = "a";
        int n = utf8_encode(cp, in + 1);
        ck_assert_int_eq(n, 2);
        in[1 + n] = 'b';
        in[2 + n] = '\0';
        check_sanitize(in, true, true, "a" REPL "b");
    }
    /* U+00A0 (first code point after C1) is kept. */
    check_sanitize("a\xC2\xA0" "b", false, true, "a\xC2\xA0" "b");
}
END_TEST

START_TEST(test_sanitize_tab_becomes_space)
{
    check_sanitize("a\tb", false, true, "a b");
    check_sanitize("a\tb", true, false, "a b");
}
END_TEST

START_TEST(test_sanitize_bidi)
{
    /* U+202E RIGHT-TO-LEFT OVERRIDE: the classic "gnp.exe" trick. */
    check_sanitize("file\xE2\x80\xAEgnp.exe", false, true, "file" REPL "gnp.exe");
    check_sanitize("file\xE2\x80\xAEgnp.exe", false, false, "file?gnp.exe");
    static const long bidi[] = {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C,
                                0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069};
    for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++) {
        char in[8] = {0};
        int n = utf8_encode(bidi[i], in);
        ck_assert_int_gt(n, 0);
        char *out = text_sanitize(in, true, true);
        ck_assert_msg(strcmp(out, REPL) == 0, "U+%04lX not replaced", bidi[i]);
        free(out);
    }
    /* Neighbours of the bidi ranges are ordinary text. */
    check_sanitize("\xE2\x80\x94", false, true, "\xE2\x80\x94"); /* U+2014 EM DASH */
    check_sanitize("\xE2\x80\xB0", false, true, "\xE2\x80\xB0"); /* U+2030 PER MILLE */
}
END_TEST

START_TEST(test_sanitize_invalid_bytes)
{
    check_sanitize("a\xFF\xFE" "b", false, true, "a" REPL REPL "b");
    /* Truncated sequence at the end: each byte becomes a mark. */
    check_sanitize("ok\xE2\x82", false, true, "ok" REPL REPL);
    /* Overlong '/' (a classic filter bypass) and an encoded surrogate. */
    check_sanitize("\xC0\xAF", false, true, REPL REPL);
    check_sanitize("\xED\xA0\x80", false, true, REPL REPL REPL);
    /* Invalid byte followed by valid text keeps the valid text. */
    check_sanitize("\xC3" "caf\xC3\xA9", false, true, REPL "caf\xC3\xA9");
    check_sanitize("a\xFF" "b", false, false, "a?b");
}
END_TEST

START_TEST(test_sanitize_newlines)
{
    check_sanitize("one\ntwo\n", true, true, "one\ntwo\n");
    check_sanitize("one\ntwo\n", false, true, "one" REPL "two" REPL);
    check_sanitize("one\ntwo", false, false, "one?two");
    /* CR is a control character even when newlines are kept. */
    check_sanitize("one\r\ntwo", true, true, "one" REPL "\ntwo");
    check_sanitize("a\rb", true, false, "a?b");
}
END_TEST

START_TEST(test_sanitize_ascii_mode)
{
    /* Without UTF-8, Spanish and English letters and punctuation get ASCII stand-ins... */
    check_sanitize("caf\xC3\xA9", false, false, "cafe");
    check_sanitize("\xC2\xBFQui\xC3\xA9n?", false, false, "?Quien?");
    check_sanitize("\xC2\xA1Se\xC3\xB1or Mu\xC3\xB1oz!", false, false, "!Senor Munoz!");
    check_sanitize("\xC3\x91\xC3\x81\xC3\x89\xC3\x8D\xC3\x93\xC3\x9A\xC3\x9C", false, false,
                   "NAEIOUU");
    check_sanitize("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x98it\xE2\x80\x99s\xE2\x80\x99", false,
                   false, "\"quoted\" 'it's'");
    check_sanitize("a\xE2\x80\x94" "b\xE2\x80\x93" "c\xE2\x80\xA6", false, false, "a-b-c...");
    /* ...and everything else one '?' per code point. */
    check_sanitize("\xE4\xB8\xAD\xE6\x96\x87", false, false, "??");
    check_sanitize("\xF0\x9F\x98\x80!", false, false, "?!");
    check_sanitize("a\x1b[31mb\xC2\x9B", false, false, "a?[31mb?");
    check_sanitize("plain ASCII text", false, false, "plain ASCII text");
    /* Controls, bidi and invalid bytes are '?' whatever they are. */
    char *s = text_sanitize("\xC3\xB1\xE2\x80\xAE\xFF\x01\x7F\x1b\xC2\x85\n", true, false);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        ck_assert_msg(*p == '\n' || (*p >= 0x20 && *p < 0x7F), "byte 0x%02X in ASCII output", *p);
    ck_assert_str_eq(s, "n??????\n");
    free(s);
}
END_TEST

START_TEST(test_sanitize_ascii_mode_all_code_points)
{
    /* Every non-control code point from U+00A0 up comes out as printable ASCII. */
    for (long cp = 0xA0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 97) {
        char in[8] = {0};
        if (utf8_encode(cp, in) == 0)
            continue;
        char *out = text_sanitize(in, false, false);
        bool ok = out[0] != '\0';
        for (const unsigned char *p = (const unsigned char *)out; *p; p++)
            ok = ok && *p >= 0x20 && *p < 0x7F;
        if (!ok)
            ck_abort_msg("U+%04lX gave \"%s\"", cp, out);
        free(out);
    }
}
END_TEST

START_TEST(test_sanitize_random_bytes_inert)
{
    rng_state = 0x12345678u;
    for (int round = 0; round < 2000; round++) {
        char in[64];
        size_t len = rng_next() % (sizeof in - 1);
        for (size_t i = 0; i < len; i++) {
            char c;
            do
                c = (char)(rng_next() & 0xFF);
            while (c == 0);
            in[i] = c;
        }
        in[len] = '\0';
        bool keep = round & 1;

        char *u = text_sanitize(in, keep, true);
        ck_assert_msg(is_inert_utf8(u, keep), "round %d: unsafe UTF-8 output", round);
        /* Sanitising is idempotent. */
        char *again = text_sanitize(u, keep, true);
        ck_assert_str_eq(again, u);
        free(again);
        free(u);

        char *a = text_sanitize(in, keep, false);
        for (const unsigned char *p = (const unsigned char *)a; *p; p++)
            ck_assert_msg((*p >= 0x20 && *p < 0x7F) || (keep && *p == '\n'),
                          "round %d: byte 0x%02X in ASCII output", round, *p);
        free(a);
    }
}
END_TEST

/* ---- widths ----------------------------------------------------------------------------- */

START_TEST(test_width_ascii_and_empty)
{
    ck_assert_int_eq(text_width(""), 0);
    ck_assert_int_eq(text_width("a"), 1);
    ck_assert_int_eq(text_width("hello world"), 11);
}
END_TEST

START_TEST(test_width_accented_counts_columns_not_bytes)
{
    /* "café" is 5 bytes, 4 columns; "ação" is 6 bytes, 4 columns. */
    ck_assert_int_eq(text_width("caf\xC3\xA9"), 4);
    ck_assert_int_eq(text_width("a\xC3\xA7\xC3\xA3o"), 4);
    ck_assert_int_eq(text_width("Pe\xC3\xB1" "a"), 4);
}
END_TEST

START_TEST(test_width_wide_cjk)
{
    ck_assert_int_eq(text_width("中"), 2);
    ck_assert_int_eq(text_width("中文"), 4);
    ck_assert_int_eq(text_width("a中b"), 4);
    ck_assert_int_eq(text_width("한국어"), 6);
    ck_assert_int_eq(text_width("\xEF\xBC\xA1"), 2); /* U+FF21 FULLWIDTH A */
    ck_assert_int_eq(text_cp_width(0x4E2D), 2);
    ck_assert_int_eq(text_cp_width(0x3042), 2); /* HIRAGANA A */
}
END_TEST

START_TEST(test_width_combining_marks)
{
    /* e + U+0301 COMBINING ACUTE ACCENT is one column. */
    ck_assert_int_eq(text_width("e\xCC\x81"), 1);
    ck_assert_int_eq(text_width("cafe\xCC\x81"), 4);
    /* Several marks on one base. */
    ck_assert_int_eq(text_width("a\xCC\x81\xCC\xA3"), 1);
    ck_assert_int_eq(text_cp_width(0x301), 0);
    ck_assert_int_eq(text_cp_width(0x36F), 0);
    ck_assert_int_eq(text_cp_width('a'), 1);
}
END_TEST

START_TEST(test_width_invalid_and_controls)
{
    ck_assert_int_eq(text_width("\xFF"), 1);
    ck_assert_int_eq(text_width("a\xFF\xFE" "b"), 4);
    ck_assert_int_eq(text_cp_width(-1), 1);
    /* The width of a string equals the width of its sanitised form. */
    static const char *const samples[] = {"a\x1b[31mb", "x\xC2\x9By", "\xFF\xE2\x82", "a\x7F"};
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char *s = text_sanitize(samples[i], false, true);
        ck_assert_int_eq(text_width(samples[i]), text_width(s));
        free(s);
    }
}
END_TEST

START_TEST(test_cp_width_combining_without_utf8_locale)
{
    /* Under the C locale wcwidth knows nothing outside ASCII; combining marks still take none. */
    char *saved = xstrdup(setlocale(LC_CTYPE, NULL));
    ck_assert_ptr_nonnull(setlocale(LC_CTYPE, "C"));
    int comb = text_cp_width(0x301);
    int ascii = text_cp_width('x');
    setlocale(LC_CTYPE, saved);
    free(saved);
    ck_assert_int_eq(comb, 0);
    ck_assert_int_eq(ascii, 1);
}
END_TEST

/* ---- allocation helpers and StrBuf ------------------------------------------------------ */

START_TEST(test_x_helpers)
{
    char *a = xstrdup("hello");
    ck_assert_str_eq(a, "hello");
    char *b = xstrndup("hello world", 5);
    ck_assert_str_eq(b, "hello");
    char *c = xasprintf("%s-%d-%.1f", "x", 42, 1.5);
    ck_assert_str_eq(c, "x-42-1.5");
    int *z = xcalloc(16, sizeof *z);
    for (int i = 0; i < 16; i++)
        ck_assert_int_eq(z[i], 0);
    z = xrealloc(z, 64 * sizeof *z);
    ck_assert_int_eq(z[15], 0);
    free(a), free(b), free(c), free(z);
}
END_TEST

START_TEST(test_strbuf_basic)
{
    StrBuf b;
    strbuf_init(&b);
    ck_assert_ptr_nonnull(b.s);
    ck_assert_str_eq(b.s, "");
    ck_assert_uint_eq(b.len, 0);

    strbuf_puts(&b, "abc");
    strbuf_append(&b, "defXYZ", 3);
    strbuf_printf(&b, "-%d-%s", 7, "z");
    ck_assert_str_eq(b.s, "abcdef-7-z");
    ck_assert_uint_eq(b.len, 10);
    ck_assert_uint_eq(strlen(b.s), b.len);

    strbuf_append(&b, "", 0);
    ck_assert_str_eq(b.s, "abcdef-7-z");
    strbuf_done(&b);
    ck_assert_ptr_null(b.s);
    ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(test_strbuf_grows)
{
    StrBuf b;
    strbuf_init(&b);
    char want[5001];
    for (int i = 0; i < 5000; i++) {
        char c = (char)('a' + i % 26);
        strbuf_append(&b, &c, 1);
        want[i] = c;
        ck_assert_uint_eq(b.len, (size_t)i + 1);
        ck_assert_int_eq(b.s[b.len], '\0');
        ck_assert_uint_ge(b.cap, b.len + 1);
    }
    want[5000] = '\0';
    ck_assert_str_eq(b.s, want);

    /* One append much larger than the capacity. */
    char big[3000];
    memset(big, 'Q', sizeof big);
    strbuf_append(&b, big, sizeof big);
    ck_assert_uint_eq(b.len, 8000);
    ck_assert_int_eq(b.s[4999], want[4999]);
    ck_assert_int_eq(b.s[5000], 'Q');
    ck_assert_int_eq(b.s[7999], 'Q');
    ck_assert_int_eq(b.s[8000], '\0');
    strbuf_done(&b);
}
END_TEST

START_TEST(test_strbuf_binary_and_take)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_append(&b, "a\0b", 3); /* embedded NUL kept in len */
    ck_assert_uint_eq(b.len, 3);
    ck_assert_mem_eq(b.s, "a\0b", 4);

    char *s = strbuf_take(&b);
    ck_assert_mem_eq(s, "a\0b", 4);
    /* b is left empty... */
    ck_assert_uint_eq(b.len, 0);
    ck_assert_ptr_ne(b.s, s);
    ck_assert(b.s == NULL || b.s[0] == '\0');

    /* ...and can be appended to again, independently of the taken string. */
    strbuf_puts(&b, "next");
    ck_assert_str_eq(b.s, "next");
    ck_assert_uint_eq(b.len, 4);
    ck_assert_int_eq(s[0], 'a');
    free(s);

    char *t = strbuf_take(&b);
    ck_assert_str_eq(t, "next");
    free(t);
    /* Taking from an empty buffer gives an empty string, never NULL. */
    char *e = strbuf_take(&b);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e, "");
    free(e);
    strbuf_done(&b);

    StrBuf fresh;
    strbuf_init(&fresh);
    char *f = strbuf_take(&fresh);
    ck_assert_ptr_nonnull(f);
    ck_assert_str_eq(f, "");
    free(f);
    strbuf_done(&fresh);
}
END_TEST

Suite *text_suite(void)
{
    Suite *s = suite_create("text");

    TCase *tc = tcase_create("ltext");
    tcase_add_test(tc, test_fold_for_typed_answers);
    tcase_add_test(tc, test_ltext_get_requested);
    tcase_add_test(tc, test_ltext_get_falls_back_to_english);
    tcase_add_test(tc, test_ltext_get_falls_back_to_any);
    tcase_add_test(tc, test_ltext_get_none_is_empty_string);
    tcase_add_test(tc, test_ltext_done_frees_and_clears);
    tcase_add_test(tc, test_lang_code);
    tcase_add_test(tc, test_lang_parse_accepts);
    tcase_add_test(tc, test_lang_parse_rejects);
    suite_add_tcase(s, tc);

    tc = tcase_create("utf8");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_utf8_encode_known);
    tcase_add_test(tc, test_utf8_round_trip_all_scalars);
    tcase_add_test(tc, test_utf8_encode_invalid);
    tcase_add_test(tc, test_utf8_decode_invalid);
    suite_add_tcase(s, tc);

    tc = tcase_create("sanitize");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_sanitize_plain_text_unchanged);
    tcase_add_test(tc, test_sanitize_escape);
    tcase_add_test(tc, test_sanitize_csi_sequences);
    tcase_add_test(tc, test_sanitize_c0_c1_del);
    tcase_add_test(tc, test_sanitize_tab_becomes_space);
    tcase_add_test(tc, test_sanitize_bidi);
    tcase_add_test(tc, test_sanitize_invalid_bytes);
    tcase_add_test(tc, test_sanitize_newlines);
    tcase_add_test(tc, test_sanitize_ascii_mode);
    tcase_add_test(tc, test_sanitize_ascii_mode_all_code_points);
    tcase_add_test(tc, test_sanitize_random_bytes_inert);
    suite_add_tcase(s, tc);

    tc = tcase_create("width");
    tcase_add_checked_fixture(tc, tu_utf8_begin, tu_utf8_end);
    tcase_add_test(tc, test_width_ascii_and_empty);
    tcase_add_test(tc, test_width_accented_counts_columns_not_bytes);
    tcase_add_test(tc, test_width_wide_cjk);
    tcase_add_test(tc, test_width_combining_marks);
    tcase_add_test(tc, test_width_invalid_and_controls);
    tcase_add_test(tc, test_cp_width_combining_without_utf8_locale);
    suite_add_tcase(s, tc);

    tc = tcase_create("strbuf");
    tcase_add_test(tc, test_x_helpers);
    tcase_add_test(tc, test_strbuf_basic);
    tcase_add_test(tc, test_strbuf_grows);
    tcase_add_test(tc, test_strbuf_binary_and_take);
    suite_add_tcase(s, tc);

    return s;
}
