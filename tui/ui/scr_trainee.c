/* The first screens: choose a trainee from the roster, or create one (name, agency, country). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "input.h"
#include "menu.h"
#include "screens.h"

/* ---- roster ---- */

typedef struct {
    Screen base;
    Menu menu;
    Trainee *list;
    size_t n;
    bool stale; /* reload the roster before the next draw */
    char title[200];
} TraineeScreen;

static void roster_reload(TraineeScreen *t, Ui *ui)
{
    trainee_list_free(t->list, t->n);
    t->list = NULL;
    t->n = 0;
    char err[256];
    App *app = ui->app;
    if (app->roster_ready) {
        /* Read while the shell started. */
        t->list = app->roster;
        t->n = app->n_roster;
        app->roster = NULL;
        app->n_roster = 0;
        app->roster_ready = false;
    } else if (!store_roster(app->store, app->workshop.id, &t->list, &t->n, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
    }
    menu_clear(&t->menu);
    for (size_t i = 0; i < t->n; i++) {
        char *label = t->list[i].agency[0]
                          ? xasprintf("%s, %s", t->list[i].name, t->list[i].agency)
                          : xstrdup(t->list[i].name);
        menu_add(&t->menu, label, t->list[i].country, (int)i);
        free(label);
    }
    menu_add(&t->menu, tr("New trainee"), NULL, -1);
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

static void roster_draw(Screen *s, Ui *ui, int top, int rows)
{
    TraineeScreen *t = (TraineeScreen *)s;
    if (t->stale)
        roster_reload(t, ui);
    term_print(top + 1, 2, ui_text_width(), ROLE_HEADING,
               t->n ? tr("Choose your name, or create a new trainee.")
                    : tr("Create a trainee to begin."));
    menu_draw(&t->menu, top + 3, rows - 3, 2, ui_text_width(), false);
}

static void roster_key(Screen *s, Ui *ui, int key)
{
    TraineeScreen *t = (TraineeScreen *)s;
    if (menu_key(&t->menu, key, LINES - 6))
        return;
    if (menu_digit(&t->menu, key)) {
        /* a digit picks and opens */
    } else if (key == 'n') {
        t->menu.sel = t->menu.n - 1;
    } else if (key == 'q' || key == 'Q' || key == K_ESC) {
        ui_quit(ui);
        return;
    } else if (key != K_ENTER && key != K_RIGHT) {
        return;
    }
    int tag = menu_selected_tag(&t->menu);
    t->stale = true;
    if (tag < 0) {
        ui_push(ui, trainee_form_new(ui));
        return;
    }
    App *app = ui->app;
    trainee_done(&app->trainee);
    trainee_copy(&app->trainee, &t->list[tag]);
    app->have_trainee = true;
    if (!app->lang_forced) {
        app->lang = app->trainee.lang;
        i18n_set(app->lang);
    }
    ui_push(ui, main_screen_new(ui));
    main_resume(ui);
}

static int roster_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){hint_arrows(), tr("Move")};
    out[1] = (KeyHint){"Enter", tr("Choose")};
    out[2] = (KeyHint){"n", tr("New")};
    out[3] = (KeyHint){"?", tr("Help")};
    out[4] = (KeyHint){"q", tr("Quit")};
    return 5;
}

static const char *roster_help(Screen *s)
{
    (void)s;
    return tr("Pick your own name so that your answers and scores are kept under it. A new "
              "trainee needs a name, an agency and a country (a two-letter ISO 3166 code such "
              "as MX, GT or JM), and joins the workshop shown in the title. If you stopped in "
              "the middle of a lesson or a quiz, you are taken back to where you were.");
}

static void roster_free(Screen *s)
{
    TraineeScreen *t = (TraineeScreen *)s;
    menu_done(&t->menu);
    trainee_list_free(t->list, t->n);
    free(t);
}

