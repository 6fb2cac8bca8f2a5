/* End to end, the bundled course: a trainee takes every module's practice quiz and exam in the
 * shell, module after module in the order their requirements allow (the exam opens the next),
 * in English and in Spanish, and scores 100% each time. Each question on screen is found by its
 * prompt among the module's questions as the test loads them with the program's own loader, and
 * answered with what the module keys right: an option found by its text on screen, a typed
 * answer, a form's fields, an arrangement, a cell of a picture's grid. A generated question is
 * built again from its attempt's seed, as the shell builds it. A question that cannot be found or
 * answered, or that the program judges wrong, fails the test naming the module, the language, the
 * quiz and the question. And a generated form takes the answers it shows for many seeds, not only
 * those an attempt happens to draw. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/i18n.h"
#include "../tui/core/quiz.h"
#include "../tui/core/text.h"
#include "../tui/lua/host.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

/* A terminal where a question, its picture and its options fit without scrolling. */
enum { ROWS = 50, COLS = 120, WAIT_MS = 20000 };

typedef struct {
    Lang lang;
    bool listed; /* pictures off: a picture's cells are listed in words */
    Catalog cat; /* content/ as the test loads it */
    char *dir, *db;
    PtyTerm *t;
    Store *scratch; /* where the shell's attempts are drawn again (see replay) */
    int64_t scratch_trainee;
    /* Where the trainee is: the module, its quiz, the question's place and the question. */
    const Module *m;
    QuizMode mode;
    QuizRun replay;
    bool replayed;
    size_t at, n;
    const Question *q;
} Course;

static const char *localedir(void)
{
    const char *d = getenv("RASTRO_LOCALEDIR");
    return d && d[0] ? d : "build/locale";
}

/* Fails the test: where the trainee is, why, and the screen. */
static void course_fail(Course *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));
static void course_fail(Course *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *why = NULL;
    if (vasprintf(&why, fmt, ap) < 0)
        why = NULL;
    va_end(ap);
    char *where = c->m ? xasprintf("module %s (%s), %s, %s", c->m->id,
                                   ltext_get(&c->m->title, c->lang), lang_code(c->lang),
                                   c->mode == QUIZ_EXAM ? "exam" : "practice quiz")
                       : xasprintf("%s", lang_code(c->lang));
    char *question = c->q ? xasprintf(", question %zu of %zu, id %s (\"%s\")", c->at + 1, c->n,
                                      c->q->id, ltext_get(&c->q->prompt, c->lang))
                          : c->n ? xasprintf(", question %zu of %zu", c->at + 1, c->n)
                                 : xstrdup("");
    char *screen = c->t ? ptyterm_screen(c->t) : xstrdup("");
    ck_abort_msg("%s%s: %s\n--- screen ---\n%s", where, question, why ? why : fmt, screen);
    abort(); /* not reached */
}

/* s without its white space and list marks: text compared so is the same however the screen
 * wrapped it, and whether a list item starts with "- " as written or a bullet as drawn. */
static char *squeeze(const char *s)
{
    char *out = xmalloc(strlen(s) + 1), *o = out;
    while (*s) {
        if (strncmp(s, "\xE2\x80\xA2", 3) == 0) /* the bullet */
            s += 3;
        else if (strchr(" \n\t\r-", *s))
            s++;
        else
            *o++ = *s++;
    }
    *o = 0;
    return out;
}

static bool squeezed_in(const char *haystack, const char *text)
{
    char *needle = squeeze(text);
    bool in = needle[0] && strstr(haystack, needle);
    free(needle);
    return in;
}

/* The first of texts (NULL-terminated) on screen within timeout_ms: its index, or -1. */
static int wait_any(PtyTerm *t, const char *const *texts, int timeout_ms)
{
    double until = ptyterm_elapsed_ms(t) + timeout_ms;
    for (;;) {
        for (int i = 0; texts[i]; i++)
            if (ptyterm_contains(t, texts[i]))
                return i;
        if (ptyterm_elapsed_ms(t) > until)
            return -1;
        ptyterm_settle(t, 10, 50);
    }
}

