/* Subcommands on people: `rastro trainee` and `rastro workshop` keep rosters, `rastro
 * certificate` prints what a trainee passed, `rastro instructor` opens the live view. */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/certificate.h"
#include "core/country.h"
#include "core/i18n.h"
#include "core/scores.h"
#include "core/sha256.h"
#include "ui/ui.h"

bool cli_find_workshop(App *app, const char *cmd, const char *name, Workshop *w)
{
    char err[512];
    bool found;
    if (!store_workshop_find(app->store, name, w, &found, err, sizeof err)) {
        fprintf(stderr, "rastro %s: %s\n", cmd, cli_shown(err));
        return false;
    }
    if (!found) {
        char *shown = text_sanitize(name, false, true);
        fprintf(stderr, "rastro %s: no workshop named \"%s\" (see rastro workshop list)\n", cmd,
                shown);
        free(shown);
    }
    return found;
}

static bool find_trainee(App *app, const char *cmd, const char *name, Trainee *t)
{
    char err[512];
    bool found;
    if (!store_trainee_find(app->store, name, t, &found, err, sizeof err)) {
        fprintf(stderr, "rastro %s: %s\n", cmd, cli_shown(err));
        return false;
    }
    if (!found) {
        char *shown = text_sanitize(name, false, true);
        fprintf(stderr, "rastro %s: no trainee named \"%s\" (see rastro trainee list)\n", cmd,
                shown);
        free(shown);
    }
    return found;
}

static void print_roster(const Trainee *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *name = text_sanitize(list[i].name, false, true);
        char *agency = text_sanitize(list[i].agency, false, true);
        printf("%s\t%s\t%s\t%s\n", list[i].country, name, agency, lang_code(list[i].lang));
        free(name);
        free(agency);
    }
}

static int trainee_usage(void)
{
    fprintf(stderr, "usage: rastro trainee add --name NAME --country CC [--agency AGENCY] "
                    "[--lang en|es] [--workshop W]\n"
                    "       rastro trainee list [--workshop W]\n");
    return 2;
}

int cli_trainee(App *app, int argc, char **argv)
{
    if (argc < 2 || (strcmp(argv[1], "add") != 0 && strcmp(argv[1], "list") != 0))
        return trainee_usage();
    bool add = strcmp(argv[1], "add") == 0;
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},     {"agency", required_argument, NULL, 'a'},
        {"country", required_argument, NULL, 'c'},  {"lang", required_argument, NULL, 'l'},
        {"workshop", required_argument, NULL, 'w'}, {NULL, 0, NULL, 0},
    };
    Trainee t = {.lang = app->lang};
    const char *name = NULL, *agency = "", *country = NULL, *workshop = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc - 1, argv + 1, "+", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'a': agency = optarg; break;
        case 'c': country = optarg; break;
        case 'w': workshop = optarg; break;
        case 'l':
            if (!lang_parse(optarg, &t.lang) || strlen(optarg) != 2) {
                fprintf(stderr, "rastro: --lang must be en or es\n");
                return 2;
            }
            break;
        default: return trainee_usage();
        }
    }
    if (optind != argc - 1 || (add ? !name || !name[0] || !country : name || country))
        return trainee_usage();
    Workshop w = {0};
    if (workshop && !cli_find_workshop(app, "trainee", workshop, &w))
        return 1;
    char err[512];
    int rc = 0;
    if (!add) {
        Trainee *list;
        size_t n;
        if (store_roster(app->store, w.id, &list, &n, err, sizeof err)) {
            print_roster(list, n);
            trainee_list_free(list, n);
        } else {
            fprintf(stderr, "rastro: %s\n", cli_shown(err));
            rc = 1;
        }
    } else if (!country_valid(country, t.country)) {
        fprintf(stderr, "rastro: '%s' is not an ISO 3166 alpha-2 country code (e.g. MX, GT)\n",
                cli_shown(country));
        rc = 2;
    } else {
        t.name = (char *)name;
        t.agency = (char *)agency;
        if (!store_trainee_add(app->store, &t, err, sizeof err) ||
            (w.id && !store_workshop_join(app->store, w.id, t.id, err, sizeof err))) {
            fprintf(stderr, "rastro: %s\n", cli_shown(err));
            rc = 1;
        } else {
            printf("%s\n", t.uid);
        }
    }
    workshop_done(&w);
    return rc;
}

/* A calendar date written YYYY-MM-DD. */
static bool valid_date(const char *s)
{
    struct tm tm = {0};
    const char *end = strptime(s, "%Y-%m-%d", &tm);
    if (!end || *end || strlen(s) != 10)
        return false;
    /* strptime takes 2026-02-30; a real date survives normalisation unchanged. */
    struct tm norm = tm;
    norm.tm_isdst = -1;
    norm.tm_hour = 12;
    if (mktime(&norm) == (time_t)-1)
        return false;
    return norm.tm_mday == tm.tm_mday && norm.tm_mon == tm.tm_mon && norm.tm_year == tm.tm_year;
}

