/* End to end: the real rastro binary in a pseudo-terminal, its screen read through libvterm,
 * driven by keys the way a trainee would. */
#include <check.h>
#include <libgen.h>
#include <sqlite3.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/quiz.h"
#include "../tui/lua/host.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db, "%s/data/rastro.db", dir), 0);
}

static void teardown(void)
{
    tu_rmrf(dir);
    free(dir);
    free(db);
}

static PtyTerm *start(const char *lang_flag, const char *lang_env, char **extra_env, int rows,
                      int cols)
{
    char *argv[12];
    int i = 0;
    argv[i++] = (char *)tu_rastro();
    argv[i++] = "--db";
    argv[i++] = db;
    argv[i++] = "--content";
    argv[i++] = "content";
    if (lang_flag) {
        argv[i++] = "--lang";
        argv[i++] = (char *)lang_flag;
    }
    argv[i] = NULL;
    return tu_pty(argv, lang_env, extra_env, rows, cols);
}

static void expect(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

static void expect_absent(PtyTerm *t, const char *text)
{
    tu_expect_absent(t, text);
}

/* After an answer that is right: the acknowledgement, then on to the next question. */
static void expect_right_and_go_on(PtyTerm *t, size_t *right, double *points)
{
    expect(t, "Respuesta guardada");
    expect(t, "Correcto.");
    (*right)++;
    *points += 1;
    ptyterm_key(t, VTERM_KEY_ENTER);
}

/* Creates a trainee from the first screen and lands on the main menu. */
static void create_trainee(PtyTerm *t, const char *begin, const char *menu)
{
    expect(t, begin);
    tu_fill_trainee_form(t, "Ana Pérez", "Policía Nacional");
    expect(t, menu);
    expect(t, "Ana Pérez, Guatemala");
}

START_TEST(spanish_trainee_takes_module_and_sees_score)
{
    Catalog cat;
    catalog_init(&cat);
    tu_load_file(&cat, "content/01-safe-handling.lua", NULL);
    const Module *m = catalog_find(&cat, "safe-handling");
    ck_assert_ptr_nonnull(m);
    size_t n = m->n_questions;
    /* Practice with one more try: a wrong first answer is tried again, and the second try loses
     * the penalty's share of the marks. The module has an exam beside it. */
    const QuizSettings *practice = module_quiz(m, QUIZ_PRACTICE);
    ck_assert(module_has_both_quizzes(m));
    ck_assert_uint_eq(practice->retries, 1);
    double penalty = practice->penalty;

    PtyTerm *t = start("es", "C.UTF-8", NULL, 24, 80);
    create_trainee(t, "Cree un participante para comenzar.", "Elija un módulo.");
    expect(t, "Manipulación segura y manejo de indicios");
    expect(t, "sin realizar");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Leer la lección");
    /* Read the first page, then go back and take the quiz. */
    ptyterm_send(t, "1");
    expect(t, "Página 1 de");
    expect(t, "La seguridad primero");
    ptyterm_send(t, "q");
    expect(t, "Cuestionario de práctica");
    ptyterm_send(t, "2");

    size_t right = 0; /* questions answered exactly right */
    double points = 0;
    for (size_t i = 0; i < n; i++) {
        char title[96];
        snprintf(title, sizeof title, "Práctica: pregunta %zu de %zu", i + 1, n);
        expect(t, title);
        const Question *qu = &m->questions[i];
        bool typed = qu->type == QUESTION_TEXT || qu->type == QUESTION_NUMERIC;
        expect(t, qu->type == QUESTION_MULTI   ? "Marque las respuestas correctas"
                  : qu->type == QUESTION_ORDER ? "Espacio toma o deja"
                  : qu->type == QUESTION_MATCH ? "Arriba y Abajo eligen"
                  : qu->type == QUESTION_LOCATE ? "Se\xC3\xB1" "alar"
                  : typed                      ? "Escriba su respuesta"
                                               : "Elija una respuesta");
        if (qu->type == QUESTION_MATCH) {
            /* Give each item its match: Right steps through the choices as offered. */
            size_t pool[QUESTION_MAX_OPTIONS];
            question_shown_order(qu, pool);
            for (size_t r = 0; r < qu->n_options; r++) {
                size_t place = 0;
                while (pool[place] != r)
                    place++;
                for (size_t k = 0; k <= place; k++)
                    ptyterm_key(t, VTERM_KEY_RIGHT);
                ptyterm_key(t, VTERM_KEY_DOWN);
            }
            expect(t, "No sabe c\xC3\xB3mo descargarla \xE2\x86\x92 Llamar a un instructor");
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect_right_and_go_on(t, &right, &points);
            continue;
        }
        if (qu->type == QUESTION_ORDER) {
            expect(t, "Espacio Tomar"); /* the key bar, in Spanish */
            /* Pick up the first item, move it down one place, put it down, answer. */
            size_t arranged[QUESTION_MAX_OPTIONS];
            question_shown_order(qu, arranged);
            size_t tmp = arranged[0];
            arranged[0] = arranged[1];
            arranged[1] = tmp;
            ptyterm_send(t, " ");
            expect(t, "<> 1)");
            ptyterm_key(t, VTERM_KEY_DOWN);
            expect(t, "<> 2)");
            ptyterm_send(t, " ");
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect(t, "Respuesta guardada");
            Verdict v = question_score_order(qu, arranged);
            if (!v.correct) {
                /* Tried again as it stands: the arrangement is kept, and judged the same. */
                expect(t, "Intente de nuevo");
                ptyterm_key(t, VTERM_KEY_ENTER);
                ptyterm_key(t, VTERM_KEY_ENTER);
                expect(t, "En orden en parte");
            } else {
                expect(t, "Correcto.");
            }
            right += v.correct;
            points += v.correct ? 1 : (v.score > penalty ? v.score - penalty : 0);
            ptyterm_key(t, VTERM_KEY_ENTER);
            continue;
        }
        if (qu->type == QUESTION_LOCATE) {
            /* The frame starts in the middle of the grid: the arrows take it to a right cell. */
            unsigned col = 0, row = 0;
            while (!locate_cell_right(qu, col, row))
                if (++col == qu->grid_cols) {
                    col = 0;
                    row++;
                }
            for (unsigned c = qu->grid_cols / 2; c > col; c--)
                ptyterm_key(t, VTERM_KEY_LEFT);
            for (unsigned c = qu->grid_cols / 2; c < col; c++)
                ptyterm_key(t, VTERM_KEY_RIGHT);
            for (unsigned r = qu->grid_rows / 2; r > row; r--)
                ptyterm_key(t, VTERM_KEY_UP);
            for (unsigned r = qu->grid_rows / 2; r < row; r++)
                ptyterm_key(t, VTERM_KEY_DOWN);
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect_right_and_go_on(t, &right, &points);
            continue;
        }
        if (qu->type == QUESTION_NUMERIC) {
            ptyterm_send(t, "cuatro\r"); /* not a number: refused, nothing stored */
            expect(t, "Escriba un número");
            for (int k = 0; k < 6; k++)
                ptyterm_key(t, VTERM_KEY_BACKSPACE);
            ptyterm_send(t, "4,0\r");
            expect_right_and_go_on(t, &right, &points);
            continue;
        }
        if (qu->type == QUESTION_TEXT) {
            /* Typed without the accent and in capitals: still right. 'q' is text here. */
            ptyterm_send(t, "PERITO  EN  Balistica");
            expect(t, "PERITO  EN  Balistica_");
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect_right_and_go_on(t, &right, &points);
            continue;
        }
        if (qu->type == QUESTION_MULTI) {
            /* Tick the right options and one wrong one: partial credit. */
            uint32_t picked = qu->answers;
            for (size_t k = 0; k < qu->n_options; k++)
                if (!(qu->answers & (1u << k))) {
                    picked |= 1u << k;
                    break;
                }
            for (size_t k = 0; k < qu->n_options; k++)
                if (picked & (1u << k)) {
                    char key[2] = {(char)('1' + k), 0};
                    ptyterm_send(t, key);
                }
            expect(t, "[x] 1)");
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect(t, "Respuesta guardada");
            /* Not right: tried again, the same ticks (the second try starts with none). */
            expect(t, "Intente de nuevo");
            ptyterm_key(t, VTERM_KEY_ENTER);
            for (size_t k = 0; k < qu->n_options; k++)
                if (picked & (1u << k)) {
                    char key[2] = {(char)('1' + k), 0};
                    ptyterm_send(t, key);
                }
            expect(t, "[x] 1)");
            ptyterm_key(t, VTERM_KEY_ENTER);
            expect(t, "En parte correcto:");
            double partial = question_score(qu, picked).score;
            points += partial > penalty ? partial - penalty : 0;
            ptyterm_key(t, VTERM_KEY_ENTER);
            continue;
        }
        /* Answer even questions right, odd ones wrong, by number. */
        size_t correct = qu->answer;
        size_t pick = i % 2 == 0 ? correct : (correct + 1) % qu->n_options;
        right += pick == correct;
        points += pick == correct;
        char key[2] = {(char)('1' + pick), 0};
        ptyterm_send(t, key);
        expect(t, "Respuesta guardada");
        if (pick != correct) {
            /* The first try is not the last: the same wrong pick again ends the question. */
            expect(t, "Intente de nuevo");
            ptyterm_key(t, VTERM_KEY_ENTER);
            ptyterm_send(t, key);
        }
        expect(t, pick == correct ? "Correcto." : "Respuesta incorrecta. La correcta es la");
        if (i < 2) {
            /* The right option is marked, and a wrong pick is crossed out, in the column left blank
             * before the answer (so the options do not move). */
            char mark[40];
            snprintf(mark, sizeof mark, "\xE2\x9C\x93  %zu)", correct + 1);
            expect(t, mark);
            if (pick != correct) {
                snprintf(mark, sizeof mark, "\xE2\x9C\x97  %zu)", pick + 1);
                expect(t, mark);
            }
        }
        ptyterm_key(t, VTERM_KEY_ENTER);
    }
    char score[128];
    snprintf(score, sizeof score,
             points == (double)(long long)points ? "Su puntuación: %.0f de %zu (%.0f%%)"
                                                 : "Su puntuación: %.1f de %zu (%.0f%%)",
             points, n, 100.0 * points / (double)n);
    expect(t, "Resultados de la práctica");
    expect(t, score);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Cuestionario de práctica");
    ptyterm_send(t, "q");
    char best[64];
    snprintf(best, sizeof best, "mejor: %.0f%%", 100.0 * points / (double)n);
    expect(t, best);
    ptyterm_send(t, "q");
    expect(t, "Ana Pérez, Policía Nacional");
    ptyterm_send(t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(t, 5000), 0);
    ptyterm_free(t);

    /* One final answer a question; a second try is stored beside the first. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE final"), (long long)n);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE NOT final"),
                     (long long)(n - right));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM answer WHERE final AND score = max_score"),
                     (long long)right);
    ck_assert_int_eq(tu_sql_int(db, "SELECT round(score * 10) FROM attempt WHERE finished_at IS NOT NULL"),
                     (long long)(points * 10 + 0.5));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE country = 'GT' AND lang = 'es'"), 1);
    catalog_done(&cat);
}
END_TEST

START_TEST(language_follows_environment_and_switches)
{
    PtyTerm *t = start(NULL, "es_MX.UTF-8", NULL, 24, 80);
    create_trainee(t, "Cree un participante para comenzar.", "Elija un módulo.");
    ptyterm_send(t, "l");
    expect(t, "Choose a module.");
    expect(t, "Safe handling and evidence");
    ptyterm_send(t, "q");
    expect(t, "Who is training?");
    ptyterm_free(t);
    /* The switch is remembered with the trainee. */
    t = start(NULL, "C.UTF-8", NULL, 24, 80);
    expect(t, "Ana Pérez");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Choose a module.");
    ptyterm_free(t);
}
END_TEST

START_TEST(resize_and_too_small)
{
    PtyTerm *t = start("en", "C.UTF-8", NULL, 24, 80);
    create_trainee(t, "Create a trainee to begin.", "Choose a module.");
    /* The selection is drawn in reverse video and follows the arrows. */
    ptyterm_settle(t, 100, 2000);
    ck_assert(ptyterm_text_reverse(t, "Safe handling and evidence"));
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_settle(t, 100, 2000);
    ck_assert(ptyterm_text_reverse(t, "Categories and actions"));
    ck_assert(!ptyterm_text_reverse(t, "Safe handling and evidence"));
    ptyterm_key(t, VTERM_KEY_UP);
    ptyterm_resize(t, 10, 30);
    expect(t, "Terminal too small");
    ptyterm_send(t, "j"); /* keys while too small do nothing and do not crash */
    ptyterm_resize(t, 12, 40);
    expect(t, "Choose a module.");
    expect_absent(t, "Terminal too small");
    ptyterm_resize(t, 50, 160);
    expect(t, "Language / Idioma: English");
    expect(t, "Ana Pérez, Guatemala");
    ptyterm_send(t, "?");
    expect(t, "Keys that work everywhere");
    ptyterm_send(t, "q");
    expect(t, "Choose a module.");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Who is training?");
    ptyterm_free(t);
}
END_TEST

START_TEST(monochrome_and_ascii)
{
    char *env[] = {"NO_COLOR=1", "TERM=vt100", NULL};
    PtyTerm *t = start("en", "C", env, 24, 80);
    expect(t, "Create a trainee to begin.");
    expect(t, "> ");
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_send(t, "Jo");
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "jm\r");
    expect(t, "Choose a module.");
    expect(t, "Up/Dn");
    ptyterm_free(t);
}
END_TEST

