/* The Lua host's face to the rest of rastro: reads module files, builds each in its own sandbox
 * in a child process and adds what loads to the catalog, reporting every problem with file:line. */
#include "host.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/instrument_io.h"
#include "../core/model_io.h"
#include "../core/quality.h"
#include "../core/text.h"
#include "child.h"
#include "loader.h"
#include "sandbox.h"

/* Reads a whole regular file of at most HOST_MAX_FILE_BYTES. Caller frees. NULL + problem. */
static char *read_file(Problems *probs, const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    struct stat st;
    if (!f) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "not a regular file");
        goto done;
    }
    if ((size_t)st.st_size > HOST_MAX_FILE_BYTES) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "file too large (%lld bytes, at most %u)",
                     (long long)st.st_size, HOST_MAX_FILE_BYTES);
        goto done;
    }
    buf = xmalloc((size_t)st.st_size + 1);
    *len = fread(buf, 1, (size_t)st.st_size, f);
    if (ferror(f)) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "cannot read: %s", strerror(errno));
        free(buf);
        buf = NULL;
        goto done;
    }
    buf[*len] = '\0';
done:
    fclose(f);
    return buf;
}

/* LuaLS definition files (content/api.lua) start with "---@meta" and are not modules. */
static bool is_meta_file(const char *buf)
{
    return strncmp(buf, "---@meta", 8) == 0;
}

const HostLoadOptions host_load_shell = {.gen_seeds = 1, .pictures = ASSETS_CHECK_FIND};
const HostLoadOptions host_load_lint = {.gen_seeds = 20, .pictures = ASSETS_CHECK_DECODE,
                                        .warning_lines = true, .quality = true};

/* Lines of a module file named in warnings about invalid UTF-8; the rest are counted. */
#define UTF8_LINES_NAMED 10

/* Warns about each line of a module's text that is not UTF-8 (saved by an editor set to another
 * encoding, or pasted from one): the shell would show a replacement mark for each such byte. */
static void check_utf8(const char *path, const char *buf, size_t len, Problems *probs)
{
    int line = 1, named = 0, more = 0;
    size_t column = 1; /* characters, as an editor counts them */
    bool reported = false; /* this line's first bad byte was reported */
    for (size_t i = 0; i < len;) {
        if (buf[i] == '\n') {
            line++;
            column = 1;
            reported = false;
            i++;
            continue;
        }
        long cp;
        int n = utf8_decode(buf + i, len - i, &cp);
        if (cp < 0 && !reported) {
            reported = true;
            if (named++ < UTF8_LINES_NAMED)
                problems_add(probs, path, line, PROBLEM_WARNING,
                             "invalid UTF-8 (byte 0x%02X at column %zu): save the file as UTF-8",
                             (unsigned char)buf[i], column);
            else
                more++;
        }
        i += (size_t)n;
        column++;
    }
    if (more)
        problems_add(probs, path, 0, PROBLEM_WARNING, "invalid UTF-8 on %d more line%s", more,
                     more == 1 ? "" : "s");
}

/* True when the module has Lua callbacks the host must run later. */
static bool has_callbacks(const Module *m)
{
    for (size_t i = 0; i < m->n_questions; i++) {
        const Question *q = &m->questions[i];
        if (q->generated)
            return true;
        for (size_t k = 0; k < q->n_fields; k++)
            if (q->fields[k].rule == FIELD_CHECK)
                return true;
    }
    return false;
}

/* Runs a module's text in a new sandbox with the authoring API (finding where its fields are
 * written when lines is set); on success the lesson table is left on the stack. NULL (problem
 * reported) when the state cannot be made or the chunk fails. */
static Sandbox *run_module(const char *path, const char *buf, size_t len, bool lines,
                           Problems *probs)
{
    Sandbox *sb = sandbox_new(NULL, path);
    if (!sb) {
        problems_add(probs, path, 0, PROBLEM_ERROR, "cannot create a Lua state");
        return NULL;
    }
    loader_register_api(sb, lines ? buf : NULL, len);
    SandboxError err;
    if (!sandbox_run(sb, buf, len, &err)) {
        problems_add(probs, path, err.line, PROBLEM_ERROR, "%s", err.message);
        sandbox_free(sb);
        return NULL;
    }
    return sb;
}

