/* The glossary, opened with Ctrl-G over any screen: the course's terms in the language shown,
 * narrowed as the trainee types (case and accents aside), and a term's page with its definition,
 * its other names and its name in the other language. Esc goes back to the screen under it, as
 * it was. Closed during an exam. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "doc.h"
#include "input.h"
#include "menu.h"
#include "screens.h"

/* Most characters of a search. */
#define SEARCH_MAX 60

typedef struct {
    Screen base;
    Input search;
    const Term **all;    /* every term of the catalog, by preferred name in lang */
    const Glossary **in; /* the glossary of each */
    size_t n_all;
    Lang lang;           /* the language all is sorted in */
    Menu menu;           /* the terms the search finds; tags index all */
    bool stale;          /* the menu must be rebuilt from the search */
    char title[160];
} GlossaryScreen;

typedef struct {
    Screen base;
    const Term *term;
    const Glossary *in;
    Lang lang;
    Doc doc;
    int doc_width;
    DocView view;
    char title[160];
} TermScreen;

static const char *lang_name(Lang l)
{
    /* TRANSLATORS: a language's name after "In" ("In Spanish: ..."): lower case in Spanish. */
    return l == LANG_ES ? tr("Spanish") : tr("English");
}

static const char *preferred(const Term *t, Lang l)
{
    return t->n_names[l] ? t->names[l][0] : t->id;
}

/* ---- a term ---- */

static const char *term_title(Screen *s, Ui *ui)
{
    (void)ui;
    TermScreen *t = (TermScreen *)s;
    char *name = text_sanitize(preferred(t->term, t->lang), false, term_utf8());
    snprintf(t->title, sizeof t->title, "%s %s %s", tr("Glossary"), term_glyph(GLYPH_DOT), name);
    free(name);
    return t->title;
}

/* "a, b, c": names from first on, for one line. Caller frees. */
static char *names_from(const Term *t, Lang l, size_t first)
{
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = first; i < t->n_names[l]; i++)
        strbuf_printf(&b, "%s%s", i > first ? ", " : "", t->names[l][i]);
    return strbuf_take(&b);
}

static void term_build(TermScreen *t, int width)
{
    const Term *term = t->term;
    Lang l = t->lang, other = l == LANG_EN ? LANG_ES : LANG_EN;
    Doc *d = &t->doc;
    doc_clear(d);
    doc_text(d, preferred(term, l), width, 0, ROLE_HEADING, -1);
    if (term->n_names[l] > 1) {
        char *also = names_from(term, l, 1);
        char *line = xasprintf(tr("Also: %s"), also);
        doc_text(d, line, width, 0, ROLE_DIM, -1);
        free(line);
        free(also);
    }
    /* The name in the other language, and its synonyms there. */
    char *there = term->n_names[other] > 1 ? names_from(term, other, 1) : NULL;
    /* TRANSLATORS: "In Spanish: cajón de mecanismos (also: armazón, receptor)"; the first %s
     * is the name of a language ("Spanish", "English"). */
    char *line = there ? xasprintf(tr("In %s: %s (also: %s)"), lang_name(other),
                                   preferred(term, other), there)
                       : xasprintf(tr("In %s: %s"), lang_name(other), preferred(term, other));
    doc_text(d, line, width, 0, ROLE_DIM, -1);
    free(line);
    free(there);
    doc_blank(d);
    doc_text(d, ltext_get(&term->define, l), width, 0, ROLE_NORMAL, -1);
    if (term->n_see) {
        StrBuf b;
        strbuf_init(&b);
        for (size_t i = 0; i < term->n_see; i++) {
            const Term *s = t->in ? glossary_find(t->in, term->see[i]) : NULL;
            strbuf_printf(&b, "%s%s", i ? ", " : "", s ? preferred(s, l) : term->see[i]);
        }
        doc_blank(d);
        char *see = xasprintf(tr("See also: %s"), b.s);
        doc_text(d, see, width, 0, ROLE_NORMAL, -1);
        free(see);
        strbuf_done(&b);
    }
    if (term->sources.n) {
        doc_blank(d);
        doc_text(d, tr("Sources:"), width, 0, ROLE_DIM, -1);
        for (size_t i = 0; i < term->sources.n; i++) {
            const char *text = t->in ? glossary_source(t->in, term->sources.keys[i]) : NULL;
            char *src = xasprintf("- %s: %s", term->sources.keys[i], text ? text : "");
            doc_text(d, src, width, 0, ROLE_DIM, -1);
            free(src);
        }
    }
}

static void term_draw(Screen *s, Ui *ui, Rect area)
{
    (void)ui;
    TermScreen *t = (TermScreen *)s;
    int width = ui_text_width(area);
    if (width != t->doc_width) {
        term_build(t, width);
        t->doc_width = width;
    }
    doc_view_draw(&t->view, &t->doc, area.top + 1, area.rows - 1, 2, width, -1);
    doc_view_marks(&t->view, &t->doc, area.top + 1, 2 + width);
}

