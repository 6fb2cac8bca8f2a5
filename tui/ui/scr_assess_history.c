/* Who rated what, and when: every rating of an assessment (or of one of its indicators), oldest
 * first, with its level, what the records proposed, and the evidence, documents and reason as
 * typed (drawn as text, never read as markup). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "doc.h"
#include "scr_assess.h"

typedef struct {
    Screen base;
    const AssessSession *ses; /* the overview's, under this screen */
    bool one;                 /* the ratings of one indicator */
    Rating *all;
    size_t n;
    Doc doc;
    DocView view;
    int width; /* the doc was laid out for */
    char title[160];
} HistoryScreen;

static const char *hist_title(Screen *s, Ui *ui)
{
    (void)ui;
    HistoryScreen *h = (HistoryScreen *)s;
    snprintf(h->title, sizeof h->title, "%s",
             h->one ? tr("Ratings of this indicator") : tr("Who rated what, and when"));
    return h->title;
}

/* "level 2", "not applicable" or "rating withdrawn" for r. */
static void level_words(const Rating *r, char *buf, size_t len)
{
    int lv = rating_level(r);
    if (lv == ASSESS_NA)
        snprintf(buf, len, "%s", tr("not applicable"));
    else if (lv == ASSESS_UNRATED)
        snprintf(buf, len, "%s", tr("rating withdrawn"));
    else
        snprintf(buf, len, tr("level %d"), lv);
}

static void hist_layout(HistoryScreen *h, Lang lang, int width)
{
    doc_clear(&h->doc);
    h->width = width;
    char title[140];
    doc_text(&h->doc, assess_title(&h->ses->a, lang, title, sizeof title), width, 0, ROLE_DIM,
             -1);
    if (h->one && h->n) {
        const Indicator *ind = instrument_indicator(h->ses->inst, h->all[0].indicator_id, NULL);
        doc_text(&h->doc, ind ? ltext_get(&ind->title, lang) : h->all[0].indicator_id, width, 0,
                 ROLE_DIM, -1);
    }
    if (!h->n) {
        doc_blank(&h->doc);
        doc_text(&h->doc, tr("Nothing is rated yet."), width, 0, ROLE_NORMAL, -1);
    }
    for (size_t i = 0; i < h->n; i++) {
        const Rating *r = &h->all[i];
        char when[32], level[64];
        assess_when(when, sizeof when, r->rated_at);
        level_words(r, level, sizeof level);
        doc_blank(&h->doc);
        char *head = xasprintf("%s %s %s", when, term_glyph(GLYPH_DOT),
                               r->rated_by[0] ? r->rated_by : "?");
        doc_text(&h->doc, head, width, 0, ROLE_HEADING, -1);
        free(head);
        const Indicator *ind = instrument_indicator(h->ses->inst, r->indicator_id, NULL);
        char *what = h->one ? xstrdup(level)
                            : xasprintf("%s: %s", ind ? ltext_get(&ind->title, lang)
                                                      : r->indicator_id, level);
        if (r->copied_from) {
            char *more = xasprintf("%s (%s)", what, tr("copied from the last final assessment"));
            free(what);
            what = more;
        }
        doc_text(&h->doc, what, width, 0, ROLE_NORMAL, -1);
        free(what);
        if (r->measured) {
            char *m = xasprintf(tr("Proposed from the records: level %d (%.0f%%)."),
                                r->measured_level, r->measured_value);
            doc_text(&h->doc, m, width, 0, ROLE_DIM, -1);
            free(m);
        }
        const char *parts[][2] = {{tr("Evidence"), r->evidence},
                                  {tr("Document references"), r->documents},
                                  {tr("Reason"), r->reason}};
        for (size_t k = 0; k < 3; k++) {
            if (text_is_blank(parts[k][1]))
                continue;
            char *label = xasprintf("%s:", parts[k][0]);
            doc_text(&h->doc, label, width, 0, ROLE_DIM, -1);
            free(label);
            assess_doc_typed(&h->doc, parts[k][1], width, 2, ROLE_NORMAL);
        }
    }
}

static void hist_draw(Screen *s, Ui *ui, Rect area)
{
    HistoryScreen *h = (HistoryScreen *)s;
    int width = ui_text_width(area);
    if (width != h->width)
        hist_layout(h, ui->app->lang, width);
    doc_view_draw(&h->view, &h->doc, area.top + 1, area.rows - 1, 2, width, -1);
    doc_view_marks(&h->view, &h->doc, area.top + 1, 2 + width);
}

static void hist_key(Screen *s, Ui *ui, int key, Rect area)
{
    (void)area;
    HistoryScreen *h = (HistoryScreen *)s;
    if (doc_view_key(&h->view, key))
        return;
    if (key == ' ')
        doc_view_key(&h->view, K_PGDN);
    else if (ui_is_back(key))
        ui_pop(ui);
}

static void hist_hints(Screen *s, Ui *ui, Rect area, KeyHints *out)
{
    (void)s, (void)ui, (void)area;
    hints_add(out, hint_arrows(), tr("Scroll"));
    hints_add(out, hint_pages(), tr("Page"));
    hints_add(out, "q", tr("Back"));
}

static void hist_free(Screen *s)
{
    HistoryScreen *h = (HistoryScreen *)s;
    rating_list_free(h->all, h->n);
    doc_done(&h->doc);
    free(h);
}

Screen *assess_history_new(Ui *ui, const AssessSession *s, const char *indicator_id)
{
    HistoryScreen *h = xcalloc(1, sizeof *h);
    char err[512];
    if (!s->inst || !store_rating_history(ui->app->store, s->a.id, indicator_id, &h->all, &h->n,
                                          err, sizeof err)) {
        if (s->inst)
            ui_status(ui, ROLE_ERROR, "%s", err);
        free(h);
        return NULL;
    }
    h->base = (Screen){.title = hist_title, .draw = hist_draw, .key = hist_key,
                       .hints = hist_hints, .free = hist_free};
    h->ses = s;
    h->one = indicator_id != NULL;
    doc_init(&h->doc);
    return &h->base;
}
