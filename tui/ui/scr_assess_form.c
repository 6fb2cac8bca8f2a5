/* The form that starts a country assessment: the country (picked as in the new-trainee form), the
 * date, the assessors, the sources consulted and the instrument with its version; or the same
 * as a copy of the country's last final assessment, whose ratings the new draft starts from. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "country_pick.h"
#include "doc.h"
#include "editor.h"
#include "input.h"
#include "scr_assess.h"

enum { F_COUNTRY, F_DATE, F_ASSESSORS, F_SOURCES, F_INSTRUMENT, F_COUNT };

#define MAX_ASSESSORS 12
#define SOURCES_ROWS 4

typedef struct {
    Screen base;
    bool copy;
    CountryPick country;
    Input date;
    Input assessor;                 /* the name being typed */
    char *assessors[MAX_ASSESSORS]; /* the names added */
    size_t n_assessors;
    Editor sources;
    size_t instrument;              /* in the catalog's instruments */
    int focus;
    char error[400];
} FormScreen;

static const char *form_title(Screen *s, Ui *ui)
{
    (void)ui;
    return ((FormScreen *)s)->copy ? tr("New assessment, a copy of the last final one")
                                   : tr("New assessment");
}

static const char *field_label(int f)
{
    switch (f) {
    case F_COUNTRY: return tr("Country (type its name or code)");
    case F_DATE: return tr("Date of the assessment (YYYY-MM-DD)");
    case F_ASSESSORS: return tr("Assessors (type a name, Enter adds it)");
    case F_SOURCES: return tr("Sources consulted (documents, interviews, visits)");
    default: return tr("Instrument (Left/Right to change)");
    }
}

static const Instrument *form_instrument(const FormScreen *f, const App *app)
{
    return f->instrument < app->catalog.n_instruments ? app->catalog.instruments[f->instrument]
                                                      : NULL;
}

/* Rows a field takes on screen below its label. */
static int field_rows(const FormScreen *f, int i)
{
    switch (i) {
    case F_ASSESSORS: return f->n_assessors ? 2 : 1;
    case F_SOURCES: return i == f->focus || f->sources.text.len ? SOURCES_ROWS : 1;
    case F_INSTRUMENT: return 2;
    default: return 1;
    }
}

/* The value of field i on row y (and the rows after it), from column 4 in cols columns. */
static void draw_value(FormScreen *f, Ui *ui, int i, int y, int cols, int last_row)
{
    bool on = i == f->focus;
    int x = 4, w = cols - 6;
    int at = i == F_ASSESSORS && f->n_assessors ? y + 1 : y; /* where the typing happens */
    if (at <= last_row)
        term_print(at, 2, 2, ROLE_NORMAL, on ? term_glyph(GLYPH_POINTER) : "");
    const Input *in = NULL;
    switch (i) {
    case F_COUNTRY: in = &f->country.text; break;
    case F_DATE: in = &f->date; break;
    case F_ASSESSORS:
        if (f->n_assessors) {
            StrBuf b;
            strbuf_init(&b);
            for (size_t k = 0; k < f->n_assessors; k++)
                strbuf_printf(&b, "%s%s", k ? ", " : "", f->assessors[k]);
            term_print(y, x, w, ROLE_NORMAL, b.s);
            strbuf_done(&b);
            y++;
        }
        in = &f->assessor;
        break;
    case F_SOURCES: {
        int rows = SOURCES_ROWS;
        if (y + rows > last_row)
            rows = last_row - y;
        if (!on && !f->sources.text.len)
            term_print(y, x, w, ROLE_DIM, "-");
        else
            editor_draw(&f->sources, y, x, rows, w, on);
        return;
    }
    default: {
        const Instrument *inst = form_instrument(f, ui->app);
        char *label = inst ? xasprintf("%s (%s %d)", ltext_get(&inst->title, ui->app->lang),
                                       tr("version"), inst->version)
                           : xstrdup(tr("No instrument is loaded."));
        Doc d;
        doc_init(&d);
        doc_text(&d, label, w, 0, on ? ROLE_SELECTED : inst ? ROLE_NORMAL : ROLE_ERROR, -1);
        int rows = last_row - y + 1;
        doc_draw(&d, 0, y, rows < 2 ? rows : 2, x, w, -1);
        doc_done(&d);
        free(label);
        return;
    }
    }
    if (y > last_row)
        return;
    x += term_print(y, x, w, ROLE_NORMAL, input_tail(in, w - 1));
    if (on)
        term_print(y, x, 1, ROLE_SELECTED, " ");
    else if (!in->text.len && (i != F_ASSESSORS || !f->n_assessors))
        term_print(y, x, w, ROLE_DIM, "-");
}

