/* `rastro certificate`: a trainee's certificate of the modules passed (text or PDF), one for
 * each trainee of a roster who passed something (--all, into a directory), and the check of a
 * certificate's code (verify), recomputed from the records. A certificate is printed in the
 * trainee's language unless --lang says otherwise; what the command says is in the reader's. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/certificate.h"
#include "core/country.h"
#include "core/i18n.h"
#include "core/scores.h"

/* Most modules passed on one day whose every combination verify tries: a certificate printed
 * between two passes that day lists some of them. Past this, only all of them (2^12 codes). */
#define VERIFY_SAME_DAY_MAX 12

/* The modules of row a certificate lists: passed, and in the loaded content (a module gone from
 * it has no title to print), in row's order. out has room for row->n_modules; returns how many. */
static size_t passed_modules(const App *app, const ScoreRow *row, const ModuleResult **out)
{
    size_t n = 0;
    for (size_t i = 0; i < row->n_modules; i++) {
        const ModuleResult *r = &row->modules[i];
        if (r->passed[0] && catalog_find(&app->catalog, r->module_id))
            out[n++] = r;
    }
    return n;
}

/* The verification code of a certificate of uid listing mods[0..n). */
static void code_of(const char *uid, const ModuleResult *const *mods, size_t n, char out[17])
{
    const char **ids = xcalloc(n ? n : 1, sizeof *ids), **dates = xcalloc(n ? n : 1, sizeof *dates);
    for (size_t i = 0; i < n; i++) {
        ids[i] = mods[i]->module_id;
        dates[i] = mods[i]->passed;
    }
    certificate_code(uid, ids, dates, n, out);
    free(ids);
    free(dates);
}

/* Fills c with what row's trainee passed, in lang, for workshop w (may have no id); false when
 * nothing was passed. */
static bool certificate_fill(App *app, const ScoreRow *row, const Workshop *w, Lang lang,
                             Certificate *c)
{
    memset(c, 0, sizeof *c);
    const ModuleResult **mods = xcalloc(row->n_modules ? row->n_modules : 1, sizeof *mods);
    size_t n = passed_modules(app, row, mods);
    if (!n) {
        free(mods);
        return false;
    }
    c->modules = xcalloc(n, sizeof *c->modules);
    for (size_t i = 0; i < n; i++) {
        CertModule *cm = &c->modules[c->n_modules++];
        const Module *m = catalog_find(&app->catalog, mods[i]->module_id);
        cm->title = xstrdup(ltext_get(&m->title, lang));
        cm->pct = mods[i]->passed_pct;
        snprintf(cm->passed, sizeof cm->passed, "%s", mods[i]->passed);
    }
    code_of(row->trainee.uid, mods, n, c->code);
    free(mods);
    const Trainee *t = &row->trainee;
    c->lang = lang;
    c->trainee = xstrdup(t->name);
    c->agency = xstrdup(t->agency);
    snprintf(c->country, sizeof c->country, "%s", t->country);
    c->workshop = xstrdup(w->name ? w->name : "");
    c->instructor = xstrdup(w->instructor ? w->instructor : "");
    snprintf(c->starts, sizeof c->starts, "%s", w->starts);
    snprintf(c->ends, sizeof c->ends, "%s", w->ends);
    time_t now = time(NULL);
    strftime(c->issued, sizeof c->issued, "%Y-%m-%d", localtime(&now));
    return true;
}

/* Fills c with what t passed, in lang; false with the reason in err (nothing passed, or the
 * records cannot be read). */
static bool certificate_gather(App *app, const Trainee *t, const Workshop *w, Lang lang,
                               Certificate *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    ScoreTable st;
    if (!scores_read(app->store, &app->catalog, 0, t->id, &st, err, errlen))
        return false;
    bool ok = st.n_rows && certificate_fill(app, &st.rows[0], w, lang, c);
    if (!ok)
        snprintf(err, errlen, tr("%s has not passed any module yet"), t->name);
    scores_done(&st);
    return ok;
}

/* Writes c to o in its own language; false with the reason in err. */
static bool certificate_write(App *app, OutFile *o, const Certificate *c, bool pdf, char *err,
                              size_t errlen)
{
    i18n_set(c->lang);
    errno = 0;
    bool wrote = pdf ? certificate_write_pdf(o->f, c, err, errlen)
                     : certificate_write_text(o->f, c);
    if (!wrote && !pdf)
        snprintf(err, errlen, "%s", strerror(errno ? errno : EIO));
    i18n_set(app->lang);
    return wrote;
}

