/* Results bundles for workshops without a network: export a database's trainees, attempts and
 * answers to one file, and merge such a file into another database. */
#ifndef RASTRO_BUNDLE_H
#define RASTRO_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"

typedef struct {
    int trainees, attempts, answers;
    int assessments, ratings; /* country capacity assessments and their ratings */
    /* Import only: ratings of the bundle not merged, because their assessment is final here (it
     * was finalised without them). */
    int ratings_left_out;
} BundleCounts;

/* Writes the trainees, attempts and answers of s, with its workshops and their rosters and the
 * country assessments with their ratings (store_assess.h), into the
 * empty or missing file at path: a work file that the caller puts in its place when complete
 * (outfile.h), so that no half-written bundle is ever where one is expected.
 * workshop_id not 0: only that workshop and the trainees on its roster. With anonymize, names
 * become stable pseudonyms ("Trainee 1a2b3c4d"), agencies, instructors and assessors are left
 * out. A workshop's bundle carries the assessments of the workshop's country. counts says what
 * was written. */
bool bundle_export(Store *s, const char *path, int64_t workshop_id, bool anonymize,
                   BundleCounts *counts, char *err, size_t errlen);

/* Whether the file at path is a results bundle (an SQLite file of this format), which an export
 * may replace when asked to: any other SQLite database is never written over. */
bool bundle_is_bundle(const char *path);

/* Checks the bundle at path (a whole file, format and version, checksum of every row) and merges
 * it into s by stable ids in one transaction: what is already there is not added again, and a
 * bundle that fails any check changes nothing. added says what was new. */
bool bundle_import(Store *s, const char *path, BundleCounts *added, char *err, size_t errlen);

#endif
