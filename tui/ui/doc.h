/* A small styled document for the shell: wrapped lines with a colour role and a tag, drawn in a
 * scrolled window of rows. */
#ifndef RASTRO_DOC_H
#define RASTRO_DOC_H

#include <stddef.h>

#include "../core/model.h"
#include "gfx.h"
#include "term.h"

typedef struct {
    char *text;
    int indent;
    Role role;
    int tag; /* caller's mark, e.g. the option a line belongs to; -1 for none */
    LayoutSpan *emph; /* emphasised runs of text, drawn emphasised; owned, NULL if none */
    size_t n_emph;
    /* A row of a picture drawn pic_x columns after the line's start (text is then a label left
     * of it): box row pic_row of pic_rows, pic_cols wide. pic is the file's path, owned. */
    char *pic;
    int pic_x, pic_row, pic_rows, pic_cols;
    const GfxGrid *grid; /* a grid over the picture (the caller's), or NULL */
} DocLine;

typedef struct {
    DocLine *lines;
    size_t n, cap;
} Doc;

void doc_init(Doc *d);
void doc_done(Doc *d);
void doc_clear(Doc *d);
/* Wraps untrusted text (paragraphs, "- " bullets) to width columns starting at indent. */
void doc_text(Doc *d, const char *text, int width, int indent, Role role, int tag);
/* Wraps untrusted page markup (see layout_markup) to width columns starting at indent: headings
 * in ROLE_HEADING, notes in ROLE_NOTE and warnings in ROLE_WARNING, each line of those behind a
 * bar and the first after "Note:" or "Warning:", *emphasis* drawn emphasised, the rest in role. */
void doc_markup(Doc *d, const char *text, int width, int indent, Role role, int tag);
/* A framed box width columns wide from indent, "label" set in its top edge, with untrusted body
 * text wrapped inside; all in role. Too narrow a box (under 12 columns) is just the text. */
void doc_box(Doc *d, const char *label, const char *body, int width, int indent, Role role,
             int tag);
/* Wraps text with a first-line prefix (e.g. "2) ") and a hanging indent of its width. */
void doc_prefixed(Doc *d, const char *prefix, const char *text, int width, Role role, int tag);
void doc_line(Doc *d, const char *text, int indent, Role role, int tag);
void doc_blank(Doc *d);
/* A picture, im's file for lang found beside module_file (assets.h), fitted into width columns
 * and at most max_rows rows with its shape kept, its caption under it. When pictures are off, or
 * it cannot be found or read, a framed placeholder with its alt text (and why) instead. A grid
 * (locate questions; the caller's, may be NULL) is drawn over it with column letters above and
 * row numbers beside. Nothing when im has no file. Returns true when the picture itself is
 * shown. */
bool doc_image(Doc *d, const Image *im, Lang lang, int width, int max_rows,
               const char *module_file, const GfxGrid *grid);
/* The path of im's file for lang beside module_file, or NULL when none is found; caller frees. */
char *doc_image_path(const Image *im, Lang lang, const char *module_file);
/* First and last line index carrying tag, or -1. */
int doc_find_tag(const Doc *d, int tag, int *last);
/* Draws lines first.. into rows at (top, x), width columns; returns lines drawn. */
int doc_draw(const Doc *d, size_t first, int top, int rows, int x, int width, int highlight_tag);
/* Clamps a scroll offset so the view stays filled. */
size_t doc_clamp_scroll(const Doc *d, long scroll, int rows);

/* A scrolled view of a doc: its first pin lines (a question, say) stay at the top while the rest
 * scrolls beneath them, so that what is asked is never scrolled away. They stay only while they
 * take at most half the rows; on a screen too small for that the whole doc scrolls, and Home
 * brings them back. */
typedef struct {
    size_t pin;    /* lines to keep at the top, set by the caller before each draw */
    long scroll;   /* the first line shown under the pinned ones */
    size_t pinned; /* pin, or 0 where the rows are too few (set by doc_view_fit) */
    int rows;      /* rows of the scrolling part (set by doc_view_fit) */
} DocView;

/* Fits v to d in rows: decides whether the pinned lines stay and clamps the scroll so that the
 * view stays filled. doc_view_draw does it too; call it first to use doc_view_show. */
void doc_view_fit(DocView *v, const Doc *d, int rows);
/* Scrolls as little as needed to bring lines first..last into view, first rather than last
 * where they do not all fit. Lines that stay pinned are in view already. */
void doc_view_show(DocView *v, size_t first, size_t last);
/* Brings the lines carrying tag into view (nothing when none does). */
void doc_view_show_tag(DocView *v, const Doc *d, int tag);
/* Draws d in rows at (top, x), width columns: the pinned lines, then the rest from the scroll,
 * lines carrying highlight_tag highlighted. */
void doc_view_draw(DocView *v, const Doc *d, int top, int rows, int x, int width,
                   int highlight_tag);
/* Arrows in column x (right of the text) of the view drawn at top, where lines are above or
 * below it: for views with no other word that they scroll. */
void doc_view_marks(const DocView *v, const Doc *d, int top, int x);
/* The row (from the view's top) of line i at the last fit, -1 when it is out of view. */
int doc_view_row(const DocView *v, size_t i);
/* Lines of d wait below the view. */
bool doc_view_more_below(const DocView *v, const Doc *d);
/* The paging keys: PgUp and PgDn a view less a line, Home and End the ends. True when key was
 * one of those. Uses the rows of the last fit. */
bool doc_view_page_key(DocView *v, int key);
/* The paging keys, and Up and Down (and k and j) a line. */
bool doc_view_key(DocView *v, int key);

#endif
