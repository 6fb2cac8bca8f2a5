/* Scores per trainee and competency, and modules passed, for reports, history and certificates. */
#include "scores.h"

#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "csv.h"
#include "i18n.h"
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
        "SELECT a.trainee_id, a.module_id, n.question_id, sum(n.score), sum(n.max_score), count(*)"
        " FROM answer n JOIN attempt a ON a.id = n.attempt_id"
        " WHERE n.final = 1 AND a.finished_at IS NOT NULL AND a.mode <> 'review' AND" TRAINEE_FILTER
        " GROUP BY a.trainee_id, a.module_id, n.question_id", err, errlen);
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

static void note_attempt(ScoreRow *row, const Module *mod, const char *module_id, double pct,
                         const char *date)
{
    ModuleResult *r = NULL;
    for (size_t i = 0; i < row->n_modules && !r; i++)
        if (!strcmp(row->modules[i].module_id, module_id))
            r = &row->modules[i];
    if (!r) {
        row->modules = xrealloc(row->modules, (row->n_modules + 1) * sizeof *row->modules);
        r = &row->modules[row->n_modules++];
        *r = (ModuleResult){.module_id = xstrdup(module_id), .best_pct = pct};
    }
    if (pct > r->best_pct)
        r->best_pct = pct;
    if (mod && mod->n_questions && !r->passed[0] && pct + 1e-9 >= mod->settings.pass) {
        snprintf(r->passed, sizeof r->passed, "%s", date);
        row->passed++;
    }
}

static bool read_attempts(Store *s, const Catalog *c, ScoreTable *t, int64_t workshop_id,
                          int64_t trainee_id, char *err, size_t errlen)
{
    sqlite3_stmt *st = store_prepare(s,
        "SELECT a.trainee_id, a.module_id, 100.0 * a.score / a.max_score, date(a.finished_at)"
        " FROM attempt a WHERE a.finished_at IS NOT NULL AND a.max_score > 0 AND a.mode <> 'review'"
        " AND" TRAINEE_FILTER " ORDER BY a.trainee_id, a.finished_at", err, errlen);
    if (!st)
        return false;
    sqlite3_bind_int64(st, 1, workshop_id);
    sqlite3_bind_int64(st, 2, trainee_id);
    size_t last = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ScoreRow *row = row_of(t, sqlite3_column_int64(st, 0), &last);
        const char *module_id = (const char *)sqlite3_column_text(st, 1);
        if (row)
            note_attempt(row, catalog_find(c, module_id), module_id, sqlite3_column_double(st, 2),
                         (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_finalize(st);
    return rc == SQLITE_DONE || store_fail(s, err, errlen, "cannot read attempts");
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
    bool ok = read_answers(s, catalog, t, workshop_id, trainee_id, err, errlen) &&
              read_attempts(s, catalog, t, workshop_id, trainee_id, err, errlen);
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

/* A competency's column: as wide as its name (at least 4). */
static int column_width(const char *name)
{
    int w = text_width(name);
    return w < 4 ? 4 : w;
}

/* text right-aligned in width columns. */
static void put_right(FILE *f, const char *text, int width)
{
    int pad = width - text_width(text);
    fprintf(f, "%*s%s", pad > 0 ? pad : 0, "", text);
}

void scores_print(FILE *f, const ScoreTable *t, bool csv)
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
    int w_answers = text_width(head[2]) > 7 ? text_width(head[2]) : 7;
    int w_passed = text_width(head[3]) > 6 ? text_width(head[3]) : 6;
    int w_overall = text_width(head[4]) > 7 ? text_width(head[4]) : 7;
    text_put_cell(f, head[0], 28);
    fputc(' ', f);
    text_put_cell(f, head[1], 20);
    fputc(' ', f);
    put_right(f, head[2], w_answers);
    fputc(' ', f);
    put_right(f, head[3], w_passed);
    fputc(' ', f);
    put_right(f, head[4], w_overall);
    for (size_t k = 0; k < t->n_competencies; k++) {
        char *name = text_sanitize(t->competencies[k], false, true);
        fputc(' ', f);
        put_right(f, name, column_width(t->competencies[k]));
        free(name);
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
            print_pct(f, &r->cells[k], column_width(t->competencies[k]));
        fputc('\n', f);
    }
}
