/* Subcommands on people: `rastro trainee` and `rastro workshop` keep rosters, `rastro
 * instructor` opens the live view (certificates are in cli_certificate.c). */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/country.h"
#include "core/i18n.h"
#include "core/scores.h"
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
        fprintf(stderr, "rastro %s: ", cmd);
        fprintf(stderr, tr("no workshop named \"%s\" (see rastro workshop list)"), shown);
        fputc('\n', stderr);
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
        fprintf(stderr, "rastro %s: ", cmd);
        fprintf(stderr, tr("no trainee named \"%s\" (see rastro trainee list)"), shown);
        fputc('\n', stderr);
        free(shown);
    }
    return found;
}

bool cli_find_trainee(App *app, const char *cmd, const char *name, Trainee *t)
{
    return find_trainee(app, cmd, name, t);
}

static bool parse_country(const App *app, const char *cmd, const char *text, char out[3]);

bool cli_parse_country(const App *app, const char *cmd, const char *text, char out[3])
{
    return parse_country(app, cmd, text, out);
}

static void print_roster(const Trainee *list, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *name = text_sanitize(list[i].name, false, true);
        char *agency = text_sanitize(list[i].agency, false, true);
        printf("%.*s\t%s\t%s\t%s\t%s\n", STORE_SHORT_ID, list[i].uid, list[i].country, name,
               agency, lang_code(list[i].lang));
        free(name);
        free(agency);
    }
}

/* The country an organiser typed, as a code ("GT") or a name in English or Spanish ("Guatemala",
 * "méxico", "guate" when only one country's name starts so); prints why not, with the countries
 * it might have meant, and returns false. */
static bool parse_country(const App *app, const char *cmd, const char *text, char out[3])
{
    if (country_valid(text, out))
        return true;
    const Country *hits[5];
    size_t n = country_search(text, app->lang, hits, 5);
    char *want = text_fold(text, 0);
    const Country *pick = n == 1 ? hits[0] : NULL;
    for (size_t i = 0; i < n && i < 5 && !pick; i++) {
        char *en = text_fold(hits[i]->en, 0), *es = text_fold(hits[i]->es, 0);
        if (!strcmp(en, want) || !strcmp(es, want))
            pick = hits[i];
        free(en);
        free(es);
    }
    free(want);
    if (pick) {
        memcpy(out, pick->code, 3);
        return true;
    }
    fprintf(stderr, "rastro %s: ", cmd);
    fprintf(stderr, tr("'%s' is not a country: give its ISO 3166 code (e.g. MX, GT) or its name"),
            cli_shown(text));
    for (size_t i = 0; i < n && i < 5; i++)
        fprintf(stderr, "%s%s (%s)", i ? ", " : tr("; did you mean "),
                country_name(hits[i]->code, app->lang), hits[i]->code);
    fprintf(stderr, "%s\n", n > 5 ? ", ...?" : n ? "?" : "");
    return false;
}

static int trainee_usage(void)
{
    fprintf(stderr, "usage: rastro trainee add --name NAME --country COUNTRY [--agency AGENCY] "
                    "[--lang en|es] [--workshop W]\n"
                    "       rastro trainee list [--workshop W]\n"
                    "       rastro trainee edit TRAINEE [--name NAME] [--agency AGENCY] "
                    "[--country COUNTRY] [--lang en|es]\n"
                    "       (COUNTRY: an ISO 3166 code or a name; TRAINEE: a name or an id from "
                    "trainee list)\n");
    return 2;
}

/* `rastro trainee edit`: t (found) gets the fields given; says what changed. */
static int trainee_edit(App *app, Trainee *t, const char *name, const char *agency,
                        const char *country, const Lang *lang)
{
    char code[3], err[512];
    if (country && !parse_country(app, "trainee", country, code))
        return 2;
    Trainee changed = *t;
    if (name)
        changed.name = (char *)name;
    if (agency)
        changed.agency = (char *)agency;
    if (country)
        memcpy(changed.country, code, 3);
    if (lang)
        changed.lang = *lang;
    if (!store_trainee_update(app->store, &changed, err, sizeof err)) {
        fprintf(stderr, "rastro trainee: %s\n", cli_shown(err));
        return 1;
    }
    print_roster(&changed, 1);
    return 0;
}