static void term_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    TermScreen *t = (TermScreen *)s;
    if (doc_view_key(&t->view, key))
        return;
    /* As in the other read-only pages: Enter a line, Space a page. */
    if (key == K_ENTER)
        doc_view_key(&t->view, K_DOWN);
    else if (key == ' ')
        doc_view_key(&t->view, K_PGDN);
    else if (ui_is_back(key))
        ui_pop(ui);
}

static void term_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, "q", tr("Back"));
    hints_add(out, hint_glossary_key(), tr("Close the glossary"));
}

static const char *term_help(Screen *s)
{
    (void)s;
    return tr("A term of the glossary: its preferred name and the others it goes by, its name "
              "in the other language, what it means and where that comes from. q goes back to "
              "the list; Ctrl-G closes the glossary.");
}

static void term_free(Screen *s)
{
    TermScreen *t = (TermScreen *)s;
    doc_done(&t->doc);
    free(t);
}

static Screen *term_screen_new(Ui *ui, const Term *term, const Glossary *in)
{
    TermScreen *t = xcalloc(1, sizeof *t);
    t->base = (Screen){.title = term_title, .draw = term_draw, .key = term_key,
                       .hints = term_hints, .help = term_help, .free = term_free};
    t->term = term;
    t->in = in;
    t->lang = ui->app->lang;
    doc_init(&t->doc);
    return &t->base;
}

/* ---- the list ---- */

static int by_name(const void *a, const void *b, void *lang)
{
    const Term *ta = *(const Term *const *)a, *tb = *(const Term *const *)b;
    return glossary_term_compare(ta, tb, *(const Lang *)lang);
}

/* Every term of the catalog in lang's order (all and in, parallel). */
static void collect(GlossaryScreen *g, const Catalog *c, Lang lang)
{
    free(g->all);
    free(g->in);
    g->n_all = 0;
    for (size_t f = 0; f < c->n_glossaries; f++)
        g->n_all += c->glossaries[f].n;
    g->all = xcalloc(g->n_all ? g->n_all : 1, sizeof *g->all);
    size_t k = 0;
    for (size_t f = 0; f < c->n_glossaries; f++)
        for (size_t i = 0; i < c->glossaries[f].n; i++)
            g->all[k++] = &c->glossaries[f].terms[i];
    qsort_r(g->all, g->n_all, sizeof *g->all, by_name, &lang);
    /* The glossary of each, found again after the sort. */
    g->in = xcalloc(g->n_all ? g->n_all : 1, sizeof *g->in);
    for (size_t i = 0; i < g->n_all; i++)
        for (size_t f = 0; f < c->n_glossaries && !g->in[i]; f++)
            if (g->all[i] >= c->glossaries[f].terms &&
                g->all[i] < c->glossaries[f].terms + c->glossaries[f].n)
                g->in[i] = &c->glossaries[f];
    g->lang = lang;
    g->stale = true;
}

/* The menu of the terms the search finds, the best found first (glossary_term_rank), each by
 * its preferred name, beside it the name the search found it by when that is another, else its
 * name in the other language. */
static void glossary_filter(GlossaryScreen *g)
{
    Lang other = g->lang == LANG_EN ? LANG_ES : LANG_EN;
    char *query = text_fold(g->search.text.s, 0);
    int *rank = xcalloc(g->n_all ? g->n_all : 1, sizeof *rank);
    const char **matched = xcalloc(g->n_all ? g->n_all : 1, sizeof *matched);
    for (size_t i = 0; i < g->n_all; i++)
        rank[i] = glossary_term_rank(g->all[i], query, g->lang, &matched[i]);
    menu_clear(&g->menu);
    g->menu.sel = 0;
    g->menu.top = 0;
    for (int r = 0; r < GLOSSARY_RANKS; r++)
        for (size_t i = 0; i < g->n_all; i++)
            if (rank[i] == r)
                menu_add(&g->menu, preferred(g->all[i], g->lang),
                         matched[i] ? matched[i] : preferred(g->all[i], other), (int)i);
    free(rank);
    free(matched);
    free(query);
    g->stale = false;
}

static const char *glossary_title(Screen *s, Ui *ui)
{
    (void)ui;
    GlossaryScreen *g = (GlossaryScreen *)s;
    snprintf(g->title, sizeof g->title, "%s", tr("Glossary"));
    return g->title;
}

