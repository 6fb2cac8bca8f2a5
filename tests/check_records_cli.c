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
static int run_args(bool english, const char *first, va_list ap)
{
    char *argv[32] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en"};
    int n = english ? 7 : 5;
    for (const char *a = first; a && n < 31; a = va_arg(ap, const char *))
        argv[n++] = (char *)a;
    argv[n] = NULL;
    free(out);
    free(errout);
    out = errout = NULL;
    return tu_run(argv, &out, &errout);
}

static int run(const char *first, ...)
{
    va_list ap;
    va_start(ap, first);
    int rc = run_args(true, first, ap);
    va_end(ap);
    return rc;
}

/* run without --lang: certificates in each trainee's language, the rest in C.UTF-8's. */
static int run_own_language(const char *first, ...)
{
    va_list ap;
    va_start(ap, first);
    int rc = run_args(false, first, ap);
    va_end(ap);
    return rc;
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

/* A second module, passed at 50%, for certificates listing more than one. */
static const char *const TRACE =
    "return lesson { id = 'trace', title = { en = 'Tracing', es = 'Rastreo' },\n"
    " practice = { pass = 50 },\n"
    " quiz = {\n"
    "  truefalse { id = 'a', prompt = " T("A") ", answer = true, explain = " T("e") " },\n"
    "  truefalse { id = 'b', prompt = " T("B") ", answer = true, explain = " T("e") " },\n"
    "  truefalse { id = 'c', prompt = " T("C") ", answer = true, explain = " T("e") " } } }\n";

static void attempt_at(const char *module, const char *name, const bool right[3]);

/* A finished attempt at 'marks' by trainee name, right on the questions marked in right[3]. */
static void attempt(const char *name, const bool right[3])
{
    attempt_at("marks", name, right);
}

/* The same at module (questions a, b and c). */
static void attempt_at(const char *module, const char *name, const bool right[3])
{
    char err[256];
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s, "%s", err);
    Trainee t;
    bool found;
    ck_assert(store_trainee_find(s, name, &t, &found, err, sizeof err) && found);
    AttemptRow row = {.trainee_id = t.id, .module_id = module, .module_version = 1};
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

/* out without the first column of each line (the short ids, different every run). */
static const char *without_ids(void)
{
    static char buf[4096];
    size_t n = 0;
    for (const char *line = out; *line && n < sizeof buf - 1;) {
        const char *tab = strchr(line, '\t'), *end = strchr(line, '\n');
        ck_assert_msg(tab && end && tab - line == 8, "no id: %s", line);
        size_t len = (size_t)(end - tab);
        ck_assert_uint_lt(n + len, sizeof buf);
        memcpy(buf + n, tab + 1, len);
        n += len;
        line = end + 1;
    }
    buf[n] = '\0';
    return buf;
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
    ck_assert_str_eq(without_ids(), "JM\tKim\t\ten\nHN\tLuis\t\ten\n");
    ck_assert_int_eq(run("trainee", "list", "--workshop", "Taller Tegucigalpa", NULL), 0);
    ck_assert_str_eq(without_ids(), "JM\tKim\t\ten\nHN\tLuis\t\ten\n");
    ck_assert_int_eq(run("workshop", "list", NULL), 0);
    ck_assert_str_eq(without_ids(),
                     "HN\tTaller Tegucigalpa\t2026-11-23\t2026-11-27\tAna P\xC3\xA9rez\t2\n");
    ck_assert_int_eq(run("workshop", "frobnicate", NULL), 2);
    ck_assert_msg(strstr(errout, "usage: rastro workshop"), "%s", errout);
    struct stat st;
    ck_assert_int_eq(stat(db, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
}
END_TEST

START_TEST(records_mended_by_name_or_id)
{
    /* A country by its name, in either language, with or without accents. */
    ck_assert_int_eq(run("trainee", "add", "--name", "Ana", "--country", "Guatemala", NULL), 0);
    ck_assert_msg(strstr(errout, "added trainee") && strstr(errout, "Guatemala"), "%s", errout);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "mexico", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Eva", "--country", "Chile", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Zed", "--country", "Domin", NULL), 2);
    ck_assert_msg(strstr(errout, "Dominica (DM)") && strstr(errout, "Dominican Republic (DO)"),
                  "%s", errout);
    ck_assert_int_eq(run("trainee", "add", "--name", "Zed", "--country", "Narnia", NULL), 2);
    /* In the organiser's language. */
    char *es[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "es", "trainee",
                  "add", "--name", "Zed", "--country", "Domin", NULL};
    free(out);
    free(errout);
    ck_assert_int_eq(tu_run(es, &out, &errout), 2);
    ck_assert_msg(strstr(errout, "«Domin» no es un país") &&
                  strstr(errout, "¿quiso decir Dominica (DM), República Dominicana (DO)?"),
                  "%s", errout);
    ck_assert_int_eq(run("trainee", "list", NULL), 0);
    ck_assert_str_eq(without_ids(), "GT\tAna\t\ten\nCL\tEva\t\ten\nMX\tLuis\t\ten\n");
    /* Two trainees of one name: the id from the list tells them apart. */
    ck_assert_int_eq(run("trainee", "add", "--name", "Ana", "--country", "HN", NULL), 0);
    char id[9];
    snprintf(id, sizeof id, "%.8s", out);
    ck_assert_int_eq(run("trainee", "edit", "Ana", "--agency", "PNC", NULL), 1);
    ck_assert_msg(strstr(errout, "more than one trainee"), "%s", errout);
    ck_assert_int_eq(run("trainee", "edit", id, "--name", "Ana María", "--country", "Perú",
                         "--agency", "PNP", "--lang", "es", NULL), 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE name = 'Ana María' AND "
                                    "country = 'PE' AND agency = 'PNP' AND lang = 'es'"), 1);
    ck_assert_int_eq(run("trainee", "edit", "Luis", "--name", "  ", NULL), 1);
    ck_assert_int_eq(run("trainee", "edit", "Luis", NULL), 2);
    ck_assert_int_eq(run("trainee", "edit", "Nobody", "--name", "X", NULL), 1);
    /* Workshops likewise. */
    ck_assert_int_eq(run("workshop", "add", "--name", "W1", "--country", "Honduras", "--starts",
                         "2026-11-23", NULL), 0);
    ck_assert_int_eq(run("workshop", "add", "--name", "W2", "--country", "HN", NULL), 0);
    ck_assert_int_eq(run("workshop", "edit", "W1", "--ends", "2026-11-20", NULL), 2);
    ck_assert_int_eq(run("workshop", "edit", "W1", "--name", "W2", NULL), 1);
    ck_assert_msg(strstr(errout, "already a workshop named"), "%s", errout);
    ck_assert_int_eq(run("workshop", "edit", "W1", "--ends", "2026-11-27", "--instructor", "Eva",
                         "--country", "Nicaragua", "--name", "Taller Managua", NULL), 0);
    ck_assert_int_eq(run("workshop", "list", NULL), 0);
    ck_assert_msg(strstr(without_ids(),
                         "NI\tTaller Managua\t2026-11-23\t2026-11-27\tEva\t0\n"), "%s", out);
}
END_TEST

