/* Subcommands that run without a terminal: `rastro lint` checks modules, `rastro trainee` adds
 * and lists trainees (for setting up a workshop roster from a script). */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/country.h"
#include "lua/host.h"

int cli_lint(App *app, int argc, char **argv)
{
    (void)app;
    bool strict = false, quiet = false;
    static const struct option opts[] = {
        {"strict", no_argument, NULL, 's'},
        {"quiet", no_argument, NULL, 'q'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+sq", opts, NULL)) != -1) {
        switch (c) {
        case 's': strict = true; break;
        case 'q': quiet = true; break;
        default:
            fprintf(stderr, "usage: rastro lint [--strict] [--quiet] [PATH...]\n");
            return 2;
        }
    }
    Catalog cat;
    catalog_init(&cat);
    if (optind < argc) {
        host_load_paths(&cat, argv + optind, argc - optind);
    } else {
        char *dir = app->content_dir;
        host_load_paths(&cat, &dir, 1);
    }
    problems_print(&cat.problems, stdout);
    size_t errors = problems_count(&cat.problems, PROBLEM_ERROR);
    size_t warnings = problems_count(&cat.problems, PROBLEM_WARNING);
    if (!quiet)
        fprintf(stderr, "%zu module%s loaded; %zu error%s, %zu warning%s\n", cat.n,
                cat.n == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
    int rc = errors > 0 || (strict && warnings > 0) ? 1 : 0;
    catalog_done(&cat);
    return rc;
}

static int trainee_usage(void)
{
    fprintf(stderr, "usage: rastro trainee add --name NAME --country CC [--agency AGENCY] "
                    "[--lang en|es]\n       rastro trainee list\n");
    return 2;
}

int cli_trainee(App *app, int argc, char **argv)
{
    if (argc < 2)
        return trainee_usage();
    char err[512];
    if (strcmp(argv[1], "list") == 0) {
        Trainee *list;
        size_t n;
        if (!store_trainee_list(app->store, &list, &n, err, sizeof err)) {
            fprintf(stderr, "rastro: %s\n", err);
            return 1;
        }
        for (size_t i = 0; i < n; i++) {
            char *name = text_sanitize(list[i].name, false, true);
            char *agency = text_sanitize(list[i].agency, false, true);
            printf("%s\t%s\t%s\t%s\n", list[i].country, name, agency, lang_code(list[i].lang));
            free(name);
            free(agency);
        }
        trainee_list_free(list, n);
        return 0;
    }
    if (strcmp(argv[1], "add") != 0)
        return trainee_usage();
    static const struct option opts[] = {
        {"name", required_argument, NULL, 'n'},
        {"agency", required_argument, NULL, 'a'},
        {"country", required_argument, NULL, 'c'},
        {"lang", required_argument, NULL, 'l'},
        {NULL, 0, NULL, 0},
    };
    Trainee t = {.lang = app->lang};
    const char *name = NULL, *agency = "", *country = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc - 1, argv + 1, "+n:a:c:l:", opts, NULL)) != -1) {
        switch (c) {
        case 'n': name = optarg; break;
        case 'a': agency = optarg; break;
        case 'c': country = optarg; break;
        case 'l':
            if (!lang_parse(optarg, &t.lang) || strlen(optarg) != 2) {
                fprintf(stderr, "rastro: --lang must be en or es\n");
                return 2;
            }
            break;
        default: return trainee_usage();
        }
    }
    if (!name || !name[0] || !country)
        return trainee_usage();
    if (!country_valid(country, t.country)) {
        fprintf(stderr, "rastro: '%s' is not an ISO 3166 alpha-2 country code (e.g. MX, GT)\n",
                country);
        return 2;
    }
    t.name = (char *)name;
    t.agency = (char *)agency;
    if (!store_trainee_add(app->store, &t, err, sizeof err)) {
        fprintf(stderr, "rastro: %s\n", err);
        return 1;
    }
    printf("%s\n", t.uid);
    return 0;
}
