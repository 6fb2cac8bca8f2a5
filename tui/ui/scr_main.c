/* The main menu (modules with the trainee's best score, content problems, language, trainee)
 * and a module's own screen (summary, sources, read the lesson or take the quiz). */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/quiz.h"
#include "../core/prereq.h"
#include "../core/scores.h"
#include "doc.h"
#include "menu.h"
#include "screens.h"

enum {
    ITEM_PROBLEMS = -1, ITEM_LANGUAGE = -2, ITEM_TRAINEE = -3, ITEM_QUIT = -4, ITEM_REVIEW = -5,
    ITEM_HISTORY = -6, ITEM_ASSESS = -7,
};

typedef struct {
    Screen base;
    Menu menu;
    Doc doc;
    int depth;  /* stack depth of this screen, to come back to it */
    bool stale; /* rebuild the items (labels, best scores) before the next draw */
    double *best; /* the trainee's best score in each catalogue module, -1 when none */
    double *passing; /* their best score in an attempt that passes (pass.h), -1 when none */
    double *practice; /* their best practice score at a module with an exam too, -1 when none */
    size_t n_best;
} MainScreen;

static const char *lang_name(Lang l)
{
    return l == LANG_ES ? "Español" : "English";
}

/* Why module i is locked for the trainee (caller frees), or NULL when it is open. */
static char *lock_reason(const MainScreen *m, const App *app, size_t i)
{
    assert(m->best && m->n_best == app->catalog.n && i < m->n_best);
    const char *id = prereq_blocking(&app->catalog, app->catalog.modules[i], m->passing);
    if (!id)
        return NULL;
    const Module *req = catalog_find(&app->catalog, id);
    if (!req)
        return xasprintf(tr("Locked: it requires \"%s\", which is not loaded."), id);
    /* A score at the mark is not enough there: say so, or a trainee at 90% is left guessing. */
    bool critical = false;
    for (size_t k = 0; k < req->n_questions && !critical; k++)
        critical = req->questions[k].critical;
    /* Practice does not open it: say that the exam does. */
    const char *fmt = module_has_exam(req)
        ? critical ? tr("Locked: first pass the exam of \"%s\" with %.0f%% or more and every "
                        "question that must be right answered right.")
                   : tr("Locked: first pass the exam of \"%s\" with %.0f%% or more.")
        : critical ? tr("Locked: first pass \"%s\" with %.0f%% or more and every "
                        "question that must be right answered right.")
                   : tr("Locked: first pass \"%s\" with %.0f%% or more.");
    return xasprintf(fmt, ltext_get(&req->title, app->lang), req->settings.pass);
}

/* Fills the menu: one item per module with the trainee's best score, or what it requires while
 * locked (read from the store, so only when something may have changed: see stale), then the
 * other entries. */
