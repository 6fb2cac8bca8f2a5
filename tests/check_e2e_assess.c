/* End to end in a pseudo-terminal, as an advisor would use the shell: a country assessment
 * conducted in Spanish with the regional instrument of content/ (the country's trainees' results
 * proposing a level), killed with SIGKILL mid-pillar and taken up at the same indicator,
 * finished, marked final and summarised (the score and band core computes, a gate, a
 * recommendation, the training results); the region with three countries (two of them from a
 * results bundle), sorted by a pillar; a final assessment read-only and copied into a new draft;
 * a rating that cannot be saved keeps what was typed. */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../tui/core/store_assess.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;
static Catalog cat; /* the regional instrument, as the shell loads it */
static const Instrument *inst;
static char err[512];

#define REGIONAL "content/assessments/regional.lua"
#define T(x) "{ en = '" x "', es = '" x "' }"

/* A module per competency of the course (the measured indicator counts passes of these), each a
 * practice quiz of two questions that both must be right. */
static const char *const COMPETENCIES[] = {
    "safe-handling", "categories-actions", "parts-markings", "reading-markings",
    "marking-standards", "recording", "trace-request", "tracing-chain", "records-retention",
    "obliterated-serials", "stockpile-management", "surplus-destruction",
};
#define N_COMPETENCIES (sizeof COMPETENCIES / sizeof COMPETENCIES[0])

static void write_module(const char *id)
{
    char *src = xasprintf("return lesson { id = '%s', title = " T("%s") ",\n"
                          " practice = { pass = 100 },\n quiz = {\n"
                          "  truefalse { id = 'q1', prompt = " T("One") ", answer = true, "
                          "explain = " T("e") " },\n"
                          "  truefalse { id = 'q2', prompt = " T("Two") ", answer = true, "
                          "explain = " T("e") " },\n } }\n",
                          id, id, id);
    char *name = xasprintf("content/%s.lua", id);
    free(tu_write(dir, name, src));
    free(name);
    free(src);
}

/* A finished practice attempt at module by trainee tid, both answers right or both wrong. */
static void attempt(Store *s, int64_t tid, const char *module, bool right)
{
    AttemptRow row = {.trainee_id = tid, .module_id = module, .module_version = 1,
                      .mode = ATTEMPT_PRACTICE, .seed = 1};
    int64_t aid;
    ck_assert_msg(store_attempt_start(s, &row, &aid, err, sizeof err), "%s", err);
    for (int i = 0; i < 2; i++) {
        AnswerRow a = {.attempt_id = aid, .question_id = i ? "q2" : "q1", .position = i + 1,
                       .response = right ? "true" : "false", .score = right, .max_score = 1,
                       .try_no = 1, .final = true, .correct = right};
        ck_assert_msg(store_answer_add(s, &a, err, sizeof err), "%s", err);
    }
    ck_assert(store_attempt_finish(s, aid, right ? 2 : 0, 2, err, sizeof err));
}

/* Guatemala's trainees: three pass every module, the fourth fails the trace request, so 75% passed
 * every competency the training indicator lists (rastro proposes level 3). Honduras has one,
 * who passes everything (not counted for Guatemala). */
static void trainees(Store *s)
{
    const char *names[] = {"Rosa", "Pedro", "Marta", "Julio", "Kim"};
    for (int k = 0; k < 5; k++) {
        Trainee t = {.name = (char *)names[k], .agency = "PNC", .country = "GT"};
        if (k == 4)
            snprintf(t.country, sizeof t.country, "HN");
        ck_assert_msg(store_trainee_add(s, &t, err, sizeof err), "%s", err);
        for (size_t c = 0; c < N_COMPETENCIES; c++)
            attempt(s, t.id, COMPETENCIES[c], k != 3 || strcmp(COMPETENCIES[c], "trace-request"));
    }
}

/* A final assessment of country on date in s, every indicator at level (the first of each pillar
 * at first instead), by María López. */