static void expect(Course *c, const char *text)
{
    const char *texts[] = {text, NULL};
    if (wait_any(c->t, texts, WAIT_MS) < 0)
        course_fail(c, "'%s' never appeared", text);
}

static void key_times(PtyTerm *t, int key, size_t times)
{
    for (size_t i = 0; i < times; i++)
        ptyterm_key(t, key);
}

/* --- what the screen shows ---------------------------------------------------------------- */

/* The options, items or pairs of the question on screen, by place: each row "   3) text" (or
 * "   [ ] 3) text" for a multi), at the quiz's left margin, with the rows its text wraps onto. */
typedef struct {
    size_t n;
    char *text[QUESTION_MAX_OPTIONS]; /* squeezed */
} Places;

static void places_done(Places *p)
{
    for (size_t i = 0; i < p->n; i++)
        free(p->text[i]);
    p->n = 0;
}

static size_t indent_of(const char *row)
{
    size_t n = 0;
    while (row[n] == ' ')
        n++;
    return n;
}

/* The place number a row starts ("3) ", "[ ] 3) ", "[x] 3) ") and how long the prefix is. */
static int place_prefix(const char *s, size_t *len)
{
    size_t skip = 0;
    if ((strncmp(s, "[ ] ", 4) == 0 || strncmp(s, "[x] ", 4) == 0))
        skip = 4;
    if (s[skip] >= '1' && s[skip] <= '9' && s[skip + 1] == ')' && s[skip + 2] == ' ') {
        *len = skip + 3;
        return s[skip] - '0';
    }
    return 0;
}

static void read_places(Course *c, Places *p)
{
    p->n = 0;
    bool in = false;
    StrBuf b;
    strbuf_init(&b);
    for (int r = 1; r < ROWS - 1; r++) {
        char *row = ptyterm_row(c->t, r);
        size_t ind = indent_of(row), len = 0;
        int place = ind == 5 ? place_prefix(row + ind, &len) : 0;
        if (place) {
            if (in)
                p->text[p->n++] = squeeze(b.s);
            in = false;
            if ((size_t)place == p->n + 1 && p->n < QUESTION_MAX_OPTIONS) {
                strbuf_clear(&b);
                strbuf_puts(&b, row + ind + len);
                in = true;
            }
        } else if (in && ind > 5 && row[ind]) {
            strbuf_puts(&b, row + ind);
        } else if (in) {
            p->text[p->n++] = squeeze(b.s);
            in = false;
        }
        free(row);
    }
    if (in)
        p->text[p->n++] = squeeze(b.s);
    strbuf_done(&b);
}

/* The right-hand items of a match question as offered, under "Choices:", each "- text". */
static void read_choices(Course *c, Places *p)
{
    p->n = 0;
    bool under = false, in = false;
    StrBuf b;
    strbuf_init(&b);
    for (int r = 1; r < ROWS - 1; r++) {
        char *row = ptyterm_row(c->t, r);
        size_t ind = indent_of(row);
        if (!under) {
            under = strcmp(row + ind, tr("Choices:")) == 0;
        } else if (ind == 4 && strncmp(row + ind, "- ", 2) == 0) {
            if (in && p->n < QUESTION_MAX_OPTIONS)
                p->text[p->n++] = squeeze(b.s);
            strbuf_clear(&b);
            strbuf_puts(&b, row + ind + 2);
            in = true;
        } else if (in && ind > 4 && row[ind]) {
            strbuf_puts(&b, row + ind);
        } else {
            under = false;
        }
        free(row);
    }
    if (in && p->n < QUESTION_MAX_OPTIONS)
        p->text[p->n++] = squeeze(b.s);
    strbuf_done(&b);
}

/* The place (0-based) showing text, not taken yet in used (may be NULL); fails when none does. */
static size_t place_of(Course *c, const Places *p, const char *text, bool *used, const char *what)
{
    char *want = squeeze(text);
    for (size_t k = 0; k < p->n; k++)
        if ((!used || !used[k]) && strcmp(p->text[k], want) == 0) {
            free(want);
            if (used)
                used[k] = true;
            return k;
        }
    free(want);
    course_fail(c, "%s \"%s\" is not on screen (%zu places read)", what, text, p->n);
}

