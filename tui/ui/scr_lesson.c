/* Lesson pages: a page's title, its text with headings, notes, warnings and emphasis, a picture,
 * and its choices; scrolled with the arrows and the paging keys, Enter reading a long page to its
 * end before it turns it. Pages follow the lesson's way (next page or the choice taken) and Back
 * retraces the path taken; the lesson's end leads back to the module, whose quiz is next. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/route.h"
#include "doc.h"
#include "screens.h"

typedef struct {
    Screen base;
    const Module *module;
    Route route;
    DocView view;
    int sel; /* selected choice on a page with choices, -1 for none */
    bool follow; /* bring the selected choice into view at the next draw */
    bool picture; /* the page's picture is shown (v opens it in the viewer) */
    Doc doc;
    char title[160];
} LessonScreen;

static const Page *current(const LessonScreen *l)
{
    return &l->module->pages[l->route.page];
}

static const char *lesson_title(Screen *s, Ui *ui)
{
    LessonScreen *l = (LessonScreen *)s;
    /* On the way taken so far, out of the longest way the lesson can still go. */
    snprintf(l->title, sizeof l->title, tr("Page %zu of %zu"), route_position(&l->route),
             route_length(&l->route));
    size_t n = strlen(l->title);
    snprintf(l->title + n, sizeof l->title - n, " %s %s", term_glyph(GLYPH_DOT),
             ltext_get(&l->module->title, ui->app->lang));
    return l->title;
}

static void build_sources(LessonScreen *l, const Page *p, int width)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, tr("Sources:"));
    for (size_t i = 0; i < p->sources.n; i++) {
        const char *text = NULL;
        for (size_t k = 0; k < l->module->n_sources; k++)
            if (strcmp(l->module->sources[k].key, p->sources.keys[i]) == 0)
                text = l->module->sources[k].text;
        strbuf_printf(&b, "\n- %s%s%s", p->sources.keys[i], text ? ": " : "", text ? text : "");
    }
    doc_blank(&l->doc);
    doc_text(&l->doc, b.s, width, 0, ROLE_DIM, -1);
    strbuf_done(&b);
}

/* The page width columns wide, its picture at most picture_rows high. */
static void lesson_build(LessonScreen *l, Lang lang, int width, int picture_rows)
{
    const Page *p = current(l);
    doc_clear(&l->doc);
    l->picture = false;
    doc_text(&l->doc, ltext_get(&p->title, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&l->doc);
    doc_markup(&l->doc, ltext_get(&p->text, lang), width, 0, ROLE_NORMAL, -1);
    if (image_present(&p->image))
        l->picture = doc_image(&l->doc, &p->image, lang, width, picture_rows,
                               l->module->file, NULL);
    /* The ways on, after the text: a small menu tagged with the choice's index. Sources are
     * footnotes and come last. */
    if (p->n_choices)
        doc_blank(&l->doc);
    for (size_t i = 0; i < p->n_choices; i++) {
        char prefix[24];
        snprintf(prefix, sizeof prefix, "%zu) ", i + 1);
        doc_prefixed(&l->doc, prefix, ltext_get(&p->choices[i].label, lang), width, ROLE_NORMAL,
                     (int)i);
    }
    if (p->sources.n)
        build_sources(l, p, width);
}

static bool more_below(const LessonScreen *l)
{
    return doc_view_more_below(&l->view, &l->doc);
}

static void lesson_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    LessonScreen *l = (LessonScreen *)s;
    int width = ui_text_width(area);
    /* The picture leaves room for the title, a row of text and the line under the page. */
    lesson_build(l, ui->app->lang, width, area.rows - 5 > 6 ? area.rows - 5 : 6);
    /* A blank row under the title where there is room for it; the last row says what is next. */
    int pad = rows >= 14, view = rows - 1 - pad;
    doc_view_fit(&l->view, &l->doc, view);
    if (l->follow && l->sel >= 0)
        doc_view_show_tag(&l->view, &l->doc, l->sel);
    l->follow = false;
    doc_view_draw(&l->view, &l->doc, top + pad, view, 2, width, l->sel);
    /* Where we are: more text below, or what Enter does next. */
    const Page *p = current(l);
    const char *more;
    if (more_below(l))
        more = tr("More below: Enter reads on");
    else if (p->n_choices)
        more = tr("Press a choice's number to go on");
    else if (p->next != PAGE_END && p->next < l->module->n_pages)
        more = tr("Enter: next page");
    else
        more = tr("End of the lesson. Enter: back");
    term_print(top + rows - 1, 2, width, ROLE_DIM, more);
}

/* Keeps the page shown (and the way to it) on disk, so the lesson opens there next time; at
 * the end of the lesson, forgets it. */
static void save_place(LessonScreen *l, Ui *ui, bool ended)
{
    char err[256];
    char *path = ended ? NULL : route_save(&l->route);
    if (!store_lesson_place_save(ui->app->store, ui->app->trainee.id, l->module->id, path, err,
                                 sizeof err))
        ui_save_failed(ui, tr("Your place in the lesson was not saved."), err);
    free(path);
}

/* The lesson is over: back to the module, which offers its quiz next. Not straight into the
 * first question: the trainee sees where they are and chooses to begin. */
static void lesson_finish(LessonScreen *l, Ui *ui)
{
    save_place(l, ui, true);
    ui_pop(ui);
}

static void went(LessonScreen *l, Ui *ui, RouteStep step)
{
    if (step == ROUTE_END) {
        lesson_finish(l, ui);
    } else if (step == ROUTE_MOVED) {
        l->view.scroll = 0;
        l->sel = -1;
        save_place(l, ui, false);
    }
}

/* Back along the path taken; on the page with choices the trainee came back to, the choice that
 * led away from it is selected. False on the first page. */