static void final_assessment(Store *s, const char *country, const char *date, int first,
                             int level)
{
    Assessment a = {.instrument_id = inst->id, .instrument_version = inst->version,
                    .assessors = "María López", .sources = "Visita"};
    snprintf(a.country, sizeof a.country, "%s", country);
    snprintf(a.assessed_on, sizeof a.assessed_on, "%s", date);
    int64_t id;
    ck_assert_msg(store_assessment_add(s, &a, &id, err, sizeof err), "%s", err);
    for (size_t p = 0; p < inst->n_pillars; p++)
        for (size_t i = 0; i < inst->pillars[p].n_indicators; i++) {
            /* Evidence as another program may have written it: escapes and a bell. */
            Rating r = {.indicator_id = inst->pillars[p].indicators[i].id,
                        .level = i == 0 ? first : level, .rated_by = "María López",
                        .evidence = p + i ? "Visita" : "Ley\x1b[2J borrada\x07 hoy"};
            ck_assert_msg(store_rating_add(s, id, &r, NULL, err, sizeof err), "%s", err);
        }
    ck_assert_msg(store_assessment_finalise(s, id, err, sizeof err), "%s", err);
}

static void run_rastro(const char *db_path, const char *a1, const char *a2, const char *a3)
{
    char *argv[] = {(char *)tu_rastro(), "--db", (char *)db_path, (char *)a1, (char *)a2,
                    (char *)a3, NULL};
    char *out = NULL, *errs = NULL;
    int rc = tu_run(argv, &out, &errs);
    ck_assert_msg(rc == 0, "rastro %s %s: %s", a1, a2, errs);
    free(out);
    free(errs);
}

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    content = xasprintf("%s/content", dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    char *sub = xasprintf("%s/assessments", content);
    ck_assert_int_eq(mkdir(sub, 0700), 0);
    free(tu_copy(REGIONAL, sub, "regional.lua"));
    free(sub);
    free(tu_copy("content/competencies.lua", content, "competencies.lua"));
    for (size_t c = 0; c < N_COMPETENCIES; c++)
        write_module(COMPETENCIES[c]);
    catalog_init(&cat);
    tu_load_file(&cat, REGIONAL, NULL);
    inst = catalog_instrument(&cat, "regional-capacity", 0);
    ck_assert_msg(inst != NULL, "the regional instrument did not load");

    db = xasprintf("%s/rastro.db", dir);
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    trainees(s);
    store_close(s);
    /* Honduras and El Salvador assessed on another laptop, merged from its results bundle. */
    char *other = xasprintf("%s/other.db", dir), *bundle = xasprintf("%s/other.rastro", dir);
    s = tu_store_open(other, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    final_assessment(s, "HN", "2026-02-10", 4, 2); /* legal 62.5 (4,2,2,2) */
    final_assessment(s, "SV", "2026-05-20", 1, 3); /* legal 62.5 (1,3,3,3), higher elsewhere */
    store_close(s);
    run_rastro(other, "export", "-o", bundle);
    run_rastro(db, "import", bundle, NULL);
    free(other);
    free(bundle);
}

static void teardown(void)
{
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

/* The shell on the country assessments (of country, when given) in lang. */
static PtyTerm *shell(const char *lang, const char *country, char *const extra[])
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", (char *)lang,
                    "assess", country ? "--country" : NULL, (char *)country, NULL};
    return tu_pty(argv, "C.UTF-8", extra, 24, 80);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 15000);
}

/* The screen as one line: rows joined with a space, their indents and the scroll marks at their
 * ends left out, so that text wrapped across rows reads whole. Caller frees. */
static char *flowed(PtyTerm *t)
{
    char *screen = ptyterm_screen(t);
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, "");
    for (char *row = strtok(screen, "\n"); row; row = strtok(NULL, "\n")) {
        while (*row == ' ')
            row++;
        size_t n = strlen(row);
        /* "↑" and "↓" are three bytes each. */
        if (n >= 3 && (!strcmp(row + n - 3, "\xE2\x86\x91") || !strcmp(row + n - 3, "\xE2\x86\x93")))
            row[n -= 3] = '\0';
        while (n && row[n - 1] == ' ')
            row[--n] = '\0';
        if (*row)
            strbuf_printf(&b, "%s%s", b.len ? " " : "", row);
    }
    free(screen);
    return strbuf_take(&b);
}

static bool on_screen(PtyTerm *t, const char *text)
{
    char *f = flowed(t);
    bool found = strstr(f, text) != NULL;
    free(f);
    return found;
}

