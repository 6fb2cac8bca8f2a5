/* Constructors of the shell's screens. Each returns a Screen (NULL, with a status message, when it
 * cannot open) and never pushes it: the caller pushes it with ui_push, and the Ui frees it. Only
 * the functions that move the trainee across several screens at once (main_resume,
 * preview_start) push, and then through ui_push too. */
#ifndef RASTRO_SCREENS_H
#define RASTRO_SCREENS_H

#include "../core/model.h"
#include "screen.h"

Screen *trainee_screen_new(Ui *ui);
Screen *trainee_form_new(Ui *ui);
Screen *main_screen_new(Ui *ui);
/* Takes the trainee back to where they stopped (a lesson page or an unfinished quiz), on top of
 * the main menu just pushed; nothing when there is no such place. */
void main_resume(Ui *ui);
/* The trainee's past attempts, scores per competency and questions to review. */
Screen *history_screen_new(Ui *ui);
/* The modules with questions due for review; picking one starts its review. */
Screen *review_menu_new(Ui *ui);
Screen *module_screen_new(Ui *ui, const Module *m);
/* The lesson of the module shown by module screen ms (to push over it), which then offers the
 * quiz first when the lesson has been read to its end; NULL when there is no lesson. */
Screen *module_open_lesson(Screen *ms, Ui *ui);
Screen *lesson_screen_new(Ui *ui, const Module *m);
/* The lesson of m on page (an index in m's pages), by the way the trainee took to it when that
 * way still leads there; NULL when m has no such page. */
Screen *lesson_screen_at(Ui *ui, const Module *m, size_t page);
/* m's quiz in mode (its practice quiz or its exam): the unfinished attempt in that mode taken up,
 * else a new one. NULL (with a status message) when the attempt cannot be recorded. */
Screen *quiz_screen_new(Ui *ui, const Module *m, QuizMode mode);
/* m's quiz in mode on the question with id question_id, asked afresh in a new attempt drawn from
 * seed (`rastro preview` after r; see scr_quiz.c); NULL (with a status message) when it cannot
 * be asked. */
Screen *quiz_screen_at(Ui *ui, const Module *m, QuizMode mode, const char *question_id,
                       uint32_t seed);
/* A review of the questions ids of m (one try each, with feedback). */
Screen *review_screen_new(Ui *ui, const Module *m, const char *const *ids, size_t n);

/* The instructor's live view of app->workshop (every trainee when its id is 0): who is in
 * which module, scores so far, who is struggling; a trainee's answers; item analysis. */
Screen *instructor_screen_new(Ui *ui);
/* The instructor's view of one trainee's answers, newest first, with each question's prompt and
 * the answer in words. */
Screen *answers_screen_new(Ui *ui, int64_t trainee_id, const char *name);
/* The item analysis of the questions answered by app->workshop's trainees (everyone's when its
 * id is 0). */
Screen *items_screen_new(Ui *ui);

/* `rastro preview`: pushes the preview of app->preview_file, and over it the module screen when
 * the module loaded; from then on r, on any screen that does not take text, loads the file
 * again (see scr_preview.c). */
void preview_start(Ui *ui);

/* Picture im (its file for the trainee's language, beside module_file) on the whole screen,
 * with zoom and pan, its caption as title; NULL when the file is not found. */
Screen *picture_screen_new(Ui *ui, const Image *im, const char *module_file);

/* The glossary: the terms of every glossary file in the catalog, searched by typing; NULL (with
 * a status message) when there is none. */
Screen *glossary_screen_new(Ui *ui);
/* Makes Ctrl-G open the glossary from every screen but an exam's, and close it from inside (the
 * Ui's any_key and any_hint). */
void glossary_install(Ui *ui);
/* The key that opens the glossary. */
const char *hint_glossary_key(void);

/* Country capacity assessments (scr_assess*.c). The assessments on record (of country, a code;
 * NULL or "" for every country), from which one is started, copied, continued or summarised. */
Screen *assess_list_new(Ui *ui, const char *country);
/* The form that starts an assessment (of country, a code, when given): country, date,
 * assessors, instrument and sources consulted; when copy, as a copy of the country's last final
 * assessment. */
Screen *assess_form_new(Ui *ui, const char *country, bool copy);
/* Opens assessment id: its overview, and over it a draft's indicator where its assessor
 * stopped (pushes both). */
void assess_open(Ui *ui, int64_t id);
/* The summary of assessment id: score and band, a bar per pillar, gates, strengths, gaps,
 * recommendations, training results and the change since the previous assessment. */
Screen *assess_summary_new(Ui *ui, int64_t id);
/* Every assessed country's latest final assessment side by side, sortable by pillar. */
Screen *assess_region_new(Ui *ui);

/* Key names for the key bar: arrows where the terminal draws them, else words in the trainee's
 * language, as are the names of other keys whose words differ (Space). */
const char *hint_arrows(void);
/* Left and Right. */
const char *hint_left_right(void);
/* The four arrows, for moving about a picture. */
const char *hint_all_arrows(void);
/* Page Up and Page Down. */
const char *hint_pages(void);
const char *hint_space(void);
/* The key that shows a question's hint, on every kind of question. */
const char *hint_hint_key(void);

#endif