START_TEST(reports_per_trainee_competency_and_country)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "HN", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", "--agency",
                         "DPI, Honduras", "--workshop", "W", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "BZ", NULL), 0);
    attempt("Luis", (const bool[]){true, false, true});
    attempt("Kim", (const bool[]){true, true, true});
    ck_assert_int_eq(run("report", "trainees", "--workshop", "W", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "trainee,agency,country,country_name,answers,modules_passed,overall_pct,"
                          "marking,tracing\n"
                          "Luis,\"DPI, Honduras\",HN,Honduras,3,1,66.7,50.0,100.0\n");
    ck_assert_int_eq(run("report", "trainees", "--format", "text", NULL), 0);
    ck_assert_msg(strstr(out, "trainee") && strstr(out, "marking") && strstr(out, "tracing"), "%s", out);
    ck_assert_msg(strstr(out, "Kim                          Belize                     3      1"
                              "     100     100     100"), "%s", out);
    ck_assert_int_eq(run("report", "countries", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "country,trainees,active,attempts,answers,mean_pct,country_name\n"
                          "BZ,1,1,1,3,100.0,Belize\nHN,1,1,1,3,66.7,Honduras\n");
    ck_assert_int_eq(run("report", "countries", NULL), 0);
    ck_assert_msg(strstr(out, "country ") && strstr(out, "Belize ") && !strstr(out, "BZ"), "%s",
                  out);
    ck_assert_int_eq(run("report", "trainees", "--workshop", "nope", NULL), 1);
    ck_assert_int_eq(run("report", "everything", NULL), 2);
}
END_TEST

/* Items and countries of one workshop's trainees, as trainees already were. */
START_TEST(reports_of_one_workshop)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "HN", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Luis", "--country", "HN", "--workshop", "W",
                         NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "BZ", NULL), 0);
    attempt("Luis", (const bool[]){true, false, true});
    attempt("Kim", (const bool[]){true, true, true});
    ck_assert_int_eq(run("report", "countries", "--workshop", "W", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "country,trainees,active,attempts,answers,mean_pct,country_name\n"
                          "HN,1,1,1,3,66.7,Honduras\n");
    ck_assert_int_eq(run("report", "items", "--workshop", "W", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "module,question,attempts,facility,discrimination,flags,attempts_needed\n"
                          "marks,a,1,1.000,,,9\nmarks,b,1,0.000,,,9\nmarks,c,1,1.000,,,9\n");
    ck_assert_int_eq(run("report", "items", "--format", "csv", NULL), 0);
    ck_assert_msg(strstr(out, "marks,a,2,1.000,,,8\n"), "%s", out);
    ck_assert_int_eq(run("report", "items", "--workshop", "nope", NULL), 1);
    ck_assert_msg(strstr(errout, "no workshop named \"nope\""), "%s", errout);
}
END_TEST

/* --lang (or LANG) gives the text reports' headings and country names in Spanish; CSV keeps
 * its column names, and the names follow the language. */
START_TEST(reports_in_spanish)
{
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "BZ", NULL), 0);
    attempt("Kim", (const bool[]){true, true, false});
    ck_assert_int_eq(run("--lang", "es", "report", "trainees", NULL), 0);
    ck_assert_msg(strstr(out, "participante") && strstr(out, "pa\xC3\xADs") &&
                  strstr(out, "Belice") && !strstr(out, "trainee"), "%s", out);
    ck_assert_int_eq(run("--lang", "es", "report", "countries", NULL), 0);
    ck_assert_msg(strstr(out, "participantes") && strstr(out, "Belice") &&
                  !strstr(out, "trainees"), "%s", out);
    ck_assert_int_eq(run("--lang", "es", "report", "countries", "--format", "csv", NULL), 0);
    ck_assert_str_eq(out, "country,trainees,active,attempts,answers,mean_pct,country_name\n"
                          "BZ,1,1,1,3,66.7,Belice\n");
    ck_assert_int_eq(run("--lang", "es", "report", "items", NULL), 0);
    ck_assert_msg(strstr(out, "pregunta") && strstr(out, "faltan 9 intentos m\xC3\xA1s"), "%s",
                  out);
    /* From the environment too, as the shell takes it. */
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "report", "countries",
                    NULL};
    char *env[] = {"LANG=es_MX.UTF-8", "LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", NULL};
    free(out);
    free(errout);
    ck_assert_int_eq(tu_run_as(&(TuRunOptions){.env = env}, argv, &out, &errout), 0);
    ck_assert_msg(strstr(out, "participantes") && strstr(out, "Belice"), "%s", out);
}
END_TEST