/* Waits for text, wrapped or not. */
static void expect_flowed(PtyTerm *t, const char *text)
{
    for (int waited = 0; waited < 15000; waited += 100) {
        ptyterm_settle(t, 100, 1000);
        if (on_screen(t, text))
            return;
    }
    char *screen = ptyterm_screen(t);
    ck_abort_msg("'%s' never appeared; screen:\n%s", text, screen);
    free(screen);
}

/* Scrolls a page at a time until text is on screen. */
static void scroll_to(PtyTerm *t, const char *text)
{
    ptyterm_settle(t, 150, 3000);
    for (int page = 0; page < 30 && !on_screen(t, text); page++) {
        ptyterm_key(t, VTERM_KEY_PAGEDOWN);
        ptyterm_settle(t, 100, 2000);
    }
    if (!on_screen(t, text)) {
        char *screen = ptyterm_screen(t);
        ck_abort_msg("'%s' not found scrolling down; last screen:\n%s", text, screen);
        free(screen);
    }
}

/* The start of text, cut at a space after at most max bytes (enough to tell it from others).
 * Caller frees. */
static char *first_words(const char *text, size_t max)
{
    size_t n = strlen(text);
    if (n > max) {
        n = max;
        while (n > 0 && text[n] != ' ')
            n--;
    }
    return xstrndup(text, n);
}

static const Indicator *indicator(const char *id)
{
    const Indicator *ind = instrument_indicator(inst, id, NULL);
    ck_assert_msg(ind != NULL, "no indicator %s", id);
    return ind;
}

/* Waits for indicator id's screen, its title in lang. */
static void expect_indicator_in(PtyTerm *t, const char *id, Lang lang)
{
    char *title = first_words(ltext_get(&indicator(id)->title, lang), 40);
    expect_flowed(t, title);
    free(title);
}

static void expect_indicator(PtyTerm *t, const char *id)
{
    expect_indicator_in(t, id, LANG_ES);
}

static void ctrl_s(PtyTerm *t)
{
    ptyterm_send(t, "\x13");
}

static void enter(PtyTerm *t)
{
    ptyterm_key(t, VTERM_KEY_ENTER);
}

static long long count(const char *sql)
{
    return tu_sql_int(db, sql);
}

/* The Spanish name of a band (core's words, as the shell shows them). */
static const char *band_es(AssessBand b)
{
    static const char *const names[] = {"ausente", "inicial", "en desarrollo", "establecido",
                                        "avanzado"};
    return names[b];
}

/* The current ratings of Guatemala's assessment scored by core, as the summary must show them. */
static void score_gt(AssessResult *out)
{
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    int64_t id = count("SELECT id FROM assessment WHERE country = 'GT'");
    Rating *cur;
    size_t n;
    ck_assert_msg(store_ratings_current(s, id, &cur, &n, err, sizeof err), "%s", err);
    assess_score(inst, cur, n, out);
    rating_list_free(cur, n);
    store_close(s);
}

/* The form: Guatemala, 10 March 2026, two assessors, the sources on two lines. */
static void start_guatemala(PtyTerm *t)
{
    expect(t, "Evaluaciones de país");
    ptyterm_send(t, "n");
    expect(t, "Nueva evaluación");
    ptyterm_send(t, "guate");
    expect(t, "Guatemala (GT)");
    enter(t);
    for (int i = 0; i < 10; i++)
        ptyterm_key(t, VTERM_KEY_BACKSPACE);
    ptyterm_send(t, "2026-03-10");
    enter(t);
    ptyterm_send(t, "Ana Pérez");
    enter(t);
    ptyterm_send(t, "Luis Gómez");
    enter(t);
    expect(t, "Ana Pérez, Luis Gómez");
    enter(t); /* the empty name: on to the sources */
    ptyterm_send(t, "Ley de Armas y Municiones (Decreto 15-2009)");
    enter(t);
    ptyterm_send(t, "Entrevista en la DIGECAM");
    ptyterm_key(t, VTERM_KEY_TAB);
    expect(t, "Capacidad nacional para combatir");
    enter(t);
    expect(t, "Evaluación iniciada.");
}

