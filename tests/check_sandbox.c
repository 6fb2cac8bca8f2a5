/* The sandbox holds against hostile modules: every file of the corpus in tests/hostile/ is refused
 * with the problem it names, in bounded time, and the next modules still load clean. Then texts
 * made to spoof the terminal, drawn inert by the real shell in a pseudo-terminal. */
#include <check.h>
#include <dirent.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../tui/core/text.h"
#include "../tui/lua/host.h"
#include "ptyterm.h"
#include "suites.h"
#include "testutil.h"

#define CORPUS "tests/hostile"
#define GOOD "tests/modules/good/minimal.lua"
#define PRISTINE CORPUS "/support/pristine.lua"

static Catalog cat;

static void setup(void)
{
    catalog_init(&cat);
}

static void teardown(void)
{
    catalog_done(&cat);
}

/* ---- The corpus ------------------------------------------------------------------------------ */

/* File names (*.lua directly in CORPUS), sorted; found when the suite is made. */
static char **cases;
static int n_cases;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void find_cases(void)
{
    DIR *d = opendir(CORPUS);
    if (!d)
        return;
    struct dirent *e;
    int cap = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (n_cases == cap) {
            cap = cap ? cap * 2 : 64;
            cases = xrealloc(cases, (size_t)cap * sizeof *cases);
        }
        cases[n_cases++] = xstrdup(e->d_name);
    }
    closedir(d);
    qsort(cases, (size_t)n_cases, sizeof *cases, by_name);
}

/* What a case's header comment asks for. */
typedef struct {
    char expect[512];    /* "-- expect: a|b" on the first line: alternatives, one must match */
    char precompile[16]; /* "-- precompile: dump|header": load bytecode made from the file */
    int line;            /* "-- line: N": the problem's line, 0 when not checked */
} Header;

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len + 4096 + 1 > cap) {
            cap = cap ? cap * 2 : 65536;
            buf = xrealloc(buf, cap);
        }
        size_t n = fread(buf + *len, 1, cap - *len - 1, f);
        *len += n;
        if (n == 0)
            break;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

/* Reads the header comment lines at the top of src. */
static void read_header(const char *src, Header *h)
{
    memset(h, 0, sizeof *h);
    bool first = true;
    for (const char *p = src; strncmp(p, "--", 2) == 0; first = false) {
        const char *end = strchr(p, '\n');
        int n = end ? (int)(end - p) : (int)strlen(p);
        if (first && strncmp(p, "-- expect: ", 11) == 0)
            snprintf(h->expect, sizeof h->expect, "%.*s", n - 11, p + 11);
        else if (strncmp(p, "-- precompile: ", 15) == 0)
            snprintf(h->precompile, sizeof h->precompile, "%.*s", n - 15, p + 15);
        else if (strncmp(p, "-- line: ", 9) == 0)
            h->line = atoi(p + 9);
        if (!end)
            break;
        p = end + 1;
    }
}

static int dump_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
    (void)L;
    FILE *f = ud;
    return fwrite(p, 1, sz, f) == sz ? 0 : 1;
}

/* Writes what the module file becomes under "-- precompile:" to path: its bytecode as luac makes
 * it ("dump"), or its text behind the bytecode signature ("header"). */
static void precompile(const char *path, const char *src, size_t len, const char *how)
{
    FILE *f = fopen(path, "wb");
    ck_assert_ptr_nonnull(f);
    if (strcmp(how, "dump") == 0) {
        lua_State *L = luaL_newstate();
        ck_assert_int_eq(luaL_loadbufferx(L, src, len, path, "t"), LUA_OK);
        ck_assert_int_eq(lua_dump(L, dump_writer, f, 0), 0);
        lua_close(L);
    } else {
        ck_assert_msg(strcmp(how, "header") == 0, "%s: unknown precompile '%s'", path, how);
        fputs(LUA_SIGNATURE, f);
        fwrite(src, 1, len, f);
    }
    ck_assert_int_eq(fclose(f), 0);
}