Screen *trainee_screen_new(Ui *ui)
{
    (void)ui;
    TraineeScreen *t = xcalloc(1, sizeof *t);
    t->base = (Screen){.title = roster_title, .draw = roster_draw, .key = roster_key,
                       .hints = roster_hints, .help = roster_help, .free = roster_free};
    menu_init(&t->menu);
    t->stale = true;
    return &t->base;
}

/* ---- new trainee form ---- */

enum { TF_NAME, TF_AGENCY, TF_COUNTRY, TF_COUNT };
static const int field_max_chars[TF_COUNT] = {80, 80, 2};

typedef struct {
    Screen base;
    Input value[TF_COUNT];
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
    default: return tr("Country (ISO code, e.g. MX)");
    }
}

static void form_draw(Screen *s, Ui *ui, int top, int rows)
{
    (void)ui, (void)rows;
    FormScreen *f = (FormScreen *)s;
    int y = top + 1;
    for (int i = 0; i < TF_COUNT; i++) {
        term_print(y, 2, COLS - 4, i == f->focus ? ROLE_HEADING : ROLE_NORMAL, field_label(i));
        int x = 4;
        term_print(y + 1, 2, 2, ROLE_NORMAL, i == f->focus ? term_glyph(GLYPH_POINTER) : "");
        /* Show the end of a value wider than the screen, where the typing happens. */
        x += term_print(y + 1, x, COLS - 6, ROLE_NORMAL, input_tail(&f->value[i], COLS - 7));
        if (i == f->focus)
            term_print(y + 1, x, 1, ROLE_SELECTED, " ");
        else if (!f->value[i].text.len)
            term_print(y + 1, x, COLS - 6, ROLE_DIM, "-");
        y += 3;
    }
    if (f->error[0])
        term_print(y, 2, COLS - 4, ROLE_ERROR, f->error);
}

static void form_submit(FormScreen *f, Ui *ui)
{
    Trainee t = {.lang = ui->app->lang};
    char *name = xstrdup(f->value[TF_NAME].text.s);
    if (!name[0] || strspn(name, " ") == strlen(name)) {
        snprintf(f->error, sizeof f->error, "%s", tr("Please type a name."));
        f->focus = TF_NAME;
        free(name);
        return;
    }
    if (!country_valid(f->value[TF_COUNTRY].text.s, t.country)) {
        snprintf(f->error, sizeof f->error, "%s",
                 tr("The country must be a two-letter ISO 3166 code, such as MX, GT or JM."));
        f->focus = TF_COUNTRY;
        free(name);
        return;
    }
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

static void form_key(Screen *s, Ui *ui, int key)
{
    FormScreen *f = (FormScreen *)s;
    switch (key) {
    case K_ESC: ui_pop(ui); return;
    case K_DOWN: case K_TAB: f->focus = (f->focus + 1) % TF_COUNT; return;
    case K_UP: case K_BTAB: f->focus = (f->focus + TF_COUNT - 1) % TF_COUNT; return;
    case K_ENTER:
        if (f->focus < TF_COUNT - 1)
            f->focus++;
        else
            form_submit(f, ui);
        return;
    default:
        if (input_key(&f->value[f->focus], key))
            f->error[0] = '\0';
    }
}

static int form_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){"Tab", tr("Next field")};
    out[1] = (KeyHint){"Enter", tr("Next / Save")};
    out[2] = (KeyHint){"Esc", tr("Cancel")};
    return 3;
}

static void form_free(Screen *s)
{
    FormScreen *f = (FormScreen *)s;
    for (int i = 0; i < TF_COUNT; i++)
        input_done(&f->value[i]);
    free(f);
}

Screen *trainee_form_new(Ui *ui)
{
    (void)ui;
    FormScreen *f = xcalloc(1, sizeof *f);
    f->base = (Screen){.title = form_title, .draw = form_draw, .key = form_key,
                       .hints = form_hints, .help = NULL, .free = form_free, .takes_text = true};
    for (int i = 0; i < TF_COUNT; i++)
        input_init(&f->value[i], field_max_chars[i]);
    return &f->base;
}