/* --- which question is asked --------------------------------------------------------------- */

static bool replay_generate(void *ctx, const Module *m, const Question *q, uint32_t seed,
                            Question *out)
{
    (void)ctx;
    Problems p = {0};
    bool ok = host_generate(m, q, seed, out, &p);
    problems_done(&p);
    return ok;
}

/* The attempt on screen drawn again as the shell drew it, from its seed (read from the database),
 * in a store of the test's own: its generated questions built for that seed, and which question
 * it asks at each place. */
static void replay(Course *c)
{
    if (c->replayed)
        return;
    long long seed = tu_sql_int(c->db, "SELECT seed FROM attempt ORDER BY id DESC LIMIT 1");
    if (seed == -1)
        course_fail(c, "no seed for the attempt in %s", c->db);
    QuizHooks hooks = {.generate = replay_generate};
    char err[256];
    if (!quiz_start_mode(&c->replay, c->scratch, c->scratch_trainee, c->m, c->mode, &hooks,
                         (uint32_t)seed, err, sizeof err))
        course_fail(c, "the attempt could not be drawn again: %s", err);
    c->replayed = true;
    if (c->replay.n_items != c->n)
        course_fail(c, "the attempt drawn again asks %zu questions", c->replay.n_items);
}

/* How many of q's options, items, fields or its caption the screen shows (squeezed): which of
 * several questions asked in the same words is on screen. */
static int signs_on_screen(Course *c, const Question *q, const char *screen)
{
    int n = squeezed_in(screen, ltext_get(&q->image.caption, c->lang));
    for (size_t i = 0; i < q->n_options; i++)
        n += squeezed_in(screen, ltext_get(&q->options[i], c->lang));
    for (size_t i = 0; i < q->n_fields; i++)
        n += squeezed_in(screen, ltext_get(&q->fields[i].label, c->lang));
    return n;
}

/* The question whose prompt the screen shows: the longest such prompt; among questions asked in
 * the same words, the one more of whose options are there; among questions that look the same
 * but for their picture, the one the attempt drew for this place. NULL when none is, and
 * *ambiguous when that still leaves more than one. */
static const Question *question_on_screen(Course *c, bool *ambiguous)
{
    char *raw = ptyterm_screen(c->t);
    char *screen = squeeze(raw);
    free(raw);
    enum { MAX = 128 };
    const Question *cand[MAX];
    size_t n = 0;
    for (size_t i = 0; i < c->m->n_questions && n < MAX; i++)
        if (!c->m->questions[i].generated)
            cand[n++] = &c->m->questions[i];
    for (size_t i = 0; i < c->replay.n_items && n < MAX; i++)
        if (c->replay.items[i].q->generated)
            cand[n++] = c->replay.items[i].q;
    const Question *best = NULL, *drawn = c->at < c->replay.n_items ? c->replay.items[c->at].q
                                                                     : NULL;
    size_t best_len = 0;
    int best_signs = -1;
    bool tied = false, drawn_tied = false;
    for (size_t i = 0; i < n; i++) {
        char *prompt = squeeze(ltext_get(&cand[i]->prompt, c->lang));
        size_t len = strlen(prompt);
        int signs = len && strstr(screen, prompt) ? signs_on_screen(c, cand[i], screen) : -1;
        free(prompt);
        if (signs < 0 || len < best_len || (len == best_len && signs < best_signs))
            continue;
        if (len == best_len && signs == best_signs) {
            tied = true;
            drawn_tied = drawn_tied || cand[i] == drawn || best == drawn;
            continue;
        }
        best = cand[i], best_len = len, best_signs = signs;
        tied = false, drawn_tied = false;
    }
    free(screen);
    if (tied && drawn_tied)
        return drawn;
    *ambiguous = tied;
    return best;
}

/* Waits for the question at c->at to be drawn whole (its number in the title, the keys that
 * answer it in the bar at the bottom, drawn last), and finds it. */
