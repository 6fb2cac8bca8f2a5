/* What the renderer's files share: drawing a page's operations on a cairo context, and the
 * stream that hands cairo's bytes to the writer main.c gives. Internal to the renderer program
 * (rastro-pdf): rastro itself knows only pdf.h. */
#ifndef RASTRO_PDF_DRAW_H
#define RASTRO_PDF_DRAW_H

#include "../core/pdf.h"

#include <cairo.h>
#include <pango/pangocairo.h>

typedef struct {
    bool (*write)(void *ctx, const unsigned char *data, size_t len);
    void *ctx;
} PdfrStream;

/* cairo's write function over a PdfrStream (the closure). */
cairo_status_t pdfr_stream_write(void *closure, const unsigned char *data, unsigned int len);

/* Draws page's operations with their coordinates from the current origin. */
void pdfr_draw_ops(cairo_t *cr, const PdfPage *page);

/* A font description from a family and style ("Sans Bold") at size points, bold if asked.
 * Caller frees with pango_font_description_free. */
PangoFontDescription *pdfr_font(const char *font, double size, bool bold);

/* The PDF surface's document properties from title and date (either may be NULL). */
void pdfr_metadata(cairo_surface_t *surface, const char *title, const char *create_date);

/* What main.c calls: a page as a PDF or a PNG, a document as a PDF; each hands its bytes to
 * write and returns false with err when it could not draw them. */
bool rastro_pdf_render(const PdfPage *page,
                       bool (*write)(void *ctx, const unsigned char *data, size_t len), void *ctx,
                       char *err, size_t errlen);
bool rastro_png_render(const PdfPage *page, double scale,
                       bool (*write)(void *ctx, const unsigned char *data, size_t len), void *ctx,
                       char *err, size_t errlen);
bool rastro_pdf_render_doc(const PdfDoc *doc, int *pages,
                           bool (*write)(void *ctx, const unsigned char *data, size_t len),
                           void *ctx, char *err, size_t errlen);

#endif
