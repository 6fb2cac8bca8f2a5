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
    ASSETS_CHECK_FIND,   /* each picture exists; locate pictures' sizes are read */
    ASSETS_CHECK_DECODE, /* and every picture decodes (lint) */
} AssetsCheck;

/* Checks every picture of m (pages and questions, every language's file), reporting to probs at
 * the line of the page or question. A missing or broken picture is a warning (the shell draws
 * its alt text instead), but an error on a locate question, which cannot be answered without
 * it. Fills each locate question's pic_w and pic_h. Returns the number of errors reported. */
int module_check_pictures(Module *m, AssetsCheck depth, Problems *probs);

#endif