int cli_trainee(App *app, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    bool add = !strcmp(sub, "add"), list = !strcmp(sub, "list"), edit = !strcmp(sub, "edit");
    if (!add && !list && !edit)
        return trainee_usage();
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},     {"agency", required_argument, NULL, 'a'},
        {"country", required_argument, NULL, 'c'},  {"lang", required_argument, NULL, 'l'},
        {"workshop", required_argument, NULL, 'w'}, {NULL, 0, NULL, 0},
    };
    Trainee t = {.lang = app->lang};
    const char *name = NULL, *agency = NULL, *country = NULL, *workshop = NULL;
    bool lang_given = false;
    int c;
    optind = 0; /* a full restart: in edit, options may come before or after the trainee */
    while ((c = getopt_long(argc - 1, argv + 1, "", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'a': agency = optarg; break;
        case 'c': country = optarg; break;
        case 'w': workshop = optarg; break;
        case 'l':
            if (!lang_parse(optarg, &t.lang) || strlen(optarg) != 2) {
                fprintf(stderr, "rastro: %s\n", tr("--lang must be en or es"));
                return 2;
            }
            lang_given = true;
            break;
        default: return trainee_usage();
        }
    }
    int rest = argc - 1 - optind;
    bool fields = name || agency || country || lang_given;
    if ((add && (rest || !name || !country || !name[0])) || (list && (rest || fields)) ||
        (edit && (rest != 1 || !fields || workshop)))
        return trainee_usage();
    Workshop w = {0};
    if (workshop && !cli_find_workshop(app, "trainee", workshop, &w))
        return 1;
    char err[512];
    int rc = 0;
    if (list) {
        Trainee *roster;
        size_t n;
        if (store_roster(app->store, w.id, &roster, &n, err, sizeof err)) {
            print_roster(roster, n);
            trainee_list_free(roster, n);
        } else {
            fprintf(stderr, "rastro: %s\n", cli_shown(err));
            rc = 1;
        }
    } else if (edit) {
        Trainee found;
        if (!find_trainee(app, "trainee", argv[1 + optind], &found))
            return 1;
        rc = trainee_edit(app, &found, name, agency, country, lang_given ? &t.lang : NULL);
        trainee_done(&found);
    } else if (!parse_country(app, "trainee", country, t.country)) {
        rc = 2;
    } else {
        t.name = (char *)name;
        t.agency = (char *)(agency ? agency : "");
        if (!store_trainee_enrol(app->store, &t, w.id, err, sizeof err)) {
            fprintf(stderr, "rastro: %s\n", cli_shown(err));
            rc = 1;
        } else {
            printf("%s\n", t.uid);
            fprintf(stderr, "rastro: ");
            fprintf(stderr, tr("added trainee %.*s, %s, %s"), STORE_SHORT_ID, t.uid,
                    cli_shown(t.name), country_name(t.country, app->lang));
            if (w.id)
                fprintf(stderr, tr(", to %s"), cli_shown(w.name));
            fputc('\n', stderr);
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
            "usage: rastro workshop add --name NAME --country COUNTRY [--starts YYYY-MM-DD]\n"
            "                           [--ends YYYY-MM-DD] [--instructor NAME]\n"
            "       rastro workshop edit WORKSHOP [--name NAME] [--country COUNTRY]\n"
            "                           [--starts YYYY-MM-DD] [--ends YYYY-MM-DD] [--instructor NAME]\n"
            "       rastro workshop list\n"
            "       rastro workshop join WORKSHOP TRAINEE...\n"
            "       rastro workshop roster WORKSHOP\n");
    return 2;
}

/* `rastro workshop add` and `rastro workshop edit WORKSHOP`: argv[0] is "add" or "edit". */
static int workshop_set(App *app, int argc, char **argv)
{
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},   {"country", required_argument, NULL, 'c'},
        {"starts", required_argument, NULL, 's'}, {"ends", required_argument, NULL, 'e'},
        {"instructor", required_argument, NULL, 'i'}, {NULL, 0, NULL, 0},
    };
    bool add = !strcmp(argv[0], "add");
    const char *name = NULL, *country = NULL, *starts = NULL, *ends = NULL, *instructor = NULL;
    int c;
    optind = 0; /* a full restart: options may come before or after the workshop */
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'c': country = optarg; break;
        case 's': starts = optarg; break;
        case 'e': ends = optarg; break;
        case 'i': instructor = optarg; break;
        default: return workshop_usage();
        }
    }
    int rest = argc - optind;
    if (add ? rest || !name || !name[0] || !country
            : rest != 1 || !(name || country || starts || ends || instructor))
        return workshop_usage();
    Workshop w = {0}, old = {0};
    if (!add && !cli_find_workshop(app, "workshop", argv[optind], &old))
        return 1;
    if (!add)
        w = old;
    int rc = 2;
    if (country && !parse_country(app, "workshop", country, w.country))
        goto done;
    /* A date given must be one: an empty --starts is a mistake, not "no date". */
    if ((starts && !valid_date(starts)) || (ends && !valid_date(ends))) {
        fprintf(stderr, "rastro workshop: ");
        fprintf(stderr, tr("dates are written YYYY-MM-DD, e.g. 2026-11-30, not '%s'"),
                cli_shown(starts && !valid_date(starts) ? starts : ends));
        fputc('\n', stderr);
        goto done;
    }
    if (starts)
        snprintf(w.starts, sizeof w.starts, "%s", starts);
    if (ends)
        snprintf(w.ends, sizeof w.ends, "%s", ends);
    if (w.starts[0] && w.ends[0] && strcmp(w.ends, w.starts) < 0) {
        fprintf(stderr, "rastro workshop: ");
        fprintf(stderr, tr("the workshop ends (%s) before it starts (%s)"), w.ends,
                w.starts); /* both valid dates: nothing to make inert */
        fputc('\n', stderr);
        goto done;
    }
    if (name)
        w.name = (char *)name;
    if (instructor)
        w.instructor = (char *)instructor;
    char err[512];
    rc = 1;
    if (!(add ? store_workshop_add(app->store, &w, err, sizeof err)
              : store_workshop_update(app->store, &w, err, sizeof err))) {
        fprintf(stderr, "rastro workshop: %s\n", cli_shown(err));
        goto done;
    }
    rc = 0;
    if (add)
        printf("%s\n", w.uid);
    fprintf(stderr, "rastro: ");
    fprintf(stderr, add ? tr("added workshop %.*s, %s, %s") : tr("changed workshop %.*s, %s, %s"),
            STORE_SHORT_ID, w.uid, cli_shown(w.name), country_name(w.country, app->lang));
    if (w.starts[0])
        fprintf(stderr, tr(", from %s"), w.starts);
    if (w.ends[0])
        fprintf(stderr, tr(" to %s"), w.ends);
    fputc('\n', stderr);
done:
    workshop_done(&old);
    return rc;
}

int cli_workshop(App *app, int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    char err[512];
    if (!strcmp(sub, "add") || !strcmp(sub, "edit"))
        return workshop_set(app, argc - 1, argv + 1);
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
            printf("%.*s\t%s\t%s\t%s\t%s\t%s\t%d\n", STORE_SHORT_ID, list[i].uid, list[i].country,
                   name, list[i].starts, list[i].ends, instructor, list[i].members);
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
    workshop_done(&app->workshop);
    if (workshop) {
        if (!cli_find_workshop(app, "instructor", workshop, &app->workshop))
            return 1;
    } else {
        /* The workshop running today, as the shell opens on; every trainee when none is. */
        char today[11], err[512];
        bool found;
        time_t now = time(NULL);
        strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
        if (!store_workshop_current(app->store, today, &app->workshop, &found, err, sizeof err)) {
            fprintf(stderr, "rastro instructor: %s\n", cli_shown(err));
            return 1;
        }
    }
    app->instructor = true;
    return ui_run(app);
}
