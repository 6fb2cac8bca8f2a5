/* Reports on the records: item analysis (how hard each question is, and whether it tells strong
 * trainees from weak ones), computed by SQLite in one pass over the answers. */
#include "report.h"

#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "country.h"
#include "csv.h"
#include "i18n.h"
#include "store_internal.h"
#include "text.h"

/* Each item's sums over the finished attempts that answered it: its score x, the rest of the
 * attempt's score y (total minus x), and their products, for facility and the correlation. ?1 is
 * the workshop whose trainees count, NULL for everyone: NULL rather than 0 so that the statement
 * left unbound means everyone, as it does when the benchmark runs it in the sqlite3 shell. */
static const char ITEMS_SQL[] =
    "WITH fin AS ("
    "  SELECT n.attempt_id, a.module_id, n.question_id, n.score AS x, n.max_score AS m"
    "  FROM answer n JOIN attempt a ON a.id = n.attempt_id"
    "  WHERE n.final = 1 AND a.finished_at IS NOT NULL AND a.mode <> 'review'"
    "  AND (?1 IS NULL OR a.trainee_id IN"
    "   (SELECT trainee_id FROM workshop_member WHERE workshop_id = ?1))),"
    " tot AS (SELECT attempt_id, sum(x) AS t FROM fin GROUP BY attempt_id)"
    " SELECT module_id, question_id, count(*), sum(x), sum(m), sum(t - x), sum(x * x),"
    "  sum((t - x) * (t - x)), sum(x * (t - x))"
    " FROM fin JOIN tot USING (attempt_id)"
    " GROUP BY module_id, question_id ORDER BY module_id, question_id";

/* Pearson's correlation from sums; NAN when either side does not vary. */
static double correlation(double n, double sx, double sy, double sxx, double syy, double sxy)
{
    double vx = n * sxx - sx * sx, vy = n * syy - sy * sy;
    if (vx <= 1e-12 || vy <= 1e-12)
        return NAN;
    return (n * sxy - sx * sy) / sqrt(vx * vy);
}

/* Binds ?1 of a report's statement: the workshop, or NULL for everyone. */
static void bind_workshop(sqlite3_stmt *st, int64_t workshop_id)
{
    if (workshop_id)
        sqlite3_bind_int64(st, 1, workshop_id);
    else
        sqlite3_bind_null(st, 1);
}

bool report_items(Store *s, int64_t workshop_id, ItemStats **out, size_t *n, char *err,
                  size_t errlen)
{
    sqlite3 *db = store_sqlite(s);
    sqlite3_stmt *st;
    *out = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(db, ITEMS_SQL, -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "cannot analyse the answers: %s", sqlite3_errmsg(db));
        return false;
    }
    bind_workshop(st, workshop_id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        ItemStats *it = &(*out)[(*n)++];
        memset(it, 0, sizeof *it);
        snprintf(it->module_id, sizeof it->module_id, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(it->question_id, sizeof it->question_id, "%s",
                 (const char *)sqlite3_column_text(st, 1));
        double cnt = sqlite3_column_double(st, 2);
        it->attempts = sqlite3_column_int(st, 2);
        double sx = sqlite3_column_double(st, 3), sm = sqlite3_column_double(st, 4);
        it->facility = sm > 0 ? sx / sm : NAN;
        it->discrimination = correlation(cnt, sx, sqlite3_column_double(st, 5),
                                         sqlite3_column_double(st, 6),
                                         sqlite3_column_double(st, 7),
                                         sqlite3_column_double(st, 8));
        it->needed = it->attempts < REPORT_MIN_ATTEMPTS ? REPORT_MIN_ATTEMPTS - it->attempts : 0;
        if (it->needed)
            continue;
        it->too_hard = it->facility < REPORT_FACILITY_LOW;
        it->too_easy = it->facility > REPORT_FACILITY_HIGH;
        it->weak = !isnan(it->discrimination) && it->discrimination < REPORT_DISCRIMINATION_LOW;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "cannot analyse the answers: %s", sqlite3_errmsg(db));
        free(*out);
        *out = NULL;
        *n = 0;
        return false;
    }
    return true;
}

/* An item's flags for CSV, in fixed English words: "too hard; does not discriminate". */
static void flags_csv(const ItemStats *it, char *buf, size_t len)
{
    snprintf(buf, len, "%s%s%s%s", it->too_hard ? "too hard" : "", it->too_easy ? "too easy" : "",
             (it->too_hard || it->too_easy) && it->weak ? "; " : "",
             it->weak ? "does not discriminate" : "");
}

void report_item_flags(const ItemStats *it, char *buf, size_t len)
{
    if (it->needed) {
        unsigned long more = (unsigned long)it->needed;
        snprintf(buf, len, trn("needs %lu more attempt", "needs %lu more attempts", more), more);
        return;
    }
    snprintf(buf, len, "%s%s%s%s", it->too_hard ? tr("too hard") : "",
             it->too_easy ? tr("too easy") : "",
             (it->too_hard || it->too_easy) && it->weak ? "; " : "",
             it->weak ? tr("does not discriminate") : "");
}

