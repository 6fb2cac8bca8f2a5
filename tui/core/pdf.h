/* PDF pages as a list of drawing operations (text, lines, rectangles) that core builds, and
 * documents of flowing blocks (headings, paragraphs, tables, drawings) that the renderer lays out
 * on as many pages as they need. pdf_write and pdf_write_doc hand them to the renderer: a helper
 * program (rastro-pdf, cairo and pango; see helper.h) started only when a PDF or a chart's PNG is
 * written, so that rastro itself never links those libraries. The helper shares this header's
 * types and building functions, and pdf_wire.c, which carries pages and documents between the
 * two. Every text is drawn as plain text (pango_layout_set_text), never parsed as markup. */
#ifndef RASTRO_PDF_H
#define RASTRO_PDF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "wire.h"

typedef enum { PDF_TEXT, PDF_LINE, PDF_RECT, PDF_FILL } PdfOpKind;
typedef enum { PDF_LEFT, PDF_CENTER, PDF_RIGHT } PdfAlign;

typedef struct {
    PdfOpKind kind;
    double x, y;     /* text: top-left of its box; line: start; rect and fill: corner */
    double w, h;     /* text: box width (ellipsised past it; 0 for none); line: to (x+w, y+h) */
    double size;     /* text: font size in points; line and rect: line width */
    double rgb[3];   /* ink */
    const char *text; /* UTF-8, already sanitised: drawn as plain text, never markup */
    const char *font; /* a family and style: "Serif Italic", "Sans Bold", "Monospace" */
    PdfAlign align;
    bool fit;         /* text: shrink to fit w on one line (down to half size), same baseline */
} PdfOp;

typedef struct {
    double width, height;     /* points */
    const char *title;        /* document properties (may be NULL) */
    const char *create_date;  /* "2026-11-28T00:00:00", or NULL */
    PdfOp *ops;               /* owned, with their strings */
    size_t n_ops, cap;
    double ink[3];            /* the colour new operations take */
} PdfPage;

/* Paper sizes in points. */
#define PDF_A4_W 595.28
#define PDF_A4_H 841.89
#define PDF_LETTER_W 612.0
#define PDF_LETTER_H 792.0

/* ---- documents the renderer lays out ---- */

typedef enum {
    PDF_BLOCK_HEADING,   /* text kept on one page with the start of the block after it */
    PDF_BLOCK_PARAGRAPH, /* text wrapped to the width; split between pages at a line, leaving
                          * neither a first nor a last line alone */
    PDF_BLOCK_TABLE,     /* rows of wrapped cells under head rows, which are repeated at the top
                          * of every page the table runs onto; a row goes whole to the next page
                          * when it does not fit, and is split at its cells' lines only when it is
                          * taller than a page */
    PDF_BLOCK_DRAWING,   /* drawing operations in a box of the text width, kept whole */
    PDF_BLOCK_SPACE,     /* room above the next block (none at the top of a page) */
    PDF_BLOCK_BREAK,     /* the next block starts a new page */
} PdfBlockKind;

typedef struct {
    const char *text; /* UTF-8, sanitised (line breaks kept) */
    bool bold;
    bool filled;      /* shaded with fill */
    double fill[3];
    double rgb[3];    /* ink */
    PdfAlign align;
} PdfCell;

typedef struct {
    PdfBlockKind kind;
    const char *text;  /* heading and paragraph: UTF-8, sanitised (line breaks kept); owned */
    const char *font;  /* "Serif", "Sans Bold" ...; owned */
    double size;       /* font size, points; space: the room */
    double rgb[3];
    double indent;     /* points from the left of the text width */
    double hang;       /* heading, paragraph: lines after the first start this much further in
                        * (a bullet's text under its first word) */
    PdfAlign align;
    /* table */
    size_t n_cols;
    double *widths;    /* each column's share of the width (they add up to 1); owned */
    PdfCell *cells;    /* n_rows x n_cols, row by row; owned, with their texts */
    size_t n_rows, cap_rows;
    size_t head_rows;  /* the first rows are the head: bold, shaded, repeated on each page */
    /* drawing: its operations, at coordinates from the block's top-left corner; its width is
     * the text width and its height the block's */
    PdfPage drawing;
} PdfBlock;

typedef struct {
    double width, height;    /* paper, points */
    double margin;           /* all round; the text width is width - 2 x margin */
    const char *title;       /* document properties (may be NULL); owned */
    const char *create_date; /* "2026-11-28T00:00:00", or NULL; owned */
    const char *header;      /* running head, left of the top of every page (may be NULL) */
    const char *mark;        /* e.g. "DRAFT": at the right of the running head and across every
                              * page, large and pale; NULL for none */
    const char *page_label;  /* "Page %d of %d": the page's number and the count of pages take
                              * the first and second %d (only those); NULL for no numbers */
    PdfBlock *blocks;        /* owned */
    size_t n_blocks, cap;
} PdfDoc;

