/* The picture converter's conversion (convert.c), which its program (main.c) serves to rastro. */
#ifndef RASTRO_CHAFA_CONVERT_H
#define RASTRO_CHAFA_CONVERT_H

#include "../core/render.h"

/* Converts rq into out (malloc'd cells or sixel, freed with free). False with why in err: a box
 * or picture of no size, out of memory; out is empty then. */
bool convert_picture(const RenderRequest *rq, Rendered *out, char *err, size_t errlen);

#endif
