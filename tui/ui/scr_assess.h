/* What the screens of a country capacity assessment share (scr_assess*.c): the assessment open
 * (its instrument, current ratings and scores, who rates), the overview that owns it, and the
 * drawing of scores, bands and bars. UI only. */
#ifndef RASTRO_SCR_ASSESS_H
#define RASTRO_SCR_ASSESS_H

#include "../core/assess.h"
#include "../core/store_assess.h"
#include "doc.h"
#include "screens.h"

/* An assessment as its screens see it: read from the store, scored against its instrument. The
 * overview screen owns it; the indicator screens over it borrow it. */
typedef struct {
    Assessment a;
    const Instrument *inst; /* the catalog's: its version, else its latest; NULL when none */
    Rating *cur;            /* the current rating of each indicator rated */
    size_t n_cur;
    AssessResult res;       /* cur scored against inst (zeroed when inst is NULL) */
    char **assessors;       /* a.assessors, one name each */
    size_t n_assessors;
    size_t rater;           /* the assessor who rates now, in assessors */
} AssessSession;

/* Reads assessment id (its instrument from ui's catalog) into s; false, with a message on the
 * status line, when it cannot. Who rates is whoever rated last, else the first assessor. */
bool assess_session_open(AssessSession *s, Ui *ui, int64_t id);
/* Reads the assessment and its current ratings again and scores them. */
bool assess_session_reload(AssessSession *s, Ui *ui);
void assess_session_done(AssessSession *s);
/* The name of the assessor who rates now ("" when the assessment names none). */
const char *assess_session_rater(const AssessSession *s);
/* The assessment is final: nothing in it may change. */
bool assess_session_final(const AssessSession *s);
/* Says on the status line why nothing can change in a final assessment. */
void assess_say_final(Ui *ui);
/* Rated (or not applicable) indicators of pillar p, and all of them. */
void assess_pillar_progress(const AssessSession *s, size_t p, size_t *rated, size_t *total);

/* The instrument of a in c: its version, else its latest (by id); NULL when none is loaded. */
const Instrument *assess_instrument_of(const Catalog *c, const Assessment *a);
/* The assessors of a (one per line) as "Ana Pérez, Luis Gómez" (caller frees). */
char *assess_assessors_joined(const char *assessors);
/* "Guatemala, 2026-12-05" and the like: the title of an assessment's screens (static buffer of
 * the caller, len bytes). */
const char *assess_title(const Assessment *a, Lang lang, char *buf, size_t len);
/* An ISO 8601 time of the store ("2026-12-05T03:30:12.345Z") as "2026-12-05 03:30 UTC". */
void assess_when(char *buf, size_t len, const char *iso);
/* Untrusted text typed by people (evidence, sources) into d, its line breaks kept, wrapped to
 * width from indent. */
void assess_doc_typed(Doc *d, const char *text, int width, int indent, Role role);
/* A score as shown ("62.5"), or "-" without one. */
void assess_score_text(char *buf, size_t len, bool scored, double score);
/* The colour role of a band's score: the lower bands warn. */
Role assess_band_role(AssessBand b);
/* A bar of width columns for a score of 0-100 at (y, x): block characters in colour or with
 * UTF-8, '#' and '.' in ASCII. */
void assess_bar(int y, int x, int width, bool scored, double score);
/* The same as text (caller frees), for documents. */
char *assess_bar_text(int width, bool scored, double score);

/* The indicator screen for the session's indicator at (borrowing s, which must outlive it);
 * NULL when the instrument is not loaded. */
Screen *assess_rate_new(Ui *ui, AssessSession *s, IndicatorRef at);
/* The assessment's overview (owns its session): its pillars with their progress and scores,
 * continue, summary, mark final, who rates. NULL (with a status message) when it cannot be
 * read. */
Screen *assess_overview_new(Ui *ui, int64_t id);
/* Every rating of the session's assessment (of indicator_id only, unless NULL), oldest first:
 * who rated what and when (borrows s). NULL (with a status message) when it cannot be read. */
Screen *assess_history_new(Ui *ui, const AssessSession *s, const char *indicator_id);
/* The session of an overview screen. */
AssessSession *assess_overview_session(Screen *overview);

#endif