static void find_question(Course *c)
{
    char *title = xasprintf(c->mode == QUIZ_EXAM ? tr("Exam: question %zu of %zu")
                                                 : tr("Practice: question %zu of %zu"),
                            c->at + 1, c->n);
    expect(c, title);
    free(title);
    char *keys = xasprintf("Enter %s", tr("Answer"));
    for (int waited = 0;; waited += 50) {
        char *bar = ptyterm_row(c->t, ROWS - 1);
        bool drawn = strstr(bar, keys) != NULL;
        free(bar);
        if (drawn)
            break;
        if (waited > WAIT_MS)
            course_fail(c, "the question is not drawn whole ('%s' is not in the key bar)", keys);
        ptyterm_settle(c->t, 10, 50);
    }
    free(keys);
    if (c->at == 0)
        replay(c);
    bool ambiguous = false;
    for (int tries = 0; tries < 10 && !c->q; tries++) {
        if (tries)
            ptyterm_settle(c->t, 50, 200);
        c->q = question_on_screen(c, &ambiguous);
    }
    if (!c->q)
        course_fail(c, "no question of the module has the prompt on screen");
    if (ambiguous)
        course_fail(c, "more than one question of the module could be the one on screen (%s)",
                    c->q->id);
    /* What the attempt's seed draws is what the shell asks (a resumed attempt relies on it). */
    const Question *drawn = c->replay.items[c->at].q;
    if (c->q != drawn)
        course_fail(c, "its attempt's seed draws %s at this place", drawn->id);
}

/* --- answering ------------------------------------------------------------------------------ */

/* A number as the trainee types it: in Spanish with a decimal comma. */
static char *number_typed(Course *c, double v)
{
    char *s = v == (double)(long long)v ? xasprintf("%lld", (long long)v) : xasprintf("%.10g", v);
    if (c->lang == LANG_ES)
        for (char *p = s; *p; p++)
            if (*p == '.')
                *p = ',';
    return s;
}

static void type_line(Course *c, const char *text)
{
    if (!text || !text[0])
        course_fail(c, "no right answer to type");
    ptyterm_send(c->t, text);
    ptyterm_key(c->t, VTERM_KEY_ENTER);
}

static void answer_options(Course *c, const Question *q)
{
    Places p;
    read_places(c, &p);
    if (p.n != q->n_options)
        course_fail(c, "%zu options on screen, the question has %zu", p.n, q->n_options);
    bool used[QUESTION_MAX_OPTIONS] = {false};
    for (size_t i = 0; i < q->n_options; i++) {
        bool right = q->type == QUESTION_MULTI ? (q->answers >> i) & 1 : i == q->answer;
        if (!right)
            continue;
        size_t k = place_of(c, &p, ltext_get(&q->options[i], c->lang), used, "the right option");
        char digit[2] = {(char)('1' + k), 0};
        ptyterm_send(c->t, digit);
    }
    if (q->type == QUESTION_MULTI)
        ptyterm_key(c->t, VTERM_KEY_ENTER);
    places_done(&p);
}

/* Each item in turn to its place: picked up where it is, carried up, put down. */
static void answer_order(Course *c, const Question *q)
{
    Places p;
    read_places(c, &p);
    size_t n = q->n_options, item_at[QUESTION_MAX_OPTIONS];
    if (p.n != n)
        course_fail(c, "%zu items on screen, the question has %zu", p.n, n);
    bool used[QUESTION_MAX_OPTIONS] = {false};
    for (size_t i = 0; i < n; i++)
        item_at[place_of(c, &p, ltext_get(&q->options[i], c->lang), used, "the item")] = i;
    places_done(&p);
    size_t sel = 0;
    for (size_t k = 0; k < n; k++) {
        size_t j = k;
        while (item_at[j] != k)
            j++;
        if (j == k)
            continue;
        key_times(c->t, j > sel ? VTERM_KEY_DOWN : VTERM_KEY_UP, j > sel ? j - sel : sel - j);
        ptyterm_send(c->t, " ");
        key_times(c->t, VTERM_KEY_UP, j - k);
        ptyterm_send(c->t, " ");
        memmove(&item_at[k + 1], &item_at[k], (j - k) * sizeof item_at[0]);
        item_at[k] = k;
        sel = k;
    }
    ptyterm_key(c->t, VTERM_KEY_ENTER);
}