START_TEST(form_picks_a_country_by_name)
{
    PtyTerm *t = start("en", "C.UTF-8", NULL, 24, 80);
    expect(t, "Create a trainee to begin.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    ptyterm_send(t, "\r\rxx\r");
    expect(t, "Please type a name.");
    ptyterm_send(t, "Bo\r\r\r");
    expect(t, "Pick a country from the list");
    /* A name typed whole is the country saved: never its first two letters (GU is Guam). */
    ptyterm_key(t, VTERM_KEY_BACKSPACE);
    ptyterm_key(t, VTERM_KEY_BACKSPACE);
    ptyterm_send(t, "Guatemala");
    expect(t, "Guatemala (GT)");
    expect_absent(t, "Guam");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Bo, Guatemala");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE country = 'GT'"), 1);
    /* In Spanish at the smallest size: the highlighted country and where it is among those
     * the text names, chosen with the arrows. */
    t = start("es", "C.UTF-8", NULL, 12, 40);
    expect(t, "Bo");
    ptyterm_send(t, "n");
    expect(t, "Nombre");
    ptyterm_send(t, "Luz\t\tchi");
    expect(t, "Chile (CL)  1/3");
    ptyterm_key(t, VTERM_KEY_DOWN);
    expect(t, "China (CN)  2/3");
    ptyterm_key(t, VTERM_KEY_UP);
    expect(t, "Chile (CL)  1/3");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Luz, Chile");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee WHERE name = 'Luz' AND "
                                    "country = 'CL'"), 1);
    /* Accents or none, either language: "mexico" is México. */
    t = start("en", "C.UTF-8", NULL, 24, 80);
    expect(t, "Luz");
    ptyterm_send(t, "n");
    expect(t, "Name");
    ptyterm_send(t, "Ana\t\tmexico");
    expect(t, "Mexico (MX)");
    ptyterm_key(t, VTERM_KEY_ESCAPE);
    expect(t, "Choose your name");
    ptyterm_free(t);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 2);
}
END_TEST

