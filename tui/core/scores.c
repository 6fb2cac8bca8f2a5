/* Scores per trainee and competency, and modules passed, for reports, history and certificates. */
#include "scores.h"

#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "csv.h"
#include "i18n.h"
#include "pass.h"
#include "quiz.h"
#include "store_internal.h"

#define TRAINEE_FILTER                                                                            \
    " (?1 = 0 OR a.trainee_id IN (SELECT trainee_id FROM workshop_member WHERE workshop_id = ?1))" \
    " AND (?2 = 0 OR a.trainee_id = ?2)"

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_competency(char ***list, size_t *n, size_t *cap, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*list)[i], name))
            return;
    *list = xgrow(*list, *n, cap, sizeof **list);
    (*list)[(*n)++] = xstrdup(name);
}

/* Every competency the catalogue's questions name, sorted. */
static void collect_competencies(const Catalog *c, ScoreTable *t)
{
    size_t cap = 0;
    for (size_t m = 0; m < c->n; m++) {
        const Module *mod = c->modules[m];
        for (size_t q = 0; q < mod->n_questions; q++) {
            const Question *qu = &mod->questions[q];
            for (size_t k = 0; k < qu->n_tags; k++)
                add_competency(&t->competencies, &t->n_competencies, &cap, qu->tags[k]);
            if (!qu->n_tags)
                add_competency(&t->competencies, &t->n_competencies, &cap, mod->id);
        }
    }
    if (t->n_competencies)
        qsort(t->competencies, t->n_competencies, sizeof *t->competencies, cmp_str);
}

static ScoreCell *cell(ScoreTable *t, ScoreRow *row, const char *competency)
{
    char **hit = t->n_competencies ? bsearch(&competency, t->competencies, t->n_competencies,
                                             sizeof *t->competencies, cmp_str) : NULL;
    return hit ? &row->cells[hit - t->competencies] : NULL;
}

/* The row of trainee_id; *last is the previous hit, checked first as rows come grouped. */
static ScoreRow *row_of(ScoreTable *t, int64_t trainee_id, size_t *last)
{
    if (*last < t->n_rows && t->rows[*last].trainee.id == trainee_id)
        return &t->rows[*last];
    for (size_t i = 0; i < t->n_rows; i++)
        if (t->rows[i].trainee.id == trainee_id) {
            *last = i;
            return &t->rows[i];
        }
    return NULL;
}

static bool read_answers(Store *s, const Catalog *c, ScoreTable *t, int64_t workshop_id,
                         int64_t trainee_id, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s,
        "SELECT a.trainee_id, a.module_id, n.question_id, sum(n.score), sum(n.max_score), count(*),"
        "  a.mode"
        " FROM answer n JOIN attempt a ON a.id = n.attempt_id"
        " WHERE n.final = 1 AND a.finished_at IS NOT NULL AND a.mode <> 'review' AND" TRAINEE_FILTER
        " GROUP BY a.trainee_id, a.module_id, n.question_id, a.mode", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_int64(st, 2, trainee_id);
    const Module *mod = NULL;
    size_t last = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ScoreRow *row = row_of(t, sqlite3_column_int64(st, 0), &last);
        if (!row)
            continue;
        const char *module_id = (const char *)sqlite3_column_text(st, 1);
        if (!mod || strcmp(mod->id, module_id) != 0)
            mod = catalog_find(c, module_id);
        /* Practice beside an exam is practice: only what can pass the module counts. */
        if (mod && !pass_counts(mod, attempt_mode_parse((const char *)sqlite3_column_text(st, 6))))
            continue;
        ScoreCell add = {sqlite3_column_double(st, 3), sqlite3_column_double(st, 4),
                         sqlite3_column_int(st, 5)};
        row->total.score += add.score;
        row->total.max += add.max;
        row->total.answers += add.answers;
        const Question *q = mod ? module_question(mod, (const char *)sqlite3_column_text(st, 2)) : NULL;
        if (!q)
            continue;
        for (size_t k = 0; k < q->n_tags || (!q->n_tags && k == 0); k++) {
            ScoreCell *cl = cell(t, row, q->n_tags ? q->tags[k] : mod->id);
            if (cl) {
                cl->score += add.score;
                cl->max += add.max;
                cl->answers += add.answers;
            }
        }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot read scores");
}

/* A final answer as stored: how it went, and its 1-based place in the attempt. */
typedef struct {
    PassAnswer a; /* question id owned */
    int position;
} StoredAnswer;

