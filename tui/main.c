/* rastro: parses the command line and wires the layers: core store and catalog, the Lua host
 * that fills the catalog, and either a subcommand or the curses shell. */
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <time.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app.h"
#include "cli.h"
#include "core/i18n.h"
#include "core/helper.h"
#include "core/outfile.h"
#include "lua/host.h"
#include "core/render.h"
#include "ui/ui.h"

/* The help, one text so that it is translated whole (a translator sees the columns). */
static const char help_text[] =
            "Usage: rastro [OPTIONS] [COMMAND [ARGS]]\n"
            "Firearm identification and tracing training, in the terminal.\n"
            "\n"
            "Without a command, opens the training shell.\n"
            "\n"
            "Commands:\n"
            "  lint [--strict] [--seeds N] [PATH...]\n"
            "                              check content modules (files or directories);\n"
            "                              prints file:line: message, exit 1 on errors;\n"
            "                              question functions are tried with N seeds (20)\n"
            "  preview FILE                open one module in the shell, as its author;\n"
            "                              r loads it again after an edit\n"
            "  new NAME                    write NAME.lua, a commented module template\n"
            "  new --instrument NAME       write CONTENT/assessments/NAME.lua, a commented\n"
            "                              assessment instrument template\n"
            "  trainee add --name NAME --country CC [--agency A] [--lang en|es] [--workshop W]\n"
            "  trainee list [--workshop W]\n"
            "                              list trainees (of a workshop), with their ids\n"
            "  trainee edit TRAINEE [--name N] [--agency A] [--country CC] [--lang L]\n"
            "  workshop edit W [--name N] [--country CC] [--starts D] [--ends D]\n"
            "                [--instructor NAME]\n"
            "                              mend a record (CC: a code or a country's name)\n"
            "  workshop add --name NAME --country CC [--starts DATE] [--ends DATE]\n"
            "               [--instructor NAME]\n"
            "  workshop list | join W TRAINEE... | roster W\n"
            "                              workshops and their rosters\n"
            "  export [--workshop W] [--anonymize] [--force] -o FILE|-\n"
            "                              write trainees, attempts and answers (of one\n"
            "                              workshop) to a checksummed results bundle\n"
            "  import FILE                 merge a results bundle into the database; the\n"
            "                              same bundle twice adds nothing\n"
            "  report items|trainees|countries [--workshop W] [--format text|csv]\n"
            "         [-o FILE [--force]]\n"
            "                              item analysis (questions flagged from 10\n"
            "                              attempts), scores per trainee and competency,\n"
            "                              trainees and results per country\n"
            "  report assessment --country CC [--id ID] [--lang en|es]\n"
            "         [--format text|pdf|png|csv|json] [--paper a4|letter]\n"
            "         [-o FILE [--force]] [--print]\n"
            "                              a country's capacity assessment: its latest\n"
            "                              final one (else its latest draft), or --id;\n"
            "                              png is the pillar chart alone; --print sends\n"
            "                              the PDF to the default printer (lp)\n"
            "  report region [--lang en|es] [--format text|pdf|png|csv|json]\n"
            "         [--paper a4|letter] [-o FILE [--force]] [--print]\n"
            "                              every assessed country's latest final\n"
            "                              assessment, side by side\n"
            "  certificate --trainee NAME [--workshop W] [--format text|pdf]\n"
            "              [-o FILE|- [--force]]\n"
            "                              certificate of completion of the modules passed\n"
            "  certificate --all [--workshop W] [--format text|pdf] -o DIR [--force]\n"
            "                              one for each trainee who passed a module\n"
            "  certificate verify CODE     whose certificate has this code, if any\n"
            "  assess [--country CC]       the shell on the country assessments: start,\n"
            "                              rate, finalise, summarise, compare the region\n"
            "  assess list [--country CC]  country assessments, one a line: id, country,\n"
            "                              date, status, instrument, rated, score, band\n"
            "  instructor [--workshop W]   live view of a workshop (default: today's)\n"
            "  picture FILE.png [--size COLSxROWS] [--mode 256|16|8|ascii|sixel]\n"
            "          [--grid COLSxROWS]  print a picture as the shell draws it; with\n"
            "                              --grid, a locate question's grid over it and\n"
            "                              each cell's region in pixels\n"
            "\n"
            "A -o FILE never replaces an existing file without --force, and never the\n"
            "database or any other SQLite file; -o - is standard output.\n"
            "\n"
            "Options:\n"
            "  --db FILE        database file (default: $RASTRO_DB, else\n"
            "                   $XDG_DATA_HOME/rastro/rastro.db); made by the shell and\n"
            "                   the commands that add records, never by those that read\n"
            "  --content DIR    directory of content modules (default: $RASTRO_CONTENT, else\n"
            "                   the bundled content)\n"
            "  --lang en|es     language of the interface and of what commands print\n"
            "                   (default: from LANG)\n"
            "  --workshop W     the shell opens on workshop W's roster (default: the\n"
            "                   workshop running today, if any, else every trainee)\n"
            "  --pictures MODE  how pictures are drawn: auto (default: sixel where the\n"
            "                   terminal has it, else coloured blocks, else ASCII), sixel,\n"
            "                   256, 16, 8, ascii, or none (the alt text, for screen\n"
            "                   readers); also $RASTRO_PICTURES\n"
            "  -h, --help       show this help\n"
            "  -V, --version    show the version\n";