void pdf_page_init(PdfPage *p, double width, double height);
void pdf_page_done(PdfPage *p);
void pdf_ink(PdfPage *p, double r, double g, double b);
/* Text in a box of width w at (x, y); copies text and font. */
void pdf_text(PdfPage *p, const char *text, const char *font, double size, double x, double y,
              double w, PdfAlign align);
/* The same, shrunk to fit w on one line. */
void pdf_text_fit(PdfPage *p, const char *text, const char *font, double size, double x, double y,
                  double w);
void pdf_line(PdfPage *p, double x0, double y0, double x1, double y1, double width);
void pdf_rect(PdfPage *p, double x, double y, double w, double h, double width);
/* A rectangle filled with the ink. */
void pdf_fill(PdfPage *p, double x, double y, double w, double h);

/* Writes page as a PDF to f (see outfile.h for where f comes from). False with the reason in err
 * (the first failed write's, or why the renderer cannot be loaded); the caller then gives the
 * output up. */
bool pdf_write(FILE *f, const PdfPage *page, char *err, size_t errlen);
/* Writes page as a PNG picture of scale pixels to the point, the same way. */
bool pdf_write_png(FILE *f, const PdfPage *page, double scale, char *err, size_t errlen);

/* A document on paper of width x height points with margin all round. The texts given to the
 * functions below are copied and sanitised (control characters shown inert, line breaks kept):
 * they may come from people. */
void pdf_doc_init(PdfDoc *d, double width, double height, double margin);
void pdf_doc_done(PdfDoc *d);
/* The width blocks are laid out in. */
double pdf_doc_text_width(const PdfDoc *d);
/* Sets title, create_date, header, mark and page_label (each may be NULL; copied). */
void pdf_doc_set(PdfDoc *d, const char *title, const char *create_date, const char *header,
                 const char *mark, const char *page_label);
/* A heading or a paragraph of text in font at size points, in ink rgb (NULL: near black). */
PdfBlock *pdf_doc_heading(PdfDoc *d, const char *text, const char *font, double size);
PdfBlock *pdf_doc_paragraph(PdfDoc *d, const char *text, const char *font, double size);
void pdf_doc_space(PdfDoc *d, double points);
void pdf_doc_break(PdfDoc *d);
/* A table of n_cols columns, widths[i] the share of column i (copied), head_rows rows of head,
 * its cells in font at size points; rows are added with pdf_table_row. */
PdfBlock *pdf_doc_table(PdfDoc *d, size_t n_cols, const double *widths, size_t head_rows,
                        const char *font, double size);
/* Adds a row of t's n_cols cells with texts (a NULL text is empty) and returns its first cell,
 * to style (bold, fill, align). */
PdfCell *pdf_table_row(PdfBlock *t, const char *const *texts);
/* A drawing of height points across the text width; draw into the returned page. */
PdfPage *pdf_doc_drawing(PdfDoc *d, double height);

/* Writes d as a PDF to f, laid out on pages (*pages, may be NULL, gets how many), the same way
 * pdf_write does. */
bool pdf_write_doc(FILE *f, const PdfDoc *d, int *pages, char *err, size_t errlen);

/* ---- pages and documents on the wire to the renderer (pdf_wire.c) ---- */

/* The kinds of request the renderer serves: a page as a PDF, a page as a PNG (its scale first),
 * a document as a PDF. Its answer is frames of PDF_ANSWER_DATA (the bytes to write, in order),
 * then one PDF_ANSWER_DONE (the count of pages) or PDF_ANSWER_ERROR (why). */
#define PDF_REQUEST_PAGE 'P'
#define PDF_REQUEST_PNG 'G'
#define PDF_REQUEST_DOC 'D'
#define PDF_ANSWER_DATA 'd'
#define PDF_ANSWER_DONE 'k'
#define PDF_ANSWER_ERROR 'e'

/* Appends page (or d) to out. */
void pdf_wire_page(StrBuf *out, const PdfPage *page);
void pdf_wire_doc(StrBuf *out, const PdfDoc *d);
/* Reads a page (or document) written by the above into p (d), which the caller frees with
 * pdf_page_done (pdf_doc_done) either way. False when the bytes are not one. */
bool pdf_unwire_page(WireIn *in, PdfPage *p);
bool pdf_unwire_doc(WireIn *in, PdfDoc *d);

#endif
