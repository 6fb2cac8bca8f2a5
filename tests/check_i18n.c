/* Choosing the interface language and translating through the built gettext catalogue. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/i18n.h"
#include "suites.h"

static const char *localedir(void)
{
    const char *d = getenv("RASTRO_LOCALEDIR");
    return d && d[0] ? d : "build/locale";
}

static void clear_env(void)
{
    unsetenv("LANGUAGE");
    unsetenv("LC_ALL");
    unsetenv("LC_MESSAGES");
    unsetenv("LANG");
}

START_TEST(forced_language_wins)
{
    clear_env();
    setenv("LANG", "en_US.UTF-8", 1);
    Lang es = LANG_ES;
    ck_assert_int_eq(i18n_init(&es, localedir()), LANG_ES);
    ck_assert_int_eq(i18n_lang(), LANG_ES);
    ck_assert_str_eq(tr("Main menu"), "Menú principal");
}
END_TEST

START_TEST(language_from_environment)
{
    clear_env();
    setenv("LANG", "es_GT.UTF-8", 1); /* not installed here: falls back to C.UTF-8 */
    ck_assert_int_eq(i18n_init(NULL, localedir()), LANG_ES);
    ck_assert(i18n_utf8());
    ck_assert_str_eq(tr("Quit"), "Salir");
    clear_env();
    setenv("LANG", "es_GT.UTF-8", 1);
    setenv("LC_MESSAGES", "en_US.UTF-8", 1); /* LC_MESSAGES is more specific than LANG */
    ck_assert_int_eq(i18n_init(NULL, localedir()), LANG_EN);
    ck_assert_str_eq(tr("Quit"), "Quit");
    clear_env();
    ck_assert_int_eq(i18n_init(NULL, localedir()), LANG_EN);
}
END_TEST

START_TEST(switching_at_run_time)
{
    clear_env();
    setenv("LANG", "C.UTF-8", 1);
    i18n_init(NULL, localedir());
    ck_assert_str_eq(tr("Help"), "Help");
    i18n_set(LANG_ES);
    ck_assert_str_eq(tr("Help"), "Ayuda");
    i18n_set(LANG_EN);
    ck_assert_str_eq(tr("Help"), "Help");
    ck_assert_str_eq(tr("a message nobody translated"), "a message nobody translated");
}
END_TEST

START_TEST(spanish_under_the_c_locale)
{
    clear_env();
    setenv("LANG", "C", 1);
    Lang es = LANG_ES;
    i18n_init(&es, localedir());
    ck_assert(!i18n_utf8());
    /* Still translated (as UTF-8; the drawing code makes it ASCII). */
    ck_assert_str_eq(tr("Main menu"), "Menú principal");
}
END_TEST

Suite *i18n_suite(void)
{
    Suite *s = suite_create("i18n");
    TCase *tc = tcase_create("language");
    tcase_add_test(tc, forced_language_wins);
    tcase_add_test(tc, language_from_environment);
    tcase_add_test(tc, switching_at_run_time);
    tcase_add_test(tc, spanish_under_the_c_locale);
    suite_add_tcase(s, tc);
    return s;
}