/* Reads case i of the corpus: its path (caller frees), text (caller frees) and header. */
static char *read_case(int i, size_t *len, Header *h, char **path)
{
    *path = xasprintf(CORPUS "/%s", cases[i]);
    char *src = read_all(*path, len);
    ck_assert_msg(src != NULL, "%s: cannot read", *path);
    read_header(src, h);
    ck_assert_msg(h->expect[0], "%s: the first line must be '-- expect: text|other text'", *path);
    return src;
}

static bool matches(const char *msg, const char *expect)
{
    char *alts = strdup(expect), *save = NULL;
    bool found = false;
    for (char *a = strtok_r(alts, "|", &save); a && !found; a = strtok_r(NULL, "|", &save))
        found = strstr(msg, a) != NULL;
    free(alts);
    return found;
}

/* The error reported against file whose message matches expect, or NULL. */
static const Problem *find_error(const char *file, const char *expect)
{
    for (size_t i = 0; i < cat.problems.n; i++) {
        const Problem *p = &cat.problems.items[i];
        if (p->level == PROBLEM_ERROR && strcmp(p->file, file) == 0 && matches(p->message, expect))
            return p;
    }
    return NULL;
}

/* The first problems so far of files whose name contains filter, one a line, for failure
 * messages. Caller frees. */
