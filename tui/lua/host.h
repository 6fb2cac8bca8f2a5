/* The Lua host's face to the rest of rastro: load module files into the catalog and lint them.
 * No lua.h here: callers never see a lua_State. */
#ifndef RASTRO_HOST_H
#define RASTRO_HOST_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/assess.h"
#include "../core/assets.h"
#include "../core/catalog.h"
#include "child.h"

/* Wall-clock and processor limit on building one module in another process. */
#define HOST_LOAD_SECONDS CHILD_SECONDS

/* Largest module file accepted. */
#define HOST_MAX_FILE_BYTES (4u << 20)

/* How thoroughly modules are checked as they load. */
typedef struct {
    /* Each question function is built with seeds 1 to gen_seeds (at least 1). Lint tries more,
     * and reports a seed that fails or builds another question. */
    int gen_seeds;
    AssetsCheck pictures; /* how far pictures are checked */
    /* Each problem is put at the line where its field is written, not that of the constructor
     * around it, at the cost of building the module a second time (host.c): for errors always,
     * for warnings when this is set. */
    bool warning_lines;
    /* Each module's choice questions are reviewed for cues to the right option (quality.h). */
    bool quality;
} HostLoadOptions;

/* The shell's: seed 1; pictures looked for and locate pictures sized from their header, but not
 * decoded, since decoding every picture would slow each start (the shell decodes a locate
 * question's picture before its quiz opens: assets_check_locate). */
extern const HostLoadOptions host_load_shell;
/* lint's, which preview shares to list what lint does: 20 seeds, every picture decoded, every
 * warning at its field's line, the choice questions reviewed. */
extern const HostLoadOptions host_load_lint;

/* Module files are loaded with options o (NULL: host_load_shell): each is built in a sandbox
 * inside a child process (see host.c), which sends back plain data, and added to c (a file that
 * returns competencies { ... } or glossary { ... } adds those instead); every problem found
 * (errors and warnings, such as a line that is not UTF-8) is appended to c->problems with
 * file:line. Bad content never stops or stalls a load. */

/* Where a content directory keeps its assessment instruments (instrument { ... } files). */
#define HOST_ASSESSMENTS_DIR "assessments"

/* Loads every module file (*.lua, not a LuaLS "---@meta" definition file) directly inside dir, in
 * name order, and every competencies file there, then the assessment instruments in
 * dir/assessments/ (catalog_instrument finds them). A missing or unreadable dir is reported as an
 * error, a dir without a module in it as a warning. Returns the number loaded. */
int host_load_dir(Catalog *c, const char *dir, const HostLoadOptions *o);

/* Loads each path (file or directory) like the above; also reports modules sharing an id. A file
 * may be a module, a competencies file or an instrument. */
void host_load_paths(Catalog *c, char *const paths[], int n, const HostLoadOptions *o);

/* Loads paths as `rastro lint` checks them, with o (NULL: host_load_lint): like
 * host_load_paths, then the modules' requirements and their tags' competencies where a
 * directory was given (a file checked
 * alone may well require a module beside it), and their typed answers against the glossary's
 * synonyms where a glossary was loaded. `rastro preview` loads its file this way, so that
 * it lists every problem lint does. */
void host_lint_paths(Catalog *c, char *const paths[], int n, const HostLoadOptions *o);

/* Builds generated question q of m (loaded by this host) for seed into out, in a child process,
 * and checks it is the same question (id, type). False, with problems in probs, when it fails;
 * out is then empty. Caller frees out with question_done. */
bool host_generate(const Module *m, const Question *q, uint32_t seed, Question *out, Problems *probs);

/* Runs the Lua check functions of form q (values[k] typed in field k) in a child process; fills
 * out[k] for fields with rule FIELD_CHECK (score 0, with a problem, when a check fails). False
 * when none could be run; problems go to probs. */
bool host_check_fields(const Module *m, const Question *q, const char *const *values,
                       FieldCheck *out, Problems *probs);

/* Runs the recommendation rules of inst (loaded by this host, so that it keeps its text) on the
 * assessment view, each in the sandbox of a worker process, never in this one, with the limits
 * of any module code: out lists the rules whose when function returned true. A rule that fails
 * (an error, a limit reached, a crash) is reported in probs at its file and line, counted in
 * out->failed and skipped; the others still run. False, with nothing run, when no process
 * could be made. Free out with assess_recommendations_done. */
bool host_recommend(const Instrument *inst, const AssessView *view, AssessRecommendations *out,
                    Problems *probs);

/* Lint's try of the rules of every instrument in c, on an assessment with nothing rated (every
 * level nil, no scores): a rule that fails there is reported as a warning in c's problems. */
void host_try_rules(Catalog *c);

#endif
