/* Screens and the screen manager: a stack of small objects (draw, handle a key, free) and the
 * main loop that reads keys, handles resize and draws the title and key bars. */
#ifndef RASTRO_SCREEN_H
#define RASTRO_SCREEN_H

#include <stddef.h>
#include <stdint.h>

#include "../app.h"
#include "term.h"

/* Keys as screens see them: characters as their code point, special keys offset past Unicode. */
#define KEY_OFFSET 0x110000
enum {
    K_UP = KEY_OFFSET + KEY_UP,
    K_DOWN = KEY_OFFSET + KEY_DOWN,
    K_LEFT = KEY_OFFSET + KEY_LEFT,
    K_RIGHT = KEY_OFFSET + KEY_RIGHT,
    K_PGUP = KEY_OFFSET + KEY_PPAGE,
    K_PGDN = KEY_OFFSET + KEY_NPAGE,
    K_HOME = KEY_OFFSET + KEY_HOME,
    K_END = KEY_OFFSET + KEY_END,
    K_BTAB = KEY_OFFSET + KEY_BTAB,
    K_ENTER = KEY_OFFSET + KEY_ENTER,
    K_BACKSPACE = KEY_OFFSET + KEY_BACKSPACE,
    K_RESIZE = KEY_OFFSET + KEY_RESIZE,
    K_ESC = 27,
    K_TAB = 9,
    K_INTR = 3, /* Ctrl-C */
    K_HINT = 20, /* Ctrl-T: a question's hint (see hint_hint_key) */
    K_GLOSSARY = 7, /* Ctrl-G: the glossary, on every screen (see hint_glossary_key) */
    K_TICK = KEY_OFFSET + 0x1000, /* a second passed with no key (screens with ticks set) */
};

#define MIN_COLS 40
#define MIN_ROWS 12
/* The most columns a line of text takes: on a wide terminal a line across the whole screen is
 * hard to follow from its end to the next one. */
#define TEXT_MEASURE 100

typedef struct Ui Ui;
typedef struct Screen Screen;

/* The part of the terminal a screen owns, in cells: rows [top, top + rows), columns
 * [left, left + cols). The screen manager alone reads the terminal's size (LINES, COLS) and hands
 * each screen its rectangle; a screen lays itself out from that and nothing else. Every screen
 * has the whole width today (left is 0), and the screens place their columns from 0. */
typedef struct {
    int top, left, rows, cols;
} Rect;

typedef struct {
    const char *key;   /* as shown, e.g. "Enter" */
    const char *label; /* translated */
} KeyHint;

#define MAX_HINTS 8

/* The key hints a screen gives for the bottom bar, in the order they matter (the bar keeps the
 * first that fit). */
typedef struct {
    KeyHint item[MAX_HINTS];
    int n;
} KeyHints;

/* Adds a hint (key and label are not copied: literals or translations). More than MAX_HINTS is a
 * mistake in the screen, not something a trainee can cause: it ends the shell through
 * term_fatal, naming the key, rather than dropping a hint unseen. */
void hints_add(KeyHints *h, const char *key, const char *label);

/* Where a screen is in its module, so that `rastro preview` opens the module there again after
 * r loads it anew. */
typedef struct {
    enum { PLACE_NONE, PLACE_PAGE, PLACE_QUESTION } kind;
    size_t page;       /* PLACE_PAGE: index of the page shown in the module's pages */
    char question[72]; /* PLACE_QUESTION: id of the question asked */
    uint32_t seed;     /* PLACE_QUESTION: seed of its attempt, to draw the same questions */
    QuizMode mode;     /* PLACE_QUESTION: the quiz it was asked in, practice or exam */
} ScreenPlace;