/* The text report heads each competency's column with the title its content declares, in the
 * report's language; CSV keeps the ids as column names, for scripts. */
START_TEST(report_heads_competencies_with_their_titles)
{
    free(tu_write(content, "competencies.lua",
                  "return competencies {\n"
                  "  { id = 'marking', title = { en = 'Marking', es = 'Marcaje' } },\n"
                  "  { id = 'tracing', title = { en = 'Tracing', es = 'Rastreo' } },\n"
                  "}\n"));
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "BZ", NULL), 0);
    attempt("Kim", (const bool[]){true, false, true});
    ck_assert_int_eq(run("--lang", "es", "report", "trainees", NULL), 0);
    const char *head = out;
    const char *eol = strchr(head, '\n');
    ck_assert_ptr_nonnull(eol);
    char *first = xstrndup(head, (size_t)(eol - head));
    ck_assert_msg(strstr(first, " Marcaje") && strstr(first, " Rastreo") &&
                  !strstr(first, "marking") && !strstr(first, "tracing"), "%s", out);
    free(first);
    ck_assert_msg(strstr(out, "Belice") && strstr(out, "     50     100\n"), "%s", out);
    ck_assert_int_eq(run("report", "trainees", NULL), 0);
    ck_assert_msg(strstr(out, " Marking") && strstr(out, " Tracing") && !strstr(out, "marking"),
                  "%s", out);
    ck_assert_int_eq(run("--lang", "es", "report", "trainees", "--format", "csv", NULL), 0);
    ck_assert_msg(strstr(out, ",overall_pct,marking,tracing\n"), "%s", out);
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
    ck_assert_msg(strstr(out, "JCF (Jamaica)"), "%s", out); /* the country by its name */
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
    setenv("RASTRO_PDF_HELPER", "/nonexistent/rastro-pdf", 1);
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", "--format", "pdf", "-o", lost,
                         NULL), 1);
    unsetenv("RASTRO_PDF_HELPER");
    ck_assert_msg(strstr(errout, "the PDF renderer (rastro-pdf) cannot be started"), "%s", errout);
    ck_assert_int_ne(access(lost, F_OK), 0);
    free(lost);
    free(pdf);
    free(txt);
}
END_TEST

