/* How a module's questions are written, as an assessment author reviews them: cues that let a
 * trainee find the right option without knowing it. Lint's warnings; core layer. */
#ifndef RASTRO_QUALITY_H
#define RASTRO_QUALITY_H

#include "catalog.h"

/* A module has at least this many choice questions before the longest-option count is judged:
 * among fewer, the right option is the longest in most of them by chance alone. */
#define QUALITY_MIN_CHOICES 4
/* Shortest word (in letters) taken as a content word of a prompt or option. */
#define QUALITY_MIN_WORD 5

/* Appends to probs (at m->file, as warnings):
 * - once for the module, when the right option of more than half of its choice questions (at
 *   least QUALITY_MIN_CHOICES of them) is longer than every other option, in English or in
 *   Spanish: "the right option is the longest in 7 of 9 choice questions";
 * - for each choice question whose right option shares a content word with the prompt (a word of
 *   QUALITY_MIN_WORD letters or more, case and accents aside, not a common word such as "which"
 *   or "sobre") that no other option shares, in English or in Spanish.
 * Questions built by a function are left out: their options change with the seed. */
void quality_check_module(const Module *m, Problems *probs);

#endif