static void usage(FILE *out)
{
    fputs(tr(help_text), out);
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* First existing directory among exe-relative candidates; caller frees, NULL if none. */
static char *find_bundled(const char *dir, const char *const rel[])
{
    for (size_t i = 0; rel[i]; i++) {
        char *p = xasprintf("%s/%s", dir, rel[i]);
        if (is_dir(p))
            return p;
        free(p);
    }
    return NULL;
}

/* What a command needs of the database. */
typedef enum {
    USE_NONE,           /* nothing: it runs before the database is opened */
    USE_READS,          /* an existing database; never creates one */
    USE_ADDS,           /* adds records: a missing database is created */
    USE_ADD_SUBCOMMAND, /* USE_ADDS for its "add", else USE_READS */
} StoreUse;

/* Standard output closed and checked: a full disk or a closed pipe under a command's output is a
 * failure with a message, never success with a short file. */
static int finish_stdout(int rc)
{
    /* A write that failed already (output longer than the buffer) left its reason in errno and
     * the error flag on the stream; fclose may then succeed with nothing left to write. */
    int earlier = errno;
    bool pending = __fpending(stdout) > 0, failed = ferror(stdout) != 0;
    errno = 0;
    bool closed = fclose(stdout) == 0 || (!pending && !failed && errno == EBADF);
    if (closed && !failed)
        return rc;
    if (outfile_stdout_failed()) /* the command has said why */
        return rc ? rc : 1;
    int why = !closed && errno ? errno : earlier ? earlier : EIO;
    fprintf(stderr, "rastro: %s: %s\n", tr("cannot write to standard output"), strerror(why));
    return rc ? rc : 1;
}

/* A command waiting for a database another program holds says so once, on standard error, so
 * that a command that seems stuck tells why. */
static bool say_waiting(void *ctx, double waited, double limit)
{
    bool *said = ctx;
    if (waited >= 1 && !*said) {
        fprintf(stderr, "rastro: ");
        fprintf(stderr, tr("the database is locked by another program; waiting (up to %.0f s, "
                           "Ctrl-C to stop)"), limit);
        fputc('\n', stderr);
        *said = true;
    }
    return true;
}

/* The database a command or the shell opens, and for the shell what its first screen shows:
 * opening it (WAL set-up, schema check) and reading that cost about twice as much as starting
 * curses, so the shell does both at once (see shell_start). */
typedef struct {
    char *path; /* the database (app->db_path once the shell has it) */
    StoreAccess access;
    bool created; /* a new database was made */
    Store *store;
    char err[1024];
    const char *workshop_name; /* --workshop, else the workshop running today, if any */
    Workshop workshop;
    Trainee *roster;           /* the first rows of its roster */
    size_t n_roster, roster_total;
    bool roster_ready;
} OpenJob;

static void open_store_job(OpenJob *job)
{
    job->store = store_open_as(job->path, job->access, &job->created, job->err, sizeof job->err);
}

/* Reads the shell's first roster into job: the workshop's (today's, a date YYYY-MM-DD, without
 * --workshop), rows at most. Without the workshop named, the store is closed with the reason. */
static void read_first_roster(OpenJob *job, const char *today, size_t rows)
{
    bool found = false, ok;
    if (job->workshop_name) {
        ok = store_workshop_find(job->store, job->workshop_name, &job->workshop, &found, job->err,
                                 sizeof job->err);
        if (ok && !found) {
            snprintf(job->err, sizeof job->err, "no workshop named \"%s\" (see rastro workshop list)",
                     cli_shown(job->workshop_name));
            store_close(job->store);
            job->store = NULL;
            return;
        }
    } else {
        ok = store_workshop_current(job->store, today, &job->workshop, &found, job->err,
                                    sizeof job->err);
    }
    if (ok)
        job->roster_ready = store_roster_page(job->store, job->workshop.id, NULL, 0, rows,
                                              &job->roster, &job->n_roster, &job->roster_total,
                                              job->err, sizeof job->err);
}

/* Starts fn on another processor than this thread's when there is one: left to itself the
 * scheduler tends to queue a new thread behind its parent for a while, which would serialise
 * the work this thread is meant to overlap. Its stack is one of ours (of the default size, a
 * guard page below), which the C library leaves alone when the thread ends: one it made itself
 * it hands back to the kernel then, and the kernel interrupts this thread, on the other
 * processor, to forget the pages' mappings, in the middle of the first frame. The stack is never
 * unmapped (a thread that ended is not joined; what it touched, some 100 KB, stays). */
static bool start_beside(pthread_t *th, void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    cpu_set_t allowed;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof allowed, &allowed) == 0 && CPU_COUNT(&allowed) > 1) {
        CPU_CLR(here, &allowed);
        pthread_attr_setaffinity_np(&attr, sizeof allowed, &allowed);
    }
    size_t size = 0, page = (size_t)sysconf(_SC_PAGESIZE);
    pthread_attr_getstacksize(&attr, &size);
    char *stack = size > page ? mmap(NULL, size, PROT_READ | PROT_WRITE,
                                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0)
                              : MAP_FAILED;
    if (stack != MAP_FAILED && mprotect(stack, page, PROT_NONE) == 0) {
        pthread_attr_setstack(&attr, stack + page, size - page);
    } else if (stack != MAP_FAILED) {
        munmap(stack, size);
        stack = MAP_FAILED;
    }
    bool ok = pthread_create(th, &attr, fn, arg) == 0;
    if (!ok && stack != MAP_FAILED)
        munmap(stack, size);
    pthread_attr_destroy(&attr);
    return ok;
}

