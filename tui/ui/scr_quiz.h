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
    size_t chosen[QUESTION_MAX_OPTIONS]; /* match: the answer sent (item in right[] per item) */
    const char *values[QUESTION_MAX_FIELDS]; /* form: the answer sent (each field's text) */
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

/* What each kind of question does in the shell, one per entry of QUESTION_KINDS (kinds.h),
 * named quiz_ui_<name>; the quiz screen reaches them through quiz_kind_ui(). Every function but
 * key and view may be NULL. */
typedef struct {
    /* Sets up the screen for qu as it is first asked (the selection is 0, nothing typed). */
    void (*prepare)(QuizScreen *q, const Question *qu);
    /* A key while the question is asked (after the keys every question shares). */
    void (*key)(QuizScreen *q, Ui *ui, const Question *qu, int key);
    /* Fills out with the keys that answer qu now, first in the bar; returns how many. */
    void (*hints)(const QuizScreen *q, const Question *qu, KeyHints *out);
    /* Adds the answer widgets under the question and, once answered (in practice), the feedback
     * to q->doc; state is the one shown (not QUIZ_CONFIRM_LEAVE). */
    void (*view)(QuizScreen *q, const Question *qu, Lang lang, int width, QuizState state,
                 bool answered);
    /* The answer as given so far into *out; false (the status line says what is missing) when
     * there is none to send yet. */
    bool (*answer)(QuizScreen *q, Ui *ui, const Question *qu, QuizAnswer *out);
    /* The bottom line while asking (buf may hold it); NULL: pick with arrows, Enter or number. */
    const char *(*foot)(const QuizScreen *q, const Question *qu, char *buf, size_t len);
    /* The help while asking; NULL: the quiz's own. */
    const char *(*help)(const QuizScreen *q, const Question *qu);
    /* Keys go to a text field while asking (so q and ? are typed, not commands). */
    bool typing;
    /* An option is picked by its number (1-9 named in the bar). */
    bool digits;
    /* The selected option, item or cell is highlighted while asking (NULL: never). */
    bool (*highlights)(const QuizScreen *q, const Question *qu);
} QuizKindUi;

#define X(id, name, shape, facts) extern const QuizKindUi quiz_ui_##name;
QUESTION_KINDS(X)
#undef X

const QuizKindUi *quiz_kind_ui(QuestionType t);

/* Sends the answer to the current question as its kind reads it from the screen, then shows
 * how it went (the key handlers' Enter). */
void quiz_screen_answer(QuizScreen *q, Ui *ui);
/* Moves a selection through n places with Up and Down (or k and j), stopping at the ends; true
 * when key was one of them. */
bool quiz_move_sel(QuizScreen *q, int key, size_t n);

/* Parts of the views the kinds share (scr_quiz_view.c). */
/* The mark in front of an option once answered: two columns, like the blank one before it. */
const char *quiz_view_mark(bool right);
/* "Correct." (with what tries and a hint cost) or, with partial credit, partial_fmt with the
 * percentage of the marks. */
void quiz_view_verdict(Doc *doc, const Verdict *v, const char *partial_fmt, int width);
/* A right number: "9 mm", "7.62 +/- 0.1 mm". */
void quiz_view_number(char *buf, size_t len, double value, double tolerance, const char *unit);
/* A question answered on its picture, with pictures off by choice (--pictures none): answered
 * from a list of its cells in words, for a screen reader. The cell stored is the same. */
bool quiz_picture_listed(const Question *qu);
/* A cell named in words: "C4: column C, row 4" (0-based col and row). */
void quiz_cell_words(unsigned col, unsigned row, char *out, size_t len);
/* Builds the document for the current question: prompt and hint (pinned: q->view.pin), picture,
 * then what its kind shows (QuizKindUi.view); a picture to point at is fitted into the rows of
 * the view. */
void quiz_view_build(QuizScreen *q, Lang lang, int width, int rows);
/* The help text for the question asked (static storage). */
const char *quiz_view_help(const QuizScreen *q);
/* The explanation and sources of a question. */
void quiz_view_explain(Doc *doc, const Question *qu, Lang lang, int width, int tag);

/* The results of a finished (or left) run; takes the run over (frees it). */
Screen *results_screen_new(QuizRun *run);

#endif