START_TEST(cut_text_ends_in_an_ellipsis)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name",
                    "María Fernanda de los Ángeles Rodríguez Castillo", "--country", "GT", NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
    PtyTerm *t = start("es", "C.UTF-8", NULL, 12, 40);
    /* A name longer than the menu's column, cut with an ellipsis before its country. */
    expect(t, "María Fernanda de lo\xE2\x80\xA6 \xC2\xB7 Guatemala");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Elija un módulo.");
    /* The title bar keeps a third for the trainee, cut short; the key bar says keys were left
     * out; a module's title in the menu is cut with an ellipsis, never silently. */
    char *title = ptyterm_row(t, 0), *keys = ptyterm_row(t, 11);
    ck_assert_msg(strstr(title, "María Fernan\xE2\x80\xA6"), "%s", title);
    ck_assert_msg(strstr(keys, "\xE2\x80\xA6"), "%s", keys);
    free(title);
    free(keys);
    expect(t, "Manipulaci\xC3\xB3n seg\xE2\x80\xA6");
    ptyterm_free(t);
    /* At 80x24 a module's screen keeps its menu whole; its sources have a page of their own. */
    t = start("es", "C.UTF-8", NULL, 24, 80);
    expect(t, "María Fernanda");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Elija un módulo.");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "Volver al menú principal");
    expect(t, "Fuentes (");
    expect_absent(t, "NIJ firearms examiner training");
    ptyterm_send(t, "4");
    expect(t, "NIJ firearms examiner training");
    ptyterm_send(t, "q");
    expect(t, "Volver al menú principal");
    ptyterm_free(t);
}
END_TEST