/* Each item in turn, its match chosen by stepping through the choices as offered. */
static void answer_match(Course *c, const Question *q)
{
    Places p;
    read_choices(c, &p);
    if (p.n != q->n_right)
        course_fail(c, "%zu choices on screen, the question has %zu", p.n, q->n_right);
    bool used[QUESTION_MAX_OPTIONS] = {false};
    for (size_t i = 0; i < q->n_options; i++) {
        size_t k = place_of(c, &p, ltext_get(&q->right[i], c->lang), used, "the match");
        key_times(c->t, VTERM_KEY_RIGHT, k + 1);
        ptyterm_key(c->t, VTERM_KEY_DOWN);
    }
    places_done(&p);
    ptyterm_key(c->t, VTERM_KEY_ENTER);
}

/* Each field's right value, Tab to the next, Enter on the last. */
static void answer_form(Course *c, const Question *q)
{
    for (size_t k = 0; k < q->n_fields; k++) {
        const FormField *f = &q->fields[k];
        char *value = f->rule == FIELD_NUMERIC ? number_typed(c, f->value)
                      : !ltext_empty(&f->shown) ? xstrdup(ltext_get(&f->shown, c->lang))
                      : f->n_accepted           ? xstrdup(f->accepted[0])
                                                : NULL;
        if (!value)
            course_fail(c, "its field %s has no right answer to type", f->name);
        ptyterm_send(c->t, value);
        free(value);
        ptyterm_key(c->t, k + 1 < q->n_fields ? VTERM_KEY_TAB : VTERM_KEY_ENTER);
    }
}

/* The first right cell, reached from where the frame starts (the middle of the grid, or with
 * pictures off the top of the list of cells), named on the bottom line before Enter. */
static void answer_locate(Course *c, const Question *q)
{
    unsigned col = 0, row = 0;
    while (!locate_cell_right(q, col, row))
        if (++col == q->grid_cols) {
            col = 0;
            if (++row == q->grid_rows)
                course_fail(c, "no cell of its grid is right");
        }
    if (c->listed) {
        key_times(c->t, VTERM_KEY_DOWN, row * q->grid_cols + col);
    } else {
        unsigned c0 = q->grid_cols / 2, r0 = q->grid_rows / 2;
        key_times(c->t, col < c0 ? VTERM_KEY_LEFT : VTERM_KEY_RIGHT,
                  col < c0 ? c0 - col : col - c0);
        key_times(c->t, row < r0 ? VTERM_KEY_UP : VTERM_KEY_DOWN, row < r0 ? r0 - row : row - r0);
    }
    char cell[8], letter[2] = {(char)('A' + col), 0};
    locate_cell_name(col, row, cell, sizeof cell);
    char *words = xasprintf(tr("%s: column %s, row %u"), cell, letter, row + 1);
    char *foot = xasprintf(c->listed ? tr("Pointing at %s. Up and Down choose; Enter answers.")
                                     : tr("Pointing at %s. Arrows move the frame; Enter answers."),
                           words);
    expect(c, foot);
    free(foot);
    free(words);
    ptyterm_key(c->t, VTERM_KEY_ENTER);
}

static void answer(Course *c, const Question *q)
{
    switch (q->type) {
    case QUESTION_CHOICE:
    case QUESTION_TRUEFALSE:
    case QUESTION_MULTI: answer_options(c, q); break;
    case QUESTION_ORDER: answer_order(c, q); break;
    case QUESTION_MATCH: answer_match(c, q); break;
    case QUESTION_TEXT: type_line(c, ltext_get(&q->model_answer, c->lang)); break;
    case QUESTION_SERIAL: type_line(c, q->n_accepted ? q->accepted[0] : NULL); break;
    case QUESTION_NUMERIC: {
        char *v = number_typed(c, q->value);
        type_line(c, v);
        free(v);
        break;
    }
    case QUESTION_FORM: answer_form(c, q); break;
    case QUESTION_LOCATE: answer_locate(c, q); break;
    default:
        course_fail(c, "a kind of question the test cannot answer: %s",
                    question_type_name(q->type));
    }
}

