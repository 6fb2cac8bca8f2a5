/* The picture viewer: one picture on the whole screen, zoomed in (up to 8x) and moved about with
 * the arrows, for reading markings too small to read in the lesson. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/render.h"
#include "doc.h"
#include "gfx.h"
#include "screens.h"

#define MAX_ZOOM 8

typedef struct {
    Screen base;
    char *path;
    char *caption;
    int zoom;
    double cx, cy; /* the middle of the view, in the picture's pixels */
    char title[200];
} PictureScreen;

static const char *picture_title(Screen *s, Ui *ui)
{
    PictureScreen *p = (PictureScreen *)s;
    (void)ui;
    snprintf(p->title, sizeof p->title, "%s", p->caption[0] ? p->caption : tr("Picture"));
    return p->title;
}

/* The part of the picture in view at this zoom, kept within the picture. */
static GfxView view_of(PictureScreen *p, const Picture *pic)
{
    double w = (double)pic->width / p->zoom, h = (double)pic->height / p->zoom;
    if (p->cx < w / 2)
        p->cx = w / 2;
    if (p->cx > pic->width - w / 2)
        p->cx = pic->width - w / 2;
    if (p->cy < h / 2)
        p->cy = h / 2;
    if (p->cy > pic->height - h / 2)
        p->cy = pic->height - h / 2;
    return (GfxView){p->cx - w / 2, p->cy - h / 2, w, h};
}

static void picture_draw(Screen *s, Ui *ui, Rect area)
{
    int top = area.top, rows = area.rows;
    PictureScreen *p = (PictureScreen *)s;
    (void)ui;
    char err[256];
    const Picture *pic = gfx_picture(p->path, err, sizeof err);
    if (!pic) {
        term_print(top + 1, 2, area.cols - 4, ROLE_WARNING, err);
        return;
    }
    GfxView v = view_of(p, pic);
    int cw, ch, cols, box_rows;
    gfx_cell_size(&cw, &ch);
    render_fit((unsigned)(v.w + 0.5), (unsigned)(v.h + 0.5), area.cols - 2, rows - 1, cw, ch, &cols,
               &box_rows);
    int x = (area.cols - cols) / 2, y = top + (rows - 1 - box_rows) / 2;
    if (!gfx_draw(p->path, y, x, cols, box_rows, 0, box_rows, &v, NULL, err, sizeof err))
        term_print(top + 1, 2, area.cols - 4, ROLE_WARNING, err);
    char where[160];
    if (p->zoom == 1)
        snprintf(where, sizeof where, tr("Whole picture, %ux%u pixels"), pic->width, pic->height);
    else
        snprintf(where, sizeof where, tr("Zoom %dx: %.0f%% across, %.0f%% down"), p->zoom,
                 100.0 * p->cx / pic->width, 100.0 * p->cy / pic->height);
    term_print(top + rows - 1, 2, area.cols - 4, ROLE_DIM, where);
}

static void picture_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    PictureScreen *p = (PictureScreen *)s;
    char err[256];
    const Picture *pic = gfx_picture(p->path, err, sizeof err);
    double step_x = pic ? pic->width / (4.0 * p->zoom) : 0, step_y = pic ? pic->height / (4.0 * p->zoom) : 0;
    switch (key) {
    case '+': case '=': case K_ENTER:
        if (p->zoom < MAX_ZOOM)
            p->zoom *= 2;
        return;
    case '-': case '_':
        if (p->zoom > 1)
            p->zoom /= 2;
        return;
    case '0': p->zoom = 1; return;
    case K_LEFT: case 'h': p->cx -= step_x; return;
    case K_RIGHT: case 'l': p->cx += step_x; return;
    case K_UP: case 'k': p->cy -= step_y; return;
    case K_DOWN: case 'j': p->cy += step_y; return;
    default: break;
    }
    if (ui_is_back(key))
        ui_pop(ui);
}

static void picture_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)area;
    (void)ui;
    hints_add(out, "+ -", tr("Zoom"));
    hints_add(out, hint_all_arrows(), tr("Move"));
    hints_add(out, "0", tr("Whole"));
    hints_add(out, "?", tr("Help"));
    hints_add(out, "q", tr("Back"));
}

static const char *picture_help(Screen *s)
{
    (void)s;
    return tr("The picture fills the screen. + (or Enter) zooms in, up to 8 times, and - zooms "
              "out; the arrows (or h, j, k, l) move about the zoomed picture; 0 shows it whole "
              "again. q or Esc goes back.");
}

static void picture_free(Screen *s)
{
    PictureScreen *p = (PictureScreen *)s;
    free(p->path);
    free(p->caption);
    free(p);
}

Screen *picture_screen_new(Ui *ui, const Image *im, const char *module_file)
{
    Lang lang = ui->app->lang;
    char *path = doc_image_path(im, lang, module_file);
    if (!path)
        return NULL;
    PictureScreen *p = xcalloc(1, sizeof *p);
    p->base = (Screen){.title = picture_title, .draw = picture_draw, .key = picture_key,
                       .hints = picture_hints, .help = picture_help, .free = picture_free};
    p->path = path;
    p->caption = text_sanitize(ltext_get(&im->caption, lang), false, term_utf8());
    p->zoom = 1;
    p->cx = p->cy = 1e9; /* clamped to the middle of the picture... */
    char err[256];
    const Picture *pic = gfx_picture(path, err, sizeof err);
    if (pic) {
        p->cx = pic->width / 2.0;
        p->cy = pic->height / 2.0;
    }
    return &p->base;
}