/* A column as wide as its heading, and at least min. */
void report_items_print(FILE *f, const ItemStats *items, size_t n, bool csv)
{
    char flags[128];
    if (csv) {
        fputs("module,question,attempts,facility,discrimination,flags,attempts_needed\n", f);
        for (size_t i = 0; i < n; i++) {
            const ItemStats *it = &items[i];
            flags_csv(it, flags, sizeof flags);
            csv_field(f, it->module_id);
            fputc(',', f);
            csv_field(f, it->question_id);
            fprintf(f, ",%d,", it->attempts);
            if (!isnan(it->facility))
                fprintf(f, "%.3f", it->facility);
            fputc(',', f);
            if (!isnan(it->discrimination))
                fprintf(f, "%.3f", it->discrimination);
            fputc(',', f);
            csv_field(f, flags);
            fprintf(f, ",%d\n", it->needed);
        }
        return;
    }
    /* TRANSLATORS: headings of the item analysis report (rastro report items). */
    const char *head[] = {tr("module"), tr("question"), tr("attempts"), tr("facility"),
                          tr("discrim."), tr("flags")};
    int wa = text_width_min(head[2], 8), wf = text_width_min(head[3], 8),
        wd = text_width_min(head[4], 8);
    text_put_heads(f, head, (const int[]){24, 28, wa, wf, wd}, 5, 2);
    fprintf(f, "  %s\n", head[5]);
    for (size_t i = 0; i < n; i++) {
        const ItemStats *it = &items[i];
        report_item_flags(it, flags, sizeof flags);
        char fac[16] = "-", dis[16] = "-";
        if (!isnan(it->facility))
            snprintf(fac, sizeof fac, "%.2f", it->facility);
        if (!isnan(it->discrimination))
            snprintf(dis, sizeof dis, "%.2f", it->discrimination);
        text_put_cell(f, it->module_id, 24);
        fputc(' ', f);
        text_put_cell(f, it->question_id, 28);
        fprintf(f, " %*d %*s %*s  %s\n", wa, it->attempts, wf, fac, wd, dis, flags);
    }
}

/* Per trainee first (attempts and their answers), then per country: each answer is read once.
 * ?1 as in ITEMS_SQL. */
static const char COUNTRIES_SQL[] =
    "WITH att AS (SELECT a.trainee_id, count(*) AS attempts, sum(a.score) AS score,"
    "   sum(a.max_score) AS mx FROM attempt a"
    "   WHERE a.finished_at IS NOT NULL AND a.mode <> 'review' GROUP BY a.trainee_id),"
    " ans AS (SELECT a.trainee_id, count(*) AS answers FROM answer n"
    "   JOIN attempt a ON a.id = n.attempt_id"
    "   WHERE n.final = 1 AND a.finished_at IS NOT NULL AND a.mode <> 'review'"
    "   GROUP BY a.trainee_id)"
    " SELECT t.country, count(*), count(att.trainee_id), coalesce(sum(att.attempts), 0),"
    "  coalesce(sum(ans.answers), 0), coalesce(sum(att.score), 0), coalesce(sum(att.mx), 0)"
    " FROM trainee t LEFT JOIN att ON att.trainee_id = t.id LEFT JOIN ans ON ans.trainee_id = t.id"
    " WHERE ?1 IS NULL OR t.id IN (SELECT trainee_id FROM workshop_member WHERE workshop_id = ?1)"
    " GROUP BY t.country ORDER BY t.country";

bool report_countries(Store *s, int64_t workshop_id, CountryStats **out, size_t *n, char *err,
                      size_t errlen)
{
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st = store_prepare(s, COUNTRIES_SQL, err, errlen);
    if (!st)
        return false;
    bind_workshop(st, workshop_id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        *out = xgrow(*out, *n, &cap, sizeof **out);
        CountryStats *c = &(*out)[(*n)++];
        memset(c, 0, sizeof *c);
        snprintf(c->country, sizeof c->country, "%s", (const char *)sqlite3_column_text(st, 0));
        c->trainees = sqlite3_column_int(st, 1);
        c->active = sqlite3_column_int(st, 2);
        c->attempts = sqlite3_column_int(st, 3);
        c->answers = (long)sqlite3_column_int64(st, 4);
        c->score = sqlite3_column_double(st, 5);
        c->max = sqlite3_column_double(st, 6);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        free(*out);
        *out = NULL;
        *n = 0;
        return store_fail(s, err, errlen, "cannot summarise by country");
    }
    return true;
}

void report_countries_print(FILE *f, const CountryStats *c, size_t n, bool csv)
{
    Lang lang = i18n_lang();
    if (csv) {
        fputs("country,trainees,active,attempts,answers,mean_pct,country_name\n", f);
        for (size_t i = 0; i < n; i++) {
            csv_field(f, c[i].country);
            fprintf(f, ",%d,%d,%d,%ld,", c[i].trainees, c[i].active, c[i].attempts,
                    c[i].answers);
            if (c[i].max > 0)
                fprintf(f, "%.1f", 100.0 * c[i].score / c[i].max);
            fputc(',', f);
            csv_field(f, country_name(c[i].country, lang));
            fputc('\n', f);
        }
        return;
    }
    /* TRANSLATORS: headings of the report per country (rastro report countries). */
    const char *head[] = {tr("country"), tr("trainees"), tr("active"), tr("attempts"),
                          tr("answers"), tr("mean %")};
    int w[] = {24,
               text_width_min(head[1], 8),
               text_width_min(head[2], 8),
               text_width_min(head[3], 8),
               text_width_min(head[4], 9),
               text_width_min(head[5], 7)};
    text_put_heads(f, head, w, 6, 1);
    fputc('\n', f);
    for (size_t i = 0; i < n; i++) {
        char pct[16] = "-";
        if (c[i].max > 0)
            snprintf(pct, sizeof pct, "%.0f", 100.0 * c[i].score / c[i].max);
        text_put_cell(f, country_name(c[i].country, lang), w[0]);
        fprintf(f, " %*d %*d %*d %*ld %*s\n", w[1], c[i].trainees, w[2], c[i].active, w[3],
                c[i].attempts, w[4], c[i].answers, w[5], pct);
    }
}