/* App.generate: the Lua host builds the question in a child process. */
static bool app_generate(const Module *m, const Question *q, uint32_t seed, Question *out,
                         char *msg, size_t len)
{
    Problems p = {0};
    bool ok = host_generate(m, q, seed, out, &p);
    if (!ok && p.n)
        snprintf(msg, len, "%s", p.items[0].message);
    problems_done(&p);
    return ok;
}

/* App.check_fields: the module's checks, run by the Lua host; the first error is told. */
static bool app_check_fields(const Module *m, const Question *q, const char *const *values,
                             FieldCheck *out, char *msg, size_t len)
{
    Problems p = {0};
    bool ok = host_check_fields(m, q, values, out, &p);
    for (size_t i = 0; i < p.n; i++)
        if (p.items[i].level == PROBLEM_ERROR) {
            snprintf(msg, len, "%s", p.items[i].message);
            break;
        }
    problems_done(&p);
    return ok;
}

static void load_content(App *app)
{
    catalog_done(&app->catalog);
    catalog_init(&app->catalog);
    if (app->preview_file) {
        /* An author's preview reports what `rastro lint FILE` would: loaded the same way. */
        host_lint_paths(&app->catalog, &app->preview_file, 1, &host_load_lint);
    } else {
        host_load_dir(&app->catalog, app->content_dir, &host_load_shell);
        catalog_check_requires(&app->catalog, PROBLEM_ERROR);
    }
    catalog_sort(&app->catalog);
    app->catalog_loaded = true;
}

