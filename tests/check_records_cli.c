/* The record-keeping commands as an organiser runs them: workshops and rosters, reports per
 * trainee and competency and per country, certificates (text and PDF) and a workshop's export. */
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/quiz.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;
static char *out, *errout;

#define T(s) "{ en = '" s "', es = '" s "' }"

static const char *const MODULE =
    "return lesson { id = 'marks', title = { en = 'Reading markings', es = 'Lectura de marcas' },\n"
    " practice = { pass = 60 },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("A") ", answer = true, explain = " T("e") ", tags = { 'marking' } },\n"
    "  truefalse { id = 'b', prompt = " T("B") ", answer = true, explain = " T("e") ", tags = { 'marking' } },\n"
    "  truefalse { id = 'c', prompt = " T("C") ", answer = true, explain = " T("e") ", tags = { 'tracing' } } } }\n";

/* Runs rastro --db db --content content ARGS... (NULL-terminated); returns its exit status and
 * leaves its output in out and errout. */
static int run(const char *first, ...)
{
    char *argv[32] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en"};
    int n = 7;
    va_list ap;
    va_start(ap, first);
    for (const char *a = first; a && n < 31; a = va_arg(ap, const char *))
        argv[n++] = (char *)a;
    va_end(ap);
    argv[n] = NULL;
    free(out);
    free(errout);
    out = errout = NULL;
    return tu_run(argv, &out, &errout);
}

static void setup(void)
{
    dir = tu_tmpdir();
    db = xasprintf("%s/r.db", dir);
    content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    free(tu_write(content, "marks.lua", MODULE));
    out = errout = NULL;
}