static bool lesson_back(LessonScreen *l)
{
    size_t from = l->route.page;
    if (!route_back(&l->route))
        return false;
    const Page *p = current(l);
    l->view.scroll = 0;
    l->sel = -1;
    for (size_t i = 0; i < p->n_choices && l->sel < 0; i++)
        if (p->choices[i].page == from)
            l->sel = (int)i;
    l->follow = true;
    return true;
}

static void lesson_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    LessonScreen *l = (LessonScreen *)s;
    const Page *p = current(l);
    int n_choices = (int)p->n_choices;
    if (n_choices && key >= '1' && key <= '9') {
        if (key - '1' < n_choices)
            went(l, ui, route_choose(&l->route, (size_t)(key - '1')));
        return;
    }
    if (doc_view_page_key(&l->view, key))
        return;
    switch (key) {
    case K_UP: case 'k':
        if (l->sel >= 0) {
            l->sel--; /* up through the choices, then the text scrolls */
            l->follow = true;
        } else {
            doc_view_key(&l->view, K_UP);
        }
        return;
    case K_DOWN: case 'j':
        /* Down scrolls the page; once all of it is in view, it moves through the choices. */
        if (n_choices && !more_below(l)) {
            l->sel = l->sel + 1 < n_choices ? l->sel + 1 : n_choices - 1;
            l->follow = true;
        } else {
            doc_view_key(&l->view, K_DOWN);
        }
        return;
    case ' ': doc_view_key(&l->view, K_PGDN); return;
    case 'v':
        if (l->picture) {
            Screen *v = picture_screen_new(ui, &p->image, l->module->file);
            if (v)
                ui_push(ui, v);
        }
        return;
    case K_LEFT: case 'p':
        if (lesson_back(l)) {
            save_place(l, ui, false);
            return;
        }
        break;
    case K_RIGHT: case 'n': case K_ENTER:
        /* Enter reads on while the page goes on below, as a pager's Space does: turning the
         * page then would skip what was not yet in view. A choice selected is taken, though. */
        if (key == K_ENTER && more_below(l) && l->sel < 0) {
            doc_view_key(&l->view, K_PGDN);
            return;
        }
        if (n_choices) {
            if (l->sel >= 0)
                went(l, ui, route_choose(&l->route, (size_t)l->sel));
            else
                ui_status(ui, ROLE_WARNING, "%s",
                          tr("This page goes on through a choice: press its number."));
            return;
        }
        /* Right only turns pages; the lesson ends with Enter. */
        if (key == K_ENTER || (p->next != PAGE_END && p->next < l->module->n_pages))
            went(l, ui, route_next(&l->route));
        return;
    default: break;
    }
    if (ui_is_back(key))
        ui_pop(ui);
}

static void lesson_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)area;
    LessonScreen *l = (LessonScreen *)s;
    (void)ui;
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, hint_left_right(), tr("Page"));
    size_t choices = current(l)->n_choices;
    if (choices) {
        static const char *const keys[] = {"1", "1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8",
                                           "1-9"};
        hints_add(out, keys[choices - 1], tr("Choose"));
    } else {
        hints_add(out, "Enter", more_below(l) ? tr("Read on") : tr("Next"));
    }
    if (l->picture)
        hints_add(out, "v", tr("View picture"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *lesson_help(Screen *s)
{
    (void)s;
    return tr("Read each page, then go on with Enter: on a long page Enter first scrolls to the "
              "rest of it, and turns the page at its end. The Right arrow turns the page at once. "
              "Up and Down scroll a line, PgUp and PgDn (or Space) a screenful, Home and End to "
              "the top and the end. A page that offers choices goes on through the one you pick: "
              "press its number, or move to it with Down and press Enter. Left (or p) goes back "
              "the way you came. At the end of the lesson, Enter goes back to the module, where "
              "the quiz is next. On a page with a picture, v shows it on the whole screen, where "
              "it can be zoomed to read small markings.");
}

static void lesson_place(Screen *s, ScreenPlace *out)
{
    LessonScreen *l = (LessonScreen *)s;
    out->kind = PLACE_PAGE;
    out->page = l->route.page;
}

static void lesson_free(Screen *s)
{
    LessonScreen *l = (LessonScreen *)s;
    doc_done(&l->doc);
    route_done(&l->route);
    free(l);
}

Screen *lesson_screen_new(Ui *ui, const Module *m)
{
    if (m->n_pages == 0)
        return NULL; /* the module screen offers no lesson then */
    LessonScreen *l = xcalloc(1, sizeof *l);
    l->base = (Screen){.title = lesson_title, .draw = lesson_draw, .key = lesson_key,
                       .hints = lesson_hints, .help = lesson_help, .free = lesson_free,
                       .place = lesson_place};
    l->module = m;
    l->sel = -1;
    route_init(&l->route, m);
    doc_init(&l->doc);
    char err[256], *saved = NULL;
    if (store_lesson_place_get(ui->app->store, ui->app->trainee.id, m->id, &saved, err, sizeof err) &&
        saved && route_restore(&l->route, saved) && l->route.n_trail)
        ui_status(ui, ROLE_NOTE, tr("Back on page %zu, where you stopped."),
                  route_position(&l->route));
    free(saved);
    save_place(l, ui, false);
    return &l->base;
}

Screen *lesson_screen_at(Ui *ui, const Module *m, size_t page)
{
    if (page >= m->n_pages)
        return NULL;
    Screen *s = lesson_screen_new(ui, m);
    LessonScreen *l = (LessonScreen *)s;
    if (l->route.page != page) {
        /* The way kept no longer leads there (the pages changed): the page alone, with no way
         * back before it. */
        route_done(&l->route);
        route_init(&l->route, m);
        l->route.page = page;
        save_place(l, ui, false);
    }
    return s;
}