static void form_draw(Screen *s, Ui *ui, Rect area)
{
    FormScreen *f = (FormScreen *)s;
    int last_row = area.top + area.rows - 1 - (f->error[0] ? 1 : 0);
    /* The fields from the top; on a short terminal the ones before the focus give way. */
    int need = 0;
    for (int i = 0; i <= f->focus; i++)
        need += 1 + field_rows(f, i) + 1;
    int first = 0, y = area.top + 1;
    while (first < f->focus && y + need - 1 > last_row) {
        need -= 1 + field_rows(f, first) + 1;
        first++;
    }
    if (f->copy && first == 0 && y + need + 2 <= last_row) {
        Doc d;
        doc_init(&d);
        doc_text(&d, tr("The new draft starts with the ratings of the country's last final "
                        "assessment with this instrument, to be updated."),
                 ui_text_width(area), 0, ROLE_DIM, -1);
        y += doc_draw(&d, 0, y, 2, 2, ui_text_width(area), -1) + 1;
        doc_done(&d);
    }
    for (int i = first; i < F_COUNT && y <= last_row; i++) {
        term_print(y, 2, area.cols - 4, i == f->focus ? ROLE_HEADING : ROLE_NORMAL, field_label(i));
        if (y + 1 <= last_row)
            draw_value(f, ui, i, y + 1, area.cols, last_row);
        y += 1 + field_rows(f, i);
        if (i == F_COUNTRY && f->focus == F_COUNTRY && f->country.text.text.len) {
            /* The countries the text names, under it, before the other fields. */
            int rows = last_row - y + 1;
            if (rows > 6)
                rows = 6;
            if (rows > 0)
                country_pick_draw(&f->country, ui->app->lang, y, rows, area.cols);
            y += rows > 0 ? (f->country.n_matches && f->country.n_matches < (size_t)rows
                                 ? (int)f->country.n_matches
                                 : rows)
                          : 0;
        }
        y++;
    }
    if (f->error[0])
        term_print(area.top + area.rows - 1, 2, area.cols - 4, ROLE_ERROR, f->error);
}

static void form_error(FormScreen *f, int focus, const char *msg)
{
    snprintf(f->error, sizeof f->error, "%s", msg);
    f->focus = focus;
}

/* Adds the name typed to the assessors; false when there is none. */
static bool add_assessor(FormScreen *f)
{
    char *name = xstrdup(f->assessor.text.s);
    bool blank = text_is_blank(name);
    for (size_t k = 0; !blank && k < f->n_assessors; k++)
        blank = strcmp(f->assessors[k], name) == 0; /* already there */
    if (blank || f->n_assessors == MAX_ASSESSORS) {
        free(name);
        return false;
    }
    f->assessors[f->n_assessors++] = name;
    input_clear(&f->assessor);
    return true;
}

/* Whether text is a real date written YYYY-MM-DD. */
static bool valid_date(const char *text)
{
    int y, m, d, n = 0;
    if (strlen(text) != 10 || sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10)
        return false;
    struct tm t = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12};
    time_t when = mktime(&t);
    return when != (time_t)-1 && t.tm_year == y - 1900 && t.tm_mon == m - 1 && t.tm_mday == d;
}

