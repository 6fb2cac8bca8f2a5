/* `rastro preview FILE`: one module straight in the shell for its author, with every problem
 * lint would report, and r to load the file again after an edit, back on the page or question
 * the author was on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "doc.h"
#include "gfx.h"
#include "screens.h"

typedef struct {
    Screen base;
    Doc doc;
    DocView view;
    /* Where the author was when the file last loaded with errors: the place to go back to once
     * it loads again. */
    ScreenPlace kept;
} PreviewScreen;

static const Module *previewed(const App *app)
{
    return app->catalog.n ? app->catalog.modules[0] : NULL;
}

static const char *preview_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Preview");
}

static void preview_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    PreviewScreen *p = (PreviewScreen *)s;
    const App *app = ui->app;
    int width = area.cols - 4;
    doc_clear(&p->doc);
    doc_text(&p->doc, app->preview_file, width, 0, ROLE_HEADING, -1);
    doc_blank(&p->doc);
    const Module *m = previewed(app);
    size_t errors = problems_count(&app->catalog.problems, PROBLEM_ERROR);
    size_t warnings = problems_count(&app->catalog.problems, PROBLEM_WARNING);
    char *e = xasprintf(trn("%zu error", "%zu errors", errors), errors);
    char *w = xasprintf(trn("%zu warning", "%zu warnings", warnings), warnings);
    char *summary = xasprintf("%s, %s.", e, w);
    free(e);
    free(w);
    doc_line(&p->doc, summary, 0, errors ? ROLE_ERROR : warnings ? ROLE_WARNING : ROLE_CORRECT, -1);
    free(summary);
    doc_text(&p->doc, m ? tr("Enter opens the module. r loads the file again after you edit it, "
                             "from any screen but a typed answer.")
                 : app->catalog.n_glossaries
                     ? tr("A glossary: Enter (or Ctrl-G, from any screen) shows its terms as "
                          "trainees see them. r loads the file again after you edit it.")
                     : tr("The module did not load. Fix the problems below and press r."),
             width, 0, ROLE_DIM, -1);
    doc_blank(&p->doc);
    for (size_t i = 0; i < app->catalog.problems.n; i++) {
        const Problem *pr = &app->catalog.problems.items[i];
        char *line = pr->line > 0 ? xasprintf("%s:%d: %s%s", pr->file, pr->line,
                                              pr->level == PROBLEM_WARNING ? "warning: " : "",
                                              pr->message)
                                  : xasprintf("%s: %s%s", pr->file,
                                              pr->level == PROBLEM_WARNING ? "warning: " : "",
                                              pr->message);
        doc_text(&p->doc, line, width, 0, pr->level == PROBLEM_ERROR ? ROLE_ERROR : ROLE_WARNING, -1);
        free(line);
    }
    doc_view_draw(&p->view, &p->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&p->view, &p->doc, top + 1, 2 + width);
}

static void preview_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    PreviewScreen *p = (PreviewScreen *)s;
    const Module *m = previewed(ui->app);
    if (doc_view_key(&p->view, key))
        return;
    switch (key) {
    case K_ENTER:
        if (m)
            ui_push(ui, module_screen_new(ui, m));
        else if (ui->app->catalog.n_glossaries)
            ui_push(ui, glossary_screen_new(ui));
        break;
    default:
        if (key == 'q' || key == 'Q' || key == K_ESC)
            ui_quit(ui);
    }
}

