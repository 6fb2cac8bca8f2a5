/* The first screens: choose a trainee from the roster, or create one (name, agency, country). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "country_pick.h"
#include "input.h"
#include "menu.h"
#include "screens.h"

/* ---- roster ---- */

typedef struct {
    Screen base;
    Menu menu;     /* the rows on screen, rebuilt at every draw */
    Trainee *page; /* the roster's trainees page_start.. (owned) */
    size_t page_start, page_n;
    size_t total;  /* trainees on the roster (that the search finds); row total is "New trainee" */
    size_t sel, top;
    Input search;  /* typed after '/': a part of the name */
    bool searching;
    bool stale; /* read the roster again before the next draw */
    char title[200];
} TraineeScreen;

/* Reads the page of the roster that holds row from. */
static void roster_read(TraineeScreen *t, Ui *ui, size_t from)
{
    trainee_list_free(t->page, t->page_n);
    t->page = NULL;
    t->page_n = 0;
    App *app = ui->app;
    char err[256];
    if (app->roster_ready && !t->search.text.len && from == 0) {
        /* The first page, read while the shell started. */
        t->page = app->roster;
        t->page_n = app->n_roster;
        t->total = app->roster_total;
        app->roster = NULL;
        app->n_roster = 0;
        app->roster_ready = false;
    } else if (!store_roster_page(app->store, app->workshop.id, t->search.text.s, from,
                                  APP_ROSTER_PAGE, &t->page, &t->page_n, &t->total, err,
                                  sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
    }
    t->page_start = from;
}

static void roster_reload(TraineeScreen *t, Ui *ui)
{
    roster_read(t, ui, 0);
    if (t->sel > t->total)
        t->sel = t->total;
    t->stale = false;
}

static const char *roster_title(Screen *s, Ui *ui)
{
    TraineeScreen *t = (TraineeScreen *)s;
    const Workshop *w = &ui->app->workshop;
    if (!w->id)
        return tr("Who is training?");
    snprintf(t->title, sizeof t->title, "%s %s %s", tr("Who is training?"), term_glyph(GLYPH_DOT),
             w->name);
    return t->title;
}

/* The rows the list shows on a screen drawn in area. */
static int roster_rows(const TraineeScreen *t, Rect area)
{
    int rows = area.rows - 4 - (t->searching || t->search.text.len ? 2 : 0);
    return rows > 1 ? rows : 1;
}

static void roster_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    TraineeScreen *t = (TraineeScreen *)s;
    if (t->stale)
        roster_reload(t, ui);
    App *app = ui->app;
    bool search_shown = t->searching || t->search.text.len;
    int y = top + 3 + (search_shown ? 2 : 0);
    int list_rows = top + rows - y;
    size_t n_rows = t->total + 1;
    /* Where the list is, when it is longer than the screen, at the end of the heading's row,
     * which leaves it room. */
    char *where = list_rows >= 1 && n_rows > (size_t)list_rows
                      ? xasprintf("%zu/%zu", t->sel + 1, n_rows)
                      : NULL;
    int ww = where ? text_width(where) : 0;
    term_print(top + 1, 2, ui_text_width(area) - (ww ? ww + 1 : 0), ROLE_HEADING,
               t->total || t->search.text.len ? tr("Choose your name, or create a new trainee.")
                                              : tr("Create a trainee to begin."));
    if (where)
        term_print(top + 1, 2 + ui_text_width(area) - ww, ww, ROLE_DIM, where);
    free(where);
    if (search_shown) {
        char *line = xasprintf("%s %s", tr("Search:"), t->search.text.s);
        int x = 2 + term_print(top + 3, 2, area.cols - 5, ROLE_NORMAL, line);
        if (t->searching)
            term_print(top + 3, x, 1, ROLE_SELECTED, " ");
        free(line);
    }
    if (list_rows < 1)
        return;
    if (t->sel < t->top)
        t->top = t->sel;
    if (t->sel >= t->top + (size_t)list_rows)
        t->top = t->sel - (size_t)list_rows + 1;
    if (t->top + (size_t)list_rows > n_rows)
        t->top = n_rows > (size_t)list_rows ? n_rows - (size_t)list_rows : 0;
    /* The rows in view must be in the page read; otherwise the page around them is read. */
    size_t last = t->top + (size_t)list_rows;
    if (last > t->total)
        last = t->total;
    if (t->top < t->page_start || last > t->page_start + t->page_n)
        roster_read(t, ui, t->top > APP_ROSTER_PAGE / 4 ? t->top - APP_ROSTER_PAGE / 4 : 0);
    menu_clear(&t->menu);
    for (size_t i = t->top; i < n_rows && i < t->top + (size_t)list_rows; i++) {
        if (i == t->total || i < t->page_start || i >= t->page_start + t->page_n) {
            menu_add(&t->menu, i == t->total ? tr("New trainee") : "", NULL, -1);
            continue;
        }
        const Trainee *tr_ = &t->page[i - t->page_start];
        char *label = tr_->agency[0] ? xasprintf("%s, %s", tr_->name, tr_->agency)
                                     : xstrdup(tr_->name);
        menu_add(&t->menu, label, country_name(tr_->country, app->lang), (int)i);
        free(label);
    }
    t->menu.sel = t->sel - t->top;
    t->menu.top = 0;
    menu_draw(&t->menu, y, list_rows, 2, ui_text_width(area), false);
}

