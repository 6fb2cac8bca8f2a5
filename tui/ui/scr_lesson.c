/* Lesson pages: a page's title and word-wrapped text, scrolled with the arrows, paged with
 * Left/Right; the last page leads to the quiz. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "doc.h"
#include "screens.h"

typedef struct {
    Screen base;
    const Module *module;
    size_t page;
    long scroll;
    Doc doc;
    char title[160];
} LessonScreen;

static const char *lesson_title(Screen *s, Ui *ui)
{
    LessonScreen *l = (LessonScreen *)s;
    snprintf(l->title, sizeof l->title, tr("Page %zu of %zu"), l->page + 1, l->module->n_pages);
    size_t n = strlen(l->title);
    snprintf(l->title + n, sizeof l->title - n, " %s %s", term_glyph(GLYPH_DOT),
             ltext_get(&l->module->title, ui->app->lang));
    return l->title;
}

static void lesson_build(LessonScreen *l, Lang lang, int width)
{
    const Page *p = &l->module->pages[l->page];
    doc_clear(&l->doc);
    doc_text(&l->doc, ltext_get(&p->title, lang), width, 0, ROLE_HEADING, -1);
    doc_blank(&l->doc);
    doc_text(&l->doc, ltext_get(&p->text, lang), width, 0, ROLE_NORMAL, -1);
    if (p->sources.n) {
        StrBuf b;
        strbuf_init(&b);
        strbuf_puts(&b, tr("Sources:"));
        for (size_t i = 0; i < p->sources.n; i++) {
            const char *text = NULL;
            for (size_t k = 0; k < l->module->n_sources; k++)
                if (strcmp(l->module->sources[k].key, p->sources.keys[i]) == 0)
                    text = l->module->sources[k].text;
            strbuf_printf(&b, "\n- %s%s%s", p->sources.keys[i], text ? ": " : "", text ? text : "");
        }
        doc_blank(&l->doc);
        doc_text(&l->doc, b.s, width, 0, ROLE_DIM, -1);
        strbuf_done(&b);
    }
}

static void lesson_draw(Screen *s, Ui *ui, int top, int rows)
{
    LessonScreen *l = (LessonScreen *)s;
    int width = COLS - 4;
    lesson_build(l, ui->app->lang, width);
    int view = rows - 2;
    l->scroll = (long)doc_clamp_scroll(&l->doc, l->scroll, view);
    doc_draw(&l->doc, (size_t)l->scroll, top + 1, view, 2, width, -1);
    /* Where we are: more text below, or what Enter does next. */
    const char *more;
    if ((size_t)l->scroll + (size_t)view < l->doc.n)
        more = tr("More below: scroll with the arrows");
    else if (l->page + 1 < l->module->n_pages)
        more = tr("Enter: next page");
    else if (l->module->n_questions)
        more = tr("End of the lesson. Enter: take the quiz");
    else
        more = tr("End of the lesson. Enter: back");
    term_print(top + rows - 1, 2, width, ROLE_DIM, more);
}

static void lesson_key(Screen *s, Ui *ui, int key)
{
    LessonScreen *l = (LessonScreen *)s;
    int page_rows = LINES - 5;
    switch (key) {
    case K_UP: case 'k': l->scroll--; return;
    case K_DOWN: case 'j': l->scroll++; return;
    case K_PGUP: l->scroll -= page_rows; return;
    case K_PGDN: case ' ': l->scroll += page_rows; return;
    case K_HOME: l->scroll = 0; return;
    case K_END: l->scroll = 1L << 30; return;
    case K_LEFT: case 'p':
        if (l->page > 0) {
            l->page--;
            l->scroll = 0;
            return;
        }
        break;
    case K_RIGHT: case 'n': case K_ENTER:
        if (l->page + 1 < l->module->n_pages) {
            l->page++;
            l->scroll = 0;
        } else if (key == K_ENTER) {
            const Module *m = l->module;
            ui_pop(ui);
            if (m->n_questions) {
                Screen *q = quiz_screen_new(ui, m);
                if (q)
                    ui_push(ui, q);
            }
        }
        return;
    default: break;
    }
    if (ui_is_back(key))
        ui_pop(ui);
}

static int lesson_hints(Screen *s, Ui *ui, KeyHint *out)
{
    (void)s, (void)ui;
    bool u = term_utf8();
    out[0] = (KeyHint){hint_arrows(), tr("Scroll")};
    out[1] = (KeyHint){u ? "\xE2\x86\x90\xE2\x86\x92" : "Left/Right", tr("Page")};
    out[2] = (KeyHint){"Enter", tr("Next")};
    out[3] = (KeyHint){"?", tr("Help")};
    out[4] = (KeyHint){"q", tr("Back")};
    return 5;
}

static const char *lesson_help(Screen *s)
{
    (void)s;
    return tr("Read each page, then go on with Enter or the Right arrow. Up and Down scroll a "
              "long page; Left (or p) goes to the previous page. After the last page, Enter "
              "starts the quiz.");
}

static void lesson_free(Screen *s)
{
    LessonScreen *l = (LessonScreen *)s;
    doc_done(&l->doc);
    free(l);
}

Screen *lesson_screen_new(Ui *ui, const Module *m)
{
    (void)ui;
    LessonScreen *l = xcalloc(1, sizeof *l);
    l->base = (Screen){.title = lesson_title, .draw = lesson_draw, .key = lesson_key,
                       .hints = lesson_hints, .help = lesson_help, .free = lesson_free};
    l->module = m;
    doc_init(&l->doc);
    return &l->base;
}