static void main_build(MainScreen *m, Ui *ui)
{
    App *app = ui->app;
    m->stale = false;
    menu_clear(&m->menu);
    free(m->best);
    free(m->passing);
    free(m->practice);
    m->best = xcalloc(app->catalog.n + 1, sizeof *m->best);
    m->passing = xcalloc(app->catalog.n + 1, sizeof *m->passing);
    m->practice = xcalloc(app->catalog.n + 1, sizeof *m->practice);
    m->n_best = app->catalog.n;
    for (size_t i = 0; i < app->catalog.n; i++) {
        ModuleResult r;
        char err[256];
        bool ok = scores_module(app->store, app->catalog.modules[i], app->trainee.id, &r, err,
                                sizeof err);
        m->best[i] = ok ? r.best_pct : -1;
        m->passing[i] = ok ? r.passed_pct : -1;
        m->practice[i] = ok ? r.practice_pct : -1;
    }
    for (size_t i = 0; i < app->catalog.n; i++) {
        const Module *mod = app->catalog.modules[i];
        const char *blocking = prereq_blocking(&app->catalog, mod, m->passing);
        char *detail = NULL;
        if (blocking) {
            detail = xasprintf(tr("requires: %s"), catalog_title(&app->catalog, blocking, app->lang));
        } else if (m->best[i] >= 0 && module_has_both_quizzes(mod)) {
            /* Beside the exam, practice is practice: the exam's best is the one that counts. */
            detail = xasprintf(tr("exam best %.0f%%"), m->best[i]);
        } else if (m->best[i] >= 0) {
            detail = xasprintf(tr("best %.0f%%"), m->best[i]);
        } else if (m->practice[i] >= 0) {
            detail = xasprintf(tr("practice best %.0f%%"), m->practice[i]);
        } else {
            detail = xstrdup(tr("not taken"));
        }
        menu_add(&m->menu, ltext_get(&mod->title, app->lang), detail, (int)i);
        free(detail);
    }
    /* Trainees see what failed to load; warnings are for authors (rastro lint). */
    size_t n_problems = problems_count(&app->catalog.problems, PROBLEM_ERROR);
    if (n_problems) {
        char *label = xasprintf(tr("Content problems (%zu)"), n_problems);
        menu_add(&m->menu, label, NULL, ITEM_PROBLEMS);
        free(label);
    }
    /* Questions missed come back for review on their schedule: the count due now is shown. */
    int due = 0, waiting = 0;
    char err[256];
    if (store_review_count(app->store, app->trainee.id, NULL, (int64_t)clock_wall(), &due,
                           &waiting, err, sizeof err) && waiting) {
        char *label = due ? xasprintf(trn("Review: %d question due", "Review: %d questions due",
                                          (unsigned long)due), due)
                          : xstrdup(tr("Review: nothing due now"));
        menu_add(&m->menu, label, NULL, ITEM_REVIEW);
        free(label);
    }
    menu_add(&m->menu, tr("My progress"), NULL, ITEM_HISTORY);
    menu_add(&m->menu, tr("Country assessments"), NULL, ITEM_ASSESS);
    char *lang = xasprintf("%s: %s", tr("Language / Idioma"), lang_name(app->lang));
    menu_add(&m->menu, lang, NULL, ITEM_LANGUAGE);
    free(lang);
    menu_add(&m->menu, tr("Change trainee"), NULL, ITEM_TRAINEE);
    menu_add(&m->menu, tr("Quit"), NULL, ITEM_QUIT);
}

static const char *main_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Main menu");
}

static void main_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    MainScreen *m = (MainScreen *)s;
    if (m->stale || m->n_best != ui->app->catalog.n)
        main_build(m, ui);
    const App *app = ui->app;
    int width = ui_text_width(area);
    term_print(top + 1, 2, width, ROLE_HEADING,
               app->catalog.n ? tr("Choose a module.") : tr("No modules could be loaded."));
    int menu_rows = (int)m->menu.n;
    if (menu_rows > rows - 3)
        menu_rows = rows - 3;
    menu_draw(&m->menu, top + 3, menu_rows, 2, width, true);
    /* Under the menu: what the selected module is about. */
    int tag = menu_selected_tag(&m->menu);
    int y = top + 3 + menu_rows + 1;
    int left = top + rows - y;
    if (tag >= 0 && left > 1) {
        const Module *mod = app->catalog.modules[tag];
        doc_clear(&m->doc);
        char *locked = lock_reason(m, app, (size_t)tag);
        if (locked) {
            doc_text(&m->doc, locked, width, 0, ROLE_WARNING, -1);
            free(locked);
        }
        doc_text(&m->doc, ltext_get(&mod->summary, app->lang), width, 0, ROLE_DIM, -1);
        doc_draw(&m->doc, 0, y, left, 2, width, -1);
    } else if (tag == ITEM_PROBLEMS && left > 1) {
        doc_clear(&m->doc);
        doc_text(&m->doc, tr("Some content files could not be loaded. The other modules work."),
                 width, 0, ROLE_WARNING, -1);
        doc_draw(&m->doc, 0, y, left, 2, width, -1);
    }
}

