/* The instructor's live view (`rastro instructor`): the roster as a table that refreshes while
 * trainees work, leading to a trainee's answers (scr_answers.c) and the item analysis
 * (scr_items.c). The figures come from core (live.h); this file only lays them out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "../core/live.h"
#include "screens.h"
#include "table.h"

/* Seconds between reads of the records while the screen is open. */
#define REFRESH_SECONDS 2.0

static void fmt_pct(char *buf, size_t len, double pct)
{
    if (pct < 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%.0f%%", floor(pct + 0.5));
}

typedef struct {
    Screen base;
    char title[256];
    LiveRow *rows;
    size_t n;
    Scroll sc;
    double read_at;
} InstScreen;

static void inst_reload(InstScreen *v, Ui *ui)
{
    int64_t keep = v->n ? v->rows[v->sc.sel].trainee_id : 0;
    LiveRow *rows;
    size_t n;
    char err[256];
    if (!live_read(ui->app->store, ui->app->workshop.id, (int64_t)time(NULL), &rows, &n, err,
                   sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    live_rows_free(v->rows, v->n);
    v->rows = rows;
    v->n = n;
    /* The selection stays on its trainee when others join the roster. */
    for (size_t i = 0; keep && i < n; i++)
        if (rows[i].trainee_id == keep)
            v->sc.sel = i;
}

static const char *inst_title(Screen *s, Ui *ui)
{
    InstScreen *v = (InstScreen *)s;
    const Workshop *w = &ui->app->workshop;
    snprintf(v->title, sizeof v->title, "%s %s %s", tr("Instructor"), term_glyph(GLYPH_DOT),
             w->id && w->name ? w->name : tr("All trainees"));
    return v->title;
}

/* The summary line (two on a narrow screen), cols wide, on row y; returns the lines drawn. */
static int inst_summary(InstScreen *v, int y, int cols)
{
    LiveSummary sum = live_summary(v->rows, v->n);
    char t[96], a[128], k[96];
    snprintf(t, sizeof t, trn("%lu trainee", "%lu trainees", (unsigned long)sum.trainees),
             (unsigned long)sum.trainees);
    snprintf(k, sizeof k, trn("%lu struggling", "%lu struggling", (unsigned long)sum.struggling),
             (unsigned long)sum.struggling);
    snprintf(a, sizeof a,
             trn("%lu active in the last 10 min", "%lu active in the last 10 min",
                 (unsigned long)sum.active),
             (unsigned long)sum.active);
    const char *dot = term_glyph(GLYPH_DOT);
    char *line = xasprintf("%s %s %s %s ", t, dot, a, dot);
    if (text_width(line) + text_width(k) > cols - 4) {
        free(line);
        snprintf(a, sizeof a, trn("%lu active", "%lu active", (unsigned long)sum.active),
                 (unsigned long)sum.active);
        line = xasprintf("%s %s %s %s ", t, dot, a, dot);
    }
    int lines = 1;
    if (text_width(line) + text_width(k) > cols - 4) {
        /* The count of those struggling matters most: on a line of its own. */
        line[strlen(line) - strlen(dot) - 2] = '\0';
        lines = 2;
    }
    int x = 2 + term_print(y, 2, cols - 4, ROLE_NORMAL, line);
    if (lines == 2)
        x = 2;
    term_print(y + lines - 1, x, cols - 2 - x, sum.struggling ? ROLE_WARNING : ROLE_NORMAL, k);
    free(line);
    return lines;
}

static const char *place_name(LivePlace p)
{
    switch (p) {
    case LIVE_LESSON: return tr("Lesson");
    case LIVE_PRACTICE: return tr("Practice");
    case LIVE_EXAM: return tr("Exam");
    default: return "";
    }
}

static void inst_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    InstScreen *v = (InstScreen *)s;
    if (table_due(&v->read_at, REFRESH_SECONDS))
        inst_reload(v, ui);
    int summary = inst_summary(v, top, area.cols);
    if (!v->n) {
        term_print(top + summary + 1, 2, area.cols - 4, ROLE_DIM,
                   ui->app->workshop.id ? tr("Nobody is on this workshop's roster yet.")
                                        : tr("No trainees yet."));
        return;
    }
    /* 40 columns: who, how well and when; 60: what and how much too; 100: all there is. */
    bool narrow = area.cols < 60, mid = area.cols >= 80, wide = area.cols >= 100;
    enum { V_NAME, V_AGENCY, V_COUNTRY, V_DOING, V_MODULE, V_ANSWERS, V_RECENT, V_SCORE, V_LAST,
           V_N };
    Col all[V_N] = {
        [V_NAME] = {tr("Name"), 8, 2, false, 0, 0},
        [V_AGENCY] = {tr("Agency"), 6, 2, false, 0, 0},
        [V_COUNTRY] = {tr("Country"), 8, 1, false, 0, 0},
        [V_DOING] = {tr("Doing"), 6, 0, false, 0, 0},
        [V_MODULE] = {tr("Module"), 8, 4, false, 0, 0},
        [V_ANSWERS] = {tr("Answers"), 3, 0, true, 0, 0},
        [V_RECENT] = {tr("Last 10 min"), 3, 0, true, 0, 0},
        [V_SCORE] = {tr("Score"), 4, 0, true, 0, 0},
        [V_LAST] = {tr("Last active"), 10, 0, false, 0, 0},
    };
    int order[V_N], nc = 0;
    order[nc++] = V_NAME;
    if (wide) {
        order[nc++] = V_AGENCY;
        order[nc++] = V_COUNTRY;
    }
    if (mid)
        order[nc++] = V_DOING;
    if (!narrow) {
        order[nc++] = V_MODULE;
        order[nc++] = V_ANSWERS;
    }
    if (wide)
        order[nc++] = V_RECENT;
    order[nc++] = V_SCORE;
    order[nc++] = V_LAST;
    all[V_LAST].min = table_ago_width();
    Col cols[V_N];
    for (int i = 0; i < nc; i++) {
        cols[i] = all[order[i]];
        if (order[i] == V_DOING) /* as wide as its longest value */
            for (LivePlace p = LIVE_LESSON; p <= LIVE_EXAM; p++)
                if (text_width(place_name(p)) > cols[i].min)
                    cols[i].min = text_width(place_name(p));
    }
    table_place(cols, nc, 2, area.cols - 3);

    int head_y = top + summary + (rows >= 14 ? 1 : 0);
    int visible = top + rows - head_y - 1;
    scroll_fit(&v->sc, v->n, visible);
    table_heads(cols, nc, head_y);
    for (int r = 0; r < visible && v->sc.top + (size_t)r < v->n; r++) {
        size_t i = v->sc.top + (size_t)r;
        const LiveRow *x = &v->rows[i];
        int y = head_y + 1 + r;
        bool selected = i == v->sc.sel;
        Role role = selected ? ROLE_SELECTED : x->struggling ? ROLE_WARNING : ROLE_NORMAL;
        if (selected)
            table_select_row(area, y);
        if (x->struggling)
            term_print(y, 1, 1, role, "!");
        for (int c = 0; c < nc; c++) {
            char buf[64];
            const char *text = buf;
            Role cr = role;
            switch (order[c]) {
            case V_NAME: text = x->name; break;
            case V_AGENCY: text = x->agency; break;
            case V_COUNTRY: text = country_name(x->country, ui->app->lang); break;
            case V_DOING: text = place_name(x->place); break;
            case V_MODULE:
                text = x->place == LIVE_NOWHERE ? "-" : table_module_name(ui, x->module_id);
                if (x->place == LIVE_NOWHERE && !selected)
                    cr = ROLE_DIM;
                break;
            case V_ANSWERS: snprintf(buf, sizeof buf, "%d", x->answers); break;
            case V_RECENT: snprintf(buf, sizeof buf, "%d", x->recent); break;
            case V_SCORE: fmt_pct(buf, sizeof buf, x->pct); break;
            default:
                table_format_ago(buf, sizeof buf, x->idle);
                if (!selected && !x->struggling &&
                    (x->idle < 0 || x->idle > LIVE_RECENT_SECONDS))
                    cr = ROLE_DIM;
            }
            table_cell(&cols[c], y, cr, text);
        }
    }
}

static void inst_key(Screen *s, Ui *ui, int key, Rect area)
{
    InstScreen *v = (InstScreen *)s;
    if (key == K_TICK)
        return; /* drawn next, reading the records when it is time */
    if (scroll_key(&v->sc, v->n, key, table_page_rows(area)))
        return;
    if ((key == K_ENTER || key == K_RIGHT) && v->n) {
        const LiveRow *row = &v->rows[v->sc.sel];
        ui_push(ui, answers_screen_new(ui, row->trainee_id, row->name));
    } else if (key == 'i') {
        ui_push(ui, items_screen_new(ui));
    } else if (key == 'r') {
        v->read_at = 0;
    } else if (key == 'q' || key == 'Q' || key == K_ESC) {
        if (ui->depth == 1)
            ui_quit(ui);
        else
            ui_pop(ui);
    }
}

static void inst_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui;
    /* A narrow screen keeps the keys only this screen has, and how to leave it. */
    bool narrow = area.cols < 60;
    if (!narrow)
        hints_add(out, hint_arrows(), tr("Move"));
    hints_add(out, "Enter", tr("Answers"));
    hints_add(out, "i", tr("Items"));
    if (!narrow)
        hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Quit"));
}

static const char *inst_help(Screen *s)
{
    (void)s;
    /* The rule's figures come from core, where the rule is. */
    static char text[1024];
    snprintf(text, sizeof text,
             tr("The trainees of the workshop as they work, read again every two seconds: the "
                "module each is in now (a lesson, a practice quiz or an exam), their final "
                "answers so far and the score over them, and when they last did something. "
                "Trainees marked ! are struggling: at least %d answers and a score under "
                "%.0f%%, or their last %d answers wrong.\n\nEnter shows the selected trainee's "
                "answers, with each question and answer in words; i shows the item analysis of "
                "the questions these trainees answered in finished attempts; r reads the "
                "records again at once."),
             LIVE_STRUGGLE_MIN_ANSWERS, LIVE_STRUGGLE_PCT, LIVE_STRUGGLE_RUN);
    return text;
}

static void inst_free(Screen *s)
{
    InstScreen *v = (InstScreen *)s;
    live_rows_free(v->rows, v->n);
    free(v);
}

Screen *instructor_screen_new(Ui *ui)
{
    App *app = ui->app;
    /* Module titles for the table; the view works from ids without them. */
    if (!app->catalog_loaded && app->load_content)
        app->load_content(app);
    InstScreen *v = xcalloc(1, sizeof *v);
    v->base = (Screen){.title = inst_title, .draw = inst_draw, .key = inst_key,
                       .hints = inst_hints, .help = inst_help, .free = inst_free, .ticks = true};
    return &v->base;
}
