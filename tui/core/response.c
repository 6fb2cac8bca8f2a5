/* Stored answers turned back into what the trainee saw, and the right answer in the same words:
 * each kind says how (QuizKind's describe, right and parts); this keeps what they share. */
#include "response.h"

#include "quiz_kind.h"

/* A response that is empty or does not fit q comes back as stored. */
char *response_describe(const Question *q, const char *response, Lang lang, bool utf8)
{
    const char *r = response ? response : "";
    StrBuf b;
    strbuf_init(&b);
    if (!r[0] || !quiz_kind(q->type)->describe(q, r, lang, utf8, &b)) {
        strbuf_clear(&b);
        strbuf_puts(&b, r);
    }
    return strbuf_take(&b);
}

char *response_describe_right(const Question *q, Lang lang, bool utf8)
{
    StrBuf b;
    strbuf_init(&b);
    quiz_kind(q->type)->right(q, lang, utf8, &b);
    return strbuf_take(&b);
}

unsigned response_count_parts(const Question *q)
{
    unsigned n = quiz_kind(q->type)->parts(q);
    return n ? n : 1;
}