static int workshop_usage(void)
{
    fprintf(stderr,
            "usage: rastro workshop add --name NAME --country CC [--starts YYYY-MM-DD]\n"
            "                           [--ends YYYY-MM-DD] [--instructor NAME]\n"
            "       rastro workshop list\n"
            "       rastro workshop join WORKSHOP TRAINEE...\n"
            "       rastro workshop roster WORKSHOP\n");
    return 2;
}

static int workshop_add(App *app, int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},   {"country", required_argument, NULL, 'c'},
        {"starts", required_argument, NULL, 's'}, {"ends", required_argument, NULL, 'e'},
        {"instructor", required_argument, NULL, 'i'}, {NULL, 0, NULL, 0},
    };
    Workshop w = {0};
    const char *country = NULL, *starts = NULL, *ends = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
        switch (c) {
        case 'n': w.name = optarg; break;
        case 'c': country = optarg; break;
        case 's': starts = optarg; break;
        case 'e': ends = optarg; break;
        case 'i': w.instructor = optarg; break;
        default: return workshop_usage();
        }
    }
    if (optind != argc || !w.name || !w.name[0] || !country)
        return workshop_usage();
    if (!country_valid(country, w.country)) {
        fprintf(stderr, "rastro workshop: '%s' is not an ISO 3166 alpha-2 country code\n",
                cli_shown(country));
        return 2;
    }
    /* A date given must be one: an empty --starts is a mistake, not "no date". */
    if ((starts && !valid_date(starts)) || (ends && !valid_date(ends))) {
        fprintf(stderr, "rastro workshop: dates are written YYYY-MM-DD, e.g. 2026-11-30, not "
                        "'%s'\n", cli_shown(starts && !valid_date(starts) ? starts : ends));
        return 2;
    }
    if (starts && ends && strcmp(ends, starts) < 0) {
        fprintf(stderr, "rastro workshop: the workshop ends (%s) before it starts (%s)\n", ends,
                starts); /* both valid dates: nothing to make inert */
        return 2;
    }
    snprintf(w.starts, sizeof w.starts, "%s", starts ? starts : "");
    snprintf(w.ends, sizeof w.ends, "%s", ends ? ends : "");
    char err[512];
    if (!store_workshop_add(app->store, &w, err, sizeof err)) {
        fprintf(stderr, "rastro workshop: %s\n", cli_shown(err));
        return 1;
    }
    printf("%s\n", w.uid);
    return 0;
}

int cli_workshop(App *app, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    char err[512];
    if (!strcmp(sub, "add"))
        return workshop_add(app, argc - 1, argv + 1);
    if (!strcmp(sub, "list") && argc == 2) {
        Workshop *list;
        size_t n;
        if (!store_workshop_list(app->store, &list, &n, err, sizeof err)) {
            fprintf(stderr, "rastro workshop: %s\n", cli_shown(err));
            return 1;
        }
        for (size_t i = 0; i < n; i++) {
            char *name = text_sanitize(list[i].name, false, true);
            char *instructor = text_sanitize(list[i].instructor, false, true);
            printf("%s\t%s\t%s\t%s\t%s\t%d\n", list[i].country, name, list[i].starts, list[i].ends,
                   instructor, list[i].members);
            free(name);
            free(instructor);
        }
        workshop_list_free(list, n);
        return 0;
    }
    if ((!strcmp(sub, "join") && argc >= 4) || (!strcmp(sub, "roster") && argc == 3)) {
        Workshop w;
        if (!cli_find_workshop(app, "workshop", argv[2], &w))
            return 1;
        int rc = 0;
        for (int i = 3; i < argc && !rc; i++) {
            Trainee t;
            if (!find_trainee(app, "workshop", argv[i], &t)) {
                rc = 1;
                break;
            }
            if (!store_workshop_join(app->store, w.id, t.id, err, sizeof err)) {
                fprintf(stderr, "rastro workshop: %s\n", cli_shown(err));
                rc = 1;
            }
            trainee_done(&t);
        }
        Trainee *list;
        size_t n;
        if (!rc && !strcmp(sub, "roster")) {
            if (store_roster(app->store, w.id, &list, &n, err, sizeof err)) {
                print_roster(list, n);
                trainee_list_free(list, n);
            } else {
                fprintf(stderr, "rastro workshop: %s\n", cli_shown(err));
                rc = 1;
            }
        }
        workshop_done(&w);
        return rc;
    }
    return workshop_usage();
}

