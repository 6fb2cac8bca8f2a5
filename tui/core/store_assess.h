/* Country capacity assessments in the database (schema 6): each assessment with its ratings.
 * Ratings are appended, never changed: rating an indicator again adds a row, the latest row is
 * the current rating, and all of them are its history (who rated what and when). A final
 * assessment is read-only: these functions refuse to change it, and so does the database itself
 * (triggers), whatever program writes to it. Every write commits before it returns, with
 * synchronous=FULL, as answers do: a rating acknowledged is on disk. Errors: false, with a
 * message in err (store_failure tells a lock or a full disk from the rest). */
#ifndef RASTRO_STORE_ASSESS_H
#define RASTRO_STORE_ASSESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "assess.h"
#include "store.h"

/* Starts a draft assessment: a->country (a code, any case), instrument_id, instrument_version,
 * assessed_on (YYYY-MM-DD), assessors and sources (may be NULL) are written; *id is the new
 * assessment's (store_assessment_get reads it back with its uid and dates). */
bool store_assessment_add(Store *s, const Assessment *a, int64_t *id, char *err, size_t errlen);

/* Starts a draft as store_assessment_add does, as a copy of the last final assessment of
 * a->country with a->instrument_id: that one's current ratings are copied into the new draft
 * (each keeps its level, evidence, who rated it and when, and names the rating it copies in
 * copied_from), and the new assessment's copied_from names the one copied. *copied (may be NULL)
 * is the number of ratings copied. Fails, with nothing written, when there is no final
 * assessment to copy. */
bool store_assessment_copy_last(Store *s, const Assessment *a, int64_t *id, size_t *copied,
                                char *err, size_t errlen);

/* Changes a draft's country, date, assessors, sources and instrument version (a->id names it);
 * a final assessment is refused. */
bool store_assessment_update(Store *s, const Assessment *a, char *err, size_t errlen);

/* Marks assessment id final: from then on it and its ratings are read-only. Refused when it is
 * final already. */
bool store_assessment_finalise(Store *s, int64_t id, char *err, size_t errlen);

/* The assessment with id; *found false when none. Free out with assessment_done. */
bool store_assessment_get(Store *s, int64_t id, Assessment *out, bool *found, char *err,
                          size_t errlen);
/* The assessment whose uid is ref, or starts with ref (at least STORE_SHORT_ID hex digits);
 * *found false when none, an error when several start so. */
bool store_assessment_find(Store *s, const char *ref, Assessment *out, bool *found, char *err,
                           size_t errlen);
/* Every assessment (of country, a code; NULL for all): by country, then date, then when it was
 * started. Free with assessment_list_free. */
bool store_assessment_list(Store *s, const char *country, Assessment **out, size_t *n,
                           char *err, size_t errlen);
/* The latest final assessment of country with instrument_id (by date, then start); *found false
 * when there is none. */
bool store_assessment_last_final(Store *s, const char *country, const char *instrument_id,
                                 Assessment *out, bool *found, char *err, size_t errlen);
/* The final assessment of a's country and instrument that comes before a (an earlier date, or
 * the same date and started earlier), for "the change since the previous assessment"; *found
 * false when there is none. */
bool store_assessment_previous(Store *s, const Assessment *a, Assessment *out, bool *found,
                               char *err, size_t errlen);

/* Appends r as the current rating of r->indicator_id in assessment_id (level 0-4, or not
 * applicable; a rating with neither withdraws the indicator's rating), rated now. Fills r->id
 * and r->uid. place (may be NULL) is saved in the same transaction as where to
 * resume the assessment (usually the indicator after this one), so that a crash between the
 * two cannot happen. Refused for a final assessment. */
bool store_rating_add(Store *s, int64_t assessment_id, Rating *r, const char *place, char *err,
                      size_t errlen);
/* The current rating of each indicator of assessment_id (its latest), by indicator id. Free
 * with rating_list_free. */
bool store_ratings_current(Store *s, int64_t assessment_id, Rating **out, size_t *n, char *err,
                           size_t errlen);
/* Every rating of assessment_id (of indicator_id only, unless NULL), oldest first: who rated
 * what and when. Free with rating_list_free. */
bool store_rating_history(Store *s, int64_t assessment_id, const char *indicator_id,
                          Rating **out, size_t *n, char *err, size_t errlen);

/* Where the assessor was in assessment_id: an indicator id (caller frees), NULL when none was
 * saved. Kept on this database only (bundles do not carry it). */
bool store_assessment_place_get(Store *s, int64_t assessment_id, char **indicator_id, char *err,
                                size_t errlen);
bool store_assessment_place_save(Store *s, int64_t assessment_id, const char *indicator_id,
                                 char *err, size_t errlen);

/* The schema step 5 -> 6 (store.c's list of migrations). */
extern const char store_assess_migration[];

#endif