static int certificate_usage(void)
{
    fprintf(stderr, "usage: rastro certificate --trainee NAME [--workshop W] [--format text|pdf] "
                    "[-o FILE|- [--force]]\n"
                    "       rastro certificate --all [--workshop W] [--format text|pdf] -o DIR "
                    "[--force]\n"
                    "       rastro certificate verify CODE\n");
    fprintf(stderr, "%s\n", tr("(a PDF needs -o FILE, or -o - for standard output; --all writes "
                               "one file per trainee into DIR)"));
    return 2;
}

/* ---- one trainee ---- */

static int certificate_one(App *app, const char *trainee, const Workshop *w, bool pdf,
                           const char *out, bool force)
{
    Trainee t;
    if (!cli_find_trainee(app, "certificate", trainee, &t))
        return 1;
    int rc = 1;
    Certificate cert = {0};
    char err[512];
    Lang lang = app->lang_forced ? app->lang : t.lang;
    if (!certificate_gather(app, &t, w, lang, &cert, err, sizeof err)) {
        fprintf(stderr, "rastro certificate: %s\n", cli_shown(err));
        goto done;
    }
    OutFile o;
    if (!cli_output_open(app, "certificate", out, force, pdf ? CLI_OUT_BINARY : CLI_OUT_TEXT, &o))
        goto done;
    bool to_file = o.kind != OUTFILE_STDOUT;
    char *shown = xstrdup(o.name);
    bool wrote = certificate_write(app, &o, &cert, pdf, err, sizeof err);
    rc = cli_output_close("certificate", &o, wrote, err);
    if (!rc && to_file)
        printf("%s\n", shown);
    free(shown);
done:
    certificate_done(&cert);
    trainee_done(&t);
    return rc;
}

/* ---- a whole roster ---- */

/* A file name from a person's name: lower-case ASCII letters and digits, the rest made single
 * dashes ("José Núñez" gives "jose-nunez"); "trainee" when nothing is left. Caller frees. */
static char *file_stem(const char *name)
{
    char *folded = text_fold(name, 0);
    StrBuf b;
    strbuf_init(&b);
    for (const char *p = folded; *p && b.len < 60; p++) {
        bool keep = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9');
        if (keep)
            strbuf_append(&b, p, 1);
        else if (b.len && b.s[b.len - 1] != '-')
            strbuf_puts(&b, "-");
    }
    while (b.len && b.s[b.len - 1] == '-')
        b.s[--b.len] = '\0';
    if (!b.len)
        strbuf_puts(&b, "trainee");
    free(folded);
    return strbuf_take(&b);
}

/* A certificate of the roster and the file it goes to. */
typedef struct {
    Certificate cert;
    char uid[33];
    char *path; /* dir/stem.ext (owned) */
} RosterCert;

/* Makes dir (0700) when it is missing (*made says so); false with a message when it cannot be,
 * or is no directory. */
static bool output_dir(const char *dir, bool *made)
{
    *made = false;
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return true;
        fprintf(stderr, "rastro certificate: ");
        fprintf(stderr, tr("%s is not a directory: --all writes one file per trainee into a "
                           "directory"), cli_shown(dir));
        fputc('\n', stderr);
        return false;
    }
    if (errno == ENOENT && mkdir(dir, 0700) == 0)
        return *made = true;
    fprintf(stderr, "rastro certificate: ");
    fprintf(stderr, tr("cannot make the directory %s: %s"), cli_shown(dir), strerror(errno));
    fputc('\n', stderr);
    return false;
}

/* Every certificate's file checked before any is written: an existing one (without --force),
 * the database, anything refused stops them all, so that a run never leaves a roster half
 * replaced. True when every file may be written. */
static bool roster_check(App *app, const RosterCert *list, size_t n, bool pdf, bool force)
{
    OutPolicy p = {.force = force, .binary = pdf, .database = app->db_path,
                   .force_hint = "--force"};
    size_t refused = 0;
    for (size_t i = 0; i < n; i++) {
        OutFile o;
        char err[1024];
        if (outfile_open(&o, list[i].path, &p, err, sizeof err)) {
            outfile_abort(&o);
        } else {
            fprintf(stderr, "rastro certificate: %s\n", cli_shown(err));
            refused++;
        }
    }
    if (refused) {
        fprintf(stderr, "rastro certificate: ");
        fprintf(stderr, trn("%lu certificate cannot be written; none was written",
                            "%lu certificates cannot be written; none was written",
                            (unsigned long)refused),
                (unsigned long)refused);
        fputc('\n', stderr);
    }
    return refused == 0;
}