/* Makes the database with rastro, its first trainee first (from first_country), then adds the
 * trainees numbered from..to, named by name_format (SQL's printf of the number), from Guatemala. */
static void add_trainees(const char *first, const char *first_country, int from, int to,
                         const char *name_format)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", (char *)first,
                    "--country", (char *)first_country, NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
    sqlite3 *h;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    char *sql = sqlite3_mprintf("WITH RECURSIVE k(i) AS (SELECT %d UNION ALL SELECT i + 1 FROM k "
                                "WHERE i < %d) INSERT INTO trainee(uid, name, country) "
                                "SELECT lower(hex(randomblob(16))), printf(%Q, i), 'GT' FROM k",
                                from, to, name_format);
    ck_assert_int_eq(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_free(sql);
    sqlite3_close(h);
}

START_TEST(a_long_roster_is_paged_and_searched)
{
    add_trainees("José Núñez", "HN", 1, 3000, "Trainee %05d");
    PtyTerm *t = start("en", "C.UTF-8", NULL, 24, 80);
    expect(t, "1/3002");
    expect(t, "Trainee 00001");
    /* The list ends at its end, and is read there when it is reached. */
    ptyterm_key(t, VTERM_KEY_END);
    expect(t, "Trainee 03000");
    expect(t, "3002/3002");
    ptyterm_key(t, VTERM_KEY_DOWN);
    expect(t, "3002/3002");
    ptyterm_key(t, VTERM_KEY_PAGEUP);
    expect(t, "2984/3002");
    /* A part of the name, accents or none, finds it. */
    ptyterm_send(t, "/nunez");
    expect(t, "Search: nunez");
    expect_absent(t, "Trainee 0");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect(t, "José Núñez, Honduras");
    ptyterm_free(t);
    /* On a narrow terminal the heading is cut short before the position, not written over. */
    t = start("en", "C.UTF-8", NULL, 12, 40);
    expect(t, "1/3002");
    char *heading = ptyterm_row(t, 2);
    const char *cut = strstr(heading, "\xE2\x80\xA6 ");
    ck_assert_msg(cut && strncmp(cut + 3 + strspn(cut + 3, " "), "1/3002", 6) == 0, "%s", heading);
    free(heading);
    ptyterm_free(t);
}
END_TEST