/* After the answer: saved, and right (in practice the feedback says so; in an exam, which
 * shows none until the results, the answer as stored). */
static void check_right(Course *c)
{
    bool last = c->at + 1 == c->n;
    const char *texts[] = {
        last ? tr("Saved. Enter: see your score") : tr("Saved. Enter: next question"),
        tr("Saved. Enter: try again"),
        tr("Your answer was not saved."),
        tr("Tick at least one answer first."),
        tr("Match every item first."),
        tr("Type an answer first."),
        tr("Type a number, such as 9 or 7.62."),
        NULL,
    };
    int got = wait_any(c->t, texts, WAIT_MS);
    if (got < 0)
        course_fail(c, "the answer was not acknowledged");
    if (got == 1)
        course_fail(c, "the answer the module keys right was judged wrong");
    if (got > 1)
        course_fail(c, "the answer was not taken: %s", texts[got]);
    if (c->mode == QUIZ_PRACTICE) {
        ptyterm_settle(c->t, 20, 300);
        if (!ptyterm_contains(c->t, tr("Correct.")))
            course_fail(c, "the answer the module keys right is not said to be correct");
        return;
    }
    char *sql = xasprintf("SELECT correct FROM answer WHERE id = (SELECT max(id) FROM answer) "
                          "AND question_id = '%s'", c->q->id);
    long long right = tu_sql_int(c->db, sql);
    free(sql);
    if (right != 1)
        course_fail(c, "the exam stored the answer the module keys right %s",
                    right == 0 ? "as wrong" : "under another question, or not at all");
}

/* --- the course ----------------------------------------------------------------------------- */

/* Takes the module's quiz in mode from its screen, every question right, to the results and
 * back. */
static void take_quiz(Course *c, QuizMode mode)
{
    const Module *m = c->m;
    const QuizSettings *set = module_quiz(m, mode);
    if (!set)
        course_fail(c, "the module has no %s", mode == QUIZ_EXAM ? "exam" : "practice quiz");
    c->mode = mode;
    c->n = quiz_length(m, set);
    c->replayed = false;
    /* Its item on the module's menu: the lesson first, then the practice quiz, then the exam. */
    char item[2] = {(char)('1' + (m->n_pages ? 1 : 0) + (mode == QUIZ_EXAM)), 0};
    ptyterm_send(c->t, item);
    for (c->at = 0; c->at < c->n; c->at++) {
        c->q = NULL;
        find_question(c);
        answer(c, c->q);
        check_right(c);
        ptyterm_key(c->t, VTERM_KEY_ENTER);
    }
    c->q = NULL;
    char *n = xasprintf("%zu", c->n);
    char *score = xasprintf(tr("Your score: %s of %.0f (%.0f%%)"), n, (double)c->n, 100.0);
    free(n);
    expect(c, score);
    free(score);
    char *verdict = xasprintf(mode == QUIZ_EXAM ? tr("Passed (pass mark %.0f%%).")
                                                : tr("Practice passed (pass mark %.0f%%)."),
                              set->pass);
    expect(c, verdict);
    free(verdict);
    if (c->replayed)
        quiz_done(&c->replay);
    memset(&c->replay, 0, sizeof c->replay);
    c->replayed = false;
    c->n = 0;
    /* Back on the module's screen, with the score. */
    ptyterm_key(c->t, VTERM_KEY_ENTER);
    char *last = xasprintf(mode == QUIZ_EXAM ? tr("Exam: last score %.0f%%.")
                                             : tr("Practice quiz: last score %.0f%%."),
                           100.0);
    expect(c, last);
    free(last);
}

/* Opens module i of the main menu (the catalogue's order, which the shell's is) from the main
 * menu: it must be open, its requirements passed. */