/* `rastro preview FILE`: a scratch database in a new private directory, and a trainee to answer
 * as. Returns the database path (caller frees) or NULL with a message printed. */
static char *preview_setup(App *app, int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: rastro preview FILE.lua\n");
        return NULL;
    }
    struct stat st;
    if (stat(argv[1], &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(stderr, "rastro preview: %s: %s\n", cli_shown(argv[1]), tr("not a readable file"));
        return NULL;
    }
    const char *tmp = getenv("TMPDIR");
    char *dir = xasprintf("%s/rastro-preview-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "rastro preview: cannot make a scratch directory: %s\n", strerror(errno));
        free(dir);
        return NULL;
    }
    app->preview_file = xstrdup(argv[1]);
    app->preview_dir = dir;
    return xasprintf("%s/preview.db", dir);
}

/* Removes the scratch database of a preview and its directory. */
static void preview_cleanup(App *app)
{
    if (!app->preview_dir)
        return;
    static const char *const files[] = {"preview.db", "preview.db-wal", "preview.db-shm", NULL};
    for (const char *const *f = files; *f; f++) {
        char *p = xasprintf("%s/%s", app->preview_dir, *f);
        unlink(p);
        free(p);
    }
    rmdir(app->preview_dir);
    free(app->preview_dir);
    free(app->preview_file);
}

/* What the command line and the environment ask for, before anything is opened. */
typedef struct {
    const char *db;       /* --db, else $RASTRO_DB; NULL for the default */
    const char *db_from;  /* which of the two named db, for the message when it is empty */
    const char *content;  /* --content, else $RASTRO_CONTENT; NULL for the bundled content */
    const char *workshop; /* --workshop */
    Lang lang;
    bool lang_forced;     /* --lang given */
    RenderMode pictures;
    bool pictures_forced; /* --pictures, else $RASTRO_PICTURES, named a mode other than auto */
    bool help;            /* --help */
    int cmd;              /* index in argv of the command, argc when there is none */
} Options;

/* Reads the options before the command into *o. Returns -1 to go on, else the exit status of a
 * run that ends here (--version, or a mistake, said on standard error in English: the language
 * is not known yet). */