/* Lines in the file at path (0 when it does not exist). */
static size_t count_lines(const char *path)
{
    FILE *f = fopen(path, "r");
    size_t n = 0;
    int c;
    while (f && (c = fgetc(f)) != EOF)
        n += c == '\n';
    if (f)
        fclose(f);
    return n;
}

/* The last number in the log at path, and the largest, in *last and *largest (0 without one). */
static void last_and_largest(const char *path, long *last, long *largest)
{
    FILE *f = fopen(path, "r");
    long v;
    *last = *largest = 0;
    while (f && fscanf(f, "%ld", &v) == 1) {
        *last = v;
        if (v > *largest)
            *largest = v;
    }
    if (f)
        fclose(f);
}

/* A frame reaches the terminal in one write, a packet over ssh: ncurses writes each cursor move
 * out at once until curses has been left and resumed, which rastro does once at start. The
 * writes are counted by tests/writetrace.c, which runs rastro under ptrace (a static rastro as
 * well as a dynamic one) and logs each write to standard output by any of its threads. */
START_TEST(a_frame_is_one_write)
{
    add_trainees("Trainee 1", "HN", 2, 12, "Trainee %d");
    char *bin = strdup(tu_rastro());
    char *trace = xasprintf("%s/writetrace", dirname(bin));
    ck_assert_msg(access(trace, X_OK) == 0, "%s not built", trace);
    char *path = xasprintf("%s/writes", dir);
    /* Under AddressSanitizer its leak check stops the program's threads with ptrace at exit,
     * which cannot be done to a program traced already: left out here. */
    const char *opts = getenv("ASAN_OPTIONS");
    char *asan = xasprintf("ASAN_OPTIONS=%s%sdetect_leaks=0", opts ? opts : "",
                           opts && opts[0] ? ":" : "");
    char *env[] = {asan, NULL};
    char *argv[] = {trace, path, (char *)tu_rastro(), "--db", db, "--content", "content",
                    "--lang", "en", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", env, 24, 80);
    expect(t, "Trainee 12");
    ptyterm_settle(t, 300, 5000);
    size_t first = count_lines(path);
    /* Setting up the terminal, leaving curses and resuming it, and the first screen, whose 16
     * lines would each be a write of their own without that. */
    ck_assert_msg(first > 0 && first <= 10, "%zu writes before the first key", first);
    /* And the first screen, the largest of them, is the last: nothing follows it on its own
     * (the keypad's mode, once sent at the first read of a key). */
    long last, largest;
    last_and_largest(path, &last, &largest);
    ck_assert_msg(last == largest && last > 1000, "the first screen (%ld bytes) is followed by a "
                  "write of %ld", largest, last);
    /* In name order: "Trainee 1", "Trainee 10", "Trainee 11", "Trainee 12". */
    for (int i = 10; i <= 12; i++) {
        char name[24];
        snprintf(name, sizeof name, "Trainee %d", i);
        size_t before = count_lines(path);
        ptyterm_key(t, VTERM_KEY_DOWN);
        ptyterm_settle(t, 300, 5000);
        ck_assert_msg(ptyterm_text_reverse(t, name), "%s is not the one chosen", name);
        ck_assert_msg(count_lines(path) == before + 1, "a move took %zu writes",
                      count_lines(path) - before);
    }
    ptyterm_send(t, "q");
    ck_assert_int_eq(ptyterm_wait_exit(t, 5000), 0);
    ptyterm_free(t);
    free(bin);
    free(trace);
    free(path);
    free(asan);
}
END_TEST

/* The shell on db in a pseudo-terminal of 24x80 whose description is term (TERM=term). */
static PtyTerm *start_with_term(const char *term)
{
    char *setting = xasprintf("TERM=%s", term);
    char *argv[] = {"/usr/bin/env", setting, (char *)tu_rastro(), "--db", db, "--content",
                    "content", NULL};
    PtyTerm *t = tu_pty(argv, "C.UTF-8", NULL, 24, 80);
    free(setting);
    return t;
}

/* Waits for t's program to end with status code, then frees t. */
static void expect_exit(PtyTerm *t, int code)
{
    int status = ptyterm_wait_exit(t, 5000);
    ck_assert_msg(WIFEXITED(status) && WEXITSTATUS(status) == code, "wait status %d", status);
    ptyterm_free(t);
}

/* The shell refuses, saying why, where it cannot draw: standard output not a terminal (a file or
 * a pipe would get curses' escape sequences, and the shell would wait for keys with nothing
 * shown), or a terminal that cannot place text (TERM=dumb showed the key bar alone). */
START_TEST(a_terminal_that_cannot_draw_is_refused)
{
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", "content", NULL};
    char *out = NULL, *errs = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &errs), 1);
    ck_assert_msg(strstr(errs, "standard output is not one"), "%s", errs);
    ck_assert_msg(out[0] == '\0', "wrote %zu bytes to a pipe: %s", strlen(out), out);
    free(out);
    free(errs);
    PtyTerm *t = start_with_term("dumb");
    expect(t, "(TERM=dumb) cannot place text on the screen");
    expect_exit(t, 1);
}
END_TEST