static int certificate_roster(App *app, const Workshop *w, bool pdf, const char *dir, bool force)
{
    char err[512];
    ScoreTable st;
    if (!scores_read(app->store, &app->catalog, w->id, 0, &st, err, sizeof err)) {
        fprintf(stderr, "rastro certificate: %s\n", cli_shown(err));
        return 1;
    }
    RosterCert *list = xcalloc(st.n_rows ? st.n_rows : 1, sizeof *list);
    size_t n = 0;
    StrBuf nothing; /* who has nothing to certify, by name */
    strbuf_init(&nothing);
    size_t n_nothing = 0;
    for (size_t i = 0; i < st.n_rows; i++) {
        const Trainee *t = &st.rows[i].trainee;
        Lang lang = app->lang_forced ? app->lang : t->lang;
        if (certificate_fill(app, &st.rows[i], w, lang, &list[n].cert)) {
            snprintf(list[n].uid, sizeof list[n].uid, "%s", t->uid);
            n++;
        } else {
            strbuf_printf(&nothing, "%s%s", n_nothing ? ", " : "", cli_shown(t->name));
            n_nothing++;
        }
    }
    /* Names that give the same file name tell themselves apart by the start of their uid. */
    for (size_t i = 0; i < n; i++) {
        char *stem = file_stem(list[i].cert.trainee);
        bool shared = false;
        for (size_t k = 0; k < n && !shared; k++) {
            char *other = k == i ? NULL : file_stem(list[k].cert.trainee);
            shared = other && strcmp(stem, other) == 0;
            free(other);
        }
        list[i].path = shared ? xasprintf("%s/%s-%.8s.%s", dir, stem, list[i].uid,
                                          pdf ? "pdf" : "txt")
                              : xasprintf("%s/%s.%s", dir, stem, pdf ? "pdf" : "txt");
        free(stem);
    }
    int rc = 1;
    size_t written = 0;
    if (!n) {
        fprintf(stderr, "rastro certificate: %s\n",
                st.n_rows ? tr("nobody has passed a module yet; nothing was written")
                          : tr("there is nobody on the roster; nothing was written"));
        goto done;
    }
    bool made;
    if (!output_dir(dir, &made))
        goto done;
    if (!roster_check(app, list, n, pdf, force)) {
        if (made)
            rmdir(dir); /* nothing was written: nothing is left */
        goto done;
    }
    for (; written < n; written++) {
        RosterCert *c = &list[written];
        OutFile o;
        if (!cli_output_open(app, "certificate", c->path, force,
                             pdf ? CLI_OUT_BINARY : CLI_OUT_TEXT, &o))
            break;
        char *shown = xstrdup(o.name);
        bool wrote = certificate_write(app, &o, &c->cert, pdf, err, sizeof err);
        if (cli_output_close("certificate", &o, wrote, err) != 0) {
            free(shown);
            break;
        }
        unsigned long mods = (unsigned long)c->cert.n_modules;
        printf("%s: %s, ", shown, cli_shown(c->cert.trainee));
        printf(trn("%lu module", "%lu modules", mods), mods);
        putchar('\n');
        free(shown);
    }
    if (written < n) {
        fprintf(stderr, "rastro certificate: ");
        fprintf(stderr, tr("%lu of %lu certificates were written before this failure"),
                (unsigned long)written, (unsigned long)n);
        fputc('\n', stderr);
        goto done;
    }
    printf(trn("%lu certificate written to %s", "%lu certificates written to %s",
               (unsigned long)n),
           (unsigned long)n, cli_shown(dir));
    putchar('\n');
    if (n_nothing) {
        printf(trn("Nothing to certify for %lu trainee, who has not passed a module yet: %s",
                   "Nothing to certify for %lu trainees, who have not passed a module yet: %s",
                   (unsigned long)n_nothing),
               (unsigned long)n_nothing, nothing.s);
        putchar('\n');
    }
    rc = 0;
done:
    for (size_t i = 0; i < n; i++) {
        certificate_done(&list[i].cert);
        free(list[i].path);
    }
    free(list);
    strbuf_done(&nothing);
    scores_done(&st);
    return rc;
}

