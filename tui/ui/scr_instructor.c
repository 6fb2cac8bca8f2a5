/* The instructor's live view (`rastro instructor`): the roster as a table that refreshes while
 * trainees work, a trainee's answers, and the item analysis. The figures come from core (live.h,
 * report.h); this file only lays them out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/country.h"
#include "../core/i18n.h"
#include "../core/live.h"
#include "../core/report.h"
#include "doc.h"
#include "screens.h"

/* Seconds between reads of the records while a screen is open. */
#define REFRESH_SECONDS 2.0
#define ITEMS_REFRESH_SECONDS 10.0
/* The drill-down shows this many of a trainee's newest answers. */
#define ANSWERS_SHOWN 500

/* ---- table layout shared by the three screens ---- */

typedef struct {
    const char *head; /* translated */
    int min;          /* columns at least; a fixed column's heading's width counts too */
    int flex;         /* share of the width left over (0: fixed width) */
    bool right;       /* right-aligned (numbers) */
    int x, w;         /* placed by cols_place */
} Col;

/* Places n columns from x over width columns, one column apart. Flexible columns share what the
 * fixed ones leave by their weights, never going below their minimum (the screen clips what does
 * not fit). */
static void cols_place(Col *c, int n, int x, int width)
{
    int used = n > 1 ? n - 1 : 0, weights = 0;
    for (int i = 0; i < n; i++) {
        int hw = text_width(c[i].head);
        c[i].w = c[i].flex ? c[i].min : (hw > c[i].min ? hw : c[i].min);
        used += c[i].w;
        weights += c[i].flex;
    }
    int spare = width - used;
    for (int i = 0; i < n && spare > 0 && weights > 0; i++) {
        if (!c[i].flex)
            continue;
        int share = (spare * c[i].flex + weights - 1) / weights;
        c[i].w += share;
        spare -= share;
        weights -= c[i].flex;
    }
    for (int i = 0; i < n; i++) {
        c[i].x = x;
        x += c[i].w + 1;
    }
}

/* Draws text (untrusted is fine) in column c of row y; text cut short ends in an ellipsis. */
static void cell(const Col *c, int y, Role role, const char *text)
{
    char *safe = text_sanitize(text, false, term_utf8());
    int tw = text_width(safe), x = c->x;
    if (c->right && tw < c->w)
        x += c->w - tw;
    term_print(y, x, c->x + c->w - x, role, safe); /* cut short with an ellipsis */
    free(safe);
}

static void heads(const Col *c, int n, int y)
{
    for (int i = 0; i < n; i++)
        cell(&c[i], y, ROLE_HEADING, c[i].head);
}

/* A scrolled selection over n rows, visible rows at a time. */
typedef struct {
    size_t sel, top;
} Scroll;

static void scroll_fit(Scroll *s, size_t n, int visible)
{
    size_t v = visible > 0 ? (size_t)visible : 1;
    if (n == 0) {
        s->sel = s->top = 0;
        return;
    }
    if (s->sel >= n)
        s->sel = n - 1;
    if (s->sel < s->top)
        s->top = s->sel;
    if (s->sel >= s->top + v)
        s->top = s->sel + 1 - v;
    if (s->top + v > n)
        s->top = n > v ? n - v : 0;
}

/* Moves the selection for arrows, j/k, Home/End and the page keys; true when key was one. */
static bool scroll_key(Scroll *s, size_t n, int key, int page)
{
    if (page < 1)
        page = 1;
    switch (key) {
    case K_UP: case 'k': if (s->sel > 0) s->sel--; return true;
    case K_DOWN: case 'j': if (s->sel + 1 < n) s->sel++; return true;
    case K_HOME: s->sel = 0; return true;
    case K_END: s->sel = n ? n - 1 : 0; return true;
    case K_PGUP: s->sel = s->sel > (size_t)page ? s->sel - (size_t)page : 0; return true;
    case K_PGDN: s->sel = s->sel + (size_t)page < n ? s->sel + (size_t)page : (n ? n - 1 : 0);
        return true;
    default: return false;
    }
}