static void form_submit(FormScreen *f, Ui *ui)
{
    App *app = ui->app;
    f->error[0] = '\0';
    const Country *c = country_pick_chosen(&f->country);
    if (!c) {
        form_error(f, F_COUNTRY, f->country.text.text.len
                                     ? tr("Pick a country from the list: type its name or code.")
                                     : tr("Please type the country, by its name or its code "
                                          "(e.g. MX)."));
        return;
    }
    if (!valid_date(f->date.text.s)) {
        form_error(f, F_DATE, tr("Type the date as year-month-day, e.g. 2026-03-31."));
        return;
    }
    add_assessor(f);
    if (!f->n_assessors) {
        form_error(f, F_ASSESSORS, tr("Name at least one assessor: type a name and press Enter."));
        return;
    }
    const Instrument *inst = form_instrument(f, app);
    if (!inst) {
        form_error(f, F_INSTRUMENT, tr("No assessment instrument is loaded."));
        return;
    }
    StrBuf names;
    strbuf_init(&names);
    for (size_t k = 0; k < f->n_assessors; k++)
        strbuf_printf(&names, "%s%s", k ? "\n" : "", f->assessors[k]);
    Assessment a = {.instrument_id = inst->id, .instrument_version = inst->version,
                    .assessors = names.s, .sources = f->sources.text.s};
    memcpy(a.country, c->code, 3);
    snprintf(a.assessed_on, sizeof a.assessed_on, "%s", f->date.text.s);
    char err[512];
    int64_t id = 0;
    bool ok;
    if (f->copy) {
        Assessment last;
        bool found = false;
        ok = store_assessment_last_final(app->store, a.country, inst->id, &last, &found, err,
                                         sizeof err);
        if (ok && !found) {
            char *msg = xasprintf(tr("%s has no final assessment with this instrument to copy. "
                                     "Esc, then n starts a new one."),
                                  country_name(a.country, app->lang));
            form_error(f, F_COUNTRY, msg);
            free(msg);
            strbuf_done(&names);
            return;
        }
        if (ok)
            assessment_done(&last);
        ok = ok && store_assessment_copy_last(app->store, &a, &id, NULL, err, sizeof err);
    } else {
        ok = store_assessment_add(app->store, &a, &id, err, sizeof err);
    }
    strbuf_done(&names);
    if (!ok) {
        /* The form keeps what was typed: Ctrl-S sends it again. */
        ui_save_failed(ui, tr("The assessment was not started."), err);
        return;
    }
    ui_pop(ui);
    assess_open(ui, id);
    ui_status(ui, ROLE_CORRECT, "%s",
              f->copy ? tr("Assessment started from the last final one. Every rating is saved "
                           "when you confirm it.")
                      : tr("Assessment started. Every rating is saved when you confirm it."));
}

static void next_field(FormScreen *f, Lang lang, int step)
{
    if (f->focus == F_ASSESSORS)
        add_assessor(f); /* a name typed and left is meant */
    const Country *c = country_pick_chosen(&f->country);
    if (f->focus == F_COUNTRY && c && f->country.text.text.len)
        country_pick_set(&f->country, country_name(c->code, lang), lang); /* as it is saved */
    f->focus = (f->focus + step + F_COUNT) % F_COUNT;
}