static void glossary_draw(Screen *s, Ui *ui, Rect area)
{
    GlossaryScreen *g = (GlossaryScreen *)s;
    if (g->lang != ui->app->lang)
        collect(g, &ui->app->catalog, ui->app->lang);
    if (g->stale)
        glossary_filter(g);
    int width = ui_text_width(area), y = area.top + 1;
    char *count = g->search.text.len
                      ? xasprintf(tr("%zu of %zu terms"), g->menu.n, g->n_all)
                      : xasprintf(trn("%lu term", "%lu terms", g->n_all), (unsigned long)g->n_all);
    int cw = text_width(count);
    int x = 2 + term_print(y, 2, width - cw - 2, ROLE_NORMAL, tr("Search:"));
    x += term_print(y, x, 1, ROLE_NORMAL, " ");
    int room = width - cw - 2 - (x - 2) - 1;
    if (room > 0) {
        x += term_print(y, x, room, ROLE_NORMAL, input_tail(&g->search, room));
        term_print(y, x, 1, ROLE_SELECTED, " ");
    }
    term_print(y, 2 + width - cw, cw, ROLE_DIM, count);
    free(count);
    int top = y + 2, rows = area.top + area.rows - top;
    if (rows < 1)
        return;
    if (g->menu.n == 0) {
        char *none = g->n_all ? xasprintf(tr("No term matches \"%s\"."), g->search.text.s)
                              : xstrdup(tr("The glossary has no terms."));
        Doc d;
        doc_init(&d);
        doc_text(&d, none, width, 0, ROLE_DIM, -1);
        doc_draw(&d, 0, top, rows, 2, width, -1);
        doc_done(&d);
        free(none);
        return;
    }
    menu_draw(&g->menu, top, rows, 2, width, false);
}

/* Rows of the list in area, for paging. */
static int list_rows(Rect area)
{
    int rows = area.rows - 3;
    return rows > 1 ? rows : 1;
}

static void glossary_key(Screen *s, Ui *ui, int key, Rect area)
{
    GlossaryScreen *g = (GlossaryScreen *)s;
    if (g->stale)
        glossary_filter(g);
    switch (key) {
    case K_UP:
    case K_DOWN:
    case K_HOME:
    case K_END:
    case K_PGUP:
    case K_PGDN: menu_key(&g->menu, key, list_rows(area)); return;
    case K_ESC: ui_pop(ui); return;
    case K_ENTER:
    case K_RIGHT:
        if (g->menu.n) {
            size_t i = (size_t)menu_selected_tag(&g->menu);
            ui_push(ui, term_screen_new(ui, g->all[i], g->in[i]));
        }
        return;
    default:
        if (input_key(&g->search, key))
            g->stale = true;
        return;
    }
}

static void glossary_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    GlossaryScreen *g = (GlossaryScreen *)s;
    hints_add(out, hint_arrows(), tr("Move"));
    if (g->menu.n)
        hints_add(out, "Enter", tr("Read"));
    hints_add(out, "Esc", tr("Back"));
}

static void glossary_free(Screen *s)
{
    GlossaryScreen *g = (GlossaryScreen *)s;
    input_done(&g->search);
    menu_done(&g->menu);
    free(g->all);
    free(g->in);
    free(g);
}

Screen *glossary_screen_new(Ui *ui)
{
    const Catalog *c = &ui->app->catalog;
    size_t n = 0;
    for (size_t f = 0; f < c->n_glossaries; f++)
        n += c->glossaries[f].n;
    if (!n) {
        ui_status(ui, ROLE_WARNING, "%s", tr("This content has no glossary."));
        return NULL;
    }
    GlossaryScreen *g = xcalloc(1, sizeof *g);
    g->base = (Screen){.title = glossary_title, .draw = glossary_draw, .key = glossary_key,
                       .hints = glossary_hints, .free = glossary_free, .takes_text = true};
    input_init(&g->search, SEARCH_MAX);
    menu_init(&g->menu);
    collect(g, c, ui->app->lang);
    return &g->base;
}

/* ---- Ctrl-G on every screen ---- */

const char *hint_glossary_key(void)
{
    /* Ctrl-G: a control key, so that it works while an answer is typed too; G for glossary and
     * glosario. */
    return "Ctrl-G";
}

/* Whether s is one of the glossary's own screens. */
static bool is_glossary(const Screen *s)
{
    return s->key == glossary_key || s->key == term_key;
}

/* The depth of the glossary's list in the stack, -1 when it is not open. */
static int glossary_depth(const Ui *ui)
{
    for (int i = 0; i < ui->depth; i++)
        if (ui->stack[i]->key == glossary_key)
            return i;
    return -1;
}

static bool glossary_any_key(Ui *ui, int key)
{
    if (key != K_GLOSSARY)
        return false;
    int open = glossary_depth(ui);
    if (open >= 0) {
        /* Pressed again inside it: back to where it was opened from. */
        ui_pop_to(ui, open);
        return true;
    }
    Screen *top = ui->depth ? ui->stack[ui->depth - 1] : NULL;
    if (top && top->closed_book) {
        ui_status(ui, ROLE_WARNING, "%s", tr("The glossary is closed during an exam."));
        return true;
    }
    ui_push(ui, glossary_screen_new(ui));
    return true;
}

static void glossary_any_hint(Ui *ui, const Screen *top, KeyHints *out)
{
    const Catalog *c = &ui->app->catalog;
    if (!c->n_glossaries || top->closed_book || is_glossary(top) || glossary_depth(ui) >= 0)
        return;
    hints_add(out, hint_glossary_key(), tr("Glossary"));
}

void glossary_install(Ui *ui)
{
    ui->any_key = glossary_any_key;
    ui->any_hint = glossary_any_hint;
}
