/* UI language: locale set-up, gettext catalogue binding and switching language at run time. */
#ifndef RASTRO_I18N_H
#define RASTRO_I18N_H

#include <libintl.h>
#include <stdbool.h>

#include "text.h"

/* Sets the character set and messages locale from the environment (falling back to C.UTF-8 when
 * the requested locale is not installed but asks for UTF-8; other categories stay "C"), binds the
 * "rastro" catalogue in localedir and picks the language: forced when not NULL, else from
 * LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else English. */
Lang i18n_init(const Lang *forced, const char *localedir);
void i18n_set(Lang lang);
Lang i18n_lang(void);
/* True when the terminal's character set (LC_CTYPE) is UTF-8. */
bool i18n_utf8(void);

/* "2025-03-14" as "14 March 2025" in the interface language; anything else as it is. Caller
 * frees. */
char *i18n_date_long(const char *iso);

/* Translates a UI message. The English text is the message id, so English needs no lookup. */
static inline const char *tr(const char *msgid)
{
    return i18n_lang() == LANG_EN ? msgid : dgettext("rastro", msgid);
}

/* Translates a message with a count: singular or plural form as the language needs. */
static inline const char *trn(const char *singular, const char *plural, unsigned long n)
{
    if (i18n_lang() == LANG_EN)
        return n == 1 ? singular : plural;
    return dngettext("rastro", singular, plural, n);
}

#endif