static int parse_args(int argc, char **argv, Options *o)
{
    static const struct option opts[] = {
        {"db", required_argument, NULL, 'd'},
        {"content", required_argument, NULL, 'c'},
        {"lang", required_argument, NULL, 'l'},
        {"workshop", required_argument, NULL, 'w'},
        {"pictures", required_argument, NULL, 'p'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    *o = (Options){.db = getenv("RASTRO_DB"), .db_from = "RASTRO_DB",
                   .content = getenv("RASTRO_CONTENT"), .lang = LANG_EN};
    /* RASTRO_PICTURES as --pictures, but a value that names no mode is ignored. */
    const char *env = getenv("RASTRO_PICTURES");
    if (env && env[0] && strcmp(env, "auto") != 0 && render_mode_parse(env, &o->pictures))
        o->pictures_forced = true;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:hV", opts, NULL)) != -1) {
        switch (c) {
        case 'd':
            o->db = optarg;
            o->db_from = "--db";
            break;
        case 'c': o->content = optarg; break;
        case 'w': o->workshop = optarg; break;
        case 'p':
            if (strcmp(optarg, "auto") == 0)
                break; /* as the terminal allows, unless RASTRO_PICTURES names a mode */
            if (!render_mode_parse(optarg, &o->pictures)) {
                fprintf(stderr, "rastro: --pictures is auto, sixel, 256, 16, 8, ascii or none, "
                                "not '%s'\n", cli_shown(optarg));
                return 2;
            }
            o->pictures_forced = true;
            break;
        case 'l':
            if (strlen(optarg) != 2 || !lang_parse(optarg, &o->lang)) {
                fprintf(stderr, "rastro: --lang must be en or es, not '%s'\n", cli_shown(optarg));
                return 2;
            }
            o->lang_forced = true;
            break;
        case 'h': o->help = true; break;
        case 'V': printf("rastro %s\n", RASTRO_VERSION); return 0;
        case ':':
            fprintf(stderr, "rastro: option '%s' needs a value (try rastro --help)\n",
                    cli_shown(argv[optind - 1]));
            return 2;
        default:
            if (optopt)
                fprintf(stderr, "rastro: unknown option '-%s' (try rastro --help)\n",
                        cli_shown((char[]){(char)optopt, '\0'}));
            else
                fprintf(stderr, "rastro: unknown option '%s' (try rastro --help)\n",
                        cli_shown(argv[optind - 1]));
            return 2;
        }
    }
    o->cmd = optind;
    return -1;
}

/* The commands; those without a store run before it is opened. "preview" is the shell. Only the
 * shell and commands that add records make a new database; the others need one. */
typedef struct {
    const char *name;
    int (*run)(App *app, int argc, char **argv);
    StoreUse use;
} Command;

static const Command commands[] = {
    {"lint", cli_lint, USE_NONE},         {"new", cli_new, USE_NONE},
    {"preview", NULL, USE_ADDS},          {"trainee", cli_trainee, USE_ADD_SUBCOMMAND},
    {"workshop", cli_workshop, USE_ADD_SUBCOMMAND},
    {"export", cli_export, USE_READS},    {"import", cli_import, USE_ADDS},
    {"report", cli_report, USE_READS},    {"certificate", cli_certificate, USE_READS},
    {"instructor", cli_instructor, USE_READS},
    {"picture", cli_picture, USE_NONE},
    {"assess", cli_assess, USE_READS},
};

static const Command *find_command(const char *name)
{
    for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
        if (strcmp(name, commands[k].name) == 0)
            return &commands[k];
    return NULL;
}

/* Sets the language (forced by --lang, else from the environment) with the translations in
 * localedir ($RASTRO_LOCALEDIR), else found beside the executable, whose directory goes to *bin
 * (caller frees). */
static Lang setup_language(const Lang *forced, const char *localedir, char **bin)
{
    *bin = program_dir();
    static const char *const locale_rel[] = {"locale", "../locale", "../share/locale", NULL};
    char *found = localedir ? NULL : find_bundled(*bin, locale_rel);
    Lang lang = i18n_init(forced, localedir ? localedir : found); /* which keeps a copy */
    free(found);
    return lang;
}

/* The shell's date, language and terminal, set up by another thread (see shell_start). */
typedef struct {
    const Lang *forced;    /* --lang, else NULL */
    const char *localedir; /* $RASTRO_LOCALEDIR */
    char today[11];        /* YYYY-MM-DD: set, then dated */
    Lang lang;             /* set, then ready */
    char *bin;             /* the executable's directory: set, then ready */
    char *heap_from;       /* the heap, from where it starts (the break before the first */
    char *heap_to;         /* allocation) to the break when the thread was started */
    atomic_bool dated, ready;
} TermJob;

/* The program break when main starts, before the first allocation: where the heap begins. */
static char *heap_start;

/* How much of the heap's start the other thread makes ready for this one (prefault_heap). */
#define HEAP_AHEAD (128 * 1024)

/* Maps the first HEAP_AHEAD bytes of the heap, which the database half is about to fill with
 * SQLite's schema and pages, from the other processor: the first touch of a page costs the
 * thread that makes it a fault (some 1.5 us here, zeroing included), and without this the
 * database half is the longer one by that much. Only what the break covered when this thread
 * was started (read by the other thread then, not here while it may move); pages already in
 * use are left as they are, and nothing's contents change (MADV_POPULATE_WRITE maps, it does
 * not write). A kernel without it (before 5.14) refuses, and the faults stay where they were. */
static void prefault_heap(const char *from, const char *to)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t lo = ((uintptr_t)from + page - 1) & ~(page - 1);
    uintptr_t hi = (uintptr_t)to;
    if (hi > lo + HEAP_AHEAD)
        hi = lo + HEAP_AHEAD;
    if (from && hi > lo)
        madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
}