/* What a content file built into: a module, the competencies or glossary it declares, or an
 * assessment instrument. */
typedef struct {
    Module *m;
    CompetencyList list;
    bool listed; /* the file declared competencies without an error */
    Glossary glossary;
    bool glossed; /* the file declared a glossary without an error */
    Instrument *inst;
} Built;

static void built_done(Built *b)
{
    module_free(b->m);
    competency_list_done(&b->list);
    glossary_done(&b->glossary);
    instrument_free(b->inst);
    memset(b, 0, sizeof *b);
}

typedef struct {
    const char *path;
    const HostLoadOptions *o;
    Problems *probs;
    Built out;
} BuildJob;

/* loader_build (or loader_build_competencies, for a file that returns competencies { ... })
 * under lua_pcall: should reading the file's tables run out of Lua memory, that is an error
 * reported like any other, not an abort. Upvalue 1: the BuildJob. Stack: -1 (the table). */
static int l_build(lua_State *L)
{
    BuildJob *j = lua_touserdata(L, lua_upvalueindex(1));
    Sandbox *sb = sandbox_from(L);
    if (loader_is_competencies(sb))
        j->out.listed = loader_build_competencies(sb, j->path, &j->out.list, j->probs);
    else if (loader_is_glossary(sb))
        j->out.glossed = loader_build_glossary(sb, j->path, &j->out.glossary, j->probs);
    else if (loader_is_instrument(sb))
        j->out.inst = loader_build_instrument(sb, j->path, j->probs);
    else
        j->out.m = loader_build(sb, j->path, j->o->gen_seeds, j->o->pictures, j->probs);
    if (j->out.m && j->o->quality)
        quality_check_module(j->out.m, j->probs);
    return 0;
}

/* Puts p's problems from index from on in the order of their lines, as a compiler lists them
 * (those of no line last, such as the note that the rest are not listed); stable, so that the
 * problems of one line keep the order they were found in. */
static void sort_by_line(Problems *p, size_t from)
{
    for (size_t i = from + 1; i < p->n; i++) {
        Problem x = p->items[i];
        unsigned key = x.line > 0 ? (unsigned)x.line : UINT_MAX;
        size_t k = i;
        for (; k > from; k--) {
            int l = p->items[k - 1].line;
            if ((l > 0 ? (unsigned)l : UINT_MAX) <= key)
                break;
            p->items[k] = p->items[k - 1];
        }
        p->items[k] = x;
    }
}

/* Drops p's problems from index from on. */
static void problems_cut(Problems *p, size_t from)
{
    for (size_t i = from; i < p->n; i++) {
        free(p->items[i].file);
        free(p->items[i].message);
    }
    if (from < p->n)
        p->n = from;
}

/* Runs a content file in a sandbox and builds it with o into *out, finding the lines of its
 * fields when lines is set; problems go to probs. Nothing is built when it has errors; *ran is
 * false when its code did not run to the end (its problem then has Lua's own line). */
static void build_once(const char *path, const char *buf, size_t len, const HostLoadOptions *o,
                       bool lines, Problems *probs, bool *ran, Built *out)
{
    memset(out, 0, sizeof *out);
    Sandbox *sb = run_module(path, buf, len, lines, probs);
    *ran = sb != NULL;
    if (!sb)
        return;
    lua_State *L = sandbox_state(sb);
    BuildJob job = {path, o, probs, {0}};
    lua_pushlightuserdata(L, &job);
    lua_pushcclosure(L, l_build, 1);
    lua_insert(L, -2);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
        /* What loader_build had allocated is lost with the error; this is a child process. */
        problems_add(probs, path, 0, PROBLEM_ERROR, "reading the module failed: %s",
                     lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
    }
    sandbox_free(sb);
    *out = job.out;
}

/* A first build that took longer than this is not done again for the lines of its problems:
 * the two must end well within the worker's limit (CHILD_SECONDS), or the problems are lost. */
#define LINES_REBUILD_SECONDS 0.8

/* Builds a content file with o into *out; problems go to probs, each at the line of its field,
 * in line order. Nothing is built when it has errors. Finding the fields' lines costs a scan of
 * the text and a note on every table built, and only problems need them: a module is built
 * without them first, and built again with them when that found errors (or warnings, as o
 * says). Modules build the same
 * way every time (no clock, a seeded random), so the second build finds the same problems; if
 * it does not (a limit reached once but not twice), the first build's are kept. */
