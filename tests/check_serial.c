/* Serial-number transcriptions compared with the marking: each difference named. */
#include <check.h>

#include "../tui/core/serial.h"
#include "suites.h"

START_TEST(exact_and_outer_spaces)
{
    ck_assert_uint_eq(serial_compare("AB1O5S8", "AB1O5S8", NULL, 0), 0);
    ck_assert_uint_eq(serial_compare("AB1O5S8", "  AB1O5S8 ", NULL, 0), 0);
}
END_TEST

START_TEST(confusable_substitutions_named)
{
    SerialDiff d[8];
    /* Letter O read as zero, S as five, and a plain mistake. */
    ck_assert_uint_eq(serial_compare("AO5S7", "A055X", d, 8), 3);
    ck_assert_int_eq(d[0].kind, SERIAL_CONFUSED);
    ck_assert_uint_eq(d[0].pos, 2);
    ck_assert_int_eq(d[0].marked, 'O');
    ck_assert_int_eq(d[0].typed, '0');
    ck_assert_int_eq(d[1].kind, SERIAL_CONFUSED);
    ck_assert_uint_eq(d[1].pos, 4);
    ck_assert_int_eq(d[2].kind, SERIAL_WRONG);
    ck_assert_int_eq(d[2].typed, 'X');
    ck_assert(serial_confusable('I', 'l') && serial_confusable('1', 'I') && serial_confusable('B', '8'));
    ck_assert(serial_confusable('Z', '2') && serial_confusable('G', '6') && serial_confusable('S', '5'));
    ck_assert(!serial_confusable('A', '4') && !serial_confusable('O', 'O'));
}
END_TEST

START_TEST(missing_and_extra)
{
    SerialDiff d[8];
    ck_assert_uint_eq(serial_compare("12345", "1245", d, 8), 1);
    ck_assert_int_eq(d[0].kind, SERIAL_MISSING);
    ck_assert_uint_eq(d[0].pos, 3);
    ck_assert_int_eq(d[0].marked, '3');
    ck_assert_uint_eq(serial_compare("12345", "123X45", d, 8), 1);
    ck_assert_int_eq(d[0].kind, SERIAL_EXTRA);
    ck_assert_uint_eq(d[0].pos, 3);
    ck_assert_int_eq(d[0].typed, 'X');
    /* Differences come in marking order, and max bounds what is written. */
    ck_assert_uint_eq(serial_compare("ABCD", "XBCY", d, 1), 2);
    ck_assert_uint_eq(d[0].pos, 1);
}
END_TEST

Suite *serial_suite(void)
{
    Suite *s = suite_create("serial");
    TCase *tc = tcase_create("compare");
    tcase_add_test(tc, exact_and_outer_spaces);
    tcase_add_test(tc, confusable_substitutions_named);
    tcase_add_test(tc, missing_and_extra);
    suite_add_tcase(s, tc);
    return s;
}