/* A TERM that names no description curses can read is refused, with its value made inert in
 * the message: curses' own initscr printed it as it was, escape sequences and all, and ended
 * the program. */
START_TEST(an_unknown_terminal_is_refused_inertly)
{
    PtyTerm *t = start_with_term("x\033]2;pwned\007y");
    expect(t, "has no description here");
    size_t len;
    const char *raw = ptyterm_raw(t, &len);
    ck_assert_msg(!memmem(raw, len, "\033]2;", 4), "TERM's escape sequence reached the terminal");
    expect_exit(t, 1);
}
END_TEST

/* A key the terminal's description does not list arrives as an escape sequence curses cannot
 * match: it is dropped whole, not taken for Esc (which quits on the first screen) and the keys
 * "[4~". End under TERM=vt100 is such a key. */
START_TEST(an_unknown_key_is_ignored)
{
    add_trainees("Trainee 1", "HN", 2, 3, "Trainee %d");
    PtyTerm *t = start_with_term("vt100");
    expect(t, "Trainee 3");
    ptyterm_send(t, "\033[4~");
    ck_assert_int_eq(ptyterm_wait_exit(t, 500), -1);
    ptyterm_key(t, VTERM_KEY_DOWN);
    ptyterm_settle(t, 300, 5000);
    ck_assert_msg(ptyterm_text_reverse(t, "Trainee 2"), "Down after it did not move");
    ptyterm_send(t, "q");
    expect_exit(t, 0);
}
END_TEST

