/* Helpers shared by the test suites: temporary directories, files, running the real binary. */
#include "testutil.h"

#include <check.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <stdarg.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/helper.h"
#include "../tui/lua/host.h"

char *tu_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    char tmpl[512];
    snprintf(tmpl, sizeof tmpl, "%s/rastro-test-XXXXXX", base && base[0] ? base : "/tmp");
    char *d = mkdtemp(tmpl);
    return d ? strdup(d) : NULL;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

void tu_rmrf(const char *path)
{
    if (path)
        nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static char root[1024];

const char *tu_root_make(const char *name)
{
    const char *base = getenv("TMPDIR");
    snprintf(root, sizeof root, "%s/rastro-check-%s-XXXXXX", base && base[0] == '/' ? base : "/tmp",
             name);
    return mkdtemp(root);
}

void tu_root_remove(void)
{
    if (root[0])
        tu_rmrf(root);
    root[0] = '\0';
}

static char case_dir[1100];

const char *tu_case_dir_make(void)
{
    ck_assert_msg(root[0], "no root directory: tu_root_make first");
    snprintf(case_dir, sizeof case_dir, "%s/t-XXXXXX", root);
    ck_assert_msg(mkdtemp(case_dir) != NULL, "mkdtemp: %s", strerror(errno));
    return case_dir;
}

void tu_case_dir_remove(void)
{
    if (case_dir[0])
        tu_rmrf(case_dir);
    case_dir[0] = '\0';
}

char *tu_dir;

void tu_dir_setup(void)
{
    tu_dir = tu_tmpdir();
    ck_assert_ptr_nonnull(tu_dir);
}

void tu_dir_teardown(void)
{
    tu_rmrf(tu_dir);
    free(tu_dir);
    tu_dir = NULL;
}

Store *tu_store_open(const char *path, char *err, size_t errlen)
{
    return store_open_as(path, STORE_CREATE, NULL, err, errlen);
}

Store *tu_store_with_trainee(const char *dir, const char *country, int64_t *trainee_id)
{
    char err[512];
    char *db = xasprintf("%s/t.db", dir);
    Store *s = tu_store_open(db, err, sizeof err);
    free(db);
    ck_assert_msg(s != NULL, "%s", err);
    Trainee t = {.name = "Ana", .agency = ""};
    snprintf(t.country, sizeof t.country, "%s", country);
    ck_assert_msg(store_trainee_add(s, &t, err, sizeof err), "%s", err);
    *trainee_id = t.id;
    return s;
}

bool tu_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

size_t tu_count(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, what)); p += strlen(what))
        n++;
    return n;
}

char *tu_write(const char *dir, const char *name, const char *text)
{
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, name) < 0)
        return NULL;
    FILE *f = fopen(path, "wb");
    if (!f) {
        free(path);
        return NULL;
    }
    fputs(text, f);
    fclose(f);
    return path;
}

char *tu_copy(const char *src, const char *dir, const char *name)
{
    char *path = NULL;
    ck_assert_int_ge(asprintf(&path, "%s/%s", dir, name), 0);
    FILE *in = fopen(src, "rb"), *out = fopen(path, "wb");
    ck_assert_msg(in && out, "copying %s to %s failed", src, path);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        ck_assert_uint_eq(fwrite(buf, 1, n, out), n);
    ck_assert(!ferror(in));
    fclose(in);
    ck_assert_int_eq(fclose(out), 0);
    return path;
}

void tu_damage_png(const char *path)
{
    FILE *f = fopen(path, "r+b");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    unsigned char head[8];
    long at = 8; /* after the signature: length, type, data, CRC, chunk after chunk */
    for (;;) {
        ck_assert_msg(fseek(f, at, SEEK_SET) == 0 && fread(head, 1, 8, f) == 8,
                      "%s has no IDAT chunk", path);
        unsigned long len = (unsigned long)head[0] << 24 | (unsigned long)head[1] << 16 |
                            (unsigned long)head[2] << 8 | head[3];
        if (memcmp(head + 4, "IDAT", 4) == 0) {
            ck_assert_uint_gt(len, 2);
            long mid = at + 8 + (long)(len / 2);
            int c;
            ck_assert(fseek(f, mid, SEEK_SET) == 0 && (c = fgetc(f)) != EOF);
            ck_assert(fseek(f, mid, SEEK_SET) == 0 && fputc(c ^ 0xFF, f) != EOF);
            break;
        }
        at += 12 + (long)len;
    }
    ck_assert_int_eq(fclose(f), 0);
}