struct Screen {
    /* Translated title shown in the title bar. */
    const char *(*title)(Screen *s, Ui *ui);
    /* Draws the body in area (under the title bar, above the status message and the key bar). */
    void (*draw)(Screen *s, Ui *ui, Rect area);
    /* Handles one key; may push, pop or quit through the Ui. area is the rectangle the screen is
     * drawn in next (the key clears the status message), for page sizes and the like. */
    void (*key)(Screen *s, Ui *ui, int key, Rect area);
    /* Adds its key hints for the bottom bar (under a screen area wide) to out, which is empty. */
    void (*hints)(Screen *s, Ui *ui, Rect area, KeyHints *out);
    /* Screen-specific help paragraphs (translated), or NULL. */
    const char *(*help)(Screen *s);
    void (*free)(Screen *s);
    /* Fills *out (left PLACE_NONE when it shows no such place) with the page or question shown;
     * NULL for screens that never show one. */
    void (*place)(Screen *s, ScreenPlace *out);
    /* Printable keys are text input here: '?' and 'q' are not commands. */
    bool takes_text;
    /* Gets K_TICK about once a second while no key comes (a countdown), and is redrawn then. */
    bool ticks;
    /* An exam is taken here: the glossary does not open over it. */
    bool closed_book;
};

#define UI_MAX_DEPTH 16

struct Ui {
    App *app;
    Screen *stack[UI_MAX_DEPTH];
    int depth;
    Screen *dead[UI_MAX_DEPTH]; /* popped during a key; freed once the key is handled */
    int n_dead;
    /* Sees each key before the top screen does, on screens that do not take text; true when it
     * took the key. Set by the screen that owns a key on every screen (`rastro preview`'s r). */
    bool (*global_key)(Ui *ui, int key);
    /* Sees each key before the top screen does, on every screen, one that takes text too: for a
     * control key, which text never holds (the glossary's Ctrl-G, scr_glossary.c). True when it
     * took the key. any_hint adds its hint, which the key bar shows after the screen's own where
     * there is room. */
    bool (*any_key)(Ui *ui, int key);
    void (*any_hint)(Ui *ui, const Screen *top, KeyHints *out);
    bool quit;
    char status[512]; /* message under the body (up to three rows), cleared by the next key */
    Role status_role;
    int status_rows;  /* rows it took at the last draw */
    int wait_shown;   /* seconds shown on the waiting line, 0 while none is */
};

/* Puts s on top of the stack and takes ownership of it. Every screen is opened this way: a
 * screen's constructor (x_screen_new) returns it and never pushes; the caller pushes it. On a full
 * stack (UI_MAX_DEPTH screens) s is freed, the status line says so and false is returned; s may
 * be NULL (a constructor that failed has said why on the status line): nothing is pushed and
 * false is returned. */
bool ui_push(Ui *ui, Screen *s);
/* Removes the top screen (freed after the current key is handled). */
void ui_pop(Ui *ui);
/* Pops screens until depth screens remain. */
void ui_pop_to(Ui *ui, int depth);
/* Pops and frees every screen at once, rather than after the key: for a reload of the content
 * they point into. */
void ui_clear(Ui *ui);
void ui_quit(Ui *ui);
void ui_status(Ui *ui, Role role, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A write to the store failed: what (translated, e.g. "Your answer was not saved.") on the status
 * line, then why and what to do: another program holding the database or no room on the disk
 * said in plain words, anything else as err (the store's message). */
void ui_save_failed(Ui *ui, const char *what, const char *err);

/* Reads the next key (blocking, but returns K_INTR when a termination signal arrived, and
 * K_TICK after a second without a key when tick is set). */
int ui_read_key(bool tick);

/* Columns for text on screens that start it at column 2 of area: area less its margins, at most
 * TEXT_MEASURE. */
int ui_text_width(Rect area);

/* True for the keys that go back on most screens (q, Esc, Backspace, Left). */
bool ui_is_back(int key);

/* The help screen for the screen on top (global keys first). */
Screen *help_screen_new(Screen *of);
/* A read-only scrollable text screen with a title (both copied). */
Screen *text_screen_new(const char *title, const char *body);

#endif