static void teardown(void)
{
    free(out);
    free(errout);
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

/* A finished attempt at module_id by trainee name, right on the questions marked in right[3]
 * (a, b and c), stored as the shell stores it. */
static void attempt_at(const char *module_id, const char *name, const bool right[3])
{
    char err[256];
    Store *s = store_open(db, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    Trainee t;
    bool found;
    ck_assert(store_trainee_find(s, name, &t, &found, err, sizeof err) && found);
    AttemptRow row = {.trainee_id = t.id, .module_id = module_id, .module_version = 1};
    int64_t id;
    ck_assert(store_attempt_start(s, &row, &id, err, sizeof err));
    static const char *const ids[] = {"a", "b", "c"};
    double score = 0;
    for (int i = 0; i < 3; i++) {
        AnswerRow a = {.attempt_id = id, .question_id = ids[i], .position = i + 1,
                       .response = right[i] ? "1" : "2", .score = right[i], .max_score = 1,
                       .try_no = 1, .final = true, .correct = right[i]};
        ck_assert(store_answer_add(s, &a, err, sizeof err));
        score += right[i];
    }
    ck_assert(store_attempt_finish(s, id, score, 3, err, sizeof err));
    trainee_done(&t);
    store_close(s);
}

/* A finished attempt at 'marks'. */
static void attempt(const char *name, const bool right[3])
{
    attempt_at("marks", name, right);
}

START_TEST(workshops_and_rosters_from_the_command_line)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "Taller Tegucigalpa", "--country", "hn",
                         "--starts", "2026-11-23", "--ends", "2026-11-27", "--instructor",
                         "Ana Pérez", NULL), 0);
    ck_assert_int_eq(strlen(out), 33); /* its uid */
    ck_assert_int_eq(run("workshop", "add", "--name", "taller tegucigalpa", "--country", "HN", NULL), 1);
    ck_assert_msg(strstr(errout, "already a workshop named"), "%s", errout);
    ck_assert_int_eq(run("workshop", "add", "--name", "X", "--country", "ZZ", NULL), 2);
    ck_assert_int_eq(run("workshop", "add", "--name", "X", "--country", "HN", "--starts",
                         "2026-02-30", NULL), 2);
    ck_assert_msg(strstr(errout, "YYYY-MM-DD"), "%s", errout);
    ck_assert_int_eq(run("workshop", "add", "--name", "X", "--country", "HN", "--starts",
                         "2026-11-27", "--ends", "2026-11-20", NULL), 2);
    ck_assert_msg(strstr(errout, "ends (2026-11-20) before it starts"), "%s", errout);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", "--workshop",
                         "Taller Tegucigalpa", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Zed", "--country", "JM", "--workshop",
                         "Nowhere", NULL), 1);
    ck_assert_msg(strstr(errout, "no workshop named \"Nowhere\""), "%s", errout);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE name = 'Zed'"), 0);
    ck_assert_int_eq(run("workshop", "join", "Taller Tegucigalpa", "Kim", NULL), 0);
    ck_assert_int_eq(run("workshop", "join", "Taller Tegucigalpa", "Nobody", NULL), 1);
    ck_assert_msg(strstr(errout, "no trainee named \"Nobody\""), "%s", errout);
    ck_assert_int_eq(run("workshop", "roster", "taller tegucigalpa", NULL), 0);
    ck_assert_str_eq(out, "JM\tKim\t\ten\nHN\tLuis\t\ten\n");
    ck_assert_int_eq(run("trainee", "list", "--workshop", "Taller Tegucigalpa", NULL), 0);
    ck_assert_str_eq(out, "JM\tKim\t\ten\nHN\tLuis\t\ten\n");
    ck_assert_int_eq(run("workshop", "list", NULL), 0);
    ck_assert_str_eq(out, "HN\tTaller Tegucigalpa\t2026-11-23\t2026-11-27\tAna P\xC3\xA9rez\t2\n");
    ck_assert_int_eq(run("workshop", "frobnicate", NULL), 2);
    ck_assert_msg(strstr(errout, "usage: rastro workshop"), "%s", errout);
    struct stat st;
    ck_assert_int_eq(stat(db, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
}
END_TEST

START_TEST(reports_per_trainee_competency_and_country)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "HN", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", "--agency",
                         "DPI, Honduras", "--workshop", "W", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    attempt("Luis", (const bool[]){true, false, true});
    attempt("Kim", (const bool[]){true, true, true});
    ck_assert_int_eq(run("report", "trainees", "--workshop", "W", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "trainee,agency,country,answers,modules_passed,overall_pct,marking,"
                          "tracing\nLuis,\"DPI, Honduras\",HN,3,1,66.7,50.0,100.0\n");
    ck_assert_int_eq(run("report", "trainees", "--format", "text", NULL), 0);
    ck_assert_msg(strstr(out, "trainee") && strstr(out, "marking") && strstr(out, "tracing"), "%s", out);
    ck_assert_msg(strstr(out, "Kim                          JM            3      1     100     100     100"),
                  "%s", out);
    ck_assert_int_eq(run("report", "countries", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "country,trainees,active,attempts,answers,mean_pct\n"
                          "HN,1,1,1,3,66.7\nJM,1,1,1,3,100.0\n");
    ck_assert_int_eq(run("report", "trainees", "--workshop", "nope", NULL), 1);
    ck_assert_int_eq(run("report", "items", "--workshop", "W", NULL), 2);
    ck_assert_int_eq(run("report", "everything", NULL), 2);
}
END_TEST

START_TEST(certificates_for_those_who_passed)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "Taller Kingston", "--country", "JM",
                         "--starts", "2026-11-23", "--ends", "2026-11-27", "--instructor",
                         "Ana Pérez", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "José Núñez", "--country", "JM", "--agency",
                         "JCF", "--lang", "es", "--workshop", "Taller Kingston", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    attempt("José Núñez", (const bool[]){true, true, false}); /* 67%: passes the 60% mark */
    attempt("Kim", (const bool[]){true, false, false});        /* 33%: does not */
    ck_assert_int_eq(run("certificate", "--trainee", "Kim", NULL), 1);
    ck_assert_msg(strstr(errout, "Kim has not passed any module yet"), "%s", errout);
    /* In the trainee's own language unless --lang says otherwise. */
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "certificate",
                    "--trainee", "josé núñez", "--workshop", "Taller Kingston", NULL};
    free(out);
    free(errout);
    ck_assert_int_eq(tu_run(argv, &out, &errout), 0);
    ck_assert_msg(strstr(out, "José Núñez") && strstr(out, "Lectura de marcas") &&
                  strstr(out, "66.") && strstr(out, "Taller Kingston") && strstr(out, "Ana Pérez"),
                  "%s", out);
    char *text = xasprintf("%s/cert-es.txt", dir);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "-o", text, NULL), 0);
    struct stat tst;
    ck_assert_int_eq(stat(text, &tst), 0);
    ck_assert_int_eq(tst.st_mode & 0777, 0600);
    ck_assert_int_gt(tst.st_size, 200);
    free(text);
    char *pdf = xasprintf("%s/cert.pdf", dir);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", pdf,
                         NULL), 0);
    struct stat st;
    ck_assert_int_eq(stat(pdf, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    char *txt = xasprintf("%s/cert.txt", dir);
    char *pdftotext[] = {"/usr/bin/pdftotext", pdf, txt, NULL};
    ck_assert_int_eq(tu_run(pdftotext, NULL, NULL), 0);
    FILE *f = fopen(txt, "r");
    char buf[4096];
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    buf[got] = '\0';
    fclose(f);
    ck_assert_msg(strstr(buf, "José Núñez") && strstr(buf, "Reading markings"), "%s", buf);
    ck_assert_int_eq(run("certificate", "--trainee", "Kim", "--format", "pdf", NULL), 2);
    /* Never over the database it reads, nor over a certificate already there unless asked. */
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", db,
                         "--force", NULL), 1);
    ck_assert_msg(strstr(errout, "database in use"), "%s", errout);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "-o", db, NULL), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 2);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", pdf,
                         NULL), 1);
    ck_assert_msg(strstr(errout, "--force"), "%s", errout);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", pdf,
                         "--force", NULL), 0);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", "-",
                         NULL), 0);
    ck_assert_msg(strncmp(out, "%PDF-", 5) == 0, "%.20s", out);
    /* Without its renderer a PDF is refused with words saying so, and no file is left. */
    char *lost = xasprintf("%s/lost.pdf", dir);
    setenv("RASTRO_PDF_PLUGIN", "/nonexistent/rastro-pdf.so", 1);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", lost,
                         NULL), 1);
    unsetenv("RASTRO_PDF_PLUGIN");
    ck_assert_msg(strstr(errout, "the PDF renderer (rastro-pdf.so) cannot be loaded"), "%s", errout);
    ck_assert_int_ne(access(lost, F_OK), 0);
    free(lost);
    free(pdf);
    free(txt);
}
END_TEST