/* A finished practice or exam attempt as stored: its row and its final answers. */
typedef struct {
    int64_t id, trainee_id;
    char *module_id;
    double score, max;
    char date[11];     /* YYYY-MM-DD it was finished */
    uint32_t seed;     /* drew its questions */
    AttemptMode mode;  /* practice or exam */
    StoredAnswer *answers; /* its final answers, in the order of their places */
    size_t n, cap;
} StoredAttempt;

static void stored_clear(StoredAttempt *a)
{
    free(a->module_id);
    a->module_id = NULL;
    for (size_t i = 0; i < a->n; i++)
        free((char *)a->answers[i].a.question_id);
    a->n = 0;
}

/* Whether the stored attempt a at m passes by the pass rule, judged by m's settings: the quiz
 * that decides a pass, whose attempts alone are handed here (pass_counts). No row says which
 * questions an
 * attempt left unanswered (an exam whose time ran out), but its seed draws them again: when the
 * draw puts each answer's question at its place (the module's questions have not changed since),
 * the questions at the other places count as unanswered; otherwise only the answers count. */
static bool stored_passes(const Module *m, const StoredAttempt *a)
{
    size_t *pick = xcalloc(m->n_questions ? m->n_questions : 1, sizeof *pick);
    uint64_t st = a->seed;
    size_t drawn = quiz_draw_questions(m, &m->settings, &st, pick);
    bool same = true;
    for (size_t k = 0; k < a->n && same; k++) {
        int p = a->answers[k].position;
        same = p >= 1 && (size_t)p <= drawn &&
               strcmp(m->questions[pick[p - 1]].id, a->answers[k].a.question_id) == 0;
    }
    PassAnswer *asked = xcalloc(drawn + a->n + 1, sizeof *asked);
    size_t n = 0;
    if (same) {
        size_t k = 0; /* the answers come in the order of their places */
        for (size_t p = 1; p <= drawn; p++) {
            const Question *q = &m->questions[pick[p - 1]];
            asked[n] = (PassAnswer){.question_id = q->id, .max = question_max_score(q)};
            while (k < a->n && (size_t)a->answers[k].position < p)
                k++;
            if (k < a->n && (size_t)a->answers[k].position == p)
                asked[n] = a->answers[k].a;
            n++;
        }
    } else {
        for (; n < a->n; n++)
            asked[n] = a->answers[n].a;
    }
    PassResult r;
    pass_judge(m, &m->settings, asked, n, a->score, a->max, &r);
    bool passed = r.passed;
    pass_result_done(&r);
    free(asked);
    free(pick);
    return passed;
}

/* What the attempts say of one module: called with each judged attempt. */
typedef void (*AttemptFn)(void *ctx, const Module *m, const StoredAttempt *a, bool passed);

/* Judges module m's (NULL: every module's) finished practice and exam attempts of the trainees
 * of workshop_id (0: all) or of trainee_id (0: all), in each trainee's order of finishing, and
 * hands each to fn with the module (NULL when c does not have it) and whether it passes (never
 * at a module c does not have, nor a practice attempt at a module with an exam). */
static bool judge_attempts(Store *s, const Catalog *c, const Module *m, int64_t workshop_id,
                           int64_t trainee_id, AttemptFn fn, void *ctx, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s,
        "SELECT a.id, a.trainee_id, a.module_id, a.score, a.max_score, date(a.finished_at),"
        "  coalesce(a.seed, 0), n.question_id, n.position, coalesce(n.correct, n.score >= n.max_score),"
        "  n.score, n.max_score, a.mode"
        " FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id AND n.final = 1"
        " WHERE a.finished_at IS NOT NULL AND a.max_score > 0 AND a.mode <> 'review'"
        " AND (?3 IS NULL OR a.module_id = ?3) AND" TRAINEE_FILTER
        " ORDER BY a.trainee_id, a.finished_at, a.id, n.position", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_int64(st, 2, trainee_id);
    if (m)
        sqlite3_bind_text(st, 3, m->id, -1, SQLITE_STATIC);
    StoredAttempt a = {0};
    const Module *mod = NULL;
    int rc;
    for (;;) {
        rc = sqlite3_step(st);
        int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
        if (a.module_id && (rc != SQLITE_ROW || id != a.id)) {
            if (!mod || strcmp(mod->id, a.module_id) != 0)
                mod = m ? m : catalog_find(c, a.module_id);
            fn(ctx, mod, &a, mod && mod->n_questions && pass_counts(mod, a.mode) &&
                             stored_passes(mod, &a));
            stored_clear(&a);
        }
        if (rc != SQLITE_ROW)
            break;
        if (!a.module_id) {
            a.id = id;
            a.trainee_id = sqlite3_column_int64(st, 1);
            a.module_id = store_column_dup(st, 2);
            a.score = sqlite3_column_double(st, 3);
            a.max = sqlite3_column_double(st, 4);
            const char *date = (const char *)sqlite3_column_text(st, 5);
            snprintf(a.date, sizeof a.date, "%s", date ? date : "");
            a.seed = (uint32_t)sqlite3_column_int64(st, 6);
            a.mode = attempt_mode_parse((const char *)sqlite3_column_text(st, 12));
        }
        if (sqlite3_column_type(st, 7) == SQLITE_NULL)
            continue; /* an attempt without answers */
        a.answers = xgrow(a.answers, a.n, &a.cap, sizeof *a.answers);
        a.answers[a.n++] = (StoredAnswer){
            {.question_id = store_column_dup(st, 7), .answered = true,
             .correct = sqlite3_column_int(st, 9) != 0, .score = sqlite3_column_double(st, 10),
             .max = sqlite3_column_double(st, 11)},
            sqlite3_column_int(st, 8)};
    }
    stored_clear(&a);
    free(a.answers);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot read attempts");
}

