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

/* The code of the first country search(query) gives, "" when none. */
static const char *first(const char *query, Lang lang)
{
    const Country *out[4];
    return country_search(query, lang, out, 4) ? out[0]->code : "";
}

/* The table itself, as country.c holds it: sorted by code, which country_find relies on. */
static const Country table[] = {
#include "../tui/core/country_table.inc"
};

START_TEST(test_names_in_both_languages)
{
    ck_assert_int_eq(sizeof table / sizeof table[0], 249);
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        const Country *c = &table[i];
        ck_assert_msg(c->en[0] && c->es[0], "%s has no name", c->code);
        const Country *found = country_find(c->code);
        ck_assert_ptr_nonnull(found);
        ck_assert_str_eq(found->code, c->code);
        ck_assert_str_eq(found->en, c->en);
        ck_assert_str_eq(found->es, c->es);
        if (i)
            ck_assert_int_lt(strcmp(table[i - 1].code, c->code), 0);
    }
    ck_assert_str_eq(country_name("GT", LANG_ES), "Guatemala");
    ck_assert_str_eq(country_name("mx", LANG_ES), "México");
    ck_assert_str_eq(country_name("MX", LANG_EN), "Mexico");
    ck_assert_str_eq(country_name("CH", LANG_ES), "Suiza");
    ck_assert_str_eq(country_name("TT", LANG_ES), "Trinidad y Tobago");
    /* What is not a country is shown as it is. */
    ck_assert_str_eq(country_name("XX", LANG_ES), "XX");
}
END_TEST

START_TEST(test_search_by_name_or_code)
{
    static const struct {
        const char *query;
        Lang lang;
        const char *want;
    } cases[] = {
        {"Guatemala", LANG_EN, "GT"},  {"guate", LANG_ES, "GT"},     {"Chile", LANG_ES, "CL"},
        {"chile", LANG_EN, "CL"},      {"CL", LANG_EN, "CL"},        {"gt", LANG_ES, "GT"},
        {"Mexico", LANG_ES, "MX"},     {"méxico", LANG_EN, "MX"},    {"MÉXICO", LANG_EN, "MX"},
        {"peru", LANG_ES, "PE"},       {"Perú", LANG_EN, "PE"},      {"Brasil", LANG_EN, "BR"},
        {"Brazil", LANG_ES, "BR"},     {"haiti", LANG_ES, "HT"},     {"rep dom", LANG_ES, "DO"},
        {"dominican", LANG_EN, "DO"},  {"Estados Unidos", LANG_EN, "US"},
        {"united states", LANG_ES, "US"}, {"jamaica", LANG_EN, "JM"}, {"  belice ", LANG_EN, "BZ"},
        {"trinidad", LANG_ES, "TT"},   {"tobago", LANG_EN, "TT"},    {"Guinea-Bissau", LANG_EN, "GW"},
        {"San Vicente", LANG_ES, "VC"}, {"zzzz", LANG_EN, ""},       {"Guatemalaa", LANG_EN, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_msg(strcmp(first(cases[i].query, cases[i].lang), cases[i].want) == 0,
                      "\"%s\": %s, not %s", cases[i].query, first(cases[i].query, cases[i].lang),
                      cases[i].want);
    /* A code typed whole comes first, then names that start with it. */
    const Country *out[8];
    ck_assert_uint_ge(country_search("ch", LANG_EN, out, 8), 4);
    ck_assert_str_eq(out[0]->code, "CH");
    ck_assert_str_eq(out[1]->code, "TD"); /* Chad */
    ck_assert_str_eq(out[2]->code, "CL"); /* Chile */
    /* Every country for an empty query, in alphabetical order of the language shown. */
    ck_assert_uint_eq(country_search("", LANG_ES, out, 8), 249);
    ck_assert_str_eq(out[0]->code, "AF"); /* Afganistán */
    /* What matches is counted even past max. */
    ck_assert_uint_gt(country_search("isla", LANG_ES, out, 2), 2);
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
    tcase_add_test(tc, test_names_in_both_languages);
    tcase_add_test(tc, test_search_by_name_or_code);
    suite_add_tcase(s, tc);
    return s;
}
