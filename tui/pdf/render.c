/* The PDF renderer (rastro-pdf): draws a page's operations with cairo and pango and streams the
 * PDF (or a PNG picture of it) to rastro. Started by pdf_write only when a PDF or a chart is
 * written, so only this program links cairo and pango. Text arrives sanitised
 * and is never parsed as markup. Documents of flowing blocks are laid out in flow.c. */
#include "draw.h"

#include <cairo-pdf.h>
#include <math.h>
#include <stdio.h>

cairo_status_t pdfr_stream_write(void *closure, const unsigned char *data, unsigned int len)
{
    PdfrStream *s = closure;
    return s->write(s->ctx, data, len) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

PangoFontDescription *pdfr_font(const char *font, double size, bool bold)
{
    PangoFontDescription *desc = pango_font_description_from_string(font ? font : "Sans");
    pango_font_description_set_absolute_size(desc, size * PANGO_SCALE);
    if (bold)
        pango_font_description_set_weight(desc, PANGO_WEIGHT_BOLD);
    return desc;
}

void pdfr_metadata(cairo_surface_t *surface, const char *title, const char *create_date)
{
    if (title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "rastro");
    if (create_date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, create_date);
}

/* A one-line layout of op's text in its font at size points, ellipsised past op->w when set.
 * Caller unrefs. */
static PangoLayout *layout_of(cairo_t *cr, const PdfOp *op, double size, bool ellipsise)
{
    static const PangoAlignment align[] = {PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER, PANGO_ALIGN_RIGHT};
    PangoLayout *layout = pango_cairo_create_layout(cr);
    PangoFontDescription *desc = pdfr_font(op->font, size, false);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    if (ellipsise && op->w > 0) {
        pango_layout_set_width(layout, (int)(op->w * PANGO_SCALE));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    pango_layout_set_alignment(layout, align[op->align <= PDF_RIGHT ? op->align : 0]);
    pango_layout_set_text(layout, op->text ? op->text : "", -1);
    return layout;
}

/* Text with the top-left corner of its box at op's place; a fitted text shrinks (down to half
 * its size) to fit its box on one line, keeping the baseline the full size would have. */
static void draw_text(cairo_t *cr, const PdfOp *op)
{
    double size = op->size, y = op->y;
    if (op->fit && op->w > 0) {
        PangoLayout *probe = layout_of(cr, op, size, false);
        int w, h;
        pango_layout_get_pixel_size(probe, &w, &h);
        g_object_unref(probe);
        if (w > op->w) {
            size = fmax(op->size / 2, op->size * op->w / w * 0.98);
            y += (op->size - size) * 0.9;
        }
    }
    PangoLayout *layout = layout_of(cr, op, size, true);
    cairo_move_to(cr, op->x, y);
    pango_cairo_show_layout(cr, layout);
    g_object_unref(layout);
}

void pdfr_draw_ops(cairo_t *cr, const PdfPage *page)
{
    for (size_t i = 0; i < page->n_ops; i++) {
        const PdfOp *op = &page->ops[i];
        cairo_set_source_rgb(cr, op->rgb[0], op->rgb[1], op->rgb[2]);
        switch (op->kind) {
        case PDF_TEXT: draw_text(cr, op); break;
        case PDF_LINE:
            cairo_set_line_width(cr, op->size);
            cairo_move_to(cr, op->x, op->y);
            cairo_line_to(cr, op->x + op->w, op->y + op->h);
            cairo_stroke(cr);
            break;
        case PDF_RECT:
            cairo_set_line_width(cr, op->size);
            cairo_rectangle(cr, op->x, op->y, op->w, op->h);
            cairo_stroke(cr);
            break;
        case PDF_FILL:
            cairo_rectangle(cr, op->x, op->y, op->w, op->h);
            cairo_fill(cr);
            break;
        }
    }
}

/* The outcome of drawing on surface (cr's status first, then the surface's once finished). */
static bool finish(cairo_t *cr, cairo_surface_t *surface, char *err, size_t errlen)
{
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        snprintf(err, errlen, "%s", cairo_status_to_string(status));
    return status == CAIRO_STATUS_SUCCESS;
}

bool rastro_pdf_render(const PdfPage *page,
                       bool (*write)(void *ctx, const unsigned char *data, size_t len), void *ctx,
                       char *err, size_t errlen)
{
    PdfrStream stream = {write, ctx};
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(pdfr_stream_write, &stream,
                                                                   page->width, page->height);
    pdfr_metadata(surface, page->title, page->create_date);
    cairo_t *cr = cairo_create(surface);
    pdfr_draw_ops(cr, page);
    cairo_show_page(cr);
    return finish(cr, surface, err, errlen);
}

bool rastro_png_render(const PdfPage *page, double scale,
                       bool (*write)(void *ctx, const unsigned char *data, size_t len), void *ctx,
                       char *err, size_t errlen)
{
    int w = (int)ceil(page->width * scale), h = (int)ceil(page->height * scale);
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    pdfr_draw_ops(cr, page);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    if (status == CAIRO_STATUS_SUCCESS) {
        PdfrStream stream = {write, ctx};
        status = cairo_surface_write_to_png_stream(surface, pdfr_stream_write, &stream);
    }
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        snprintf(err, errlen, "%s", cairo_status_to_string(status));
    return status == CAIRO_STATUS_SUCCESS;
}
