/* Turns the table a module returns into a core Module, checking every field. Lua-host layer. */
#ifndef RASTRO_LOADER_H
#define RASTRO_LOADER_H

#include "../core/assets.h"
#include "../core/assess.h"
#include "../core/catalog.h"
#include "sandbox.h"

/* Registers the authoring API (lesson, page, choice, ..., competencies) in the module environment of sb, for the
 * module whose source text is src (len bytes; NULL when it is not at hand): the loader reads
 * there where each field is written, to report a problem at its line. */
void loader_register_api(Sandbox *sb, const char *src, size_t len);

/* Converts the value on top of sb's stack (popped) into a Module. Problems go to probs with file
 * and line. Question functions are run with seeds 1 to gen_seeds (at least 1; lint tries more);
 * pictures are checked as far as pictures says (the shell finds them, lint decodes them).
 * Returns NULL when there was at least one error. */
Module *loader_build(Sandbox *sb, const char *file, int gen_seeds, AssetsCheck pictures,
                     Problems *probs);

/* True when the value on top of sb's stack (left there) is what a competencies file returns:
 * competencies { { id = ..., title = { en = ..., es = ... } }, ... }. */
bool loader_is_competencies(Sandbox *sb);

/* Converts that value (popped) into out (file set; caller frees with competency_list_done).
 * Problems go to probs with file and line. False, with out empty, when there was an error. */
bool loader_build_competencies(Sandbox *sb, const char *file, CompetencyList *out, Problems *probs);

/* True when the value on top of sb's stack (left there) is what a glossary file returns:
 * glossary { sources = { ... }, terms = { term { ... }, ... } }. */
bool loader_is_glossary(Sandbox *sb);

/* Converts that value (popped) into out (file set; caller frees with glossary_done). Problems go
 * to probs with file and line. False, with out empty, when there was an error. */
bool loader_build_glossary(Sandbox *sb, const char *file, Glossary *out, Problems *probs);
/* True when the value on top of sb's stack (left there) is what an assessment instrument file
 * returns: instrument { ... } (loader_instrument.c). */
bool loader_is_instrument(Sandbox *sb);

/* Converts that value (popped) into an Instrument (file set; caller frees with instrument_free).
 * Problems go to probs with file and line; NULL when there was an error. */
Instrument *loader_build_instrument(Sandbox *sb, const char *file, Problems *probs);

/* With the instrument table on top of sb's stack (left there): runs the when function of
 * rules[index + 1] on view (a read-only table), setting *fired to what it returned (true or
 * false). False, with the problem (at the line where the rule failed) in probs, when it fails. */
bool loader_run_rule(Sandbox *sb, const char *file, size_t index, const AssessView *view,
                     bool *fired, Problems *probs);

/* With the lesson table a module returned on top of sb's stack (left there): builds the question
 * function quiz[index + 1] with seed into out (caller frees with question_done). False, with
 * problems, when it fails. */
bool loader_generate(Sandbox *sb, const char *file, size_t index, uint32_t seed, Question *out,
                     Problems *probs);

/* With the lesson table on top of sb's stack (left there): runs the check function of each of
 * the n fields of form quiz[index + 1] (built with seed when generated) that has one and a value,
 * filling out[k]. A check that fails scores 0 and is reported in probs. False when the form
 * cannot be found. */
bool loader_check_fields(Sandbox *sb, const char *file, size_t index, bool generated, uint32_t seed,
                         const char *const *values, size_t n, FieldCheck *out, Problems *probs);

#endif
