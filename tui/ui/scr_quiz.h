/* The quiz screen's state, shared by its parts: scr_quiz.c (keys, answering, the flow),
 * scr_quiz_view.c (what a question and its feedback look like) and scr_results.c. UI only. */
#ifndef RASTRO_SCR_QUIZ_H
#define RASTRO_SCR_QUIZ_H

#include "../core/quiz.h"
#include "doc.h"
#include "input.h"
#include "screens.h"

typedef enum {
    QUIZ_ASKING,   /* the trainee is answering */
    QUIZ_RETRY,    /* practice: a wrong answer with tries left; Enter tries again */
    QUIZ_ANSWERED, /* the final answer is saved; Enter goes on */
    QUIZ_CONFIRM_LEAVE,
} QuizState;

typedef struct {
    Screen base;
    QuizRun run;
    QuizState state, before_confirm;
    size_t sel;      /* selected place (options as shown), item or field */
    uint32_t picked; /* options ticked (bit i = option i, not place) */
    Input typed;     /* the answer being typed to a text question */
    Input *fields;   /* form: one input per field */
    size_t n_fields;
    size_t arranged[QUESTION_MAX_OPTIONS]; /* order question: option shown in each place */
    bool holding;    /* order question: the selected item moves with the arrows */
    size_t pool[QUESTION_MAX_OPTIONS];   /* match: right-hand items in the order offered */
    int pick[QUESTION_MAX_OPTIONS];      /* match: place in pool chosen for each item, -1 none */
    bool hint_shown;
    GfxGrid grid;    /* locate: the grid over the picture and the cell pointed at */
    bool picture;    /* the question's picture is shown (v opens the viewer) */
    /* locate: its picture cannot be shown (and pictures are not off by choice), so no cell can
     * be answered: only guessed. Set as the question is drawn. */
    bool unanswerable;
    Verdict verdict;
    Doc doc;
    DocView view;       /* the question (and its hint) pinned above what scrolls */
    bool follow;        /* bring the selected option or field into view at the next draw */
    bool fresh;         /* the question has not been drawn yet */
    bool just_answered; /* bring the feedback into view at the next draw */
    bool just_hinted;   /* bring the hint into view at the next draw */
    char title[200];
} QuizScreen;

/* Tags of the doc's lines besides options and fields (0 up): the feedback on an answer and the
 * hint, so that the draw can bring them into view. */
enum { QUIZ_TAG_FEEDBACK = -2, QUIZ_TAG_HINT = -3 };

/* Questions answered by typing (text, numeric, serial) rather than by picking options. */
bool quiz_is_typed(const Question *q);
/* A locate question answered from a list of its cells in words: pictures are off by choice
 * (--pictures none), so a screen reader reads text only. The cell stored is the same. */
bool quiz_locate_listed(const Question *qu);
/* A cell named in words: "C4: column C, row 4" (0-based col and row). */
void quiz_cell_words(unsigned col, unsigned row, char *out, size_t len);
/* Builds the document for the current question: prompt and hint (pinned: q->view.pin), picture,
 * the answer widgets and, once answered in practice, the feedback; a picture to point at is
 * fitted into the rows of the view. */
void quiz_view_build(QuizScreen *q, Lang lang, int width, int rows);
/* The help text for the question asked (static storage). */
const char *quiz_view_help(const QuizScreen *q);
/* The explanation and sources of a question. */
void quiz_view_explain(Doc *doc, const Question *qu, Lang lang, int width, int tag);

/* The results of a finished (or left) run; takes the run over (frees it). */
Screen *results_screen_new(QuizRun *run);

#endif