/* Opens the trainee on row sel (or the new-trainee form on the last row). */
static void roster_open(TraineeScreen *t, Ui *ui)
{
    t->stale = true;
    t->searching = t->base.takes_text = false;
    if (t->sel >= t->total || t->sel < t->page_start || t->sel >= t->page_start + t->page_n) {
        ui_push(ui, trainee_form_new(ui));
        return;
    }
    App *app = ui->app;
    trainee_done(&app->trainee);
    trainee_copy(&app->trainee, &t->page[t->sel - t->page_start]);
    app->have_trainee = true;
    if (!app->lang_forced) {
        app->lang = app->trainee.lang;
        i18n_set(app->lang);
    }
    ui_push(ui, main_screen_new(ui));
    main_resume(ui);
}

/* Moves the selection for a movement key; true when key was one. The list does not wrap: the
 * ends stay where they are, so that holding a key stops there. */
static bool roster_move(TraineeScreen *t, int key, Rect area)
{
    size_t last = t->total, page = (size_t)roster_rows(t, area);
    switch (key) {
    case K_UP: t->sel = t->sel > 0 ? t->sel - 1 : 0; return true;
    case K_DOWN: t->sel = t->sel < last ? t->sel + 1 : last; return true;
    case K_HOME: t->sel = 0; return true;
    case K_END: t->sel = last; return true;
    case K_PGUP: t->sel = t->sel > page ? t->sel - page : 0; return true;
    case K_PGDN: t->sel = t->sel + page < last ? t->sel + page : last; return true;
    default: return false;
    }
}

static void roster_key(Screen *s, Ui *ui, int key, Rect area)
{
    TraineeScreen *t = (TraineeScreen *)s;
    if (roster_move(t, key, area))
        return;
    if (t->searching) {
        /* Typing narrows the list; Enter opens the one chosen, Esc gives the search up. */
        if (key == K_ESC) {
            input_clear(&t->search);
            t->searching = false;
            t->sel = t->top = 0;
            roster_read(t, ui, 0);
        } else if (key == K_ENTER) {
            roster_open(t, ui);
        } else if (input_key(&t->search, key)) {
            t->sel = t->top = 0;
            roster_read(t, ui, 0);
        }
        t->base.takes_text = t->searching;
        return;
    }
    if (key == 'j' || key == 'k') {
        roster_move(t, key == 'j' ? K_DOWN : K_UP, area);
    } else if (key >= '1' && key <= '9') {
        /* A digit picks the trainee of that number and opens it. */
        if ((size_t)(key - '1') <= t->total) {
            t->sel = (size_t)(key - '1');
            roster_open(t, ui);
        }
    } else if (key == '/') {
        t->searching = t->base.takes_text = true;
    } else if (key == 'n') {
        t->sel = t->total;
        roster_open(t, ui);
    } else if (key == 'q' || key == 'Q' || key == K_ESC) {
        if (t->search.text.len) {
            input_clear(&t->search);
            t->sel = t->top = 0;
            roster_read(t, ui, 0);
        } else {
            ui_quit(ui);
        }
    } else if (key == K_ENTER || key == K_RIGHT) {
        roster_open(t, ui);
    }
}

