/* The country field of the shell's forms: what is typed narrows the list of countries (by name
 * in English or Spanish, or by code), and the arrows pick one of them. */
#include "country_pick.h"

#include <stdlib.h>

#include "../core/i18n.h"
#include "screen.h"

void country_pick_init(CountryPick *p)
{
    *p = (CountryPick){0};
    input_init(&p->text, 60);
}

void country_pick_done(CountryPick *p)
{
    input_done(&p->text);
}

/* The countries the text names, the best first highlighted. */
static void pick_match(CountryPick *p, Lang lang)
{
    size_t n = country_search(p->text.text.s, lang, p->matches, COUNTRY_PICK_MAX);
    p->n_matches = n < COUNTRY_PICK_MAX ? n : COUNTRY_PICK_MAX;
    p->sel = p->top = 0;
}

void country_pick_set(CountryPick *p, const char *text, Lang lang)
{
    input_set(&p->text, text);
    pick_match(p, lang);
}

bool country_pick_picking(const CountryPick *p)
{
    return p->text.text.len && p->n_matches;
}

const Country *country_pick_chosen(const CountryPick *p)
{
    return p->n_matches ? p->matches[p->sel] : NULL;
}

bool country_pick_key(CountryPick *p, int key, Lang lang, bool *typed)
{
    if (typed)
        *typed = false;
    if (country_pick_picking(p)) {
        switch (key) {
        case K_DOWN:
            if (p->sel + 1 < p->n_matches)
                p->sel++;
            return true;
        case K_UP:
            if (p->sel == 0)
                return false; /* the field above, in a form */
            p->sel--;
            return true;
        case K_PGDN:
            p->sel = p->sel + 5 < p->n_matches ? p->sel + 5 : p->n_matches - 1;
            return true;
        case K_PGUP:
            p->sel = p->sel > 5 ? p->sel - 5 : 0;
            return true;
        default: break;
        }
    }
    if (!input_key(&p->text, key))
        return false;
    pick_match(p, lang);
    if (typed)
        *typed = true;
    return true;
}

/* "Guatemala (GT)" for c in lang. Caller frees. */
static char *country_label(const Country *c, Lang lang)
{
    return xasprintf("%s (%s)", country_name(c->code, lang), c->code);
}

void country_pick_draw(CountryPick *p, Lang lang, int y, int rows, int cols)
{
    if (!p->n_matches) {
        term_print(y, 4, cols - 6, ROLE_ERROR, tr("No country has that name or code."));
        return;
    }
    if (rows < 3) {
        /* No room for a list: the highlighted country, and where it is among them. */
        char *label = country_label(p->matches[p->sel], lang);
        char *line = p->n_matches > 1 ? xasprintf("%s  %zu/%zu", label, p->sel + 1, p->n_matches)
                                      : xstrdup(label);
        term_print(y, 4, 2, ROLE_NORMAL, term_glyph(GLYPH_POINTER));
        term_print(y, 6, cols - 8, ROLE_SELECTED, line);
        free(line);
        free(label);
        return;
    }
    /* The last row says how many more there are, when the list is cut. */
    if (p->n_matches > (size_t)rows)
        rows--;
    if (p->sel < p->top)
        p->top = p->sel;
    if (p->sel >= p->top + (size_t)rows)
        p->top = p->sel - (size_t)rows + 1;
    for (int r = 0; r < rows && p->top + (size_t)r < p->n_matches; r++) {
        size_t i = p->top + (size_t)r;
        char *label = country_label(p->matches[i], lang);
        bool on = i == p->sel;
        term_print(y + r, 4, 2, ROLE_NORMAL, on ? term_glyph(GLYPH_POINTER) : "");
        term_print(y + r, 6, cols - 8, on ? ROLE_SELECTED : ROLE_NORMAL, label);
        free(label);
    }
    if (p->n_matches > (size_t)rows) {
        char *more = xasprintf(tr("%zu of %zu: keep typing, or Up/Down"), p->sel + 1,
                               p->n_matches);
        term_print(y + rows, 6, cols - 8, ROLE_DIM, more);
        free(more);
    }
}