START_TEST(conducted_in_spanish_killed_resumed_finalised_summarised)
{
    PtyTerm *t = shell("es", NULL, NULL);
    start_guatemala(t);
    expect_indicator(t, "legal.ratified");
    expect(t, "Pilar 1/8");
    expect(t, "Crítico: mientras esté en 0");
    ck_assert_int_eq(count("SELECT count(*) FROM assessment WHERE country = 'GT' AND "
                           "assessed_on = '2026-03-10' AND status = 'draft' AND "
                           "assessors = 'Ana Pérez' || char(10) || 'Luis Gómez' AND "
                           "sources = 'Ley de Armas y Municiones (Decreto 15-2009)' || char(10) "
                           "|| 'Entrevista en la DIGECAM'"), 1);

    /* Level 0, with evidence on two lines, UTF-8. */
    ptyterm_send(t, "0");
    expect(t, "Aún sin guardar: nivel 0. Enter lo guarda.");
    ptyterm_send(t, "e");
    expect(t, "Ctrl-S conserva el texto");
    ptyterm_send(t, "Ningún tratado ratificado según la Cancillería.");
    enter(t);
    ptyterm_send(t, "Nota Nº 123, año 2025");
    ctrl_s(t);
    expect(t, "Conservado. Enter guarda la calificación.");
    ck_assert_int_eq(count("SELECT count(*) FROM rating"), 62); /* the bundle's only */
    enter(t);
    expect(t, "Guardado: nivel 0.");
    expect_indicator(t, "legal.criminalised");
    ck_assert_int_eq(count("SELECT count(*) FROM rating r JOIN assessment a ON a.id = "
                           "r.assessment_id WHERE a.country = 'GT' AND r.indicator_id = "
                           "'legal.ratified' AND r.level = 0 AND r.rated_by = 'Ana Pérez' AND "
                           "r.evidence = 'Ningún tratado ratificado según la Cancillería.' || "
                           "char(10) || 'Nota Nº 123, año 2025'"), 1);
    ptyterm_send(t, "2");
    enter(t);
    expect_indicator(t, "legal.coordination");
    /* Luis rates from here on. */
    ptyterm_send(t, "a");
    expect(t, "Las calificaciones, desde ahora, son de Luis Gómez.");
    ptyterm_send(t, "3");
    enter(t);
    expect_indicator(t, "legal.action-plan");
    ptyterm_send(t, "1");
    enter(t);
    expect_indicator(t, "marking.manufacture");
    expect(t, "Pilar 2/8");
    /* Not applicable, where the instrument allows it: the reason is asked for, then saved. */
    ptyterm_send(t, "n");
    enter(t);
    expect(t, "Diga por qué no es aplicable");
    ptyterm_send(t, "No hay fabricación nacional de armas de fuego.");
    ctrl_s(t);
    expect(t, "Guardado: no aplicable.");
    expect_indicator(t, "marking.import");
    ptyterm_send(t, "2");
    enter(t);
    expect_indicator(t, "marking.state");
    expect(t, "indicador 3/5");
    /* Killed mid-pillar with a level chosen and not saved. */
    ptyterm_send(t, "4");
    expect(t, "Aún sin guardar: nivel 4.");
    kill(ptyterm_pid(t), SIGKILL);
    ptyterm_wait_exit(t, 5000);
    ptyterm_free(t);
    ck_assert_int_eq(count("SELECT count(*) FROM rating r JOIN assessment a ON a.id = "
                           "r.assessment_id WHERE a.country = 'GT'"), 6);
    ck_assert_int_eq(count("SELECT count(*) FROM rating WHERE rated_by = 'Luis Gómez'"), 4);

    /* Back at the same indicator, nothing of it saved, Luis still rating (he rated last). */
    t = shell("es", "GT", NULL);
    expect(t, "Evaluaciones de país · Guatemala");
    expect(t, "borrador");
    enter(t);
    expect_indicator(t, "marking.state");
    expect(t, "Pilar 2/8");
    expect(t, "indicador 3/5");
    expect(t, "calificados 2/5");
    expect(t, "Aún sin calificar.");
    expect(t, "Califica Luis Gómez.");

    /* The rest, in order; the training indicator proposes level 3 from the trainees' results. */
    IndicatorRef at;
    ck_assert(instrument_indicator(inst, "marking.state", &at));
    bool more = true;
    for (; more; more = instrument_next(inst, &at)) {
        const Indicator *ind = instrument_at(inst, at);
        expect_indicator(t, ind->id);
        if (strcmp(ind->id, "cooperation.training") == 0) {
            scroll_to(t, "Nivel 3 propuesto: el 75% de los 4 participantes del país");
            scroll_to(t, "La solicitud de rastreo: 75% (3/4)");
            ptyterm_send(t, "m");
            expect(t, "Aún sin guardar: nivel 3.");
        } else if (strcmp(ind->id, "tracing.contact") == 0) {
            ptyterm_send(t, "0"); /* a second gate */
        } else {
            ptyterm_send(t, at.i % 2 ? "2" : "3");
        }
        enter(t);
        expect(t, "Guardado: nivel");
    }
    expect_flowed(t, "Todos los indicadores están calificados: f marca la evaluación como "
                     "definitiva.");
    expect(t, "Calificados: 31 de 31 indicadores");
    ck_assert_int_eq(count("SELECT count(*) FROM rating WHERE indicator_id = "
                           "'cooperation.training' AND measured_level = 3 AND level = 3 AND "
                           "measured_value = 75"), 1);
    ck_assert_int_eq(count("SELECT count(*) FROM assessment_place p JOIN assessment a ON "
                           "a.id = p.assessment_id WHERE a.country = 'GT'"), 1);

    /* Final, once confirmed. */
    ptyterm_send(t, "f");
    expect_flowed(t, "¿Marcar esta evaluación como definitiva? Pasa a ser de solo lectura");
    ptyterm_send(t, "s");
    expect_flowed(t, "La evaluación es definitiva. Ya no puede cambiar");
    ck_assert_int_eq(count("SELECT count(*) FROM assessment WHERE country = 'GT' AND status = "
                           "'final'"), 1);
    tu_expect_absent(t, "Marcar como definitiva");

    /* The summary: the score and band core computes for these ratings, the gates, a
     * recommendation, the training results. */
    AssessResult res;
    score_gt(&res);
    ck_assert(res.complete && res.scored);
    char overall[64];
    snprintf(overall, sizeof overall, "%.1f  %s", res.overall, band_es(res.band));
    char legal[64];
    snprintf(legal, sizeof legal, "%.1f* %s", res.pillars[0].score,
             band_es(assess_band(res.pillars[0].score)));
    ck_assert_double_eq_tol(res.pillars[0].score, 25.0, 1e-9); /* (0+2+3+1)/4 x 25, gated */
    assess_result_done(&res);
    ptyterm_send(t, "s");
    expect(t, "Resumen · Guatemala, 2026-03-10");
    expect(t, "Puntuación global");
    expect(t, overall);
    expect(t, legal);
    scroll_to(t, "Límites por indicadores críticos");
    char *gate = xasprintf("Marco jurídico y coordinación: limitado a 25 como máximo mientras su "
                           "indicador crítico «%s", ltext_get(&indicator("legal.ratified")->title,
                                                            LANG_ES));
    scroll_to(t, gate);
    free(gate);
    const InstrumentRule *ratify = NULL;
    for (size_t k = 0; k < inst->n_rules; k++)
        if (strcmp(inst->rules[k].id, "ratify") == 0)
            ratify = &inst->rules[k];
    ck_assert_ptr_nonnull(ratify);
    char *rec = first_words(ltext_get(&ratify->text, LANG_ES), 60);
    scroll_to(t, "Recomendaciones");
    scroll_to(t, rec);
    free(rec);
    scroll_to(t, "4 participantes de Guatemala con un cuestionario o examen terminado");
    scroll_to(t, "No hay una evaluación definitiva anterior de este país");

    /* Read-only from now on: every edit key says why. */
    ptyterm_send(t, "q");
    expect(t, "Ver las calificaciones");
    enter(t);
    expect_indicator(t, "legal.ratified");
    expect(t, "Guardado: nivel 0, por Ana Pérez");
    long long ratings = count("SELECT count(*) FROM rating");
    const char *keys[] = {"2", "e", "n", "d", "a", "\r"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        ptyterm_send(t, keys[k]);
        expect_flowed(t, "Esta evaluación es definitiva, así que es de solo lectura");
        tu_expect_absent(t, "Ctrl-S conserva el texto");
        tu_expect_absent(t, "Aún sin guardar");
    }
    ck_assert_int_eq(count("SELECT count(*) FROM rating"), ratings);

    /* The region: three countries, each with its latest final assessment and its date. */
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    expect(t, "Evaluaciones de país · Guatemala");
    ptyterm_send(t, "g");
    expect(t, "La región");
    expect_flowed(t, "Ordenado por país, de la A a la Z.");
    int gt, hn, sv;
    expect(t, "2026-03-10");
    ck_assert(ptyterm_find(t, "El Salvador", &sv, NULL));
    ck_assert(ptyterm_find(t, "Guatemala", &gt, NULL));
    ck_assert(ptyterm_find(t, "Honduras", &hn, NULL));
    ck_assert(sv < gt && gt < hn);
    ck_assert(ptyterm_contains(t, "2026-02-10") && ptyterm_contains(t, "2026-05-20"));
    /* By the overall score, then by the first pillar (legal): Guatemala's is gated at 25, and
     * Honduras and El Salvador tie at 62.5 (by country code then). */
    ptyterm_send(t, "s");
    expect_flowed(t, "Ordenado por puntuación global, de mayor a menor.");
    ptyterm_send(t, "s");
    expect_flowed(t, "Ordenado por Marco jurídico y coordinación, de mayor a menor.");
    ck_assert(ptyterm_find(t, "El Salvador", &sv, NULL));
    ck_assert(ptyterm_find(t, "Guatemala", &gt, NULL));
    ck_assert(ptyterm_find(t, "Honduras", &hn, NULL));
    ck_assert_msg(hn < sv && sv < gt, "rows: HN %d, SV %d, GT %d", hn, sv, gt);
    ck_assert(ptyterm_contains(t, "25.0*"));
    ptyterm_send(t, "r");
    expect_flowed(t, "Ordenado por Marco jurídico y coordinación, de menor a mayor.");
    ck_assert(ptyterm_find(t, "Guatemala", &gt, NULL));
    ck_assert(ptyterm_find(t, "Honduras", &hn, NULL));
    ck_assert(gt < hn);
    /* The first row is Guatemala's: Enter opens its summary. */
    enter(t);
    expect(t, "Resumen · Guatemala, 2026-03-10");
    ptyterm_free(t);
}
END_TEST