/* "3 min ago" and the like; "never" for a negative count. */
static void fmt_ago(char *buf, size_t len, int64_t secs)
{
    if (secs < 0)
        snprintf(buf, len, "%s", tr("never"));
    else if (secs < 60)
        snprintf(buf, len, "%s", tr("just now"));
    else if (secs < 3600)
        snprintf(buf, len, tr("%d min ago"), (int)(secs / 60));
    else if (secs < 86400)
        snprintf(buf, len, tr("%d h ago"), (int)(secs / 3600));
    else {
        unsigned long days = (unsigned long)(secs / 86400);
        snprintf(buf, len, trn("%lu day ago", "%lu days ago", days), days);
    }
}

/* Columns the widest fmt_ago text takes in the interface language. */
static int ago_width(void)
{
    static const int64_t samples[] = {-1, 0, 59 * 60, 23 * 3600, 2 * 86400, 99 * 86400};
    int w = 0;
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        char buf[64];
        fmt_ago(buf, sizeof buf, samples[i]);
        if (text_width(buf) > w)
            w = text_width(buf);
    }
    return w;
}

static void fmt_pct(char *buf, size_t len, double pct)
{
    if (pct < 0)
        snprintf(buf, len, "-");
    else
        snprintf(buf, len, "%.0f%%", floor(pct + 0.5));
}

/* The module's title in the interface language, else its id (both untrusted). */
static const char *module_name(Ui *ui, const char *id)
{
    return catalog_title(&ui->app->catalog, id, ui->app->lang);
}

static bool should_read(double *last, double every)
{
    double now = clock_seconds();
    if (*last > 0 && now - *last < every)
        return false;
    *last = now;
    return true;
}

/* ---- a trainee's answers ---- */

typedef struct {
    Screen base;
    int64_t trainee_id;
    char *name;
    char title[256];
    LiveAnswer *list;
    size_t n;
    Scroll sc;
    double read_at;
    Doc detail;
} AnswersScreen;

static void answers_reload(AnswersScreen *a, Ui *ui)
{
    int64_t keep = a->n && a->sc.sel > 0 ? a->list[a->sc.sel].id : 0;
    LiveAnswer *list;
    size_t n;
    char err[256];
    if (!live_answers(ui->app->store, a->trainee_id, (int64_t)time(NULL), ANSWERS_SHOWN, &list, &n,
                      err, sizeof err)) {
        ui_status(ui, ROLE_ERROR, "%s", err);
        return;
    }
    live_answers_free(a->list, a->n);
    a->list = list;
    a->n = n;
    /* Watching the newest answer follows new ones; an older one stays selected. */
    a->sc.sel = 0;
    for (size_t i = 0; keep && i < n; i++)
        if (list[i].id == keep)
            a->sc.sel = i;
}

static const char *answers_title(Screen *s, Ui *ui)
{
    (void)ui;
    AnswersScreen *a = (AnswersScreen *)s;
    snprintf(a->title, sizeof a->title, "%s %s %s", tr("Answers"), term_glyph(GLYPH_DOT), a->name);
    return a->title;
}