static Screen *problems_screen(const App *app)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, tr("These content files have problems. Run `rastro lint` on them for the "
                       "same list; fix the file and restart rastro."));
    strbuf_puts(&b, "\n");
    for (size_t i = 0; i < app->catalog.problems.n; i++) {
        const Problem *p = &app->catalog.problems.items[i];
        if (p->level != PROBLEM_ERROR)
            continue;
        strbuf_puts(&b, "\n- ");
        if (p->line > 0)
            strbuf_printf(&b, "%s:%d: ", p->file, p->line);
        else
            strbuf_printf(&b, "%s: ", p->file);
        strbuf_puts(&b, p->message);
    }
    Screen *s = text_screen_new(tr("Content problems"), b.s);
    strbuf_done(&b);
    return s;
}

static void main_key(Screen *s, Ui *ui, int key, Rect area)
{
    MainScreen *m = (MainScreen *)s;
    App *app = ui->app;
    if (menu_key(&m->menu, key, area.rows - 4))
        return;
    if (menu_digit(&m->menu, key)) {
        /* a digit picks and opens */
    } else if (key == 'l' || key == 'L') {
        m->menu.sel = 0;
        while (menu_selected_tag(&m->menu) != ITEM_LANGUAGE)
            m->menu.sel++;
    } else if (key == 'q' || key == 'Q' || key == K_ESC) {
        app->have_trainee = false;
        ui_pop_to(ui, m->depth - 1);
        return;
    } else if (key != K_ENTER && key != K_RIGHT) {
        return;
    }
    int tag = menu_selected_tag(&m->menu);
    char err[256];
    /* Whatever is opened or switched may change a label or a score. */
    m->stale = true;
    switch (tag) {
    case ITEM_PROBLEMS: ui_push(ui, problems_screen(app)); break;
    case ITEM_REVIEW: ui_push(ui, review_menu_new(ui)); break;
    case ITEM_HISTORY: ui_push(ui, history_screen_new(ui)); break;
    case ITEM_ASSESS: ui_push(ui, assess_list_new(ui, NULL)); break;
    case ITEM_LANGUAGE:
        app->lang = app->lang == LANG_EN ? LANG_ES : LANG_EN;
        i18n_set(app->lang);
        app->trainee.lang = app->lang;
        if (!store_trainee_set_lang(app->store, app->trainee.id, app->lang, err, sizeof err))
            ui_save_failed(ui, tr("The language chosen was not saved."), err);
        break;
    case ITEM_TRAINEE:
        app->have_trainee = false;
        ui_pop_to(ui, m->depth - 1);
        break;
    case ITEM_QUIT: ui_quit(ui); break;
    default: {
        if (m->n_best != app->catalog.n)
            main_build(m, ui); /* the catalogue changed since the scores were read */
        char *locked = lock_reason(m, app, (size_t)tag);
        if (locked)
            ui_status(ui, ROLE_WARNING, "%s", locked);
        else
            ui_push(ui, module_screen_new(ui, app->catalog.modules[tag]));
        free(locked);
        break;
    }
    }
}