START_TEST(final_assessment_is_read_only_and_copied_into_a_new_draft)
{
    PtyTerm *t = shell("en", "HN", NULL);
    expect(t, "Country assessments · Honduras");
    expect(t, "final");
    enter(t);
    /* A final assessment opens on its overview, not on an indicator to rate. */
    expect(t, "Read the ratings");
    tu_expect_absent(t, "Mark final");
    ptyterm_send(t, "f");
    expect_flowed(t, "This assessment is final, so it is read-only");
    enter(t);
    expect(t, "Saved: level 4, by María López");
    /* Evidence from elsewhere drawn inert: the escape did not clear the screen. */
    scroll_to(t, "Ley\xEF\xBF\xBD[2J borrada\xEF\xBF\xBD hoy");
    expect(t, "Saved: level 4, by María López");
    long long ratings = count("SELECT count(*) FROM rating");
    const char *keys[] = {"3", "e", "d", "r", "m", "\r"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        ptyterm_send(t, keys[k]);
        expect_flowed(t, "This assessment is final, so it is read-only");
        tu_expect_absent(t, "Ctrl-S keeps the text");
        tu_expect_absent(t, "Not saved yet");
    }
    /* Moving about is not editing. */
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect_indicator_in(t, "legal.criminalised", LANG_EN);
    ck_assert_int_eq(count("SELECT count(*) FROM rating"), ratings);
    ck_assert_int_eq(count("SELECT count(*) FROM assessment_place"), 0);

    /* A new draft as a copy of it: its ratings come along, as they were rated. */
    ptyterm_send(t, "q");
    ptyterm_send(t, "q");
    expect(t, "Country assessments · Honduras");
    ptyterm_send(t, "c");
    expect(t, "New assessment, a copy of the last final one");
    expect(t, "Honduras");
    ptyterm_send(t, "\x13");
    expect(t, "Name at least one assessor");
    ptyterm_send(t, "Kim Lee");
    ptyterm_send(t, "\x13");
    expect(t, "Assessment started from the last final one.");
    expect(t, "Pillar 1/8");
    expect(t, "Saved: level 4, by María López");
    ck_assert_int_eq(count("SELECT count(*) FROM assessment a WHERE country = 'HN' AND status = "
                           "'draft' AND copied_from IS NOT NULL AND assessors = 'Kim Lee' AND "
                           "(SELECT count(*) FROM rating r WHERE r.assessment_id = a.id) = 31"),
                     1);
    /* In the editor too, the escape shows as a mark, and stays one. */
    ptyterm_send(t, "e");
    expect(t, "Ctrl-S keeps the text");
    expect(t, "Ley\xEF\xBF\xBD[2J borrada\xEF\xBF\xBD hoy");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    /* The copy is a draft: it takes a new rating, by its own assessor. */
    ptyterm_send(t, "1");
    enter(t);
    expect(t, "Saved: level 1.");
    ck_assert_int_eq(count("SELECT count(*) FROM rating WHERE rated_by = 'Kim Lee' AND level = 1 "
                           "AND indicator_id = 'legal.ratified'"), 1);
    ptyterm_free(t);
}
END_TEST