static void open_module(Course *c, size_t i)
{
    c->m = c->cat.modules[i];
    ptyterm_key(c->t, VTERM_KEY_HOME);
    key_times(c->t, VTERM_KEY_DOWN, i);
    ptyterm_key(c->t, VTERM_KEY_ENTER);
    size_t n = quiz_length(c->m, module_quiz(c->m, QUIZ_PRACTICE));
    char *label = xasprintf(trn("Practice quiz (%zu question)", "Practice quiz (%zu questions)", n),
                            n);
    const char *texts[] = {label, NULL};
    if (wait_any(c->t, texts, WAIT_MS) < 0)
        course_fail(c, "the module did not open from the main menu (item %zu), its requirements "
                    "passed", i + 1);
    free(label);
    char *title = ptyterm_row(c->t, 0);
    if (!strstr(title, ltext_get(&c->m->title, c->lang)))
        course_fail(c, "another module opened: %s", title);
    free(title);
}

static void course_setup(Course *c, Lang lang)
{
    memset(c, 0, sizeof *c);
    c->lang = lang;
    c->listed = lang == LANG_ES;
    i18n_init(&lang, localedir());
    catalog_init(&c->cat);
    host_load_dir(&c->cat, "content", NULL);
    catalog_check_requires(&c->cat, PROBLEM_ERROR);
    catalog_sort(&c->cat);
    if (problems_count(&c->cat.problems, PROBLEM_ERROR)) {
        char *first = xasprintf("%s:%d: %s", c->cat.problems.items[0].file,
                                c->cat.problems.items[0].line, c->cat.problems.items[0].message);
        course_fail(c, "content/ has errors: %s", first);
    }
    ck_assert_uint_ge(c->cat.n, 13);
    c->dir = tu_tmpdir();
    ck_assert_ptr_nonnull(c->dir);
    char *scratch = xasprintf("%s/scratch", c->dir);
    ck_assert_int_eq(mkdir(scratch, 0700), 0);
    c->scratch = tu_store_with_trainee(scratch, "GT", &c->scratch_trainee);
    free(scratch);
    /* Kim, whose language is the one the shell will speak once she is chosen. */
    c->db = xasprintf("%s/rastro.db", c->dir);
    char *argv[] = {(char *)tu_rastro(), "--db", c->db, "trainee", "add", "--name", "Kim",
                    "--country", "GT", "--lang", (char *)lang_code(lang), NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
}

static void course_done(Course *c)
{
    ptyterm_free(c->t);
    store_close(c->scratch);
    catalog_done(&c->cat);
    tu_rmrf(c->dir);
    free(c->dir);
    free(c->db);
}

/* Every module in the main menu's order: its practice quiz, then its exam. */
static void take_course(Lang lang)
{
    Course c;
    course_setup(&c, lang);
    /* English with pictures drawn (a frame over a picture's grid), Spanish with pictures off (the
     * grid's cells listed in words); the shell speaks the trainee's language. */
    char *argv[] = {(char *)tu_rastro(), "--db", c.db, "--content", "content", "--pictures",
                    c.listed ? "none" : "auto", NULL};
    c.t = tu_pty(argv, "C.UTF-8", NULL, ROWS, COLS);
    expect(&c, "Kim");
    ptyterm_key(c.t, VTERM_KEY_ENTER);
    expect(&c, tr("Choose a module."));
    for (size_t i = 0; i < c.cat.n; i++) {
        open_module(&c, i);
        take_quiz(&c, QUIZ_PRACTICE);
        take_quiz(&c, QUIZ_EXAM);
        ptyterm_send(c.t, "q");
        expect(&c, tr("Choose a module."));
    }
    c.m = NULL;
    ptyterm_send(c.t, "q");
    ptyterm_send(c.t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(c.t, 5000), 0);
    /* The records agree: every module passed (by its exam, whose answers alone count), at 100%. */
    size_t answers = 0;
    for (size_t i = 0; i < c.cat.n; i++)
        answers += quiz_length(c.cat.modules[i], module_quiz(c.cat.modules[i], QUIZ_EXAM));
    char *out = NULL, *err = NULL, *content = realpath("content", NULL);
    int rc = tu_rastro_run(tu_in_dir(NULL, c.dir), &out, &err, "--db", c.db, "--content",
                           content, "--lang", "en", "report", "trainees", "--format", "csv", NULL);
    free(content);
    char *row = xasprintf("Kim,,GT,Guatemala,%zu,%zu,100.0", answers, c.cat.n);
    ck_assert_msg(rc == 0 && strstr(out, row), "%s: not in the trainees' report:\n%s%s", row, out,
                  err);
    free(row);
    free(out);
    free(err);
    course_done(&c);
}

START_TEST(the_whole_course_in_english)
{
    take_course(LANG_EN);
}
END_TEST

START_TEST(the_whole_course_in_spanish)
{
    take_course(LANG_ES);
}
END_TEST

/* Generated form q of m built for seed: in each language, every field scores full marks for the
 * answer the form shows as right (its checks run as the shell runs them). */
static void form_takes_its_answers(const Module *m, const Question *q, uint32_t seed)
{
    Question g;
    Problems p = {0};
    ck_assert_msg(host_generate(m, q, seed, &g, &p), "%s %s seed %u: not built", m->id, q->id,
                  seed);
    for (Lang lang = LANG_EN; lang < LANG_COUNT; lang++) {
        const char *values[QUESTION_MAX_FIELDS];
        char *typed[QUESTION_MAX_FIELDS];
        for (size_t f = 0; f < g.n_fields; f++) {
            const FormField *ff = &g.fields[f];
            typed[f] = ff->rule == FIELD_NUMERIC ? xasprintf("%g", ff->value)
                                                 : xstrdup(ltext_get(&ff->shown, lang));
            values[f] = typed[f];
        }
        FieldCheck checks[QUESTION_MAX_FIELDS] = {0};
        ck_assert_msg(host_check_fields(m, &g, values, checks, &p), "%s %s seed %u: not checked",
                      m->id, q->id, seed);
        for (size_t f = 0; f < g.n_fields; f++) {
            const FormField *ff = &g.fields[f];
            double score = ff->rule == FIELD_CHECK ? checks[f].score
                                                   : form_field_score(ff, values[f]);
            ck_assert_msg(score >= 1, "module %s, %s, question %s, seed %u: field %s scores %.2f "
                          "for the answer it shows, \"%s\"", m->id, lang_code(lang), q->id, seed,
                          ff->name, score, values[f]);
            ltext_done(&checks[f].message);
            free(typed[f]);
        }
    }
    problems_done(&p);
    question_done(&g);
}

/* A generated form's checks accept, for every seed, the answer the form shows as right (what the
 * course above types): a case the shell may draw one day is answerable too, and the course above
 * does not fail on a rare seed. Seeds 1 to 200, in both languages. */
START_TEST(generated_forms_take_their_answers_for_every_seed)
{
    Catalog cat;
    catalog_init(&cat);
    host_load_dir(&cat, "content", NULL);
    size_t forms = 0;
    for (size_t i = 0; i < cat.n; i++)
        for (size_t k = 0; k < cat.modules[i]->n_questions; k++) {
            const Question *q = &cat.modules[i]->questions[k];
            if (!q->generated || q->type != QUESTION_FORM)
                continue;
            forms++;
            for (uint32_t seed = 1; seed <= 200; seed++)
                form_takes_its_answers(cat.modules[i], q, seed);
        }
    ck_assert_uint_ge(forms, 1);
    catalog_done(&cat);
}
END_TEST

Suite *e2e_course_suite(void)
{
    Suite *s = suite_create("e2e_course");
    TCase *tc = tcase_create("english");
    /* About 15 s each; more under the sanitizers, on a busy machine. */
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, the_whole_course_in_english);
    suite_add_tcase(s, tc);
    tc = tcase_create("spanish");
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, the_whole_course_in_spanish);
    suite_add_tcase(s, tc);
    tc = tcase_create("generated");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, generated_forms_take_their_answers_for_every_seed);
    suite_add_tcase(s, tc);
    return s;
}