static void build_module(const char *path, const char *buf, size_t len, const HostLoadOptions *o,
                         Problems *probs, Built *out)
{
    size_t first = probs->n;
    bool ran;
    double start = clock_seconds();
    build_once(path, buf, len, o, false, probs, &ran, out);
    size_t found = probs->n - first, errors = 0;
    for (size_t i = first; i < probs->n; i++)
        errors += probs->items[i].level == PROBLEM_ERROR;
    /* A competencies file is small, and the lines of its entries are wanted even without a
     * problem: a competency declared again in another file is found only in the catalog. */
    if (ran && ((found && (errors || o->warning_lines)) || out->listed || out->glossed) &&
        clock_seconds() - start < LINES_REBUILD_SECONDS) {
        Problems again = {0};
        Built b2;
        build_once(path, buf, len, o, true, &again, &ran, &b2);
        if (again.n == found && (b2.m != NULL) == (out->m != NULL) && b2.listed == out->listed &&
            b2.glossed == out->glossed && (b2.inst != NULL) == (out->inst != NULL)) {
            problems_cut(probs, first);
            for (size_t i = 0; i < again.n; i++)
                problems_add(probs, again.items[i].file, again.items[i].line,
                             again.items[i].level, "%s", again.items[i].message);
            built_done(out);
            *out = b2;
        } else {
            built_done(&b2);
        }
        problems_done(&again);
    }
    Module *m = out->m;
    if (m && has_callbacks(m)) {
        m->source = xstrndup(buf, len);
        m->source_len = len;
    }
    if (out->inst && out->inst->n_rules) { /* the rules run later, on exactly this text */
        out->inst->source = xstrndup(buf, len);
        out->inst->source_len = strlen(out->inst->source);
    }
    sort_by_line(probs, first);
}

/* A load request is the options (as bytes: the worker is a fork of this program), the path, a
 * NUL byte, then the module's text. */
static void load_serve(const char *req, size_t len, StrBuf *out)
{
    HostLoadOptions o;
    Problems mine = {0};
    Built b = {0};
    if (len > sizeof o) {
        memcpy(&o, req, sizeof o);
        req += sizeof o;
        len -= sizeof o;
        size_t pl = strnlen(req, len);
        if (pl < len)
            build_module(req, req + pl + 1, len - pl - 1, &o, &mine, &b);
    }
    if (b.glossed)
        modelio_write_glossary(out, &b.glossary, &mine);
    else if (b.inst)
        instrument_io_write(out, b.inst, &mine);
    else
        modelio_write_file(out, b.m, b.listed ? &b.list : NULL, &mine);
    built_done(&b);
    problems_done(&mine);
}

typedef struct {
    const Module *m;
    const Question *q;
    uint32_t seed;
    const char *const *values;
    FieldCheck *checks;
} CallJob;

static void generate_work(void *ctx, StrBuf *out)
{
    CallJob *j = ctx;
    Problems mine = {0};
    Question q = {0};
    bool ok = false;
    Sandbox *sb = run_module(j->m->file, j->m->source, j->m->source_len, false, &mine);
    if (sb) {
        ok = loader_generate(sb, j->m->file, j->q->quiz_index, j->seed, &q, &mine);
        sandbox_free(sb);
    }
    modelio_write_question(out, ok ? &q : NULL, &mine);
}

bool host_generate(const Module *m, const Question *q, uint32_t seed, Question *out, Problems *probs)
{
    memset(out, 0, sizeof *out);
    if (!q->generated || !m->source) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "not a question function");
        return false;
    }
    CallJob job = {.m = m, .q = q, .seed = seed};
    StrBuf in;
    strbuf_init(&in);
    bool ran, have = false;
    bool ok = child_run(m->file, "building a question", generate_work, &job, &in, probs, &ran);
    if (ok && !modelio_read_question(in.s, in.len, out, &have, probs))
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "building a question: broken answer");
    else if (!ran)
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "building a question: no process to run it");
    strbuf_done(&in);
    if (have && (!out->id || strcmp(out->id, q->id) != 0 || out->type != q->type)) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR,
                     "the question function built another question for seed %u", seed);
        question_done(out);
        memset(out, 0, sizeof *out);
        have = false;
    }
    out->quiz_index = q->quiz_index;
    return have;
}

