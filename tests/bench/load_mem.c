/* Benchmark helper (scripts/bench, "memory"): the heap a loaded module costs rastro. Loads the
 * given paths into a Catalog as the shell does (host_load_paths) and prints the growth of the
 * heap in use (mallinfo2: uordblks + hblkhd) per module and per question, and the arena growth. */
#include <malloc.h>
#include <stdio.h>

#include "../../tui/lua/host.h"

static size_t in_use(const struct mallinfo2 *mi)
{
    return mi->uordblks + mi->hblkhd;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: load_mem PATH...\n");
        return 2;
    }
    Catalog cat;
    catalog_init(&cat);
    struct mallinfo2 before = mallinfo2();
    host_load_paths(&cat, argv + 1, argc - 1, NULL);
    struct mallinfo2 after = mallinfo2();
    size_t questions = 0;
    for (size_t i = 0; i < cat.n; i++)
        questions += cat.modules[i]->n_questions;
    size_t errors = problems_count(&cat.problems, PROBLEM_ERROR);
    size_t used = in_use(&after) - in_use(&before);
    size_t arena = (after.arena + after.hblkhd) - (before.arena + before.hblkhd);
    /* One line, "key=value" pairs, for scripts/bench. */
    printf("modules=%zu questions=%zu errors=%zu heap=%zu per_module=%.0f per_question=%.0f "
           "arena=%zu\n",
           cat.n, questions, errors, used, cat.n ? (double)used / (double)cat.n : 0.0,
           questions ? (double)used / (double)questions : 0.0, arena);
    catalog_done(&cat);
    return errors ? 1 : 0;
}