static ModuleResult *module_result(ModuleResult **list, size_t *n, const char *module_id)
{
    for (size_t i = 0; i < *n; i++)
        if (!strcmp((*list)[i].module_id, module_id))
            return &(*list)[i];
    *list = xrealloc(*list, (*n + 1) * sizeof **list);
    ModuleResult *r = &(*list)[(*n)++];
    *r = (ModuleResult){.module_id = xstrdup(module_id), .best_pct = -1, .passed_pct = -1,
                        .practice_pct = -1};
    return r;
}

/* Notes one attempt at m (NULL when not loaded) in r: its score, and when it passes, the first
 * date and the best score. */
static bool note_result(ModuleResult *r, const Module *m, const StoredAttempt *a, bool passed)
{
    double pct = 100.0 * a->score / a->max;
    double *best = !m || pass_counts(m, a->mode) ? &r->best_pct : &r->practice_pct;
    if (pct > *best)
        *best = pct;
    if (!passed)
        return false;
    if (pct > r->passed_pct)
        r->passed_pct = pct;
    if (r->passed[0])
        return false;
    snprintf(r->passed, sizeof r->passed, "%s", a->date);
    return true;
}

typedef struct {
    ScoreTable *t;
    size_t last; /* row of the previous attempt */
} TableCtx;

static void note_in_table(void *ctx, const Module *m, const StoredAttempt *a, bool passed)
{
    TableCtx *tc = ctx;
    ScoreRow *row = row_of(tc->t, a->trainee_id, &tc->last);
    if (row && note_result(module_result(&row->modules, &row->n_modules, a->module_id), m, a,
                           passed))
        row->passed++;
}

static void note_one(void *ctx, const Module *m, const StoredAttempt *a, bool passed)
{
    note_result(ctx, m, a, passed);
}

bool scores_module(Store *s, const Module *m, int64_t trainee_id, ModuleResult *out, char *err,
                   size_t errlen)
{
    *out = (ModuleResult){.best_pct = -1, .passed_pct = -1, .practice_pct = -1};
    return judge_attempts(s, NULL, m, 0, trainee_id, note_one, out, err, errlen);
}

bool scores_read(Store *s, const Catalog *catalog, int64_t workshop_id, int64_t trainee_id,
                 ScoreTable *t, char *err, size_t errlen)
{
    memset(t, 0, sizeof *t);
    collect_competencies(catalog, t);
    Trainee *list;
    size_t n;
    if (!store_roster(s, workshop_id, &list, &n, err, errlen)) {
        scores_done(t);
        return false;
    }
    t->rows = xcalloc(n ? n : 1, sizeof *t->rows);
    for (size_t i = 0; i < n; i++) {
        if (trainee_id && list[i].id != trainee_id) {
            trainee_done(&list[i]);
            continue;
        }
        ScoreRow *row = &t->rows[t->n_rows++];
        row->trainee = list[i]; /* takes its strings */
        row->cells = xcalloc(t->n_competencies ? t->n_competencies : 1, sizeof *row->cells);
    }
    free(list);
    TableCtx tc = {t, 0};
    bool ok = read_answers(s, catalog, t, workshop_id, trainee_id, err, errlen) &&
              judge_attempts(s, catalog, NULL, workshop_id, trainee_id, note_in_table, &tc, err,
                             errlen);
    if (!ok)
        scores_done(t);
    return ok;
}