static void check_work(void *ctx, StrBuf *out)
{
    CallJob *j = ctx;
    Problems mine = {0};
    size_t n = j->q->n_fields;
    FieldCheck *c = xcalloc(n, sizeof *c);
    Sandbox *sb = run_module(j->m->file, j->m->source, j->m->source_len, false, &mine);
    if (sb) {
        loader_check_fields(sb, j->m->file, j->q->quiz_index, j->q->generated, j->q->seed,
                            j->values, n, c, &mine);
        sandbox_free(sb);
    }
    modelio_write_checks(out, c, n, &mine);
}

bool host_check_fields(const Module *m, const Question *q, const char *const *values,
                       FieldCheck *out, Problems *probs)
{
    memset(out, 0, q->n_fields * sizeof *out);
    if (!m->source) {
        problems_add(probs, m->file, q->line, PROBLEM_ERROR, "no check functions to run");
        return false;
    }
    CallJob job = {.m = m, .q = q, .values = values};
    StrBuf in;
    strbuf_init(&in);
    bool ran;
    bool ok = child_run(m->file, "checking a form", check_work, &job, &in, probs, &ran) &&
              modelio_read_checks(in.s, in.len, out, q->n_fields, probs);
    strbuf_done(&in);
    return ok;
}

/* Adds a module to the catalog unless another has its id. */
static bool add_module(Catalog *c, const char *path, Module *m)
{
    const Module *other = catalog_find(c, m->id);
    if (other) {
        problems_add(&c->problems, path, m->id_line, PROBLEM_ERROR,
                     "id: module id '%s' is already used by %s",
                     m->id, other->file);
        module_free(m);
        return false;
    }
    catalog_add(c, m);
    return true;
}

/* Most worker processes one load uses (one per processor, up to this many). */
#define HOST_MAX_WORKERS 4

/* A file of a load, waiting for its turn to join the catalog. */
typedef struct {
    const char *path;
    Problems early; /* from reading the file */
    int worker;     /* serving it, -1 for none */
    Built b;        /* built here when no worker could be made */
} Pending;

typedef struct {
    Catalog *c;
    const HostLoadOptions *o;
    Worker *workers[HOST_MAX_WORKERS];
    bool busy[HOST_MAX_WORKERS];
    size_t n_workers;
} Load;

/* Adds what came of p to the catalog: its problems, then its module or competencies. True when
 * a module loaded. */
static bool finish(Load *ld, Pending *p)
{
    Catalog *c = ld->c;
    for (size_t i = 0; i < p->early.n; i++)
        problems_add(&c->problems, p->early.items[i].file, p->early.items[i].line,
                     p->early.items[i].level, "%s", p->early.items[i].message);
    problems_done(&p->early);
    if (p->worker >= 0) {
        StrBuf in;
        strbuf_init(&in);
        bool got = worker_receive(ld->workers[p->worker], p->path, "loading", &in, &c->problems);
        bool gloss = got && modelio_is_glossary(in.s, in.len);
        bool inst = got && instrument_io_is(in.s, in.len);
        if (gloss)
            p->b.glossed = modelio_read_glossary(in.s, in.len, &p->b.glossary, &c->problems);
        if ((gloss && !p->b.glossed) ||
            (inst && !instrument_io_read(in.s, in.len, &p->b.inst, &c->problems)) ||
            (got && !gloss && !inst &&
             !modelio_read_file(in.s, in.len, &p->b.m, &p->b.list, &p->b.listed, &c->problems)))
            problems_add(&c->problems, p->path, 0, PROBLEM_ERROR,
                         "loading failed (the loader's answer was broken)");
        strbuf_done(&in);
        ld->busy[p->worker] = false;
    }
    if (p->b.listed)
        catalog_add_competencies(c, &p->b.list);
    competency_list_done(&p->b.list);
    if (p->b.glossed)
        catalog_add_glossary(c, &p->b.glossary);
    glossary_done(&p->b.glossary);
    if (p->b.inst)
        catalog_add_instrument(c, p->b.inst);
    p->b.inst = NULL;
    return p->b.m && add_module(c, p->path, p->b.m);
}

