/* Results bundles for workshops without a network: export a database's trainees, attempts and
 * answers to one file, and merge such a file into another database. */
#ifndef RASTRO_BUNDLE_H
#define RASTRO_BUNDLE_H

#include <stdbool.h>
#include <stddef.h>

#include "store.h"

typedef struct {
    int trainees, attempts, answers;
} BundleCounts;

/* Writes the trainees, attempts and answers of s, with its workshops and their rosters, to a new
 * bundle at path (created 0600, renamed into place when complete; an existing file is replaced).
 * workshop_id not 0: only that workshop and the trainees on its roster. With anonymize, names
 * become stable pseudonyms ("Trainee 1a2b3c4d"), agencies and instructors are left out. counts
 * says what was written. */
bool bundle_export(Store *s, const char *path, int64_t workshop_id, bool anonymize,
                   BundleCounts *counts, char *err, size_t errlen);

/* Checks the bundle at path (a whole file, format and version, checksum of every row) and merges
 * it into s by stable ids in one transaction: what is already there is not added again, and a
 * bundle that fails any check changes nothing. added says what was new. */
bool bundle_import(Store *s, const char *path, BundleCounts *added, char *err, size_t errlen);

#endif