static void main_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Open"));
    hints_add(out, "l", tr("Language"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *main_help(Screen *s)
{
    (void)s;
    return tr("Each module has a lesson to read and a quiz. Your best score is shown beside "
              "it. Questions you missed come back under Review on a spaced schedule until you "
              "have answered them right three times; My progress shows your past attempts and "
              "scores per competency. The language item (or l) switches between English and "
              "Spanish; your choice is remembered for next time. Country assessments are for "
              "advisors: a country's capacity to combat firearms trafficking, rated pillar by "
              "pillar, with its summary and the region's view (also `rastro assess`).");
}

static void main_free(Screen *s)
{
    MainScreen *m = (MainScreen *)s;
    menu_done(&m->menu);
    doc_done(&m->doc);
    free(m->best);
    free(m->passing);
    free(m->practice);
    free(m);
}

void main_resume(Ui *ui)
{
    App *app = ui->app;
    Place p;
    char err[256];
    if (!store_last_place(app->store, app->trainee.id, &p, err, sizeof err) || !p.found)
        return;
    const Module *m = catalog_find(&app->catalog, p.module_id);
    if (!m)
        return; /* no longer loaded: the main menu is the place to start */
    Screen *ms = module_screen_new(ui, m);
    ui_push(ui, ms);
    /* A finished quiz leaves the trainee on the module, with its result. */
    if (p.kind == PLACE_MODULE)
        return;
    Screen *next = p.kind == PLACE_QUIZ
                       ? quiz_screen_new(ui, m, p.mode == ATTEMPT_EXAM ? QUIZ_EXAM : QUIZ_PRACTICE)
                       : module_open_lesson(ms, ui);
    if (next)
        ui_push(ui, next);
}

Screen *main_screen_new(Ui *ui)
{
    MainScreen *m = xcalloc(1, sizeof *m);
    m->base = (Screen){.title = main_title, .draw = main_draw, .key = main_key,
                       .hints = main_hints, .help = main_help, .free = main_free};
    menu_init(&m->menu);
    doc_init(&m->doc);
    m->depth = ui->depth + 1;
    m->stale = true;
    if (!ui->app->catalog_loaded)
        ui->app->load_content(ui->app);
    return &m->base;
}

/* ---- one module ---- */

/* MOD_QUIZ opens the quiz that decides a pass (the exam, when there is one); MOD_PRACTICE the
 * practice quiz beside an exam. */
enum { MOD_READ, MOD_PRACTICE, MOD_QUIZ, MOD_SOURCES, MOD_BACK };

typedef struct {
    Screen base;
    const Module *module;
    Menu menu;
    Doc doc;
    DocView view;
    bool stale;        /* rebuild the menu before the next draw */
    bool follow;       /* bring the selected item into view at the next draw */
    bool from_lesson;  /* the lesson was opened from here: at its end, the quiz is next */
    double last_pct, best_pct; /* the trainee's results at the module's quiz (beside a practice
                                * quiz: at its exam), -1 for none */
    double practice_last, practice_best; /* at the practice quiz beside an exam, -1 for none */
} ModuleScreen;

/* Doc lines of the menu's items carry tags from here, the item's index added. */
enum { MOD_TAG_ITEM = 1000 };

static const char *modscr_title(Screen *s, Ui *ui)
{
    return ltext_get(&((ModuleScreen *)s)->module->title, ui->app->lang);
}

/* Selects the menu item tagged what, when there is one. */
static void modscr_select(ModuleScreen *ms, int what)
{
    for (size_t i = 0; i < ms->menu.n; i++)
        if (ms->menu.items[i].tag == what)
            ms->menu.sel = i;
}

/* What an exam beside a practice quiz asks: "4 of 6 questions, 15 minutes, 2 attempts left", as
 * far as it draws, is timed and limits attempts (caller frees). */
static char *exam_terms(App *app, const Module *mod, const QuizSettings *set)
{
    StrBuf b;
    strbuf_init(&b);
    size_t n = quiz_length(mod, set), pool = quiz_pool_size(mod, set);
    if (n < pool)
        strbuf_printf(&b, trn("%zu of %zu question", "%zu of %zu questions", pool), n, pool);
    else
        strbuf_printf(&b, trn("%zu question", "%zu questions", n), n);
    if (set->time_limit) {
        unsigned mins = (set->time_limit + 59) / 60;
        strbuf_puts(&b, ", ");
        strbuf_printf(&b, trn("%u minute", "%u minutes", mins), mins);
    }
    int left = -1;
    char err[256];
    if (set->attempts &&
        quiz_attempts_left(app->store, app->trainee.id, mod, &left, err, sizeof err) && left >= 0) {
        strbuf_puts(&b, ", ");
        strbuf_printf(&b, trn("%d attempt left", "%d attempts left", (unsigned long)left), left);
    }
    return b.s ? b.s : xstrdup("");
}

/* The menu item of mod's quiz in mode (both: beside each other, the practice quiz and the exam
 * are an item each): carry on with its unfinished attempt, or take it, with how many questions it
 * asks (caller frees). */
static char *quiz_label(App *app, const Module *mod, QuizMode mode, bool both)
{
    char err[256];
    OpenAttempt open;
    bool unfinished = false;
    AttemptMode am = mode == QUIZ_EXAM ? ATTEMPT_EXAM : ATTEMPT_PRACTICE;
    if ((both ? store_attempt_open_mode(app->store, app->trainee.id, mod->id, am, &open,
                                        &unfinished, err, sizeof err)
              : store_attempt_open(app->store, app->trainee.id, mod->id, false, &open, &unfinished,
                                   err, sizeof err)) && unfinished) {
        unsigned long k = (unsigned long)open.n_answers;
        /* TRANSLATORS: English says "answered" for one and many; the plural is for languages
         * that do not ("1 respondida", "2 respondidas"). */
        const char *fmt =
            open.mode == ATTEMPT_EXAM ? trn("Carry on with the exam (%zu answered)",
                                            "Carry on with the exam (%zu answered)", k)
            : both ? trn("Carry on with the practice quiz (%zu answered)",
                         "Carry on with the practice quiz (%zu answered)", k)
                   : trn("Carry on with the quiz (%zu answered)",
                         "Carry on with the quiz (%zu answered)", k);
        char *l = xasprintf(fmt, open.n_answers);
        open_attempt_done(&open);
        return l;
    }
    const QuizSettings *set = module_quiz(mod, mode);
    size_t n = quiz_length(mod, set);
    if (both && mode == QUIZ_PRACTICE)
        return xasprintf(trn("Practice quiz (%zu question)", "Practice quiz (%zu questions)", n), n);
    if (both) {
        char *terms = exam_terms(app, mod, set);
        char *l = xasprintf(tr("Exam (%s)"), terms);
        free(terms);
        return l;
    }
    if (set->mode != QUIZ_EXAM)
        return xasprintf(trn("Take the quiz (%zu question)", "Take the quiz (%zu questions)", n), n);
    if (set->time_limit)
        return xasprintf(trn("Take the exam (%zu question, %u min)",
                             "Take the exam (%zu questions, %u min)", n),
                         n, (set->time_limit + 59) / 60);
    return xasprintf(trn("Take the exam (%zu question)", "Take the exam (%zu questions)", n), n);
}

/* The menu: read the lesson or carry on where it stopped, take the quiz or carry on with the
 * unfinished one (the practice quiz and the exam each, when the module has both), and the results
 * so far (read from the store, so only when something may have changed: see stale). */
static void modscr_build(ModuleScreen *ms, Ui *ui)
{
    const Module *mod = ms->module;
    ms->stale = false;
    menu_clear(&ms->menu);
    App *app = ui->app;
    char err[256];
    bool reading = false;
    if (mod->n_pages) {
        char *saved = NULL;
        store_lesson_place_get(app->store, app->trainee.id, mod->id, &saved, err, sizeof err);
        reading = saved != NULL;
        char *l = saved ? xstrdup(tr("Carry on reading the lesson"))
                        : xasprintf(trn("Read the lesson (%zu page)", "Read the lesson (%zu pages)",
                                        mod->n_pages), mod->n_pages);
        menu_add(&ms->menu, l, NULL, MOD_READ);
        free(l);
        free(saved);
    }
    bool both = module_has_both_quizzes(mod);
    if (mod->n_questions && both) {
        char *l = quiz_label(app, mod, QUIZ_PRACTICE, true);
        menu_add(&ms->menu, l, NULL, MOD_PRACTICE);
        free(l);
    }
    if (mod->n_questions) {
        char *l = quiz_label(app, mod, mod->settings.mode, both);
        menu_add(&ms->menu, l, NULL, MOD_QUIZ);
        free(l);
    }
    if (mod->n_sources) {
        char *l = xasprintf(tr("Sources (%zu)"), mod->n_sources);
        menu_add(&ms->menu, l, NULL, MOD_SOURCES);
        free(l);
    }
    menu_add(&ms->menu, tr("Back to the main menu"), NULL, MOD_BACK);
    ModuleStats st;
    ms->last_pct = ms->best_pct = ms->practice_last = ms->practice_best = -1;
    if (mod->n_questions && (both ? store_module_stats_mode(app->store, app->trainee.id, mod->id,
                                                            ATTEMPT_EXAM, &st, err, sizeof err)
                                  : store_module_stats(app->store, app->trainee.id, mod->id, &st,
                                                       err, sizeof err))) {
        ms->last_pct = st.last_pct;
        ms->best_pct = st.best_pct;
    }
    if (both && store_module_stats_mode(app->store, app->trainee.id, mod->id, ATTEMPT_PRACTICE,
                                        &st, err, sizeof err)) {
        ms->practice_last = st.last_pct;
        ms->practice_best = st.best_pct;
    }
    /* Back from the lesson's end (its place is forgotten then): the quiz is what comes next, the
     * practice quiz first when there is an exam too. */
    if (ms->from_lesson && !reading)
        modscr_select(ms, both ? MOD_PRACTICE : MOD_QUIZ);
    ms->from_lesson = false;
}

/* The module's sources on a page of their own, which scrolls however many there are. */
static Screen *sources_screen_new(const Module *mod, Lang lang)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_printf(&b, "# %s\n", ltext_get(&mod->title, lang));
    for (size_t i = 0; i < mod->n_sources; i++)
        strbuf_printf(&b, "- %s: %s\n", mod->sources[i].key, mod->sources[i].text);
    Screen *s = text_screen_new(tr("Sources"), b.s);
    strbuf_done(&b);
    return s;
}

/* The page: title, summary and results, and the menu (blank lines, tagged, that menu_draw_item
 * draws over), scrolled as one; the sources have a page of their own. */
static void modscr_layout(ModuleScreen *ms, Lang lang, int width)
{
    const Module *mod = ms->module;
    doc_clear(&ms->doc);
    doc_text(&ms->doc, ltext_get(&mod->title, lang), width, 0, ROLE_HEADING, -1);
    if (!ltext_empty(&mod->summary)) {
        doc_blank(&ms->doc);
        doc_text(&ms->doc, ltext_get(&mod->summary, lang), width, 0, ROLE_NORMAL, -1);
    }
    bool both = module_has_both_quizzes(mod);
    if (ms->last_pct >= 0 || ms->practice_last >= 0)
        doc_blank(&ms->doc);
    if (ms->practice_last >= 0) {
        char *res = ms->practice_best > ms->practice_last + 0.5
                        ? xasprintf(tr("Practice quiz: last score %.0f%% (best %.0f%%)."),
                                    ms->practice_last, ms->practice_best)
                        : xasprintf(tr("Practice quiz: last score %.0f%%."), ms->practice_last);
        doc_text(&ms->doc, res, width, 0, ROLE_NOTE, -1);
        free(res);
    }
    if (ms->last_pct >= 0) {
        char *res = ms->best_pct > ms->last_pct + 0.5
                        ? xasprintf(both ? tr("Exam: last score %.0f%% (best %.0f%%).")
                                         : tr("Last score: %.0f%% (best %.0f%%)."),
                                    ms->last_pct, ms->best_pct)
                        : xasprintf(both ? tr("Exam: last score %.0f%%.") : tr("Last score: %.0f%%."),
                                    ms->last_pct);
        doc_text(&ms->doc, res, width, 0, ROLE_NOTE, -1);
        free(res);
    }
    doc_blank(&ms->doc);
    for (size_t i = 0; i < ms->menu.n; i++)
        doc_line(&ms->doc, "", 0, ROLE_NORMAL, MOD_TAG_ITEM + (int)i);
}

static void modscr_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    ModuleScreen *ms = (ModuleScreen *)s;
    bool fresh = ms->stale;
    if (ms->stale)
        modscr_build(ms, ui);
    int width = ui_text_width(area);
    modscr_layout(ms, ui->app->lang, width);
    doc_view_fit(&ms->view, &ms->doc, rows - 1);
    /* The items in view when the screen opens, and as the selection moves. */
    if (ms->follow || fresh)
        doc_view_show_tag(&ms->view, &ms->doc, MOD_TAG_ITEM + (int)ms->menu.sel);
    ms->follow = false;
    doc_view_draw(&ms->view, &ms->doc, top + 1, rows - 1, 2, width, -1);
    doc_view_marks(&ms->view, &ms->doc, top + 1, 2 + width);
    for (size_t i = 0; i < ms->menu.n; i++) {
        int line = doc_find_tag(&ms->doc, MOD_TAG_ITEM + (int)i, NULL);
        int row = line >= 0 ? doc_view_row(&ms->view, (size_t)line) : -1;
        if (row >= 0)
            menu_draw_item(&ms->menu, i, top + 1 + row, 2, width, true);
    }
}