const char *tu_rastro(void)
{
    const char *b = getenv("RASTRO_BIN");
    return b && b[0] ? b : "build/rastro";
}

char *tu_helper_path(const char *file)
{
    char *dir = program_dir(), *path = xasprintf("%s/%s", dir, file);
    free(dir);
    if (access(path, X_OK) == 0)
        return path;
    free(path);
    const char *bin = tu_rastro(), *slash = strrchr(bin, '/');
    return slash ? xasprintf("%.*s/%s", (int)(slash - bin), bin, file) : xstrdup(file);
}

static void drain(int fd, char **buf, size_t *len, size_t *cap, bool *open_)
{
    char chunk[4096];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) {
        *open_ = false;
        return;
    }
    if (*len + (size_t)n + 1 > *cap) {
        *cap = (*len + (size_t)n + 1) * 2;
        *buf = realloc(*buf, *cap);
    }
    memcpy(*buf + *len, chunk, (size_t)n);
    *len += (size_t)n;
    (*buf)[*len] = '\0';
}

int tu_run_as(const TuRunOptions *o, char *const argv[], char **out, char **err)
{
    int po[2], pe[2];
    if (pipe(po) != 0 || pipe(pe) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_RDONLY);
        dup2(null, 0);
        dup2(o && o->stdout_fd > 0 ? o->stdout_fd : po[1], 1);
        dup2(pe[1], 2);
        close(po[0]), close(pe[0]), close(po[1]), close(pe[1]);
        char *exe = argv[0][0] == '/' ? argv[0] : realpath(argv[0], NULL);
        if (o && o->dir && (!exe || chdir(o->dir) != 0))
            _exit(126);
        for (char *const *e = o ? o->env : NULL; e && *e; e++)
            putenv(*e);
        if (o && o->file_blocks > 0) {
            struct rlimit lim = {(rlim_t)o->file_blocks * 512, (rlim_t)o->file_blocks * 512};
            setrlimit(RLIMIT_FSIZE, &lim);
        }
        if (o && o->uid > 0 && (setgid(o->uid) != 0 || setuid(o->uid) != 0))
            _exit(126);
        execv(exe ? exe : argv[0], argv);
        _exit(127);
    }
    close(po[1]);
    close(pe[1]);
    char *bo = calloc(1, 1), *be = calloc(1, 1);
    size_t lo = 0, co = 1, le = 0, ce = 1;
    bool oo = true, oe = true;
    while (oo || oe) {
        struct pollfd p[2] = {{oo ? po[0] : -1, POLLIN, 0}, {oe ? pe[0] : -1, POLLIN, 0}};
        if (poll(p, 2, 30000) <= 0)
            break;
        if (p[0].revents)
            drain(po[0], &bo, &lo, &co, &oo);
        if (p[1].revents)
            drain(pe[0], &be, &le, &ce, &oe);
    }
    close(po[0]);
    close(pe[0]);
    int status;
    waitpid(pid, &status, 0);
    if (out)
        *out = bo;
    else
        free(bo);
    if (err)
        *err = be;
    else
        free(be);
    if (o && WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int tu_run(char *const argv[], char **out, char **err)
{
    return tu_run_as(NULL, argv, out, err);
}

const TuRunOptions *tu_in_dir(const TuRunOptions *o, const char *dir)
{
    static TuRunOptions here;
    here = o ? *o : (TuRunOptions){0};
    if (!here.dir)
        here.dir = dir;
    return &here;
}

int tu_rastro_run(const TuRunOptions *o, char **out, char **err, const char *first, ...)
{
    char *argv[40] = {(char *)tu_rastro()};
    int n = 1;
    va_list ap;
    va_start(ap, first);
    for (const char *a = first; a; a = va_arg(ap, const char *)) {
        ck_assert_int_lt(n, 39);
        argv[n++] = (char *)a;
    }
    va_end(ap);
    argv[n] = NULL;
    return tu_run_as(o, argv, out, err);
}

long long tu_sql_int(const char *db, const char *sql)
{
    sqlite3 *h = NULL;
    long long v = -1;
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                v = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
        }
    }
    sqlite3_close(h);
    return v;
}