START_TEST(hostile_content_is_listed_and_inert)
{
    char *content = NULL;
    ck_assert_int_ge(asprintf(&content, "%s/content", dir), 0);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    char *good = NULL;
    /* A good module, with the pictures it shows beside its folder. */
    ck_assert_int_ge(asprintf(&good, "cp content/01-safe-handling.lua %s/ && cp -r assets %s/",
                              content, dir), 0);
    ck_assert_int_eq(system(good), 0);
    free(good);
    free(tu_write(content, "loop.lua", "while true do end\n"));
    free(tu_write(content, "spoof.lua",
                  "return lesson { id = 'spoof', title = 'Evil\\27[2J\\27]0;pwned\\7 title',\n"
                  "  pages = { page { title = 'x', text = 'y\\27[31m' } } }\n"));
    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    char err[256];
    PtyTerm *t = ptyterm_spawn(argv, tu_env("C.UTF-8"), 24, 80, err, sizeof err);
    ck_assert_ptr_nonnull(t);
    create_trainee(t, "Create a trainee to begin.", "Choose a module.");
    expect(t, "Safe handling and evidence");
    expect(t, "Evil\xEF\xBF\xBD[2J\xEF\xBF\xBD]0;pwned\xEF\xBF\xBD title");
    expect(t, "Content problems (1)");
    ptyterm_send(t, "3");
    expect(t, "loop.lua:1: instruction limit exceeded");
    expect_absent(t, "warning");
    ptyterm_free(t);
    free(content);
}
END_TEST

Suite *e2e_suite(void)
{
    Suite *s = suite_create("e2e");
    TCase *tc = tcase_create("shell");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, spanish_trainee_takes_module_and_sees_score);
    tcase_add_test(tc, language_follows_environment_and_switches);
    tcase_add_test(tc, resize_and_too_small);
    tcase_add_test(tc, monochrome_and_ascii);
    tcase_add_test(tc, form_picks_a_country_by_name);
    tcase_add_test(tc, cut_text_ends_in_an_ellipsis);
    tcase_add_test(tc, a_long_roster_is_paged_and_searched);
    tcase_add_test(tc, hostile_content_is_listed_and_inert);
    tcase_add_test(tc, a_frame_is_one_write);
    tcase_add_test(tc, a_terminal_that_cannot_draw_is_refused);
    tcase_add_test(tc, an_unknown_terminal_is_refused_inertly);
    tcase_add_test(tc, an_unknown_key_is_ignored);
    suite_add_tcase(s, tc);
    return s;
}
