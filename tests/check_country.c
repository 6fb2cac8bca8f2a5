/* Unit tests for tui/core/country.c: ISO 3166-1 alpha-2 validation. */
#include <check.h>
#include <string.h>

#include "../tui/core/country.h"
#include "suites.h"

Suite *country_suite(void);

START_TEST(test_valid_codes)
{
    static const char *const good[] = {"MX", "GT", "JM", "US", "CA", "BR", "ES", "AD", "ZW",
                                       "AX", "BQ", "CW", "SS", "SX", "PS", "TW", "VA", "AQ"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        char out[3] = "##";
        ck_assert_msg(country_valid(good[i], out), "%s rejected", good[i]);
        ck_assert_str_eq(out, good[i]);
    }
}
END_TEST

START_TEST(test_lower_and_mixed_case_upper_cased)
{
    static const struct {
        const char *in, *want;
    } cases[] = {{"mx", "MX"}, {"gt", "GT"}, {"jm", "JM"}, {"us", "US"}, {"Mx", "MX"},
                 {"gT", "GT"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[3] = "##";
        ck_assert_msg(country_valid(cases[i].in, out), "%s rejected", cases[i].in);
        ck_assert_str_eq(out, cases[i].want);
    }
}
END_TEST

START_TEST(test_out_may_be_null)
{
    ck_assert(country_valid("MX", NULL));
    ck_assert(country_valid("jm", NULL));
    ck_assert(!country_valid("XX", NULL));
}
END_TEST

START_TEST(test_invalid_codes)
{
    static const char *const bad[] = {
        "",    "M",   "MEX", "XX",  "ZZ",  "1A",  "A1",  "12",  "M ",  " M", "MX ", " MX",
        "M-",  "--",  "UK",  "EU",  "AN",  "YU",  "SU",  "CS",  "XK",  "AA", "QQ",  "OO",
        "\xC3\xA9", /* "é": two bytes, neither a letter */
        "m\xC3\xA9", "M\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char out[3] = "##";
        ck_assert_msg(!country_valid(bad[i], out), "\"%s\" accepted", bad[i]);
        ck_assert_msg(strcmp(out, "##") == 0, "\"%s\" rejected but out written", bad[i]);
    }
    char out[3] = "##";
    ck_assert(!country_valid(NULL, out));
    ck_assert_str_eq(out, "##");
    ck_assert(!country_valid(NULL, NULL));
}
END_TEST

START_TEST(test_embedded_nul_is_not_a_code)
{
    /* "M" followed by NUL then "X": strlen is 1, so it must be rejected. */
    const char s[] = {'M', '\0', 'X', '\0'};
    ck_assert(!country_valid(s, NULL));
}
END_TEST

START_TEST(test_all_249_codes)
{
    int upper = 0, lower = 0;
    for (char a = 'A'; a <= 'Z'; a++) {
        for (char b = 'A'; b <= 'Z'; b++) {
            char code[3] = {a, b, 0};
            char out[3] = "##";
            if (country_valid(code, out)) {
                upper++;
                ck_assert_str_eq(out, code);
            }
            char lc[3] = {(char)(a - 'A' + 'a'), (char)(b - 'A' + 'a'), 0};
            char out2[3] = "##";
            bool ok_lower = country_valid(lc, out2);
            lower += ok_lower;
            /* Case never changes the answer. */
            ck_assert_int_eq(ok_lower, country_valid(code, NULL));
            if (ok_lower)
                ck_assert_str_eq(out2, code);
        }
    }
    ck_assert_int_eq(upper, 249);
    ck_assert_int_eq(lower, 249);
}
END_TEST

Suite *country_suite(void)
{
    Suite *s = suite_create("country");
    TCase *tc = tcase_create("valid");
    tcase_add_test(tc, test_valid_codes);
    tcase_add_test(tc, test_lower_and_mixed_case_upper_cased);
    tcase_add_test(tc, test_out_may_be_null);
    tcase_add_test(tc, test_invalid_codes);
    tcase_add_test(tc, test_embedded_nul_is_not_a_code);
    tcase_add_test(tc, test_all_249_codes);
    suite_add_tcase(s, tc);
    return s;
}
