/* UI language: locale set-up, gettext catalogue binding and switching language at run time. */
#include "i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static Lang current = LANG_EN;
static bool utf8 = false;

/* glibc's counter of loaded catalogues: bumping it makes gettext re-read LANGUAGE. */
extern int _nl_msg_cat_cntr;

static Lang lang_from_env(void)
{
    static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (!v || !v[0])
            continue;
        Lang l;
        if (lang_parse(v, &l))
            return l;
        /* A set variable that names another language (or C) decides: English. */
        if (i > 0)
            return LANG_EN;
    }
    return LANG_EN;
}

static bool asks_utf8(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && v[0])
            return strcasestr(v, "utf-8") || strcasestr(v, "utf8");
    }
    return false;
}

Lang i18n_init(const Lang *forced, const char *localedir)
{
    /* Only the character set and the messages follow the environment: numbers, dates and
     * collation stay "C", which rastro's output relies on (and loading them costs start-up). */
    static const int categories[] = {LC_CTYPE, LC_MESSAGES};
    for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++) {
        if (!setlocale(categories[i], "")) {
            /* The requested locale is not installed (common for es_ES.UTF-8 on small systems). */
            if (!(asks_utf8() && setlocale(categories[i], "C.UTF-8")))
                setlocale(categories[i], "C");
        }
    }
    const char *cs = nl_langinfo(CODESET);
    utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
    if (localedir)
        bindtextdomain("rastro", localedir);
    /* Always UTF-8: the drawing code turns it into ASCII stand-ins where the terminal needs. */
    bind_textdomain_codeset("rastro", "UTF-8");
    i18n_set(forced ? *forced : lang_from_env());
    return current;
}

void i18n_set(Lang lang)
{
    current = lang;
    setenv("LANGUAGE", lang_code(lang), 1);
    /* gettext ignores LANGUAGE under the "C" locale; messages then need a real one. */
    const char *msgs = setlocale(LC_MESSAGES, NULL);
    if (lang != LANG_EN && msgs && (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0))
        setlocale(LC_MESSAGES, "C.UTF-8");
    ++_nl_msg_cat_cntr;
    /* The catalog is read now (its header is a message), not by the first message shown: the
     * shell sets the language on another thread while the first screen's records are read. */
    if (lang != LANG_EN)
        (void)dgettext("rastro", "");
}

Lang i18n_lang(void)
{
    return current;
}

bool i18n_utf8(void)
{
    return utf8;
}

char *i18n_date_long(const char *iso)
{
    const char *months[12] = {
        tr("January"), tr("February"), tr("March"),     tr("April"),   tr("May"),      tr("June"),
        tr("July"),    tr("August"),   tr("September"), tr("October"), tr("November"), tr("December"),
    };
    int y, m, d, end = 0;
    if (sscanf(iso, "%4d-%2d-%2d%n", &y, &m, &d, &end) == 3 && iso[end] == '\0' && m >= 1 &&
        m <= 12 && d >= 1 && d <= 31)
        /* TRANSLATORS: a date: day, month name, year. */
        return xasprintf(tr("%d %s %d"), d, months[m - 1], y);
    return xstrdup(iso);
}
