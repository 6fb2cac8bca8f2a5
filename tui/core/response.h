/* A stored answer as the trainee saw it: the text of the options whose numbers were stored, the
 * items of an order or match question in the order given, a form's fields by their labels, the
 * cell pointed at on a picture; typed answers as typed. For the instructor's drill-down, which
 * would otherwise show "2" or "1=3,2=1". */
#ifndef RASTRO_RESPONSE_H
#define RASTRO_RESPONSE_H

#include <stdbool.h>

#include "model.h"

/* response as stored for q (the forms quiz.c writes) described in lang, on one line; utf8 says
 * whether an arrow may be drawn as one (else "->"). A response that does not fit q (the module
 * has changed since it was given) comes back as stored. Caller frees; the text is untrusted
 * (content and typed answers). */
char *response_describe(const Question *q, const char *response, Lang lang, bool utf8);

#endif