/* Builds the module files paths[0..n) with o and adds them to c in that order; returns how many
 * loaded. meta[i] (meta may be NULL) tells whether paths[i] turned out to be a definition file,
 * not a module. Each is built in a fresh sandbox inside a worker process (model_io.h carries it
 * back), so that no module code ever runs in rastro itself, and several workers build at once:
 * the processors share a content directory's work while each module keeps its own limits. */
static int load_files(Catalog *c, char *const *paths, size_t n, const HostLoadOptions *o,
                      bool *meta)
{
    Load ld = {.c = c, .o = o ? o : &host_load_shell};
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    ld.n_workers = cpus < 1 ? 1 : cpus > HOST_MAX_WORKERS ? HOST_MAX_WORKERS : (size_t)cpus;
    if (ld.n_workers > n)
        ld.n_workers = n;
    for (size_t w = 0; w < ld.n_workers; w++)
        ld.workers[w] = worker_new(load_serve);
    Pending *q = xcalloc(n ? n : 1, sizeof *q);
    size_t done = 0;
    int loaded = 0;
    StrBuf req;
    strbuf_init(&req);
    for (size_t i = 0; i < n; i++) {
        Pending *p = &q[i];
        *p = (Pending){.path = paths[i], .worker = -1};
        size_t len = 0;
        char *buf = read_file(&p->early, p->path, &len);
        if (buf && is_meta_file(buf) && meta)
            meta[i] = true;
        if (!buf || is_meta_file(buf)) {
            free(buf);
            continue;
        }
        check_utf8(p->path, buf, len, &p->early);
        /* A free worker; when all are busy, the oldest file's turn comes first. */
        int w = -1;
        while (w < 0) {
            for (size_t k = 0; k < ld.n_workers && w < 0; k++)
                if (!ld.busy[k])
                    w = (int)k;
            if (w < 0)
                loaded += finish(&ld, &q[done++]);
        }
        strbuf_clear(&req);
        strbuf_append(&req, (const char *)ld.o, sizeof *ld.o);
        strbuf_append(&req, p->path, strlen(p->path) + 1);
        strbuf_append(&req, buf, len);
        if (worker_send(ld.workers[w], req.s, req.len)) {
            p->worker = w;
            ld.busy[w] = true;
        } else { /* no process to spare: build here, the in-process limits still hold */
            while (done < i)
                loaded += finish(&ld, &q[done++]);
            build_module(p->path, buf, len, ld.o, &p->early, &p->b);
        }
        free(buf);
    }
    while (done < n)
        loaded += finish(&ld, &q[done++]);
    strbuf_done(&req);
    free(q);
    for (size_t w = 0; w < ld.n_workers; w++)
        worker_free(ld.workers[w]);
    return loaded;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the paths of the module files (*.lua) directly in dir to *paths, in name order. A
 * directory that cannot be read is reported (false). */
static bool list_dir(Catalog *c, const char *dir, char ***paths, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d) {
        problems_add(&c->problems, dir, 0, PROBLEM_ERROR, "cannot open content directory: %s",
                     strerror(errno));
        return false;
    }
    size_t first = *n, dl = strlen(dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        *paths = xgrow(*paths, *n, cap, sizeof **paths);
        (*paths)[(*n)++] = dl && dir[dl - 1] == '/' ? xasprintf("%s%s", dir, e->d_name)
                                                    : xasprintf("%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (*n > first) /* an empty folder leaves *paths NULL, which qsort must not be given */
        qsort(*paths + first, *n - first, sizeof **paths, by_name);
    return true;
}

/* Appends the files of the assessment instruments of content directory dir (dir/assessments/,
 * when there is one) to *paths. */
static void list_assessments(Catalog *c, const char *dir, char ***paths, size_t *n, size_t *cap)
{
    size_t dl = strlen(dir);
    char *sub = dl && dir[dl - 1] == '/' ? xasprintf("%s" HOST_ASSESSMENTS_DIR, dir)
                                          : xasprintf("%s/" HOST_ASSESSMENTS_DIR, dir);
    struct stat st;
    if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode))
        list_dir(c, sub, paths, n, cap);
    free(sub);
}