static void *term_job(void *arg)
{
    TermJob *t = arg;
    prefault_heap(t->heap_from, t->heap_to);
    time_t now = time(NULL);
    strftime(t->today, sizeof t->today, "%Y-%m-%d", localtime(&now));
    atomic_store_explicit(&t->dated, true, memory_order_release);
    t->lang = setup_language(t->forced, t->localedir, &t->bin);
    ui_begin();
    atomic_store_explicit(&t->ready, true, memory_order_release);
    return NULL;
}

/* Waits for the other thread to set *flag, without sleeping: by the time this thread asks, it
 * is done or nearly, and the wake-up from a sleep would cost more than what is left. */
static void wait_for(atomic_bool *flag)
{
    while (!atomic_load_explicit(flag, memory_order_acquire))
        sched_yield();
}

/* The shell itself (not a command, a preview or --help) starts in two halves at once. This
 * thread opens the database and reads what the first screen shows, the longer half, at once;
 * another processor meanwhile finds the date, the language and the bundled files and starts
 * curses. The other way round, the longer half would first wait for the new thread to be
 * scheduled, and the first screen for the wake-up of a thread blocked in a join. Nothing the
 * store does depends on the language (its messages are its own). The other thread sets
 * LANGUAGE, so what this one needs of the environment (the database's path, RASTRO_LOCALEDIR)
 * is read before it starts. Returns true with *job done, app->lang and *bin set (caller frees),
 * false with nothing done. */
static bool shell_start(const Options *o, int argc, OpenJob *job, App *app, char **bin)
{
    if (o->help || o->cmd < argc || (o->db && !o->db[0]))
        return false;
    job->workshop_name = o->workshop;
    job->path = o->db ? xstrdup(o->db) : store_default_path();
    job->access = STORE_CREATE;
    /* As many trainees as the terminal has rows: the list has fewer. */
    struct winsize ws;
    size_t rows = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 ? ws.ws_row
                                                                             : APP_ROSTER_FIRST;
    static TermJob term; /* the thread is detached: nothing it uses may go out of scope */
    term = (TermJob){.forced = o->lang_forced ? &o->lang : NULL,
                     .localedir = getenv("RASTRO_LOCALEDIR"),
                     .heap_from = heap_start,
                     .heap_to = sbrk(0)};
    pthread_t th;
    if (!start_beside(&th, term_job, &term)) {
        free(job->path);
        job->path = NULL;
        return false;
    }
    pthread_detach(th);
    open_store_job(job);
    if (job->store) {
        wait_for(&term.dated);
        read_first_roster(job, term.today, rows);
    }
    wait_for(&term.ready);
    app->lang = term.lang;
    *bin = term.bin;
    return true;
}

/* Runs what o asks for, the shell or a command, with args (argc, argv) from the command's name,
 * opening what it needs (the database, unless early has it open already); app is filled here
 * and freed by the caller. Returns the exit status. */
