/* What main wires together and hands to the subcommands and the shell: paths, store, content,
 * language, the current trainee and the options that choose how the shell runs (instructor,
 * preview, pictures); no mode is a global of its own. Core types only. */
#ifndef RASTRO_APP_H
#define RASTRO_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "core/assess.h"
#include "core/catalog.h"
#include "core/render.h"
#include "core/store.h"
#include "core/text.h"

#define RASTRO_VERSION "0.1.0"

/* Trainees the roster reads from the store at a time: more than any screen shows, so that
 * scrolling reads again only every few screens, and a roster of thousands costs the first screen
 * no more than a roster of four. */
#define APP_ROSTER_PAGE 200
/* Trainees read before the first screen: as many as the terminal has rows (the list has fewer),
 * or this many where its size is not known; a taller list reads the rest when it draws them. */
#define APP_ROSTER_FIRST 64

typedef struct App App;
struct App {
    char *db_path;     /* owned */
    bool db_created;   /* the shell made a new database at db_path (it says so) */
    char *content_dir; /* owned */
    Lang lang;
    bool lang_forced; /* --lang given: a trainee's preference does not override it */
    Store *store;
    Catalog catalog;
    bool catalog_loaded;
    /* Fills catalog: from content_dir, or under `rastro preview` the one file, checked as lint
     * checks it. Set by main, so that the shell loads content without calling the Lua host
     * (scr_quiz.c and scr_answers.c still include lua/host.h: see scripts/check-layers). */
    void (*load_content)(App *app);
    /* The content's code, run by the Lua host, as main reaches it for the shell: builds the
     * generated question q of m for seed into out (caller frees with question_done), and judges
     * a form's fields by the module's checks into out (one per field). False when it could not;
     * msg (may be left empty) then says why, for the status line. */
    bool (*generate)(const Module *m, const Question *q, uint32_t seed, Question *out, char *msg,
                     size_t len);
    bool (*check_fields)(const Module *m, const Question *q, const char *const *values,
                         FieldCheck *out, char *msg, size_t len);
    /* The recommendation rules of an assessment instrument run on an assessment (assess.h), by
     * the Lua host in its worker processes (host_recommend, whose contract this is). */
    bool (*recommend)(const Instrument *inst, const AssessView *view, AssessRecommendations *out,
                      Problems *probs);
    Trainee trainee;
    bool have_trainee;
    /* The roster as read while the shell started (owned; the first screen takes it). */
    Trainee *roster;
    size_t n_roster;
    size_t roster_total; /* trainees on the whole roster (roster holds its first page) */
    bool roster_ready;
    /* The workshop whose roster the shell shows (--workshop, else one running today); id 0 when
     * the roster is every trainee. New trainees join it. */
    Workshop workshop;
    /* `rastro instructor`: the shell opens on the instructor's live view of the workshop. */
    bool instructor;
    /* `rastro assess [--country CC]`: the shell opens on the country assessments (of
     * assess_country, a code, when it is not empty). */
    bool assess;
    char assess_country[3];
    /* How the shell draws pictures: pictures when pictures_forced (--pictures, else
     * RASTRO_PICTURES), else as the terminal allows, asked on the first picture. */
    bool pictures_forced;
    RenderMode pictures;
    /* `rastro preview FILE`: the one module file shown, else NULL. */
    char *preview_file;
    char *preview_dir; /* its scratch database's directory, removed at exit */
};

#endif