static void answers_draw(Screen *s, Ui *ui, int top, int rows)
{
    AnswersScreen *a = (AnswersScreen *)s;
    if (should_read(&a->read_at, REFRESH_SECONDS))
        answers_reload(a, ui);
    if (!a->n) {
        term_print(top + 1, 2, COLS - 4, ROLE_DIM, tr("No answers yet."));
        return;
    }
    bool narrow = COLS < 60, wide = COLS >= 100;
    enum { C_WHEN, C_MODULE, C_QUESTION, C_RESPONSE, C_SCORE, C_TRY, C_MARK, C_MODE, C_N };
    Col all[C_N] = {
        [C_WHEN] = {tr("When"), 8, 0, false, 0, 0},
        [C_MODULE] = {tr("Module"), 8, 2, false, 0, 0},
        [C_QUESTION] = {tr("Question"), 6, 2, false, 0, 0},
        [C_RESPONSE] = {tr("Response"), 8, 3, false, 0, 0},
        [C_SCORE] = {tr("Score"), 5, 0, true, 0, 0},
        [C_TRY] = {tr("Try"), 3, 0, true, 0, 0},
        [C_MARK] = {"", 1, 0, false, 0, 0},
        [C_MODE] = {tr("Mode"), 8, 0, false, 0, 0},
    };
    int order[C_N], nc = 0;
    /* The module column only when it tells answers apart, or there is room to spare. */
    bool modules = false;
    for (size_t i = 1; i < a->n && !modules; i++)
        modules = strcmp(a->list[i].module_id, a->list[0].module_id) != 0;
    order[nc++] = C_WHEN;
    if (!narrow && (modules || wide))
        order[nc++] = C_MODULE;
    order[nc++] = C_QUESTION;
    if (!narrow)
        order[nc++] = C_RESPONSE;
    if (wide)
        order[nc++] = C_MODE;
    order[nc++] = C_SCORE;
    if (!narrow)
        order[nc++] = C_TRY;
    order[nc++] = C_MARK;
    all[C_WHEN].min = ago_width();
    for (size_t i = 0; i < a->n; i++) { /* scores such as 0.25/1 in full */
        char buf[64];
        snprintf(buf, sizeof buf, "%g/%g", a->list[i].score, a->list[i].max_score);
        if ((int)strlen(buf) > all[C_SCORE].min)
            all[C_SCORE].min = (int)strlen(buf);
    }
    Col cols[C_N];
    for (int i = 0; i < nc; i++)
        cols[i] = all[order[i]];
    cols_place(cols, nc, 2, COLS - 3);

    /* The selected answer's response in full under the table, when there is room. */
    int detail_rows = rows >= 14 ? 4 : 0;
    doc_clear(&a->detail);
    if (detail_rows) {
        const LiveAnswer *sel = &a->list[a->sc.sel < a->n ? a->sc.sel : 0];
        doc_line(&a->detail, tr("Response:"), 0, ROLE_HEADING, -1);
        doc_text(&a->detail, sel->response[0] ? sel->response : "-", COLS - 6, 2, ROLE_NORMAL, -1);
    }
    int visible = rows - 1 - detail_rows;
    scroll_fit(&a->sc, a->n, visible);
    heads(cols, nc, top);
    for (int r = 0; r < visible && a->sc.top + (size_t)r < a->n; r++) {
        size_t i = a->sc.top + (size_t)r;
        const LiveAnswer *x = &a->list[i];
        int y = top + 1 + r;
        bool selected = i == a->sc.sel;
        Role role = selected ? ROLE_SELECTED : x->final ? ROLE_NORMAL : ROLE_DIM;
        if (selected) {
            term_fill(y, 0, COLS, ROLE_SELECTED);
            term_print(y, 0, 1, ROLE_SELECTED, term_glyph(GLYPH_POINTER));
            term_cursor_hint(y, 0);
        }
        for (int c = 0; c < nc; c++) {
            char buf[64];
            const char *text = buf;
            Role cr = role;
            switch (order[c]) {
            case C_WHEN: fmt_ago(buf, sizeof buf, x->ago); break;
            case C_MODULE: text = module_name(ui, x->module_id); break;
            case C_QUESTION: text = x->question_id; break;
            case C_RESPONSE: text = x->response; break;
            case C_MODE:
                text = x->mode == ATTEMPT_EXAM ? tr("Exam")
                     : x->mode == ATTEMPT_REVIEW ? tr("Review") : tr("Practice");
                break;
            case C_SCORE: snprintf(buf, sizeof buf, "%g/%g", x->score, x->max_score); break;
            case C_TRY:
                snprintf(buf, sizeof buf, "%d%s", x->try_no, x->hinted ? "h" : "");
                break;
            default:
                text = term_glyph(x->correct ? GLYPH_CHECK : GLYPH_CROSS);
                if (!selected)
                    cr = x->correct ? ROLE_CORRECT : ROLE_WRONG;
            }
            cell(&cols[c], y, cr, text);
        }
    }
    if (detail_rows)
        doc_draw(&a->detail, 0, top + rows - detail_rows, detail_rows, 2, COLS - 4, -1);
}

static void answers_key(Screen *s, Ui *ui, int key)
{
    AnswersScreen *a = (AnswersScreen *)s;
    if (key == K_TICK)
        return; /* drawn next, reading the records when it is time */
    if (scroll_key(&a->sc, a->n, key, LINES - 8))
        return;
    if (key == 'r')
        a->read_at = 0;
    else if (ui_is_back(key))
        ui_pop(ui);
}

static int answers_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){hint_arrows(), tr("Move")};
    out[1] = (KeyHint){"?", tr("Help")};
    out[2] = (KeyHint){"q", tr("Back")};
    return 3;
}

static const char *answers_help(Screen *s)
{
    (void)s;
    return tr("Every answer the trainee has given, newest first, as it is saved: each try at a "
              "question, in quizzes, exams and review. Dimmed rows are tries that were "
              "followed by another; an h after the try number means a hint was taken. The "
              "selected answer's response is shown in full under the table.");
}