/* The first line of file path (static, for a few checks). */
static const char *file_text(const char *path)
{
    static char buf[8192];
    FILE *f = fopen(path, "r");
    ck_assert_msg(f, "%s is missing", path);
    size_t got = fread(buf, 1, sizeof buf - 1, f);
    buf[got] = '\0';
    fclose(f);
    return buf;
}

/* The words of the PDF at path (static). */
static const char *pdf_text(const char *path)
{
    char *txt = xasprintf("%s.txt", path);
    char *argv[] = {"/usr/bin/pdftotext", (char *)path, txt, NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
    const char *words = file_text(txt);
    unlink(txt);
    free(txt);
    return words;
}

/* One command writes a certificate for everyone on a roster who passed something, each in its
 * trainee's language, never over one already there without --force, and says who had nothing. */
START_TEST(certificates_for_a_whole_roster)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "JM", "--instructor",
                         "Ana Pérez", NULL), 0);
    ck_assert_int_eq(run("workshop", "add", "--name", "Empty", "--country", "JM", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "José Núñez", "--country", "GT", "--agency",
                         "PNC", "--lang", "es", "--workshop", "W", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", "--workshop", "W",
                         NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Lee", "--country", "JM", "--workshop", "W",
                         NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Off Roster", "--country", "JM", NULL), 0);
    attempt("José Núñez", (const bool[]){true, true, false});
    attempt("Kim", (const bool[]){true, false, false}); /* 33%: nothing to certify */
    attempt("Lee", (const bool[]){true, true, true});
    attempt("Off Roster", (const bool[]){true, true, true});
    char *certs = xasprintf("%s/certs", dir);
    ck_assert_int_eq(run_own_language("certificate", "--all", "--workshop", "W", "--format",
                                      "pdf", "-o", certs, NULL), 0);
    char *jose = xasprintf("%s/jose-nunez.pdf", certs), *lee = xasprintf("%s/lee.pdf", certs);
    ck_assert_msg(strstr(out, jose) && strstr(out, lee) && strstr(out, "2 certificates written"),
                  "%s", out);
    ck_assert_msg(strstr(out, "Nothing to certify for 1 trainee") && strstr(out, "Kim"), "%s",
                  out);
    ck_assert_msg(!strstr(out, "Off Roster"), "%s", out);
    struct stat st;
    ck_assert_int_eq(stat(certs, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0700);
    ck_assert_int_eq(stat(jose, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    const char *words = pdf_text(jose);
    ck_assert_msg(strstr(words, "José Núñez") && strstr(words, "Certificado de finalización") &&
                  strstr(words, "PNC (Guatemala)") && strstr(words, "Lectura de marcas"),
                  "%s", words);
    words = pdf_text(lee);
    ck_assert_msg(strstr(words, "Lee") && strstr(words, "Certificate of completion") &&
                  strstr(words, "Ana Pérez"), "%s", words);
    char *kim = xasprintf("%s/kim.pdf", certs);
    ck_assert_int_ne(access(kim, F_OK), 0);
    /* Again: every file is there already, so none is written, and the command says why. */
    ck_assert_int_eq(stat(jose, &st), 0);
    struct timespec before = st.st_mtim;
    ck_assert_int_eq(run("certificate", "--all", "--workshop", "W", "--format", "pdf", "-o",
                         certs, NULL), 1);
    ck_assert_msg(strstr(errout, "already exists") && strstr(errout, "--force") &&
                  strstr(errout, "none was written"), "%s", errout);
    ck_assert_int_eq(stat(jose, &st), 0);
    ck_assert(st.st_mtim.tv_sec == before.tv_sec && st.st_mtim.tv_nsec == before.tv_nsec);
    ck_assert_int_eq(run("certificate", "--all", "--workshop", "W", "--format", "pdf", "-o",
                         certs, "--force", NULL), 0);
    /* Text, and names that make the same file name told apart by their uid. */
    ck_assert_int_eq(run("trainee", "add", "--name", "Jose Nunez", "--country", "MX",
                         "--workshop", "W", NULL), 0);
    attempt("Jose Nunez", (const bool[]){true, true, true});
    char *texts = xasprintf("%s/texts", dir);
    ck_assert_int_eq(run("--lang", "es", "certificate", "--all", "--workshop", "W", "-o", texts,
                         NULL), 0);
    ck_assert_msg(strstr(out, "3 certificados escritos") && strstr(out, "Nada que certificar") &&
                  strstr(out, ".txt") && !strstr(out, "jose-nunez.txt") &&
                  strstr(out, "lee.txt"), "%s", out);
    /* Without a roster, everyone; nobody to certify is a failure that writes nothing. */
    ck_assert_int_eq(run("certificate", "--all", "--workshop", "Empty", "-o", texts, NULL), 1);
    ck_assert_msg(strstr(errout, "nobody on the roster"), "%s", errout);
    char *all = xasprintf("%s/all", dir);
    ck_assert_int_eq(run("certificate", "--all", "-o", all, NULL), 0);
    ck_assert_msg(strstr(out, "Off Roster") && strstr(out, "4 certificates"), "%s", out);
    /* A directory is needed, and --all goes with no --trainee. */
    ck_assert_int_eq(run("certificate", "--all", "--workshop", "W", NULL), 2);
    ck_assert_int_eq(run("certificate", "--all", "--workshop", "W", "-o", "-", NULL), 2);
    ck_assert_int_eq(run("certificate", "--all", "--trainee", "Kim", "-o", texts, NULL), 2);
    char *file = xasprintf("%s/file", dir);
    free(tu_write(dir, "file", "x"));
    ck_assert_int_eq(run("certificate", "--all", "-o", file, NULL), 1);
    ck_assert_msg(strstr(errout, "not a directory"), "%s", errout);
    free(file);
    free(all);
    free(texts);
    free(kim);
    free(jose);
    free(lee);
    free(certs);
}
END_TEST

/* The code on a certificate, from its text. */
static char *code_in(const char *text)
{
    const char *p = strstr(text, "Verification code:");
    ck_assert_msg(p, "%s", text);
    p += strlen("Verification code:");
    while (*p == ' ')
        p++;
    return xstrndup(p, 16);
}

/* verify recomputes a code from the records: whose certificate it is, listing what, and when it
 * was issued; a certificate printed before the trainee passed more still verifies. */
START_TEST(certificate_codes_verified_from_the_records)
{
    free(tu_write(content, "trace.lua", TRACE));
    ck_assert_int_eq(run("trainee", "add", "--name", "José Núñez", "--country", "GT", "--agency",
                         "PNC", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", NULL), 0);
    attempt("José Núñez", (const bool[]){true, true, false});
    attempt("Kim", (const bool[]){true, true, true});
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", NULL), 0);
    char *early = code_in(out);
    ck_assert_int_eq(run("certificate", "verify", early, NULL), 0);
    ck_assert_msg(strstr(out, early) && strstr(out, "José Núñez (PNC, Guatemala)") &&
                  strstr(out, "Reading markings, passed on") && strstr(out, "on or after"),
                  "%s", out);
    ck_assert_msg(!strstr(out, "Kim"), "%s", out);
    /* José passes a second module: the first certificate still verifies, and says so. */
    attempt_at("trace", "José Núñez", (const bool[]){true, true, false});
    ck_assert_int_eq(run("certificate", "--trainee", "José Núñez", NULL), 0);
    char *late = code_in(out);
    ck_assert_str_ne(early, late);
    ck_assert_int_eq(run("certificate", "verify", early, NULL), 0);
    ck_assert_msg(strstr(out, "Reading markings") && !strstr(out, "Tracing") &&
                  strstr(out, "passed 1 more module since"), "%s", out);
    ck_assert_int_eq(run("certificate", "verify", late, NULL), 0);
    ck_assert_msg(strstr(out, "Reading markings") && strstr(out, "Tracing"), "%s", out);
    /* Typed in lower case with a dash, as people copy codes. */
    char typed[32];
    snprintf(typed, sizeof typed, "%.8s-%s", late, late + 8);
    for (char *c = typed; *c; c++)
        *c = (char)(*c >= 'A' && *c <= 'F' ? *c - 'A' + 'a' : *c);
    ck_assert_int_eq(run("certificate", "verify", typed, NULL), 0);
    /* A code no certificate of these records has, and one that is no code at all. */
    char wrong[17];
    snprintf(wrong, sizeof wrong, "%s", late);
    wrong[15] = wrong[15] == '0' ? '1' : '0';
    ck_assert_int_eq(run("certificate", "verify", wrong, NULL), 1);
    ck_assert_msg(strstr(out, "No certificate issued from these records has the code"), "%s", out);
    ck_assert_int_eq(run("certificate", "verify", "nonsense", NULL), 2);
    ck_assert_msg(strstr(errout, "is not a verification code"), "%s", errout);
    ck_assert_int_eq(run("certificate", "verify", NULL), 2);
    ck_assert_int_eq(run("--lang", "es", "certificate", "verify", late, NULL), 0);
    ck_assert_msg(strstr(out, "es el c\xC3\xB3" "digo de un certificado") &&
                  strstr(out, "Lectura de marcas, aprobado el"), "%s", out);
    free(early);
    free(late);
}
END_TEST

/* What the commands say follows --lang. */
START_TEST(command_messages_in_spanish)
{
    ck_assert_int_eq(run("workshop", "add", "--name", "W", "--country", "JM", NULL), 0);
    ck_assert_int_eq(run("trainee", "add", "--name", "Kim", "--country", "JM", "--workshop", "W",
                         NULL), 0);
    attempt("Kim", (const bool[]){true, false, false});
    ck_assert_int_eq(run("--lang", "es", "certificate", "--trainee", "Kim", NULL), 1);
    ck_assert_msg(strstr(errout, "Kim a\xC3\xBAn no ha aprobado ning\xC3\xBAn m\xC3\xB3" "dulo"),
                  "%s", errout);
    ck_assert_int_eq(run("--lang", "es", "report", "items", "-o", db, NULL), 1);
    ck_assert_msg(strstr(errout, "es la base de datos en uso"), "%s", errout);
    char *csv = xasprintf("%s/r.csv", dir);
    free(tu_write(dir, "r.csv", "old"));
    ck_assert_int_eq(run("--lang", "es", "report", "items", "-o", csv, NULL), 1);
    ck_assert_msg(strstr(errout, "ya existe (no se escribi\xC3\xB3 nada); indique --force"), "%s",
                  errout);
    char *bundle = xasprintf("%s/w.rastro", dir);
    ck_assert_int_eq(run("--lang", "es", "export", "--workshop", "W", "-o", bundle, NULL), 0);
    ck_assert_msg(strstr(out, "1 participantes, 1 intentos, 3 respuestas"), "%s", out);
    ck_assert_int_eq(run("--lang", "es", "import", bundle, NULL), 0);
    ck_assert_msg(strstr(out, "se a\xC3\xB1" "adieron 0 participantes"), "%s", out);
    free(bundle);
    free(csv);
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
    ck_assert_msg(strstr(out, "\nKim,,JM,Jamaica,6,1,") && strstr(out, "\nLuis,,HN,Honduras,3,0,"),
                  "%s", out);
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
    tcase_add_test(tc, records_mended_by_name_or_id);
    tcase_add_test(tc, reports_per_trainee_competency_and_country);
    tcase_add_test(tc, reports_of_one_workshop);
    tcase_add_test(tc, reports_in_spanish);
    tcase_add_test(tc, report_heads_competencies_with_their_titles);
    tcase_add_test(tc, certificates_for_those_who_passed);
    tcase_add_test(tc, certificates_for_a_whole_roster);
    tcase_add_test(tc, certificate_codes_verified_from_the_records);
    tcase_add_test(tc, command_messages_in_spanish);
    tcase_add_test(tc, certificate_leaves_out_a_module_failed_on_a_critical_question);
    tcase_add_test(tc, export_of_one_workshop);
    suite_add_tcase(s, tc);
    return s;
}