static void roster_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    TraineeScreen *t = (TraineeScreen *)s;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Choose"));
    if (t->searching) {
        hints_add(out, "Esc", tr("Clear search"));
        return;
    }
    hints_add(out, "n", tr("New"));
    hints_add(out, "/", tr("Search"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Quit"));
}

static const char *roster_help(Screen *s)
{
    (void)s;
    return tr("Pick your own name so that your answers and scores are kept under it; / and a "
              "part of your name finds it on a long roster. A new trainee needs a name, an "
              "agency and a country (type its name, in English or Spanish, or its ISO 3166 code "
              "such as MX, GT or JM, and pick it from the list), and joins the workshop shown in "
              "the title. If you stopped in the middle of a lesson or a quiz, you are taken back "
              "to where you were.");
}

static void roster_free(Screen *s)
{
    TraineeScreen *t = (TraineeScreen *)s;
    menu_done(&t->menu);
    trainee_list_free(t->page, t->page_n);
    input_done(&t->search);
    free(t);
}

Screen *trainee_screen_new(Ui *ui)
{
    (void)ui;
    TraineeScreen *t = xcalloc(1, sizeof *t);
    t->base = (Screen){.title = roster_title, .draw = roster_draw, .key = roster_key,
                       .hints = roster_hints, .help = roster_help, .free = roster_free};
    menu_init(&t->menu);
    t->menu.detail_beside = true;
    input_init(&t->search, 60);
    t->stale = true;
    return &t->base;
}

/* ---- new trainee form ---- */

enum { TF_NAME, TF_AGENCY, TF_COUNTRY, TF_COUNT };
static const int field_max_chars[TF_COUNTRY] = {80, 80};

typedef struct {
    Screen base;
    Input value[TF_COUNTRY]; /* name and agency */
    CountryPick country;
    int focus;
    char error[300];
} FormScreen;

static const char *form_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("New trainee");
}

static const char *field_label(int f)
{
    switch (f) {
    case TF_NAME: return tr("Name");
    case TF_AGENCY: return tr("Agency");
    default: return tr("Country (type its name or code)");
    }
}

static Input *field_input(FormScreen *f, int i)
{
    return i == TF_COUNTRY ? &f->country.text : &f->value[i];
}

static void form_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    FormScreen *f = (FormScreen *)s;
    int y = top + 1;
    for (int i = 0; i < TF_COUNT; i++) {
        term_print(y, 2, area.cols - 4, i == f->focus ? ROLE_HEADING : ROLE_NORMAL, field_label(i));
        int x = 4;
        term_print(y + 1, 2, 2, ROLE_NORMAL, i == f->focus ? term_glyph(GLYPH_POINTER) : "");
        /* Show the end of a value wider than the screen, where the typing happens. */
        const Input *in = field_input(f, i);
        x += term_print(y + 1, x, area.cols - 6, ROLE_NORMAL, input_tail(in, area.cols - 7));
        if (i == f->focus)
            term_print(y + 1, x, 1, ROLE_SELECTED, " ");
        else if (!in->text.len)
            term_print(y + 1, x, area.cols - 6, ROLE_DIM, "-");
        y += 3;
    }
    int below = top + rows - (y - 1) - (f->error[0] ? 1 : 0);
    if (f->focus == TF_COUNTRY && f->country.text.text.len)
        country_pick_draw(&f->country, ui->app->lang, y - 1, below > 1 ? below : 1, area.cols);
    if (f->error[0])
        term_print(top + rows - 1, 2, area.cols - 4, ROLE_ERROR, f->error);
}

