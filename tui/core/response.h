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
/* The right answer to q described the same way: the right options' text, "True", the items in
 * their order, each pair, the accepted text or number (with its tolerance and unit), each form
 * field's shown answer by its label, the right cells of a locate grid. Empty when q keeps no
 * answer to show (a form whose fields are all judged by checks). Caller frees; untrusted. */
char *response_describe_right(const Question *q, Lang lang, bool utf8);
/* How many parts q's marks are shared among, so that partial credit can be said as "2 of 3
 * marks": the right options of a multi question, the pairs of a match, the pairs of items an
 * order puts before one another, a form's fields; 1 for a question scored whole. */
unsigned response_count_parts(const Question *q);

#endif