static char *problem_list(const char *filter)
{
    StrBuf b;
    strbuf_init(&b);
    for (size_t i = 0, shown = 0; i < cat.problems.n && shown < 8; i++) {
        const Problem *p = &cat.problems.items[i];
        if (!strstr(p->file, filter))
            continue;
        shown++;
        char *line = xasprintf("\n  %s:%d: %s", p->file, p->line, p->message);
        strbuf_puts(&b, line);
        free(line);
    }
    return strbuf_take(&b);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Loads a module that must load; afterwards the catalog holds n modules. */
static void must_load(const char *name, const char *path, size_t n)
{
    if (!tu_load_file(&cat, path, NULL)) {
        char *list = problem_list(path);
        ck_abort_msg("%s: then %s did not load:%s", name, path, list);
        free(list);
    }
    ck_assert_msg(cat.n == n, "%s: then %zu modules instead of %zu", name, cat.n, n);
}

/* One case of the corpus: refused with an error matching "-- expect:", within the child's time
 * limit (plus slack for starting it), without crashing the test; then a good module and one that
 * checks nothing leaked both load into the same catalog. */
START_TEST(hostile_module)
{
    ck_assert_int_lt(_i, n_cases);
    const char *name = cases[_i];
    size_t len;
    Header h;
    char *path;
    char *src = read_case(_i, &len, &h, &path);
    char *load = path;
    if (h.precompile[0]) {
        load = xasprintf("%s/%s", tu_dir, name);
        precompile(load, src, len, h.precompile);
    }
    free(src);

    double start = now_ms();
    bool loaded = tu_load_file(&cat, load, NULL);
    double took = now_ms() - start;
    ck_assert_msg(!loaded, "%s: loaded, but should have been refused", path);
    ck_assert_msg(took < (HOST_LOAD_SECONDS + 2) * 1000.0, "%s: took %.0f ms to refuse", path, took);
    const Problem *hit = find_error(load, h.expect);
    if (!hit) {
        char *list = problem_list(load);
        ck_abort_msg("%s: no error contains '%s'; problems:%s", path, h.expect, list);
        free(list);
    }
    ck_assert_msg(strlen(hit->message) < 1024, "%s: a message of %zu bytes", path, strlen(hit->message));
    if (h.line)
        ck_assert_msg(hit->line == h.line, "%s: reported at line %d, not %d", path, hit->line, h.line);
    ck_assert_uint_eq(cat.n, 0);

    must_load(name, GOOD, 1);
    must_load(name, PRISTINE, 2);
    if (load != path)
        free(load);
    free(path);
}
END_TEST

/* The whole corpus as one content directory, the way the shell loads it (one worker process
 * builds module after module): each case refused as above, and a copy of pristine.lua after
 * each one still loads. */
START_TEST(corpus_as_one_directory)
{
    char *content = xasprintf("%s/content", tu_dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    size_t plen;
    char *pristine = read_all(PRISTINE, &plen);
    ck_assert_ptr_nonnull(pristine);
    char *id = strstr(pristine, "\"hostile-pristine\"");
    ck_assert_ptr_nonnull(id);
    char **loads = xcalloc((size_t)n_cases, sizeof *loads);
    for (int i = 0; i < n_cases; i++) {
        size_t len;
        Header h;
        char *path;
        char *src = read_case(i, &len, &h, &path);
        loads[i] = xasprintf("%s/%03d_a_%s", content, i, cases[i]);
        if (h.precompile[0])
            precompile(loads[i], src, len, h.precompile);
        else
            free(tu_write(content, strrchr(loads[i], '/') + 1, src));
        /* the same checks under its own id */
        char *copy = xasprintf("%.*s\"hostile-pristine-%03d\"%s", (int)(id - pristine), pristine, i,
                               id + strlen("\"hostile-pristine\""));
        char *name = xasprintf("%03d_b_pristine.lua", i);
        free(tu_write(content, name, copy));
        free(name);
        free(copy);
        free(src);
        free(path);
    }
    int loaded = host_load_dir(&cat, content, NULL);
    for (int i = 0; i < n_cases; i++) {
        size_t len;
        Header h;
        char *path;
        free(read_case(i, &len, &h, &path));
        if (!find_error(loads[i], h.expect)) {
            char *list = problem_list(loads[i]);
            ck_abort_msg("%s, in a directory: no error contains '%s'; problems:%s", path, h.expect, list);
            free(list);
        }
        free(path);
        free(loads[i]);
    }
    for (size_t i = 0; i < cat.n; i++)
        ck_assert_msg(strncmp(cat.modules[i]->id, "hostile-pristine-", 17) == 0,
                      "%s, in a directory: loaded, but should have been refused",
                      cat.modules[i]->file);
    if (loaded != n_cases) {
        char *list = problem_list("_b_pristine.lua");
        ck_abort_msg("%d of %d copies of pristine.lua loaded; problems:%s", loaded, n_cases, list);
        free(list);
    }
    free(loads);
    free(pristine);
    free(content);
}
END_TEST

/* Guards against a corpus that silently went missing (run from another directory, say). */
START_TEST(corpus_is_there)
{
    ck_assert_msg(n_cases >= 60, "only %d cases found in " CORPUS, n_cases);
}
END_TEST

/* A module that loads after changing everything it can reach leaves nothing behind either. */
START_TEST(leaky_module_that_loads_leaks_nothing)
{
    must_load("leaky", CORPUS "/support/leaky.lua", 1);
    must_load("leaky", PRISTINE, 2);
}
END_TEST

START_TEST(random_is_seeded_by_rastro)
{
    char *a = tu_write(tu_dir, "r.lua", "local r = math.random(1, 1000000)\n"
                                     "return lesson { id = 'r' .. r, title = 'R', "
                                     "pages = { page { title = 'x', text = 'y' } } }");
    ck_assert(tu_load_file(&cat, a, NULL));
    ck_assert(!tu_load_file(&cat, a, NULL)); /* same seed: same id, refused as a duplicate */
    free(a);
}
END_TEST

/* ---- Texts that spoof the terminal ---------------------------------------------------------- */

/* A sequence a module wrote, which rastro must never write, and what the screen shows in its
 * place, with '@' for the inert mark (U+FFFD, or '?' without UTF-8). */
typedef struct {
    const char *raw;
    const char *shown;
} Spoof;

static const Spoof title_spoofs[] = {
    {"\x1b[2JTITLE2", "TITLE1@[2JTITLE2"},
    {"\x1b]0;OSCTITLE", "@]0;OSCTITLE@TITLE3"},
};
static const Spoof module_spoofs[] = {
    {"\x1b[1;1HSUM2", "SUM1@[1;1HSUM2"},
    {"\xE2\x80\xAE" "BIDIEND", "BIDI@BIDIEND"},
};
static const Spoof source_spoofs[] = {
    {"\x1b]8;;http", "SRC@]8;;http://example.invalid/@LINK"},
};
static const Spoof page_spoofs[] = {
    {"\x1b[HPAGE2", "PAGE1@[HPAGE2"},
    {"\x1b[31mBODY2", "BODY1@[31mBODY2"},
    {"\xC2\x9B" "2JC1END", "C1@2JC1END"},
    {"\x9B" "2JLONEEND", "LONE@2JLONEEND"},
    {"BEL\aBELEND", "BEL@BELEND"},
    {"BS\bBSEND", "BS@BSEND"},
    {"CR\rCREND", "CR@CREND"},
    {"\x1bP+q", "DCS@P+q@\\DCSEND"},
};
static const Spoof question_spoofs[] = {
    {"\x1b[5APROMPTEND", "PROMPT@[5APROMPTEND"},
    {"\x1b[2KOPTAEND", "OPTA@[2KOPTAEND"},
    {"\x1b[?25lOPTBEND", "OPTB@[?25lOPTBEND"},
};
static const Spoof feedback_spoofs[] = {
    {"\x1b[3JEXPLEND", "EXPL@[3JEXPLEND"},
    {"\x1b]52;c;", "@]52;c;Zm9v@CLIP"},
};
/* tests/hostile/error_message_escapes.lua, on the content problems screen. */
static const Spoof problem_spoofs[] = {
    {"\x1b[2JWIPE", "ERRMSG@[2JWIPE"},
    {"\x1b]0;ERRTITLE", "@]0;ERRTITLE@"},
    {"\xC2\x9B" "ERRC1", "@ERRC1"},
    {"\rERRCR", "@ERRCR"},
};

/* The locales the shell is run in: UTF-8, and plain C where it falls back to ASCII. */
static const char *const spoof_locales[] = {"C.UTF-8", "C"};

static void expect_screen(PtyTerm *t, const char *text)
{
    tu_expect(t, text, 10000);
}

/* None of the spoofs' raw bytes is among all that rastro wrote so far. */
static void never_written(PtyTerm *t, const Spoof *s, size_t n)
{
    size_t len;
    const char *raw = ptyterm_raw(t, &len);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(memmem(raw, len, s[i].raw, strlen(s[i].raw)) == NULL,
                      "rastro wrote the module's sequence for '%s' raw", s[i].shown);
}

/* Once the screen has settled: no spoof's raw bytes were written, and each is on screen in its
 * inert form. */
static void expect_inert(PtyTerm *t, const Spoof *s, size_t n, bool utf8)
{
    ptyterm_settle(t, 200, 5000);
    never_written(t, s, n);
    for (size_t i = 0; i < n; i++) {
        StrBuf shown;
        strbuf_init(&shown);
        for (const char *c = s[i].shown; *c; c++)
            strbuf_puts(&shown, *c != '@' ? (char[]){*c, 0} : utf8 ? "\xEF\xBF\xBD" : "?");
        expect_screen(t, shown.s);
        strbuf_done(&shown);
    }
}

static void copy_file(const char *from, const char *to_dir, const char *name)
{
    size_t len;
    char *text = read_all(from, &len);
    ck_assert_ptr_nonnull(text);
    free(tu_write(to_dir, name, text));
    free(text);
}

START_TEST(spoofing_text_is_drawn_inert)
{
    const char *locale = spoof_locales[_i];
    bool utf8 = strcmp(locale, "C") != 0;
    char *content = xasprintf("%s/content", tu_dir);
    char *db = xasprintf("%s/rastro.db", tu_dir);
    ck_assert_int_eq(mkdir(content, 0700), 0);
    copy_file(CORPUS "/support/spoof.lua", content, "spoof.lua");
    copy_file(CORPUS "/error_message_escapes.lua", content, "error_message_escapes.lua");

    char *argv[] = {(char *)tu_rastro(), "--db", db, "--content", content, "--lang", "en", NULL};
    char err[256];
    PtyTerm *t = ptyterm_spawn(argv, tu_env(locale), 24, 80, err, sizeof err);
    ck_assert_msg(t != NULL, "spawn: %s", err);
    expect_screen(t, "Create a trainee to begin.");
    tu_fill_trainee_form(t, "Ana", "PNC");
    expect_screen(t, "Choose a module.");
    expect_inert(t, title_spoofs, sizeof title_spoofs / sizeof *title_spoofs, utf8);

    /* The module's own screen: title, summary, sources. */
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect_screen(t, "Read the lesson");
    expect_inert(t, module_spoofs, sizeof module_spoofs / sizeof *module_spoofs, utf8);
    ptyterm_send(t, "3"); /* the module's sources */
    expect_inert(t, source_spoofs, sizeof source_spoofs / sizeof *source_spoofs, utf8);
    ptyterm_send(t, "q");
    expect_screen(t, "Read the lesson");

    ptyterm_send(t, "1");
    expect_inert(t, page_spoofs, sizeof page_spoofs / sizeof *page_spoofs, utf8);
    ptyterm_send(t, "q");
    expect_screen(t, "Take the quiz");
    ptyterm_send(t, "2");
    expect_inert(t, question_spoofs, sizeof question_spoofs / sizeof *question_spoofs, utf8);
    ptyterm_send(t, "1");
    expect_screen(t, "Correct.");
    expect_inert(t, feedback_spoofs, sizeof feedback_spoofs / sizeof *feedback_spoofs, utf8);
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect_screen(t, "Results");
    ptyterm_key(t, VTERM_KEY_ENTER);
    expect_screen(t, "Take the quiz");
    ptyterm_send(t, "q");
    expect_screen(t, "Choose a module.");

    /* The error raised by the other module, on the content problems screen. */
    expect_screen(t, "Content problems (1)");
    ptyterm_send(t, "2");
    expect_screen(t, "error_message_escapes.lua:");
    expect_inert(t, problem_spoofs, sizeof problem_spoofs / sizeof *problem_spoofs, utf8);
    ptyterm_send(t, "q");
    expect_screen(t, "Choose a module.");
    /* Screens are drawn again as the trainee moves about: the whole session, once more. */
    never_written(t, title_spoofs, sizeof title_spoofs / sizeof *title_spoofs);
    never_written(t, module_spoofs, sizeof module_spoofs / sizeof *module_spoofs);
    never_written(t, page_spoofs, sizeof page_spoofs / sizeof *page_spoofs);
    never_written(t, question_spoofs, sizeof question_spoofs / sizeof *question_spoofs);
    never_written(t, feedback_spoofs, sizeof feedback_spoofs / sizeof *feedback_spoofs);
    never_written(t, problem_spoofs, sizeof problem_spoofs / sizeof *problem_spoofs);
    ptyterm_free(t);
    free(db);
    free(content);
}
END_TEST

/* rastro lint prints the same texts without a terminal: inert there too. */
START_TEST(lint_output_is_inert)
{
    char *argv[] = {(char *)tu_rastro(), "lint", CORPUS "/support/spoof.lua",
                    CORPUS "/error_message_escapes.lua", NULL};
    char *out = NULL, *err = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &err), 1);
    ck_assert_ptr_nonnull(strstr(out, "ERRMSG\xEF\xBF\xBD[2JWIPE"));
    for (const char *s = out; *s; s++)
        ck_assert_msg(*s == '\n' || (unsigned char)*s >= 0x20, "lint wrote control byte 0x%02x",
                      (unsigned char)*s);
    ck_assert_ptr_null(strstr(out, "\xC2\x9B"));
    free(out);
    free(err);
}
END_TEST

Suite *sandbox_suite(void)
{
    find_cases();
    Suite *s = suite_create("sandbox");
    TCase *tc = tcase_create("hostile");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, corpus_is_there);
    tcase_add_loop_test(tc, hostile_module, 0, n_cases);
    tcase_add_test(tc, leaky_module_that_loads_leaks_nothing);
    suite_add_tcase(s, tc);

    /* Some cases take seconds each (a limit has to be reached): the whole corpus takes long. */
    tc = tcase_create("hostile_directory");
    tcase_set_timeout(tc, 600);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, corpus_as_one_directory);
    tcase_add_test(tc, random_is_seeded_by_rastro);
    suite_add_tcase(s, tc);

    tc = tcase_create("spoof");
    tcase_set_timeout(tc, 120);
    tcase_add_checked_fixture(tc, tu_dir_setup, tu_dir_teardown);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_loop_test(tc, spoofing_text_is_drawn_inert, 0,
                        (int)(sizeof spoof_locales / sizeof *spoof_locales));
    tcase_add_test(tc, lint_output_is_inert);
    suite_add_tcase(s, tc);
    return s;
}