/* Another program writing to the database: a connection of the test's own in a write
 * transaction, holding the lock until released. */
static sqlite3 *hold_lock(void)
{
    sqlite3 *h = NULL;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    char *msg = NULL;
    int rc = sqlite3_exec(h, "BEGIN EXCLUSIVE; UPDATE trainee SET agency = 'held';", NULL, NULL,
                          &msg);
    ck_assert_msg(rc == SQLITE_OK, "locking: %s", msg ? msg : "?");
    return h;
}

static void release_lock(sqlite3 *h)
{
    ck_assert_int_eq(sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
}

START_TEST(a_rating_not_saved_keeps_what_was_typed)
{
    Store *s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
    Assessment a = {.country = "GT", .instrument_id = inst->id,
                    .instrument_version = inst->version, .assessed_on = "2026-03-10",
                    .assessors = "Ana Pérez"};
    int64_t id;
    ck_assert_msg(store_assessment_add(s, &a, &id, err, sizeof err), "%s", err);
    store_close(s);

    char *extra[] = {"RASTRO_LOCK_WAIT=2", NULL};
    PtyTerm *t = shell("es", "GT", extra);
    expect(t, "borrador");
    enter(t);
    expect_indicator(t, "legal.ratified");
    ptyterm_send(t, "1");
    ptyterm_send(t, "e");
    expect(t, "Ctrl-S conserva el texto");
    ptyterm_send(t, "Texto que no debe perderse");
    ctrl_s(t);
    expect(t, "Conservado.");
    sqlite3 *h = hold_lock();
    enter(t);
    expect_flowed(t, "La calificación no se guardó; lo que escribió se conserva.");
    tu_expect_absent(t, "Guardado: nivel");
    expect(t, "Aún sin guardar: nivel 1.");
    scroll_to(t, "Texto que no debe perderse");
    ck_assert_int_eq(count("SELECT count(*) FROM rating r JOIN assessment a ON a.id = "
                           "r.assessment_id WHERE a.country = 'GT'"), 0);
    release_lock(h);
    enter(t);
    expect(t, "Guardado: nivel 1.");
    expect_indicator(t, "legal.criminalised");
    ck_assert_int_eq(count("SELECT count(*) FROM rating WHERE indicator_id = 'legal.ratified' "
                           "AND level = 1 AND evidence = 'Texto que no debe perderse'"), 1);

    /* Moving on with a change not saved asks first; left out, nothing is written. */
    ptyterm_send(t, "2");
    ptyterm_key(t, VTERM_KEY_RIGHT);
    expect_flowed(t, "Este indicador tiene cambios sin guardar.");
    ptyterm_send(t, "n");
    expect_indicator(t, "legal.coordination");
    ck_assert_int_eq(count("SELECT count(*) FROM rating r JOIN assessment a ON a.id = "
                           "r.assessment_id WHERE a.country = 'GT' AND r.indicator_id = "
                           "'legal.criminalised'"), 0);
    ptyterm_free(t);
}
END_TEST

Suite *e2e_assess_suite(void)
{
    Suite *s = suite_create("e2e_assess");
    TCase *tc = tcase_create("assess");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, conducted_in_spanish_killed_resumed_finalised_summarised);
    tcase_add_test(tc, final_assessment_is_read_only_and_copied_into_a_new_draft);
    tcase_add_test(tc, a_rating_not_saved_keeps_what_was_typed);
    suite_add_tcase(s, tc);
    return s;
}