void scores_done(ScoreTable *t)
{
    for (size_t i = 0; i < t->n_competencies; i++)
        free(t->competencies[i]);
    free(t->competencies);
    for (size_t i = 0; i < t->n_rows; i++) {
        trainee_done(&t->rows[i].trainee);
        free(t->rows[i].cells);
        for (size_t k = 0; k < t->rows[i].n_modules; k++)
            free(t->rows[i].modules[k].module_id);
        free(t->rows[i].modules);
    }
    free(t->rows);
    memset(t, 0, sizeof *t);
}

double score_pct(const ScoreCell *c)
{
    return c->max > 0 ? 100.0 * c->score / c->max : -1;
}

/* A cell's percent: right-aligned in width columns for text, bare for CSV (width 0); "-" or
 * empty when it has no marks. */
static void print_pct(FILE *f, const ScoreCell *c, int width)
{
    double p = score_pct(c);
    if (!width) {
        if (p >= 0)
            fprintf(f, "%.1f", p);
    } else if (p < 0) {
        fprintf(f, " %*s", width, "-");
    } else {
        fprintf(f, " %*.0f", width, p);
    }
}

const char *scores_column_title(const Catalog *c, const char *competency, Lang lang)
{
    if (catalog_competency(c, competency) || !catalog_find(c, competency))
        return catalog_competency_title(c, competency, lang);
    return catalog_title(c, competency, lang);
}

/* A competency's column: as wide as its title (at least 4). */
static int column_width(const char *title)
{
    int w = text_width(title);
    return w < 4 ? 4 : w;
}

void scores_print(FILE *f, const ScoreTable *t, const Catalog *catalog, bool csv)
{
    Lang lang = i18n_lang();
    if (csv) {
        fputs("trainee,agency,country,country_name,answers,modules_passed,overall_pct", f);
        for (size_t k = 0; k < t->n_competencies; k++) {
            fputc(',', f);
            csv_field(f, t->competencies[k]);
        }
        fputc('\n', f);
        for (size_t i = 0; i < t->n_rows; i++) {
            const ScoreRow *r = &t->rows[i];
            csv_field(f, r->trainee.name);
            fputc(',', f);
            csv_field(f, r->trainee.agency);
            fputc(',', f);
            csv_field(f, r->trainee.country);
            fputc(',', f);
            csv_field(f, country_name(r->trainee.country, lang));
            fprintf(f, ",%d,%d,", r->total.answers, r->passed);
            print_pct(f, &r->total, 0);
            for (size_t k = 0; k < t->n_competencies; k++) {
                fputc(',', f);
                print_pct(f, &r->cells[k], 0);
            }
            fputc('\n', f);
        }
        return;
    }
    /* TRANSLATORS: headings of the report per trainee (rastro report trainees); "passed" counts
     * the modules passed, "overall" is the score over every answer. */
    const char *head[] = {tr("trainee"), tr("country"), tr("answers"), tr("passed"),
                          tr("overall")};
    int w_answers = text_width_min(head[2], 7), w_passed = text_width_min(head[3], 6),
        w_overall = text_width_min(head[4], 7);
    text_put_heads(f, head, (const int[]){28, 20, w_answers, w_passed, w_overall}, 5, 2);
    /* Each column as wide as its heading in this language, sanitised once. */
    char **title = xcalloc(t->n_competencies ? t->n_competencies : 1, sizeof *title);
    for (size_t k = 0; k < t->n_competencies; k++) {
        title[k] = text_sanitize(scores_column_title(catalog, t->competencies[k], lang), false, true);
        fputc(' ', f);
        text_put_right(f, title[k], column_width(title[k]));
    }
    fputc('\n', f);
    for (size_t i = 0; i < t->n_rows; i++) {
        const ScoreRow *r = &t->rows[i];
        text_put_cell(f, r->trainee.name, 28);
        fputc(' ', f);
        text_put_cell(f, country_name(r->trainee.country, lang), 20);
        fprintf(f, " %*d %*d", w_answers, r->total.answers, w_passed, r->passed);
        print_pct(f, &r->total, w_overall);
        for (size_t k = 0; k < t->n_competencies; k++)
            print_pct(f, &r->cells[k], column_width(title[k]));
        fputc('\n', f);
    }
    for (size_t k = 0; k < t->n_competencies; k++)
        free(title[k]);
    free(title);
}
