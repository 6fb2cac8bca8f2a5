/* The kinds of question: the one list from which the model's QuestionType, the loader's
 * constructor names, the names in messages and each layer's table of per-kind functions are
 * made (see ARCHITECTURE.md, "Adding a question kind"). Core layer. */
#ifndef RASTRO_KINDS_H
#define RASTRO_KINDS_H

/* How a kind's answer reaches quiz_submit (QuizAnswer in quiz.h says which field carries it). */
typedef enum {
    ANSWER_PICKS,  /* a set of options picked */
    ANSWER_TYPED,  /* one line of text */
    ANSWER_ORDER,  /* the options put in an order */
    ANSWER_MATCH,  /* a right-hand item given to each option */
    ANSWER_FIELDS, /* one typed value per form field */
    ANSWER_CELL,   /* a cell of the grid over the question's picture */
} AnswerShape;

/* Facts about a kind that code outside its own files asks about. */
enum {
    KIND_SHUFFLED = 1u << 0, /* its options are shuffled when the quiz shuffles */
    KIND_OPTIONS = 1u << 1,  /* it has at least two options (options[], answer < n_options) */
    KIND_ON_PICTURE = 1u << 2, /* answered on its picture: the picture is sized when loaded and
                                * must decode before its quiz opens */
};

/* X(ID, name, shape, facts): QUESTION_<ID> in the model; name is the constructor content
 * writes (choice { ... }) and the name in messages, and <name> names the kind's functions in
 * each layer (quiz_kind_<name>, ld_question_<name>, quiz_ui_<name>). The order is only the
 * order kinds are listed in messages. */
#define QUESTION_KINDS(X)                                                    \
    X(CHOICE, choice, ANSWER_PICKS, KIND_OPTIONS | KIND_SHUFFLED)            \
    X(MULTI, multi, ANSWER_PICKS, KIND_OPTIONS | KIND_SHUFFLED)              \
    X(TRUEFALSE, truefalse, ANSWER_PICKS, KIND_OPTIONS)                      \
    X(TEXT, text, ANSWER_TYPED, 0)                                           \
    X(NUMERIC, numeric, ANSWER_TYPED, 0)                                     \
    X(SERIAL, serial, ANSWER_TYPED, 0)                                       \
    X(ORDER, order, ANSWER_ORDER, KIND_OPTIONS)                              \
    X(MATCH, match, ANSWER_MATCH, KIND_OPTIONS)                              \
    X(FORM, form, ANSWER_FIELDS, 0)                                          \
    X(LOCATE, locate, ANSWER_CELL, KIND_ON_PICTURE)

#endif