static void form_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    FormScreen *f = (FormScreen *)s;
    Lang lang = ui->app->lang;
    if (key == K_ESC) {
        ui_pop(ui);
        return;
    }
    if (key == 19) { /* Ctrl-S */
        form_submit(f, ui);
        return;
    }
    if (key == K_TAB || key == K_BTAB) {
        next_field(f, lang, key == K_TAB ? 1 : -1);
        return;
    }
    bool typed = false;
    switch (f->focus) {
    case F_COUNTRY:
        if (country_pick_key(&f->country, key, lang, &typed)) {
            if (typed)
                f->error[0] = '\0';
            return;
        }
        break;
    case F_DATE:
        if (input_key(&f->date, key)) {
            f->error[0] = '\0';
            return;
        }
        break;
    case F_ASSESSORS:
        if (key == K_ENTER && f->assessor.text.len) {
            add_assessor(f);
            return;
        }
        if (key == K_BACKSPACE && !f->assessor.text.len && f->n_assessors) {
            /* The last name back into the field, to correct it. */
            char *last = f->assessors[--f->n_assessors];
            input_set(&f->assessor, last);
            free(last);
            return;
        }
        if (input_key(&f->assessor, key)) {
            f->error[0] = '\0';
            return;
        }
        break;
    case F_SOURCES:
        if (editor_key(&f->sources, key))
            return;
        break;
    default: {
        size_t n = ui->app->catalog.n_instruments;
        if (n && (key == K_LEFT || key == K_RIGHT || key == ' ')) {
            f->instrument = (f->instrument + (key == K_LEFT ? n - 1 : 1)) % n;
            return;
        }
        if (key == K_ENTER) {
            form_submit(f, ui);
            return;
        }
        break;
    }
    }
    if (key == K_DOWN || key == K_ENTER)
        next_field(f, lang, 1);
    else if (key == K_UP && f->focus > 0)
        next_field(f, lang, -1);
}

static void form_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)ui, (void)area;
    FormScreen *f = (FormScreen *)s;
    hints_add(out, "Tab", tr("Next field"));
    if (f->focus == F_COUNTRY && f->country.n_matches > 1 && f->country.text.text.len)
        hints_add(out, hint_arrows(), tr("Choose country"));
    if (f->focus == F_SOURCES)
        hints_add(out, "Enter", tr("New line"));
    else if (f->focus == F_ASSESSORS)
        hints_add(out, "Enter", tr("Add"));
    if (f->focus == F_INSTRUMENT)
        hints_add(out, "Enter", tr("Start"));
    else
        hints_add(out, "Ctrl-S", tr("Start"));
    hints_add(out, "Esc", tr("Cancel"));
}

static const char *form_help(Screen *s)
{
    (void)s;
    return tr("An assessment is of one country, on a date, by one or more assessors, with an "
              "instrument (its latest version unless you choose another). Type each assessor's "
              "name and press Enter to add it; Backspace in the empty field takes the last one "
              "back. The sources consulted are free text: Enter starts a new line. Ctrl-S "
              "starts the assessment from any field.");
}

static void form_free(Screen *s)
{
    FormScreen *f = (FormScreen *)s;
    country_pick_done(&f->country);
    input_done(&f->date);
    input_done(&f->assessor);
    for (size_t k = 0; k < f->n_assessors; k++)
        free(f->assessors[k]);
    editor_done(&f->sources);
    free(f);
}

Screen *assess_form_new(Ui *ui, const char *country, bool copy)
{
    App *app = ui->app;
    FormScreen *f = xcalloc(1, sizeof *f);
    f->base = (Screen){.title = form_title, .draw = form_draw, .key = form_key,
                       .hints = form_hints, .help = form_help, .free = form_free,
                       .takes_text = true};
    f->copy = copy;
    country_pick_init(&f->country);
    input_init(&f->date, 10);
    input_init(&f->assessor, 80);
    editor_init(&f->sources, 4000);
    if (country && country[0]) {
        country_pick_set(&f->country, country_name(country, app->lang), app->lang);
        f->focus = F_DATE;
    }
    char today[11];
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
    input_set(&f->date, today);
    /* The first instrument's latest version. */
    if (app->catalog.n_instruments) {
        const Instrument *latest =
            catalog_instrument(&app->catalog, app->catalog.instruments[0]->id, 0);
        for (size_t k = 0; k < app->catalog.n_instruments; k++)
            if (app->catalog.instruments[k] == latest)
                f->instrument = k;
    }
    return &f->base;
}