/* The country the form names: the one highlighted in the list. NULL, with the error set, when
 * the text names none. */
static const Country *form_country(FormScreen *f)
{
    const Country *c = country_pick_chosen(&f->country);
    if (c)
        return c;
    snprintf(f->error, sizeof f->error, "%s",
             f->country.text.text.len
                 ? tr("Pick a country from the list: type its name or code.")
                 : tr("Please type the country, by its name or its code (e.g. MX)."));
    f->focus = TF_COUNTRY;
    return NULL;
}

static void form_submit(FormScreen *f, Ui *ui)
{
    Trainee t = {.lang = ui->app->lang};
    char *name = xstrdup(f->value[TF_NAME].text.s);
    if (text_is_blank(name)) {
        snprintf(f->error, sizeof f->error, "%s", tr("Please type a name."));
        f->focus = TF_NAME;
        free(name);
        return;
    }
    const Country *c = form_country(f);
    if (!c) {
        free(name);
        return;
    }
    memcpy(t.country, c->code, 3);
    /* What is saved is what the field now shows. */
    country_pick_set(&f->country, country_name(c->code, ui->app->lang), ui->app->lang);
    t.name = name;
    t.agency = f->value[TF_AGENCY].text.s;
    char err[256];
    int64_t workshop = ui->app->workshop.id;
    if (!store_trainee_enrol(ui->app->store, &t, workshop, err, sizeof err)) {
        /* The form keeps what was typed: Enter sends it again. */
        ui_save_failed(ui, tr("The trainee was not saved."), err);
        free(name);
        return;
    }
    App *app = ui->app;
    trainee_done(&app->trainee);
    trainee_copy(&app->trainee, &t);
    app->have_trainee = true;
    free(name);
    ui_pop(ui);
    ui_push(ui, main_screen_new(ui));
}

static void form_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    FormScreen *f = (FormScreen *)s;
    /* In the country field the arrows move through the countries it names. */
    bool typed;
    if (f->focus == TF_COUNTRY && country_pick_key(&f->country, key, ui->app->lang, &typed)) {
        if (typed)
            f->error[0] = '\0';
        return;
    }
    switch (key) {
    case K_ESC: ui_pop(ui); return;
    case K_DOWN:
        if (f->focus < TF_COUNT - 1)
            f->focus++;
        return;
    case K_UP:
        if (f->focus > 0)
            f->focus--;
        return;
    case K_TAB: f->focus = (f->focus + 1) % TF_COUNT; return;
    case K_BTAB: f->focus = (f->focus + TF_COUNT - 1) % TF_COUNT; return;
    case K_ENTER:
        if (f->focus < TF_COUNT - 1)
            f->focus++;
        else
            form_submit(f, ui);
        return;
    default:
        if (f->focus != TF_COUNTRY && input_key(&f->value[f->focus], key))
            f->error[0] = '\0';
    }
}

static void form_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    FormScreen *f = (FormScreen *)s;
    hints_add(out, "Tab", tr("Next field"));
    if (f->focus == TF_COUNTRY && f->country.n_matches > 1 && f->country.text.text.len)
        hints_add(out, hint_arrows(), tr("Choose country"));
    hints_add(out, "Enter", f->focus == TF_COUNTRY ? tr("Save") : tr("Next / Save"));
    hints_add(out, "Esc", tr("Cancel"));
}

static void form_free(Screen *s)
{
    FormScreen *f = (FormScreen *)s;
    for (int i = 0; i < TF_COUNTRY; i++)
        input_done(&f->value[i]);
    country_pick_done(&f->country);
    free(f);
}

Screen *trainee_form_new(Ui *ui)
{
    (void)ui;
    FormScreen *f = xcalloc(1, sizeof *f);
    f->base = (Screen){.title = form_title, .draw = form_draw, .key = form_key,
                       .hints = form_hints, .help = NULL, .free = form_free, .takes_text = true};
    for (int i = 0; i < TF_COUNTRY; i++)
        input_init(&f->value[i], field_max_chars[i]);
    country_pick_init(&f->country);
    return &f->base;
}