/* Question a must be right to pass; 67% clears the 60% mark without it. */
static const char *const SAFETY =
    "return lesson { id = 'safe', title = { en = 'Safe handling', es = 'Manipulaci\xC3\xB3n segura' },\n"
    " practice = { pass = 60 },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("A") ", answer = true, explain = " T("e") ", critical = true },\n"
    "  truefalse { id = 'b', prompt = " T("B") ", answer = true, explain = " T("e") " },\n"
    "  truefalse { id = 'c', prompt = " T("C") ", answer = true, explain = " T("e") " } } }\n";

/* A module whose attempt scored above the mark with its critical question wrong is not passed:
 * the certificate leaves it out, or is refused when nothing else was passed, and the report does
 * not count it. */
START_TEST(certificate_leaves_out_a_module_failed_on_a_critical_question)
{
    free(tu_write(content, "safe.lua", SAFETY));
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", NULL), 0);
    attempt_at("safe", "Kim", (const bool[]){false, true, true});
    attempt("Kim", (const bool[]){true, true, true});
    attempt_at("safe", "Luis", (const bool[]){false, true, true});
    ck_assert_int_eq(run("certificate", "--trainee", "Kim", NULL), 0);
    ck_assert_msg(strstr(out, "Reading markings"), "%s", out);
    ck_assert_msg(!strstr(out, "Safe handling"), "a module not passed is on the certificate:\n%s",
                  out);
    ck_assert_int_eq(run("certificate", "--trainee", "Luis", NULL), 1);
    ck_assert_msg(strstr(errout, "Luis has not passed any module yet"), "%s", errout);
    ck_assert_int_eq(run("report", "trainees", "--format", "csv", NULL), 0);
    ck_assert_msg(strstr(out, "\nKim,,JM,6,1,") && strstr(out, "\nLuis,,HN,3,0,"), "%s", out);
    /* Right on it later: passed, and certified. */
    attempt_at("safe", "Luis", (const bool[]){true, true, false});
    ck_assert_int_eq(run("certificate", "--trainee", "Luis", NULL), 0);
    ck_assert_msg(strstr(out, "Safe handling") && strstr(out, "66."), "%s", out);
}
END_TEST

START_TEST(export_of_one_workshop)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "HN", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", "--workshop", "W",
                         NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    attempt("Luis", (const bool[]){true, false, true});
    attempt("Kim", (const bool[]){true, true, true});
    char *bundle = xasprintf("%s/w.rastro", dir);
    ck_assert_int_eq(run("export", "--workshop", "W", "-o", bundle, NULL), 0);
    ck_assert_msg(strstr(out, "1 trainees, 1 attempts, 3 answers"), "%s", out);
    ck_assert_int_eq(run("export", "--workshop", "Nope", "-o", bundle, NULL), 1);
    free(bundle);
}
END_TEST

Suite *records_cli_suite(void)
{
    Suite *s = suite_create("records_cli");
    TCase *tc = tcase_create("records_cli");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, workshops_and_rosters_from_the_command_line);
    tcase_add_test(tc, reports_per_trainee_competency_and_country);
    tcase_add_test(tc, certificates_for_those_who_passed);
    tcase_add_test(tc, certificate_leaves_out_a_module_failed_on_a_critical_question);
    tcase_add_test(tc, export_of_one_workshop);
    suite_add_tcase(s, tc);
    return s;
}
