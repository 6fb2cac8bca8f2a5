/* What rastro writes, as an organiser runs it: every -o refuses the database and any other SQLite
 * file, writes devices and pipes in place, follows links, replaces a file only with --force and
 * takes - for standard output; a failed write leaves nothing behind and says why; standard output
 * is checked; CSV cells never become formulas; text reports keep their columns. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/csv.h"
#include "../tui/core/text.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db, *content;
static char *out, *errs;

/* Runs rastro --db db --content content --lang en ARGS... with options o (may be NULL); its exit
 * status, with its output left in out and errs. */
#define RUN(o, ...)                                                                               \
    (reset(), tu_rastro_run(tu_in_dir(o, dir), &out, &errs, "--db", db, "--content", content, "--lang", "en",     \
                            __VA_ARGS__, NULL))

static void reset(void)
{
    free(out);
    free(errs);
    out = errs = NULL;
}

static char *path_in(const char *name)
{
    return xasprintf("%s/%s", dir, name);
}

/* The first bytes of the file at path (up to 63), as a string; "" when it cannot be read. */
static const char *head_of(const char *path)
{
    static char buf[64];
    buf[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (f) {
        size_t n = fread(buf, 1, sizeof buf - 1, f);
        buf[n] = '\0';
        fclose(f);
    }
    return buf;
}

/* How many entries dir holds whose name starts with prefix. */
static int entries_starting(const char *prefix)
{
    char *argv[] = {"/bin/sh", "-c", "ls -A \"$0\" | grep -c \"^$1\" || true", dir,
                    (char *)prefix, NULL};
    char *o = NULL;
    ck_assert_int_eq(tu_run(argv, &o, NULL), 0);
    int n = atoi(o);
    free(o);
    return n;
}

static void setup(void)
{
    dir = tu_tmpdir();
    db = path_in("r.db");
    content = path_in("content");
    ck_assert_int_eq(mkdir(content, 0700), 0);
    out = errs = NULL;
    ck_assert_msg(RUN(NULL, "trainee", "add", "--name", "Ana", "--country", "MX") == 0, "%s",
                  errs);
}

static void teardown(void)
{
    free(out);
    free(errs);
    tu_rmrf(dir);
    free(dir);
    free(db);
    free(content);
}

START_TEST(no_output_writes_over_a_database)
{
    char *wal = xasprintf("%s-wal", db);
    const char *targets[] = {db, wal};
    for (int i = 0; i < 2; i++) {
        ck_assert_int_eq(RUN(NULL, "export", "-o", targets[i]), 1);
        ck_assert_msg(strstr(errs, "database in use"), "%s", errs);
        ck_assert_int_eq(RUN(NULL, "report", "items", "-o", targets[i], "--force"), 1);
        ck_assert_msg(strstr(errs, "database in use"), "%s", errs);
    }
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    /* Another database, even with --force, and under another name (a link to it). */
    char *other = path_in("other.db"), *link = path_in("other-link");
    ck_assert_int_eq(RUN(NULL, "export", "-o", other), 0);
    char *copy = path_in("copy.sqlite");
    ck_assert_int_eq(rename(other, copy), 0);
    ck_assert_int_eq(symlink("r.db", link), 0);
    const char *others[] = {copy, link};
    for (int i = 0; i < 2; i++) {
        ck_assert_int_eq(RUN(NULL, "report", "trainees", "-o", others[i], "--force"), 1);
        ck_assert_msg(strstr(errs, i ? "database in use" : "SQLite database"), "%s", errs);
    }
    ck_assert_str_eq(head_of(copy), "SQLite format 3");
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    /* The bundle a previous export wrote may be replaced, when asked. */
    ck_assert_int_eq(RUN(NULL, "export", "-o", other), 0);
    ck_assert_int_eq(RUN(NULL, "export", "-o", other), 1);
    ck_assert_msg(strstr(errs, "already exists") && strstr(errs, "--force"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "export", "-o", other, "--force"), 0);
    free(wal);
    free(other);
    free(link);
    free(copy);
}
END_TEST

START_TEST(an_existing_file_is_replaced_only_with_force)
{
    char *f = tu_write(dir, "notes.txt", "keep me\n");
    ck_assert_int_eq(RUN(NULL, "report", "items", "-o", f), 1);
    ck_assert_msg(strstr(errs, "already exists") && strstr(errs, "--force"), "%s", errs);
    ck_assert_str_eq(head_of(f), "keep me\n");
    ck_assert_int_eq(RUN(NULL, "report", "items", "-o", f, "--force"), 0);
    ck_assert_msg(strncmp(head_of(f), "module", 6) == 0, "%s", head_of(f));
    struct stat st;
    ck_assert_int_eq(stat(f, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    /* A new file appears whole, and nothing else is left beside it. */
    char *g = path_in("new.csv");
    ck_assert_int_eq(RUN(NULL, "report", "countries", "--format", "csv", "-o", g), 0);
    ck_assert_msg(strncmp(head_of(g), "country,", 8) == 0, "%s", head_of(g));
    ck_assert_int_eq(entries_starting("\\."), 0);
    free(f);
    free(g);
}
END_TEST

START_TEST(links_are_followed_devices_and_pipes_written_in_place)
{
    char *target = tu_write(dir, "target.txt", "old\n"), *link = path_in("link.txt");
    ck_assert_int_eq(symlink("target.txt", link), 0);
    ck_assert_int_eq(RUN(NULL, "report", "items", "-o", link, "--force"), 0);
    struct stat st;
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    ck_assert_msg(strncmp(head_of(target), "module", 6) == 0, "%s", head_of(target));
    /* A link that leads nowhere is refused, and nothing is made where it points. */
    char *dangling = path_in("dangling"), *nowhere = path_in("nowhere.txt");
    ck_assert_int_eq(symlink("nowhere.txt", dangling), 0);
    ck_assert_int_eq(RUN(NULL, "report", "items", "-o", dangling), 1);
    ck_assert_msg(strstr(errs, "leads nowhere"), "%s", errs);
    ck_assert_int_ne(access(nowhere, F_OK), 0);
    /* A directory is not a file to write. */
    ck_assert_int_eq(RUN(NULL, "export", "-o", content), 1);
    ck_assert_msg(strstr(errs, "is a directory"), "%s", errs);
    /* A device stays a device. */
    ck_assert_int_eq(RUN(NULL, "export", "-o", "/dev/null"), 0);
    ck_assert_int_eq(stat("/dev/null", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));
    /* A named pipe is written into, not replaced: the reader gets the bundle. */
    char *fifo = path_in("fifo"), *got = path_in("got.bundle");
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    pid_t reader = fork();
    ck_assert_int_ge(reader, 0);
    if (reader == 0) {
        int in = open(fifo, O_RDONLY), to = open(got, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        char buf[4096];
        ssize_t n;
        while ((n = read(in, buf, sizeof buf)) > 0)
            if (write(to, buf, (size_t)n) != n)
                _exit(1);
        _exit(0);
    }
    ck_assert_int_eq(RUN(NULL, "export", "-o", fifo), 0);
    int status;
    ck_assert_int_eq(waitpid(reader, &status, 0), reader);
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    ck_assert_str_eq(head_of(got), "SQLite format 3");
    ck_assert_int_eq(RUN(NULL, "import", got), 0);
    free(target);
    free(link);
    free(dangling);
    free(nowhere);
    free(fifo);
    free(got);
}
END_TEST

START_TEST(dash_is_standard_output)
{
    ck_assert_int_eq(RUN(NULL, "export", "-o", "-"), 0);
    ck_assert_str_eq(out, "SQLite format 3");
    ck_assert_msg(strstr(errs, "1 trainees"), "%s", errs);
    ck_assert_int_eq(RUN(NULL, "report", "countries", "-o", "-"), 0);
    ck_assert_msg(strncmp(out, "country", 7) == 0, "%s", out);
    /* A bundle is not sent to a terminal. */
    int master, slave;
    ck_assert_int_eq(openpty(&master, &slave, NULL, NULL, NULL), 0);
    TuRunOptions tty = {.stdout_fd = slave};
    ck_assert_int_eq(RUN(&tty, "export", "-o", "-"), 1);
    ck_assert_msg(strstr(errs, "terminal"), "%s", errs);
    close(master);
    close(slave);
}
END_TEST

START_TEST(a_failed_write_leaves_nothing_and_says_why)
{
    /* A file-size limit of 40 KiB: the database's files fit, the bundle does not. */
    TuRunOptions limit = {.file_blocks = 80};
    char *bundle = path_in("big.bundle");
    ck_assert_int_eq(RUN(&limit, "export", "-o", bundle), 1);
    ck_assert_msg(strstr(errs, bundle) && strstr(errs, strerror(EFBIG)), "%s", errs);
    ck_assert_int_ne(access(bundle, F_OK), 0);
    /* 1 KiB: the module template is larger. */
    TuRunOptions small = {.file_blocks = 2, .dir = dir};
    reset();
    ck_assert_int_eq(tu_rastro_run(&small, NULL, &errs, "new", "mymodule", NULL), 1);
    ck_assert_msg(strstr(errs, "mymodule.lua") && strstr(errs, strerror(EFBIG)), "%s", errs);
    char *module = path_in("mymodule.lua");
    ck_assert_int_ne(access(module, F_OK), 0);
    ck_assert_int_eq(entries_starting("\\."), 0);
    /* A full device says so. */
    ck_assert_int_eq(RUN(NULL, "export", "-o", "/dev/full"), 1);
    ck_assert_msg(strstr(errs, strerror(ENOSPC)), "%s", errs);
    /* And the database went through all of it untouched. */
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM trainee"), 1);
    free(bundle);
    free(module);
}
END_TEST

/* Each failure is told once, whether the command or the check at exit finds it. */
START_TEST(standard_output_is_checked)
{
    int full = open("/dev/full", O_WRONLY);
    ck_assert_int_ge(full, 0);
    TuRunOptions to_full = {.stdout_fd = full};
    ck_assert_int_eq(RUN(&to_full, "report", "items"), 1);
    ck_assert_msg(tu_count(errs, strerror(ENOSPC)) == 1, "%s", errs);
    ck_assert_int_eq(RUN(&to_full, "trainee", "list"), 1);
    ck_assert_msg(tu_count(errs, strerror(ENOSPC)) == 1, "%s", errs);
    reset();
    ck_assert_int_eq(tu_rastro_run(&to_full, &out, &errs, "--help", NULL), 1);
    ck_assert_msg(tu_count(errs, strerror(ENOSPC)) == 1, "%s", errs);
    close(full);
    /* A pipe nobody reads any more. */
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    close(p[0]);
    TuRunOptions to_closed = {.stdout_fd = p[1]};
    ck_assert_int_eq(RUN(&to_closed, "report", "countries", "--format", "csv"), 1);
    ck_assert_msg(tu_count(errs, strerror(EPIPE)) == 1, "%s", errs);
    close(p[1]);
}
END_TEST

/* csv_field's output for raw. Caller frees. */
static char *csv_of(const char *raw)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    csv_field(f, raw);
    fclose(f);
    return buf;
}

START_TEST(csv_cells_never_become_formulas)
{
    static const struct {
        const char *raw, *want;
    } cases[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
        {"+1", "\"'+1\""},
        {"-2+3", "\"'-2+3\""},
        {"@SUM(A1)", "\"'@SUM(A1)\""},
        {"\tTab", "\"'\tTab\""},
        {"\rCR", "\"'\rCR\""},
        {"Ana =1", "Ana =1"},
        {"Línea uno\nlínea dos", "\"Línea uno\nlínea dos\""},
        {"a,b", "\"a,b\""},
        {"esc\x1b[2J", "esc\xEF\xBF\xBD[2J"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = csv_of(cases[i].raw);
        ck_assert_str_eq(got, cases[i].want);
        free(got);
    }
    /* Through a report, from names as they were typed. */
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", "=1+2", "--country", "GT", "--agency",
                         "Policía\nNacional"), 0);
    ck_assert_int_eq(RUN(NULL, "report", "trainees", "--format", "csv"), 0);
    ck_assert_msg(strstr(out, "\n\"'=1+2\",\"Policía\nNacional\",GT,"), "%s", out);
}
END_TEST

START_TEST(long_names_keep_text_columns)
{
    char name[121];
    memset(name, 'x', 120);
    name[120] = '\0';
    memcpy(name, "Ñandú ", strlen("Ñandú "));
    ck_assert_int_eq(RUN(NULL, "trainee", "add", "--name", name, "--country", "PE"), 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT max(length(name)) FROM trainee"), 118);
    ck_assert_int_eq(RUN(NULL, "report", "trainees"), 0);
    ck_assert_msg(strstr(out, "Ñandú xxxxxxxxxxxxxxxxxxxxx\xE2\x80\xA6 "), "%s", out);
    tu_utf8_begin();
    /* Every line puts the country in the column the heading gives it. */
    char *save = NULL;
    int col = -1, lines = 0;
    for (char *line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        const char *country = strstr(line, "Peru") ? " Peru " : " Mexico "; /* by its name */
        char *at = strstr(line, lines ? country : " country ");
        ck_assert_msg(at, "no country in [%s]", line);
        *at = '\0';
        int w = text_width(line);
        if (col < 0)
            col = w;
        ck_assert_msg(w == col, "column %d, not %d: [%s]", w, col, line);
        lines++;
    }
    tu_utf8_end();
    ck_assert_int_eq(lines, 3);
}
END_TEST

Suite *output_suite(void)
{
    Suite *s = suite_create("output");
    TCase *tc = tcase_create("output");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, no_output_writes_over_a_database);
    tcase_add_test(tc, an_existing_file_is_replaced_only_with_force);
    tcase_add_test(tc, links_are_followed_devices_and_pipes_written_in_place);
    tcase_add_test(tc, dash_is_standard_output);
    tcase_add_test(tc, a_failed_write_leaves_nothing_and_says_why);
    tcase_add_test(tc, standard_output_is_checked);
    tcase_add_test(tc, csv_cells_never_become_formulas);
    tcase_add_test(tc, long_names_keep_text_columns);
    suite_add_tcase(s, tc);
    return s;
}