/* Fills c with what t passed, in lang; false when nothing was passed. */
static bool certificate_gather(App *app, const Trainee *t, const Workshop *w, Lang lang,
                               Certificate *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    ScoreTable st;
    if (!scores_read(app->store, &app->catalog, 0, t->id, &st, err, errlen))
        return false;
    const ScoreRow *row = st.n_rows ? &st.rows[0] : NULL;
    Sha256 h;
    sha256_init(&h);
    sha256_update(&h, t->uid, strlen(t->uid));
    for (size_t i = 0; row && i < row->n_modules; i++) {
        const ModuleResult *r = &row->modules[i];
        const Module *m = catalog_find(&app->catalog, r->module_id);
        if (!r->passed[0] || !m)
            continue;
        c->modules = xrealloc(c->modules, (c->n_modules + 1) * sizeof *c->modules);
        CertModule *cm = &c->modules[c->n_modules++];
        cm->title = xstrdup(ltext_get(&m->title, lang));
        cm->pct = r->passed_pct;
        snprintf(cm->passed, sizeof cm->passed, "%s", r->passed);
        sha256_update(&h, r->module_id, strlen(r->module_id) + 1);
        sha256_update(&h, r->passed, strlen(r->passed));
    }
    scores_done(&st);
    if (!c->n_modules) {
        snprintf(err, errlen, "%s has not passed any module yet", t->name);
        return false;
    }
    char hex[65];
    sha256_hex(&h, hex);
    for (int i = 0; i < 16; i++)
        c->code[i] = (char)(hex[i] >= 'a' ? hex[i] - 'a' + 'A' : hex[i]);
    c->code[16] = '\0';
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

int cli_certificate(App *app, int argc, char **argv)
{
    static const struct option opts[] = {
        {"trainee", required_argument, NULL, 't'}, {"workshop", required_argument, NULL, 'w'},
        {"format", required_argument, NULL, 'f'},  {"output", required_argument, NULL, 'o'},
        {"force", no_argument, NULL, 'F'},         {NULL, 0, NULL, 0},
    };
    const char *trainee = NULL, *workshop = NULL, *format = "text", *out = NULL;
    bool force = false;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+o:", opts, NULL)) != -1) {
        switch (c) {
        case 't': trainee = optarg; break;
        case 'w': workshop = optarg; break;
        case 'f': format = optarg; break;
        case 'o': out = optarg; break;
        case 'F': force = true; break;
        default: trainee = NULL; optind = -1; break;
        }
        if (optind < 0)
            break;
    }
    bool pdf = !strcmp(format, "pdf");
    if (optind != argc || !trainee || (!pdf && strcmp(format, "text") != 0) || (pdf && !out)) {
        fprintf(stderr, "usage: rastro certificate --trainee NAME [--workshop W] "
                        "[--format text|pdf] [-o FILE|- [--force]]\n"
                        "       (a PDF needs -o FILE, or -o - for standard output)\n");
        return 2;
    }
    Trainee t;
    Workshop w = {0};
    if (!find_trainee(app, "certificate", trainee, &t))
        return 1;
    int rc = 1;
    Certificate cert = {0};
    char err[512];
    if (workshop && !cli_find_workshop(app, "certificate", workshop, &w))
        goto done;
    Lang lang = app->lang_forced ? app->lang : t.lang;
    i18n_set(lang);
    if (!app->catalog_loaded)
        app->load_content(app);
    if (!certificate_gather(app, &t, &w, lang, &cert, err, sizeof err)) {
        fprintf(stderr, "rastro certificate: %s\n", cli_shown(err));
        goto done;
    }
    OutFile o;
    if (!cli_output_open(app, "certificate", out, force, pdf ? CLI_OUT_BINARY : CLI_OUT_TEXT, &o))
        goto done;
    bool to_file = o.kind != OUTFILE_STDOUT;
    char *shown = xstrdup(o.name);
    bool wrote = pdf ? certificate_write_pdf(o.f, &cert, err, sizeof err)
                     : certificate_write_text(o.f, &cert);
    if (!wrote && !pdf)
        snprintf(err, sizeof err, "%s", strerror(errno ? errno : EIO));
    rc = cli_output_close("certificate", &o, wrote, err);
    if (!rc && to_file)
        printf("%s\n", shown);
    free(shown);
done:
    certificate_done(&cert);
    trainee_done(&t);
    workshop_done(&w);
    return rc;
}

int cli_instructor(App *app, int argc, char **argv)
{
    static const struct option opts[] = {
        {"workshop", required_argument, NULL, 'w'},
        {NULL, 0, NULL, 0},
    };
    const char *workshop = NULL;
    int c;
    optind = 1;
    bool bad = false;
    while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
        if (c == 'w')
            workshop = optarg;
        else
            bad = true;
    }
    if (bad || optind != argc) {
        fprintf(stderr, "usage: rastro instructor [--workshop W]\n");
        return 2;
    }
    if (workshop) {
        workshop_done(&app->workshop);
        if (!cli_find_workshop(app, "instructor", workshop, &app->workshop))
            return 1;
    }
    app->instructor = true;
    return ui_run(app);
}