/* ---- verify ---- */

/* code as typed ("1a2b 3c4d-..."), upper case without spaces or dashes, into out; false when it
 * is not 16 hex digits. */
static bool code_parse(const char *code, char out[17])
{
    size_t n = 0;
    for (const char *p = code; *p; p++) {
        if (*p == ' ' || *p == '-')
            continue;
        char ch = *p >= 'a' && *p <= 'f' ? (char)(*p - 'a' + 'A') : *p;
        if (n == 16 || !((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'F')))
            return false;
        out[n++] = ch;
    }
    out[n] = '\0';
    return n == 16;
}

/* Which of mods[0..n) a certificate of uid with code lists: every certificate that could have
 * been printed from these records, those listing the modules passed by some day, with any of
 * that day's (a certificate may have been printed between two passes). Sets in[] and returns
 * true when one has code. */
static bool code_match(const char *uid, const ModuleResult *const *mods, size_t n,
                       const char *code, bool *in)
{
    const ModuleResult **set = xcalloc(n ? n : 1, sizeof *set);
    size_t *day = xcalloc(n ? n : 1, sizeof *day);
    bool found = false;
    for (size_t d = 0; d < n && !found; d++) {
        bool first = true; /* each date once */
        for (size_t k = 0; k < d; k++)
            first = first && strcmp(mods[k]->passed, mods[d]->passed) != 0;
        if (!first)
            continue;
        size_t n_day = 0;
        for (size_t k = 0; k < n; k++)
            if (strcmp(mods[k]->passed, mods[d]->passed) == 0)
                day[n_day++] = k;
        bool whole_day = n_day > VERIFY_SAME_DAY_MAX; /* then only the day's modules together */
        unsigned long last = whole_day ? 1 : (1ul << n_day) - 1;
        for (unsigned long mask = 1; mask <= last && !found; mask++) {
            size_t m = 0, j = 0;
            for (size_t k = 0; k < n; k++) {
                int c = strcmp(mods[k]->passed, mods[d]->passed);
                bool take = c < 0;
                if (c == 0) {
                    take = whole_day || (mask >> j & 1);
                    j++;
                }
                in[k] = take;
                if (take)
                    set[m++] = mods[k];
            }
            char got[17];
            code_of(uid, set, m, got);
            found = strcmp(got, code) == 0;
        }
    }
    free(set);
    free(day);
    return found;
}

/* "Label:   value" lines, labels padded to width columns. */
static void put_field(int width, const char *label, const char *value)
{
    printf("%s%*s %s\n", label, width - text_width(label), "", value);
}

/* What verify says of the certificate of row's trainee listing the modules in[] of mods. */
static void verify_print(App *app, const ScoreRow *row, const ModuleResult *const *mods, size_t n,
                         const bool *in, const char *code)
{
    const char *labels[] = {tr("Trainee:"), tr("Modules:"), tr("Issued:")};
    int w = 0;
    for (int i = 0; i < 3; i++)
        if (text_width(labels[i]) > w)
            w = text_width(labels[i]);
    const Trainee *t = &row->trainee;
    printf(tr("%s is the code of a certificate issued from these records."), code);
    putchar('\n');
    char *who = t->agency && t->agency[0]
                    ? xasprintf("%s (%s, %s)", cli_shown(t->name), cli_shown(t->agency),
                                country_name(t->country, app->lang))
                    : xasprintf("%s (%s)", cli_shown(t->name), country_name(t->country, app->lang));
    put_field(w, labels[0], who);
    free(who);
    const char *last = "", *next = "";
    size_t later = 0;
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (!in[i]) { /* passed after the certificate was printed */
            later++;
            if (!next[0] || strcmp(mods[i]->passed, next) < 0)
                next = mods[i]->passed;
            continue;
        }
        if (strcmp(mods[i]->passed, last) > 0)
            last = mods[i]->passed;
        const char *title = catalog_title(&app->catalog, mods[i]->module_id, app->lang);
        char *line = xasprintf(tr("%s, passed on %s"), cli_shown(title), mods[i]->passed);
        put_field(w, first ? labels[1] : "", line);
        free(line);
        first = false;
    }
    char *when = !later ? xasprintf(tr("on or after %s, when the last of these modules was passed"),
                                    last)
               : strcmp(last, next) == 0 ? xasprintf(tr("on %s"), last)
               : xasprintf(tr("between %s and %s"), last, next);
    put_field(w, labels[2], when);
    free(when);
    if (later) {
        printf(trn("%s has passed %lu more module since; a later certificate lists it.",
                   "%s has passed %lu more modules since; a later certificate lists them.",
                   (unsigned long)later),
               cli_shown(t->name), (unsigned long)later);
        putchar('\n');
    }
}