static int start(App *app, const Options *o, int argc, char **argv, const char *bin,
                 OpenJob *early)
{
    OpenJob job = {.workshop_name = o->workshop};
    if (early) {
        job = *early;
        app->db_path = job.path;
    }
    if (o->db && !o->db[0]) {
        /* An empty name is a mistake (an unset shell variable), not a wish for the default. */
        fprintf(stderr, "rastro: ");
        fprintf(stderr, o->db_from[0] == '-' ? tr("%s is empty: give the database's file name")
                                             : tr("%s is empty: give the database's file name, "
                                                  "or unset it for the default"),
                o->db_from);
        fputc('\n', stderr);
        return 2;
    }
    const char *cmd = argc > 0 ? argv[0] : NULL;
    const Command *command = cmd ? find_command(cmd) : NULL;
    if (cmd && !command) {
        fprintf(stderr, "rastro: ");
        fprintf(stderr, tr("unknown command '%s' (try rastro --help)"), cli_shown(cmd));
        fputc('\n', stderr);
        return 2;
    }
    StoreUse use = command ? command->use : USE_ADDS;
    if (use == USE_ADD_SUBCOMMAND)
        use = argc > 1 && strcmp(argv[1], "add") == 0 ? USE_ADDS : USE_READS;
    if (command && command->run == cli_assess && !(argc > 1 && strcmp(argv[1], "list") == 0)) {
        /* `rastro assess [--country CC]`: the shell, on the country assessments. */
        int rc = cli_assess_shell(app, argc, argv);
        if (rc >= 0)
            return rc;
        cmd = NULL;
        use = USE_ADDS;
    }
    bool preview = command && !command->run;
    if (preview) {
        if (!(app->db_path = preview_setup(app, argc, argv)))
            return 2;
        cmd = NULL; /* the shell, on the preview */
    }
    if (use != USE_NONE && !early) {
        if (!app->db_path)
            app->db_path = o->db ? xstrdup(o->db) : store_default_path();
        job.path = app->db_path;
        job.access = use == USE_ADDS ? STORE_CREATE : STORE_EXISTING;
    }

    static const char *const content_rel[] = {"../content", "../../content",
                                              "../share/rastro/content", NULL};
    if (o->content)
        app->content_dir = xstrdup(o->content);
    else if (!(app->content_dir = find_bundled(bin, content_rel)))
        app->content_dir = xstrdup("content");

    if (use == USE_NONE)
        return command->run(app, argc, argv);
    if (!cmd)
        ui_begin();
    if (!early)
        open_store_job(&job);
    if (!job.store && !cmd)
        ui_end();
    app->store = job.store;
    app->roster = job.roster;
    app->n_roster = job.n_roster;
    app->roster_total = job.roster_total;
    app->roster_ready = job.roster_ready;
    app->workshop = job.workshop;
    if (!app->store) {
        fprintf(stderr, "rastro: %s\n", cli_shown(job.err));
        return 1;
    }
    app->db_created = job.created && !preview;
    if (app->db_created && cmd) {
        fprintf(stderr, "rastro: ");
        fprintf(stderr, tr("new database %s"), cli_shown(app->db_path));
        fputc('\n', stderr);
    }
    static bool said_waiting;
    if (cmd) {
        store_set_wait_hook(app->store, say_waiting, &said_waiting);
        return command->run(app, argc, argv);
    }
    if (preview) {
        Trainee author = {.name = "Author", .agency = "", .country = "XX", .lang = app->lang};
        char err[256];
        if (!store_trainee_add(app->store, &author, err, sizeof err)) {
            fprintf(stderr, "rastro preview: %s\n", cli_shown(err));
            return 1;
        }
        trainee_copy(&app->trainee, &author);
        app->have_trainee = true;
        load_content(app);
    }
    return ui_run(app);
}

int main(int argc, char **argv)
{
    heap_start = sbrk(0);
    /* A closed pipe or a file-size limit makes a write fail with EPIPE or EFBIG, which every
     * writer reports like a full disk, instead of a signal that ends rastro without a word (and
     * without restoring the terminal). */
    signal(SIGPIPE, SIG_IGN);
    signal(SIGXFSZ, SIG_IGN);
    Options o;
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0)
        return finish_stdout(rc);
    /* The language first: what rastro says from here on, the help too, is in it. */
    App app = {.load_content = load_content, .generate = app_generate,
               .check_fields = app_check_fields, .lang_forced = o.lang_forced,
               .recommend = host_recommend, .pictures_forced = o.pictures_forced, .pictures = o.pictures};
    catalog_init(&app.catalog);
    OpenJob job = {0};
    char *bin;
    bool early = shell_start(&o, argc, &job, &app, &bin);
    if (!early)
        app.lang = setup_language(o.lang_forced ? &o.lang : NULL, getenv("RASTRO_LOCALEDIR"), &bin);
    if (o.help)
        usage(stdout);
    else
        rc = start(&app, &o, argc - o.cmd, argv + o.cmd, bin, early ? &job : NULL);

    free(bin);
    store_close(app.store);
    preview_cleanup(&app);
    catalog_done(&app.catalog);
    trainee_done(&app.trainee);
    workshop_done(&app.workshop);
    trainee_list_free(app.roster, app.n_roster);
    free(app.db_path);
    free(app.content_dir);
    return finish_stdout(o.help ? 0 : rc);
}
