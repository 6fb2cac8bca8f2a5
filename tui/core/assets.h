/* Where a module's pictures are found, and the checks on them: that each named picture exists
 * and decodes, and that a locate question's places lie on its picture and can be pointed at. */
#ifndef RASTRO_ASSETS_H
#define RASTRO_ASSETS_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "model.h"

/* The path of picture name for the module loaded from module_file: the first of
 * DIR/assets/NAME, DIR/../assets/NAME and DIR/../../assets/NAME that exists, DIR being the
 * module's folder (so content/x.lua and content/examples/x.lua both find the top assets/).
 * name has been checked by the loader (no folders). False when none exists; out then holds the
 * first place looked at. */
bool assets_find(const char *module_file, const char *name, char *out, size_t outlen);

/* How far module_check_pictures goes. */
typedef enum {
    ASSETS_CHECK_FIND,   /* each picture exists; locate pictures' sizes are read (the shell) */
    ASSETS_CHECK_DECODE, /* and every picture decodes (lint, preview) */
} AssetsCheck;

/* Checks every picture of m (pages and questions, every language's file), reporting to probs at
 * the line of the page or question. A missing or broken picture is a warning (the shell draws
 * its alt text instead), but an error on a locate question, which cannot be answered without
 * it. Fills each locate question's pic_w and pic_h. Returns the number of errors reported. */
int module_check_pictures(Module *m, AssetsCheck depth, Problems *probs);

/* Decodes the picture, in lang, of each locate question of m that a quiz may ask: those whose id
 * is in ids, or all of them when ids is NULL. One that does not decode is reported to probs as
 * lint reports it (an error at the question's line). The shell loads modules with
 * ASSETS_CHECK_FIND, which reads only a picture's header, and calls this before a quiz begins:
 * a locate question whose picture cannot be shown could only be answered by guessing cells.
 * Returns the number of errors. */
int assets_check_locate(const Module *m, Lang lang, const char *const *ids, size_t n_ids,
                        Problems *probs);

#endif