static void preview_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)area;
    if (previewed(ui->app) || ui->app->catalog.n_glossaries)
        hints_add(out, "Enter", tr("Open"));
    hints_add(out, "r", tr("Reload"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Quit"));
}

static const char *preview_help(Screen *s)
{
    (void)s;
    return tr("Preview shows one module as trainees see it, with the problems lint finds. Edit "
              "the file, then press r on any screen to load it again: you come back to the page "
              "or question you were on, asked afresh. Answers go to a scratch database that is "
              "removed when you quit.");
}

static void preview_place(Screen *s, ScreenPlace *out)
{
    *out = ((PreviewScreen *)s)->kept;
}

static void preview_free(Screen *s)
{
    PreviewScreen *p = (PreviewScreen *)s;
    doc_done(&p->doc);
    free(p);
}

/* The preview screen, keeping place at for the next load. */
static Screen *preview_screen_new(const ScreenPlace *at)
{
    PreviewScreen *p = xcalloc(1, sizeof *p);
    p->base = (Screen){.title = preview_title, .draw = preview_draw, .key = preview_key,
                       .hints = preview_hints, .help = preview_help, .free = preview_free,
                       .place = preview_place};
    doc_init(&p->doc);
    p->kept = *at;
    return &p->base;
}

/* The status after a load that failed: the first error, where it is, and how many there are
 * (the preview screen under it lists them all). */
static void say_not_loaded(Ui *ui)
{
    const Problems *all = &ui->app->catalog.problems;
    const Problem *first = NULL;
    for (size_t i = 0; i < all->n && !first; i++)
        if (all->items[i].level == PROBLEM_ERROR)
            first = &all->items[i];
    size_t errors = problems_count(all, PROBLEM_ERROR);
    if (!first) {
        ui_status(ui, ROLE_ERROR, "%s", tr("The module did not load."));
        return;
    }
    char *where = first->line > 0 ? xasprintf("%s:%d: %s", first->file, first->line, first->message)
                                  : xasprintf("%s: %s", first->file, first->message);
    ui_status(ui, ROLE_ERROR, trn("Not loaded: %zu error: %s", "Not loaded: %zu errors, the first: %s",
                                  errors),
              errors, where);
    free(where);
}

/* After r loaded the previewed file again: the preview, and when the module loaded, the module
 * at the page or question at (where the author was), as far as it still has them; the status
 * line says whether it loaded, and if not, the first error and how many there are. */
static void preview_reopen(Ui *ui, const ScreenPlace *at)
{
    const Module *m = previewed(ui->app);
    /* Not loaded: the place waits in the preview screen for the next r. */
    ui_push(ui, preview_screen_new(m ? &(ScreenPlace){.kind = PLACE_NONE} : at));
    if (!m) {
        say_not_loaded(ui);
        return;
    }
    ui_push(ui, module_screen_new(ui, m));
    Screen *s = NULL;
    if (at->kind == PLACE_PAGE)
        s = lesson_screen_at(ui, m, at->page);
    else if (at->kind == PLACE_QUESTION && module_question(m, at->question))
        s = quiz_screen_at(ui, m, at->mode, at->question, at->seed);
    if (s)
        ui_push(ui, s);
    if (at->kind == PLACE_PAGE && !s)
        ui_status(ui, ROLE_WARNING, tr("Loaded again. The lesson has no page %zu now."), at->page + 1);
    else if (at->kind == PLACE_QUESTION && !module_question(m, at->question))
        ui_status(ui, ROLE_WARNING, tr("Loaded again. No question has the id '%s' now."),
                  at->question);
    else if (at->kind != PLACE_QUESTION || s)
        ui_status(ui, ROLE_DIM, "%s", tr("Loaded again."));
}

/* r on any screen but one that takes text: every screen may hold the old module, so the stack
 * starts over from the preview, then goes back to the page or question shown (the topmost screen
 * that shows one). */
static bool preview_global_key(Ui *ui, int key)
{
    if (key != 'r')
        return false;
    ScreenPlace at = {.kind = PLACE_NONE};
    for (int i = ui->depth - 1; i >= 0 && at.kind == PLACE_NONE; i--)
        if (ui->stack[i]->place)
            ui->stack[i]->place(ui->stack[i], &at);
    ui_clear(ui); /* before the catalog they point into is replaced */
    ui->app->load_content(ui->app);
    gfx_forget();
    preview_reopen(ui, &at);
    return true;
}

void preview_start(Ui *ui)
{
    ui->global_key = preview_global_key;
    ui_push(ui, preview_screen_new(&(ScreenPlace){.kind = PLACE_NONE}));
    /* Straight to the module when it loaded; the preview screen is one q away. */
    const Module *m = previewed(ui->app);
    if (m)
        ui_push(ui, module_screen_new(ui, m));
}
