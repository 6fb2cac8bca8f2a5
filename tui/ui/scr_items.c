/* The instructor's item analysis: each question answered in a finished attempt by the workshop's
 * trainees, how hard it is and whether it tells strong trainees from weak ones (report.h), with
 * the questions worth reading again flagged once enough attempts judge them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/report.h"
#include "screens.h"
#include "table.h"

/* Seconds between reads of the records while the screen is open. */
#define ITEMS_REFRESH_SECONDS 10.0

typedef struct {
    Screen base;
    ItemStats *items;
    size_t n;
    Scroll sc;
    double read_at;
    char help[1024];
} ItemsScreen;

static void items_reload(ItemsScreen *it, Ui *ui)
{
    ItemStats *items;
    size_t n;
    char err[256];
    if (!report_items(ui->app->store, ui->app->workshop.id, &items, &n, err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    free(it->items);
    it->items = items;
    it->n = n;
}

static const char *items_title(Screen *s, Ui *ui)
{
    (void)s, (void)ui;
    return tr("Item analysis");
}

/* The question's prompt in the interface language, else its id: a generated question's prompt
 * changes with each trainee's seed, and a question no longer loaded has only its id. */
static const char *item_question(Ui *ui, const ItemStats *x)
{
    const Module *m = catalog_find(&ui->app->catalog, x->module_id);
    const Question *q = m ? module_question(m, x->question_id) : NULL;
    const char *p = q && !q->generated ? ltext_get(&q->prompt, ui->app->lang) : NULL;
    return p && p[0] ? p : x->question_id;
}

static bool item_flagged(const ItemStats *x)
{
    return x->too_hard || x->too_easy || x->weak;
}

/* "12 questions · 2 flagged · 5 need more attempts", the count of flags in the warning colour
 * when there are any. */
static void items_summary(const ItemsScreen *it, int y, int cols)
{
    unsigned long flagged = 0, waiting = 0;
    for (size_t i = 0; i < it->n; i++) {
        flagged += item_flagged(&it->items[i]);
        waiting += it->items[i].needed > 0;
    }
    char qs[96], fl[96], wt[128];
    snprintf(qs, sizeof qs, trn("%lu question", "%lu questions", it->n), (unsigned long)it->n);
    snprintf(fl, sizeof fl, trn("%lu flagged", "%lu flagged", flagged), flagged);
    snprintf(wt, sizeof wt, trn("%lu needs more attempts", "%lu need more attempts", waiting),
             waiting);
    const char *dot = term_glyph(GLYPH_DOT);
    char *sum = waiting ? xasprintf("%s %s %s %s %s", qs, dot, fl, dot, wt)
                        : xasprintf("%s %s %s", qs, dot, fl);
    term_print(y, 2, cols - 4, flagged ? ROLE_WARNING : ROLE_NORMAL, sum);
    free(sum);
}

static void items_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    ItemsScreen *it = (ItemsScreen *)s;
    if (table_due(&it->read_at, ITEMS_REFRESH_SECONDS))
        items_reload(it, ui);
    if (!it->n) {
        term_print(top + 1, 2, area.cols - 4, ROLE_DIM, tr("No finished attempts to analyse yet."));
        return;
    }
    items_summary(it, top, area.cols);

    bool narrow = area.cols < 60;
    enum { I_MODULE, I_QUESTION, I_ATTEMPTS, I_FACILITY, I_DISCRIMINATION, I_FLAGS, I_N };
    Col all[I_N] = {
        [I_MODULE] = {tr("Module"), 8, 2, false, 0, 0},
        [I_QUESTION] = {tr("Question"), 6, 3, false, 0, 0},
        [I_ATTEMPTS] = {tr("Attempts"), 4, 0, true, 0, 0},
        [I_FACILITY] = {tr("Facility"), 4, 0, true, 0, 0},
        [I_DISCRIMINATION] = {tr("Discrimination"), 5, 0, true, 0, 0},
        [I_FLAGS] = {tr("Flags"), 8, 2, false, 0, 0},
    };
    bool modules = false; /* the module column only when it tells rows apart, or is room */
    for (size_t i = 1; i < it->n && !modules; i++)
        modules = strcmp(it->items[i].module_id, it->items[0].module_id) != 0;
    int order[I_N], nc = 0;
    if (!narrow && (modules || area.cols >= 100))
        order[nc++] = I_MODULE;
    order[nc++] = I_QUESTION;
    if (!narrow)
        order[nc++] = I_ATTEMPTS;
    order[nc++] = I_FACILITY;
    order[nc++] = I_DISCRIMINATION;
    if (!narrow)
        order[nc++] = I_FLAGS;
    for (size_t i = 0; i < it->n; i++) { /* the flags in full where they fit in a third */
        char buf[160];
        report_item_flags(&it->items[i], buf, sizeof buf);
        int w = text_width(buf);
        if (w > all[I_FLAGS].min)
            all[I_FLAGS].min = w < area.cols / 3 ? w : area.cols / 3;
    }
    Col cols[I_N];
    for (int i = 0; i < nc; i++)
        cols[i] = all[order[i]];
    table_place(cols, nc, 2, area.cols - 3);

    int head_y = top + (rows >= 14 ? 2 : 1);
    int visible = top + rows - head_y - 1;
    scroll_fit(&it->sc, it->n, visible);
    table_heads(cols, nc, head_y);
    for (int r = 0; r < visible && it->sc.top + (size_t)r < it->n; r++) {
        size_t i = it->sc.top + (size_t)r;
        const ItemStats *x = &it->items[i];
        int y = head_y + 1 + r;
        bool selected = i == it->sc.sel, flag = item_flagged(x);
        /* A question not yet judged is dimmed: its figures are too few to act on. */
        Role role = selected ? ROLE_SELECTED : flag ? ROLE_WARNING : x->needed ? ROLE_DIM
                                                                           : ROLE_NORMAL;
        if (selected)
            table_select_row(area, y);
        if (flag)
            term_print(y, 1, 1, selected ? ROLE_SELECTED : ROLE_WARNING, "!");
        for (int c = 0; c < nc; c++) {
            char buf[160];
            const char *text = buf;
            switch (order[c]) {
            case I_MODULE: text = table_module_name(ui, x->module_id); break;
            case I_QUESTION: text = item_question(ui, x); break;
            case I_ATTEMPTS: snprintf(buf, sizeof buf, "%d", x->attempts); break;
            case I_FACILITY:
                snprintf(buf, sizeof buf, isnan(x->facility) ? "-" : "%.2f", x->facility);
                break;
            case I_DISCRIMINATION:
                snprintf(buf, sizeof buf, isnan(x->discrimination) ? "-" : "%.2f",
                         x->discrimination);
                break;
            default: report_item_flags(x, buf, sizeof buf);
            }
            table_cell(&cols[c], y, role, text);
        }
    }
}

static void items_key(Screen *s, Ui *ui, int key, Rect area)
{
    ItemsScreen *it = (ItemsScreen *)s;
    table_key(ui, &it->sc, it->n, &it->read_at, key, area);
}

static const char *items_help(Screen *s)
{
    ItemsScreen *it = (ItemsScreen *)s;
    snprintf(it->help, sizeof it->help,
             tr("Each question answered in a finished quiz or exam by the trainees shown. "
                "Facility is the mean score over the marks (0 to 1): near 0 almost nobody gets "
                "it right, near 1 almost everybody does. Discrimination is how closely the "
                "question's score follows the rest of the attempt's (-1 to 1): low or negative "
                "means it does not tell strong trainees from weak ones. A question is judged "
                "once %d attempts have answered it (fewer say more about who sat the quiz than "
                "about the question); until then it is dimmed and says how many more it needs. "
                "Flagged questions (!) are worth reading again."),
             REPORT_MIN_ATTEMPTS);
    return it->help;
}

static void items_free(Screen *s)
{
    ItemsScreen *it = (ItemsScreen *)s;
    free(it->items);
    free(it);
}

Screen *items_screen_new(Ui *ui)
{
    (void)ui;
    ItemsScreen *it = xcalloc(1, sizeof *it);
    it->base = (Screen){.title = items_title, .draw = items_draw, .key = items_key,
                        .hints = table_hints, .help = items_help, .free = items_free,
                        .ticks = true};
    return &it->base;
}