static void answers_free(Screen *s)
{
    AnswersScreen *a = (AnswersScreen *)s;
    live_answers_free(a->list, a->n);
    doc_done(&a->detail);
    free(a->name);
    free(a);
}

static Screen *answers_screen_new(const LiveRow *row)
{
    AnswersScreen *a = xcalloc(1, sizeof *a);
    a->base = (Screen){.title = answers_title, .draw = answers_draw, .key = answers_key,
                       .hints = answers_hints, .help = answers_help, .free = answers_free,
                       .ticks = true};
    a->trainee_id = row->trainee_id;
    a->name = xstrdup(row->name);
    doc_init(&a->detail);
    return &a->base;
}

/* ---- item analysis ---- */

typedef struct {
    Screen base;
    ItemStats *items;
    size_t n;
    Scroll sc;
    double read_at;
} ItemsScreen;

static void items_reload(ItemsScreen *it, Ui *ui)
{
    ItemStats *items;
    size_t n;
    char err[256];
    if (!report_items(ui->app->store, &items, &n, err, sizeof err)) {
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

static bool item_flagged(const ItemStats *x)
{
    return x->too_hard || x->too_easy || x->weak;
}

static void items_draw(Screen *s, Ui *ui, int top, int rows)
{
    ItemsScreen *it = (ItemsScreen *)s;
    if (should_read(&it->read_at, ITEMS_REFRESH_SECONDS))
        items_reload(it, ui);
    if (!it->n) {
        term_print(top + 1, 2, COLS - 4, ROLE_DIM, tr("No finished attempts to analyse yet."));
        return;
    }
    unsigned long flagged = 0;
    for (size_t i = 0; i < it->n; i++)
        flagged += item_flagged(&it->items[i]);
    char qs[96], fl[96];
    snprintf(qs, sizeof qs, trn("%lu question", "%lu questions", it->n), (unsigned long)it->n);
    snprintf(fl, sizeof fl, trn("%lu flagged", "%lu flagged", flagged), flagged);
    char *sum = xasprintf("%s %s %s", qs, term_glyph(GLYPH_DOT), fl);
    term_print(top, 2, COLS - 4, flagged ? ROLE_WARNING : ROLE_NORMAL, sum);
    free(sum);

    bool narrow = COLS < 60;
    enum { I_MODULE, I_QUESTION, I_ATTEMPTS, I_FACILITY, I_DISCRIMINATION, I_FLAGS, I_N };
    Col all[I_N] = {
        [I_MODULE] = {tr("Module"), 8, 2, false, 0, 0},
        [I_QUESTION] = {tr("Question"), 6, 3, false, 0, 0},
        [I_ATTEMPTS] = {tr("Attempts"), 4, 0, true, 0, 0},
        [I_FACILITY] = {tr("Facility"), 4, 0, true, 0, 0},
        [I_DISCRIMINATION] = {tr("Discrimination"), 5, 0, true, 0, 0},
        [I_FLAGS] = {tr("Flags"), 8, 1, false, 0, 0},
    };
    bool modules = false; /* the module column only when it tells rows apart, or is room */
    for (size_t i = 1; i < it->n && !modules; i++)
        modules = strcmp(it->items[i].module_id, it->items[0].module_id) != 0;
    int order[I_N], nc = 0;
    if (!narrow && (modules || COLS >= 100))
        order[nc++] = I_MODULE;
    order[nc++] = I_QUESTION;
    if (!narrow)
        order[nc++] = I_ATTEMPTS;
    order[nc++] = I_FACILITY;
    order[nc++] = I_DISCRIMINATION;
    if (!narrow)
        order[nc++] = I_FLAGS;
    Col cols[I_N];
    for (int i = 0; i < nc; i++)
        cols[i] = all[order[i]];
    cols_place(cols, nc, 2, COLS - 3);

    int head_y = top + (rows >= 14 ? 2 : 1);
    int visible = top + rows - head_y - 1;
    scroll_fit(&it->sc, it->n, visible);
    heads(cols, nc, head_y);
    for (int r = 0; r < visible && it->sc.top + (size_t)r < it->n; r++) {
        size_t i = it->sc.top + (size_t)r;
        const ItemStats *x = &it->items[i];
        int y = head_y + 1 + r;
        bool selected = i == it->sc.sel, flag = item_flagged(x);
        Role role = selected ? ROLE_SELECTED : flag ? ROLE_WARNING : ROLE_NORMAL;
        if (selected) {
            term_fill(y, 0, COLS, ROLE_SELECTED);
            term_print(y, 0, 1, ROLE_SELECTED, term_glyph(GLYPH_POINTER));
            term_cursor_hint(y, 0);
        }
        if (flag)
            term_print(y, 1, 1, selected ? ROLE_SELECTED : ROLE_WARNING, "!");
        for (int c = 0; c < nc; c++) {
            char buf[160];
            const char *text = buf;
            switch (order[c]) {
            case I_MODULE: text = module_name(ui, x->module_id); break;
            case I_QUESTION: text = x->question_id; break;
            case I_ATTEMPTS: snprintf(buf, sizeof buf, "%d", x->attempts); break;
            case I_FACILITY:
                snprintf(buf, sizeof buf, isnan(x->facility) ? "-" : "%.2f", x->facility);
                break;
            case I_DISCRIMINATION:
                snprintf(buf, sizeof buf, isnan(x->discrimination) ? "-" : "%.2f",
                         x->discrimination);
                break;
            default:
                snprintf(buf, sizeof buf, "%s%s%s%s%s", x->too_hard ? tr("too hard") : "",
                         x->too_hard && (x->too_easy || x->weak) ? ", " : "",
                         x->too_easy ? tr("too easy") : "",
                         x->too_easy && x->weak ? ", " : "", x->weak ? tr("weak") : "");
            }
            cell(&cols[c], y, role, text);
        }
    }
}

static void items_key(Screen *s, Ui *ui, int key)
{
    ItemsScreen *it = (ItemsScreen *)s;
    if (key == K_TICK)
        return;
    if (scroll_key(&it->sc, it->n, key, LINES - 8))
        return;
    if (key == 'r')
        it->read_at = 0;
    else if (ui_is_back(key))
        ui_pop(ui);
}

static int items_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    out[0] = (KeyHint){hint_arrows(), tr("Move")};
    out[1] = (KeyHint){"?", tr("Help")};
    out[2] = (KeyHint){"q", tr("Back")};
    return 3;
}

static const char *items_help(Screen *s)
{
    (void)s;
    return tr("Each question answered in a finished quiz or exam. Facility is the mean score "
              "over the marks (0 to 1): near 0 almost nobody gets it right, near 1 almost "
              "everybody does. Discrimination is how closely the question's score follows the "
              "rest of the attempt's (-1 to 1): low or negative means it does not tell strong "
              "trainees from weak ones. Flagged questions (!) are worth reading again.");
}

static void items_free(Screen *s)
{
    ItemsScreen *it = (ItemsScreen *)s;
    free(it->items);
    free(it);
}

static Screen *items_screen_new(void)
{
    ItemsScreen *it = xcalloc(1, sizeof *it);
    it->base = (Screen){.title = items_title, .draw = items_draw, .key = items_key,
                        .hints = items_hints, .help = items_help, .free = items_free,
                        .ticks = true};
    return &it->base;
}

/* ---- the roster ---- */

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

/* The summary line (two on a narrow terminal); returns the lines drawn. */
static int inst_summary(InstScreen *v, int y)
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
    if (text_width(line) + text_width(k) > COLS - 4) {
        free(line);
        snprintf(a, sizeof a, trn("%lu active", "%lu active", (unsigned long)sum.active),
                 (unsigned long)sum.active);
        line = xasprintf("%s %s %s %s ", t, dot, a, dot);
    }
    int lines = 1;
    if (text_width(line) + text_width(k) > COLS - 4) {
        /* The count of those struggling matters most: on a line of its own. */
        line[strlen(line) - strlen(dot) - 2] = '\0';
        lines = 2;
    }
    int x = 2 + term_print(y, 2, COLS - 4, ROLE_NORMAL, line);
    if (lines == 2)
        x = 2;
    term_print(y + lines - 1, x, COLS - 2 - x, sum.struggling ? ROLE_WARNING : ROLE_NORMAL, k);
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

static void inst_draw(Screen *s, Ui *ui, int top, int rows)
{
    InstScreen *v = (InstScreen *)s;
    if (should_read(&v->read_at, REFRESH_SECONDS))
        inst_reload(v, ui);
    int summary = inst_summary(v, top);
    if (!v->n) {
        term_print(top + summary + 1, 2, COLS - 4, ROLE_DIM,
                   ui->app->workshop.id ? tr("Nobody is on this workshop's roster yet.")
                                        : tr("No trainees yet."));
        return;
    }
    /* 40 columns: who, how well and when; 60: what and how much too; 100: all there is. */
    bool narrow = COLS < 60, mid = COLS >= 80, wide = COLS >= 100;
    enum { V_NAME, V_AGENCY, V_COUNTRY, V_DOING, V_MODULE, V_ANSWERS, V_RECENT, V_SCORE, V_LAST,
           V_N };
    Col all[V_N] = {
        [V_NAME] = {tr("Name"), 8, 2, false, 0, 0},
        [V_AGENCY] = {tr("Agency"), 6, 2, false, 0, 0},
        [V_COUNTRY] = {tr("Country"), 2, 0, false, 0, 0},
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
    all[V_LAST].min = ago_width();
    Col cols[V_N];
    for (int i = 0; i < nc; i++) {
        cols[i] = all[order[i]];
        if (order[i] == V_DOING) /* as wide as its longest value */
            for (LivePlace p = LIVE_LESSON; p <= LIVE_EXAM; p++)
                if (text_width(place_name(p)) > cols[i].min)
                    cols[i].min = text_width(place_name(p));
    }
    cols_place(cols, nc, 2, COLS - 3);

    int head_y = top + summary + (rows >= 14 ? 1 : 0);
    int visible = top + rows - head_y - 1;
    scroll_fit(&v->sc, v->n, visible);
    heads(cols, nc, head_y);
    for (int r = 0; r < visible && v->sc.top + (size_t)r < v->n; r++) {
        size_t i = v->sc.top + (size_t)r;
        const LiveRow *x = &v->rows[i];
        int y = head_y + 1 + r;
        bool selected = i == v->sc.sel;
        Role role = selected ? ROLE_SELECTED : x->struggling ? ROLE_WARNING : ROLE_NORMAL;
        if (selected) {
            term_fill(y, 0, COLS, ROLE_SELECTED);
            term_print(y, 0, 1, ROLE_SELECTED, term_glyph(GLYPH_POINTER));
            term_cursor_hint(y, 0);
        }
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
                text = x->place == LIVE_NOWHERE ? "-" : module_name(ui, x->module_id);
                if (x->place == LIVE_NOWHERE && !selected)
                    cr = ROLE_DIM;
                break;
            case V_ANSWERS: snprintf(buf, sizeof buf, "%d", x->answers); break;
            case V_RECENT: snprintf(buf, sizeof buf, "%d", x->recent); break;
            case V_SCORE: fmt_pct(buf, sizeof buf, x->pct); break;
            default:
                fmt_ago(buf, sizeof buf, x->idle);
                if (!selected && !x->struggling &&
                    (x->idle < 0 || x->idle > LIVE_RECENT_SECONDS))
                    cr = ROLE_DIM;
            }
            cell(&cols[c], y, cr, text);
        }
    }
}