static int certificate_verify(App *app, const char *typed)
{
    char code[17], err[512];
    if (!code_parse(typed, code)) {
        fprintf(stderr, "rastro certificate: ");
        fprintf(stderr, tr("'%s' is not a verification code: 16 letters A to F and digits, as "
                           "printed on the certificate"), cli_shown(typed));
        fputc('\n', stderr);
        return 2;
    }
    ScoreTable st;
    if (!scores_read(app->store, &app->catalog, 0, 0, &st, err, sizeof err)) {
        fprintf(stderr, "rastro certificate: %s\n", cli_shown(err));
        return 1;
    }
    int rc = 1;
    for (size_t i = 0; i < st.n_rows && rc; i++) {
        const ScoreRow *row = &st.rows[i];
        const ModuleResult **mods = xcalloc(row->n_modules ? row->n_modules : 1, sizeof *mods);
        bool *in = xcalloc(row->n_modules ? row->n_modules : 1, sizeof *in);
        size_t n = passed_modules(app, row, mods);
        if (n && code_match(row->trainee.uid, mods, n, code, in)) {
            verify_print(app, row, mods, n, in, code);
            rc = 0;
        }
        free(mods);
        free(in);
    }
    if (rc) {
        printf(tr("No certificate issued from these records has the code %s. Check that it was "
                  "typed as printed, and that this is the database (and the content) the "
                  "certificate was printed from."), code);
        putchar('\n');
    }
    scores_done(&st);
    return rc;
}

int cli_certificate(App *app, int argc, char **argv)
{
    /* The content gives the modules' titles and pass marks, and which modules a certificate
     * lists: loaded once the command line is known to be right. */
    if (argc >= 2 && strcmp(argv[1], "verify") == 0) {
        if (argc != 3)
            return certificate_usage();
        if (!app->catalog_loaded)
            app->load_content(app);
        return certificate_verify(app, argv[2]);
    }
    static const struct option opts[] = {
        {"trainee", required_argument, NULL, 't'}, {"workshop", required_argument, NULL, 'w'},
        {"format", required_argument, NULL, 'f'},  {"output", required_argument, NULL, 'o'},
        {"force", no_argument, NULL, 'F'},         {"all", no_argument, NULL, 'a'},
        {NULL, 0, NULL, 0},
    };
    const char *trainee = NULL, *workshop = NULL, *format = "text", *out = NULL;
    bool force = false, all = false, bad = false;
    int c;
    optind = 1;
    while (!bad && (c = getopt_long(argc, argv, "+o:", opts, NULL)) != -1) {
        switch (c) {
        case 't': trainee = optarg; break;
        case 'w': workshop = optarg; break;
        case 'f': format = optarg; break;
        case 'o': out = optarg; break;
        case 'F': force = true; break;
        case 'a': all = true; break;
        default: bad = true; break;
        }
    }
    bool pdf = !strcmp(format, "pdf");
    if (bad || optind != argc || !trainee == !all || (!pdf && strcmp(format, "text") != 0) ||
        ((pdf || all) && !out) || (all && !strcmp(out, "-")))
        return certificate_usage();
    Workshop w = {0};
    if (workshop && !cli_find_workshop(app, "certificate", workshop, &w))
        return 1;
    if (!app->catalog_loaded)
        app->load_content(app);
    int rc;
    if (all) {
        char *dir = xstrdup(out); /* "certs/" names files "certs/x.pdf", not "certs//x.pdf" */
        for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
            dir[n - 1] = '\0';
        rc = certificate_roster(app, &w, pdf, dir, force);
        free(dir);
    } else {
        rc = certificate_one(app, trainee, &w, pdf, out, force);
    }
    workshop_done(&w);
    return rc;
}