/* A directory read for a load: its files are paths[first, first + n). */
typedef struct {
    const char *dir;
    size_t first, n;
} Listed;

/* Loads paths[0..n) (and frees them), then warns about each directory read in which no file was
 * a module: a mistyped folder, or modules one folder further down, would otherwise pass as
 * content without a problem. */
static int load_list(Catalog *c, char **paths, size_t n, const Listed *dirs, size_t n_dirs,
                     const HostLoadOptions *o)
{
    bool *meta = xcalloc(n ? n : 1, sizeof *meta);
    int loaded = load_files(c, paths, n, o, meta);
    for (size_t d = 0; d < n_dirs; d++) {
        size_t modules = 0;
        for (size_t i = dirs[d].first; i < dirs[d].first + dirs[d].n; i++)
            modules += !meta[i];
        if (!modules)
            problems_add(&c->problems, dirs[d].dir, 0, PROBLEM_WARNING,
                         "no modules here: a module is a .lua file directly in this folder "
                         "(folders inside it are not read)");
    }
    free(meta);
    for (size_t i = 0; i < n; i++)
        free(paths[i]);
    free(paths);
    return loaded;
}

int host_load_dir(Catalog *c, const char *dir, const HostLoadOptions *o)
{
    char **paths = NULL;
    size_t n = 0, cap = 0;
    Listed listed = {dir, 0, 0};
    bool read = list_dir(c, dir, &paths, &n, &cap);
    listed.n = n;
    if (read)
        list_assessments(c, dir, &paths, &n, &cap);
    return load_list(c, paths, n, &listed, read, o);
}

void host_load_paths(Catalog *c, char *const paths[], int n, const HostLoadOptions *o)
{
    char **all = NULL;
    size_t count = 0, cap = 0, n_dirs = 0;
    Listed *dirs = xcalloc(n > 0 ? (size_t)n : 1, sizeof *dirs);
    for (int i = 0; i < n; i++) {
        struct stat st;
        if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            size_t first = count;
            if (list_dir(c, paths[i], &all, &count, &cap)) {
                dirs[n_dirs++] = (Listed){paths[i], first, count - first};
                list_assessments(c, paths[i], &all, &count, &cap);
            }
            continue;
        }
        all = xgrow(all, count, &cap, sizeof *all);
        all[count++] = xstrdup(paths[i]);
    }
    load_list(c, all, count, dirs, n_dirs, o);
    free(dirs);
}

/* Warns about each competency an instrument's measure counts passes of that no loaded module
 * has: the measure could never be computed. */
static void check_measures(Catalog *c)
{
    for (size_t k = 0; k < c->n_instruments; k++) {
        const Instrument *inst = c->instruments[k];
        for (size_t p = 0; p < inst->n_pillars; p++)
            for (size_t i = 0; i < inst->pillars[p].n_indicators; i++) {
                const Indicator *ind = &inst->pillars[p].indicators[i];
                for (size_t m = 0; ind->measure && m < ind->measure->n_competencies; m++)
                    if (!catalog_find(c, ind->measure->competencies[m]))
                        problems_add(&c->problems, inst->file, ind->measure->line,
                                     PROBLEM_WARNING,
                                     "pillars[%zu].indicators[%zu].measure.competencies: no "
                                     "loaded module has the id '%s', so its passes cannot be "
                                     "counted", p + 1, i + 1, ind->measure->competencies[m]);
            }
    }
}

void host_lint_paths(Catalog *c, char *const paths[], int n, const HostLoadOptions *o)
{
    host_load_paths(c, paths, n, o ? o : &host_load_lint);
    host_try_rules(c);
    /* Prerequisites and competencies can be judged only where the files that declare them
     * could be: a directory. A file checked alone may well require a module beside it, or carry
     * tags a competencies file beside it declares. */
    bool any_dir = false;
    for (int i = 0; i < n && !any_dir; i++) {
        struct stat st;
        any_dir = stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode);
    }
    if (any_dir) {
        catalog_check_requires(c, PROBLEM_WARNING);
        catalog_check_competencies(c, PROBLEM_WARNING);
        check_measures(c);
    }
    /* Wherever a glossary came with the modules: a directory, or its file named beside them. */
    catalog_check_synonyms(c, PROBLEM_WARNING);
}