static void inst_key(Screen *s, Ui *ui, int key)
{
    InstScreen *v = (InstScreen *)s;
    if (key == K_TICK)
        return; /* drawn next, reading the records when it is time */
    if (scroll_key(&v->sc, v->n, key, LINES - 8))
        return;
    if ((key == K_ENTER || key == K_RIGHT) && v->n) {
        ui_push(ui, answers_screen_new(&v->rows[v->sc.sel]));
    } else if (key == 'i') {
        ui_push(ui, items_screen_new());
    } else if (key == 'r') {
        v->read_at = 0;
    } else if (key == 'q' || key == 'Q' || key == K_ESC) {
        if (ui->depth == 1)
            ui_quit(ui);
        else
            ui_pop(ui);
    }
}

static int inst_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    /* A narrow terminal keeps the keys only this screen has, and how to leave it. */
    bool narrow = COLS < 60;
    int n = 0;
    if (!narrow)
        out[n++] = (KeyHint){hint_arrows(), tr("Move")};
    out[n++] = (KeyHint){"Enter", tr("Answers")};
    out[n++] = (KeyHint){"i", tr("Items")};
    if (!narrow)
        out[n++] = (KeyHint){"?", tr("Help")};
    out[n++] = (KeyHint){"q", tr("Quit")};
    return n;
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
                "answers; i shows the item analysis of every question answered in a finished "
                "attempt; r reads the records again at once."),
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
