/* PDF pages as a list of drawing operations (text, lines, rectangles) that core builds, and
 * pdf_write, which hands the list to the PDF renderer: a plugin (rastro-pdf.so, cairo and pango)
 * loaded only when a PDF is written, so that starting rastro never pays for those libraries.
 * This header is all the plugin shares with rastro: types, no calls into core. */
#ifndef RASTRO_PDF_H
#define RASTRO_PDF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { PDF_TEXT, PDF_LINE, PDF_RECT } PdfOpKind;
typedef enum { PDF_LEFT, PDF_CENTER, PDF_RIGHT } PdfAlign;

typedef struct {
    PdfOpKind kind;
    double x, y;     /* text: top-left of its box; line: start; rect: corner */
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

/* The renderer's entry point in the plugin: draws page and hands the bytes to write (which
 * returns false when it could not write them). False with a message in err otherwise. */
#define PDF_RENDER_SYMBOL "rastro_pdf_render"
typedef bool (*PdfRenderFn)(const PdfPage *page, bool (*write)(void *ctx, const unsigned char *data,
                                                               size_t len),
                            void *ctx, char *err, size_t errlen);

#ifndef RASTRO_PDF_PLUGIN
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

/* Writes page as a PDF to f (see outfile.h for where f comes from). False with the reason in err
 * (the first failed write's, or why the renderer cannot be loaded); the caller then gives the
 * output up. */
bool pdf_write(FILE *f, const PdfPage *page, char *err, size_t errlen);
#endif

#endif