/* sql on a connection of its own to path (*db), with arg bound to ?1 when sql has a parameter. */
static sqlite3_stmt *peer_prepare(const char *path, const char *sql, long long arg, sqlite3 **db)
{
    int rc = sqlite3_open_v2(path, db, SQLITE_OPEN_READWRITE, NULL);
    ck_assert_msg(rc == SQLITE_OK, "peer open %s: %s", path, *db ? sqlite3_errmsg(*db) : "?");
    sqlite3_busy_timeout(*db, 5000);
    sqlite3_stmt *st = NULL;
    rc = sqlite3_prepare_v2(*db, sql, -1, &st, NULL);
    ck_assert_msg(rc == SQLITE_OK, "prepare %s: %s", sql, sqlite3_errmsg(*db));
    if (sqlite3_bind_parameter_count(st) > 0)
        sqlite3_bind_int64(st, 1, arg);
    return st;
}

long long tu_peer_int(const char *path, const char *sql, long long arg)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = peer_prepare(path, sql, arg, &db);
    long long v = -999;
    int rc = sqlite3_step(st);
    ck_assert_msg(rc == SQLITE_ROW || rc == SQLITE_DONE, "step %s: %s", sql, sqlite3_errmsg(db));
    if (rc == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

char *tu_peer_text(const char *path, const char *sql, long long arg)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = peer_prepare(path, sql, arg, &db);
    const unsigned char *t = NULL;
    bool row = sqlite3_step(st) == SQLITE_ROW;
    if (row)
        t = sqlite3_column_text(st, 0);
    char *v = xstrdup(!row ? "(no row)" : t ? (const char *)t : "(null)");
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

double tu_peer_double(const char *path, const char *sql, long long arg)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = peer_prepare(path, sql, arg, &db);
    double v = -999;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        v = sqlite3_column_double(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

char **tu_env(const char *lang_env)
{
    static char lang[128], localedir[600];
    static char *env[8];
    const char *ld = getenv("RASTRO_LOCALEDIR");
    snprintf(localedir, sizeof localedir, "RASTRO_LOCALEDIR=%s", ld && ld[0] ? ld : "build/locale");
    snprintf(lang, sizeof lang, "LANG=%s", lang_env ? lang_env : "C.UTF-8");
    int i = 0;
    env[i++] = "TERM=xterm-256color";
    env[i++] = lang;
    env[i++] = "LC_ALL=";
    env[i++] = "LANGUAGE=";
    env[i++] = localedir;
    env[i++] = "NO_COLOR=";
    env[i] = NULL;
    return env;
}

bool tu_load_file(Catalog *c, const char *path, const HostLoadOptions *o)
{
    size_t before = c->n;
    char *p = (char *)path;
    host_load_paths(c, &p, 1, o);
    return c->n > before;
}

bool tu_load_module(Catalog *cat, const char *dir, const char *src)
{
    char *path = tu_write(dir, "m.lua", src);
    bool ok = tu_load_file(cat, path, NULL);
    free(path);
    return ok;
}

const Problem *tu_problem_with(const Catalog *cat, const char *text)
{
    for (size_t i = 0; i < cat->problems.n; i++)
        if (strstr(cat->problems.items[i].message, text))
            return &cat->problems.items[i];
    return NULL;
}

PtyTerm *tu_pty(char *const argv[], const char *lang_env, char *const extra_env[], int rows,
                int cols)
{
    char **env = tu_env(lang_env);
    char *merged[32];
    int n = 0;
    for (; env[n] && n < 16; n++)
        merged[n] = env[n];
    for (int k = 0; extra_env && extra_env[k] && n < 31; k++)
        merged[n++] = extra_env[k];
    merged[n] = NULL;
    char err[256];
    PtyTerm *t = ptyterm_spawn(argv, merged, rows, cols, err, sizeof err);
    ck_assert_msg(t != NULL, "spawn: %s", err);
    return t;
}

void tu_expect(PtyTerm *t, const char *text, int timeout_ms)
{
    if (!ptyterm_wait_text(t, text, timeout_ms)) {
        char *screen = ptyterm_screen(t);
        ck_abort_msg("'%s' never appeared; screen:\n%s", text, screen);
        free(screen);
    }
}

/* The screen's rows joined as running text: each row's leading spaces dropped and rows joined
 * by one space, so that a wrapped paragraph reads as one line. Caller frees. */
static char *screen_flowed(PtyTerm *t)
{
    char *screen = ptyterm_screen(t);
    StrBuf b;
    strbuf_init(&b);
    for (char *row = strtok(screen, "\n"); row; row = strtok(NULL, "\n")) {
        while (*row == ' ')
            row++;
        if (*row)
            strbuf_printf(&b, "%s%s", b.len ? " " : "", row);
    }
    free(screen);
    return strbuf_take(&b);
}

void tu_expect_wrapped(PtyTerm *t, const char *text, int timeout_ms)
{
    for (int waited = 0;; waited += 100) {
        ptyterm_settle(t, 100, 1000);
        char *flowed = screen_flowed(t);
        bool found = strstr(flowed, text) != NULL;
        free(flowed);
        if (found)
            return;
        if (waited >= timeout_ms)
            break;
    }
    char *screen = ptyterm_screen(t);
    ck_abort_msg("'%s' never appeared, even wrapped; screen:\n%s", text, screen);
    free(screen);
}

void tu_expect_absent(PtyTerm *t, const char *text)
{
    ptyterm_settle(t, 150, 3000);
    char *screen = ptyterm_screen(t);
    ck_assert_msg(strstr(screen, text) == NULL, "'%s' should not be on screen:\n%s", text, screen);
    free(screen);
}

static char *saved_ctype;

void tu_utf8_begin(void)
{
    const char *cur = setlocale(LC_CTYPE, NULL);
    saved_ctype = xstrdup(cur ? cur : "C");
    ck_assert_msg(setlocale(LC_CTYPE, "C.UTF-8") != NULL, "C.UTF-8 locale is not available");
}

void tu_utf8_end(void)
{
    setlocale(LC_CTYPE, saved_ctype);
    free(saved_ctype);
    saved_ctype = NULL;
}

/* The form's country field reads "Country (type its name or code)", in either language. */
void tu_fill_trainee_form(PtyTerm *t, const char *name, const char *agency)
{
    ptyterm_key(t, VTERM_KEY_ENTER);
    tu_expect(t, "(", 10000);
    ptyterm_send(t, name);
    ptyterm_key(t, VTERM_KEY_TAB);
    if (agency)
        ptyterm_send(t, agency);
    ptyterm_key(t, VTERM_KEY_TAB);
    ptyterm_send(t, "gt\r");
}

void tu_create_trainee(PtyTerm *t)
{
    tu_expect(t, "Create a trainee to begin.", 10000);
    tu_fill_trainee_form(t, "Ana", NULL);
    tu_expect(t, "Choose a module.", 10000);
}

void tu_assert_fits(const Layout *l, int width, const char *what)
{
    for (size_t i = 0; i < l->n; i++) {
        int w = text_width(l->lines[i].text);
        ck_assert_msg(l->lines[i].indent >= 0, "%s: negative indent", what);
        ck_assert_msg(l->lines[i].indent + w <= width,
                      "%s: line %zu \"%s\" is %d + %d columns, box is %d", what, i,
                      l->lines[i].text, l->lines[i].indent, w, width);
    }
}

bool tu_has_unsafe_bytes(const char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        long cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
            (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            return true;
        i += (size_t)n;
    }
    return false;
}

char *tu_db_with_trainee(const char *dir, const char *name, const char *country)
{
    char *db = xasprintf("%s/rastro.db", dir);
    char *argv[] = {(char *)tu_rastro(), "--db", db, "trainee", "add", "--name", (char *)name,
                    "--country", (char *)country, NULL};
    ck_assert_int_eq(tu_run(argv, NULL, NULL), 0);
    return db;
}

bool tu_quiz_begin(QuizRun *run, Store *store, int64_t trainee_id, const Module *module, char *err,
                   size_t errlen)
{
    return quiz_start(run, store, trainee_id, module, NULL, 0, err, errlen);
}

bool tu_quiz_passed(const QuizRun *run)
{
    PassResult r;
    quiz_judge(run, &r);
    bool passed = r.passed;
    pass_result_done(&r);
    return passed;
}

void tu_modelio_write(StrBuf *out, const Module *m, const Problems *p)
{
    modelio_write_file(out, m, NULL, p);
}

bool tu_modelio_read(const char *buf, size_t len, Module **m, Problems *p)
{
    CompetencyList l = {0};
    bool have;
    bool ok = modelio_read_file(buf, len, m, &l, &have, p);
    competency_list_done(&l);
    return ok;
}