static void modscr_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    ModuleScreen *ms = (ModuleScreen *)s;
    if (doc_view_page_key(&ms->view, key))
        return;
    if (menu_key(&ms->menu, key, 3)) {
        ms->follow = true;
        return;
    }
    if (menu_digit(&ms->menu, key)) {
        /* a digit picks and opens */
    } else if (ui_is_back(key)) {
        ui_pop(ui);
        return;
    } else if (key != K_ENTER && key != K_RIGHT) {
        return;
    }
    Screen *next = NULL;
    ms->stale = true; /* a lesson or quiz opened may change what the menu offers */
    switch (menu_selected_tag(&ms->menu)) {
    case MOD_READ: next = module_open_lesson(s, ui); break;
    case MOD_PRACTICE: next = quiz_screen_new(ui, ms->module, QUIZ_PRACTICE); break;
    case MOD_QUIZ: next = quiz_screen_new(ui, ms->module, ms->module->settings.mode); break;
    case MOD_SOURCES: next = sources_screen_new(ms->module, ui->app->lang); break;
    default: ui_pop(ui); return;
    }
    if (next)
        ui_push(ui, next);
}

Screen *module_open_lesson(Screen *s, Ui *ui)
{
    ModuleScreen *ms = (ModuleScreen *)s;
    Screen *l = lesson_screen_new(ui, ms->module);
    ms->from_lesson = l != NULL;
    ms->stale = true;
    return l;
}

static void modscr_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Open"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *modscr_help(Screen *s)
{
    (void)s;
    return tr("A module's lesson comes first, then its quiz; your last score at the quiz shows "
              "under the summary. The sources of what it teaches are listed at the end: PgDn "
              "and End scroll to them.");
}

static void modscr_free(Screen *s)
{
    ModuleScreen *ms = (ModuleScreen *)s;
    menu_done(&ms->menu);
    doc_done(&ms->doc);
    free(ms);
}

Screen *module_screen_new(Ui *ui, const Module *m)
{
    (void)ui;
    ModuleScreen *ms = xcalloc(1, sizeof *ms);
    ms->base = (Screen){.title = modscr_title, .draw = modscr_draw, .key = modscr_key,
                        .hints = modscr_hints, .help = modscr_help, .free = modscr_free};
    ms->module = m;
    ms->stale = true;
    menu_init(&ms->menu);
    doc_init(&ms->doc);
    return &ms->base;
}
