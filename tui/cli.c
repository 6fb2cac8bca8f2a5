/* Subcommands for authors and reports: `rastro lint` checks modules, `rastro new` writes a
 * module template, export, import and report work on the records. */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bundle.h"
#include "core/country.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/scores.h"
#include "lua/host.h"

const char *cli_shown(const char *text)
{
    static char *ring[4];
    static unsigned next;
    unsigned i = next++ % 4;
    free(ring[i]);
    ring[i] = text_sanitize(text, false, true);
    return ring[i];
}

bool cli_output_open(const App *app, const char *cmd, const char *path, bool force, int how,
                     OutFile *o)
{
    OutPolicy p = {.force = force,
                   .binary = how & CLI_OUT_BINARY,
                   .stdout_ok = true,
                   .need_path = how & CLI_OUT_PATH,
                   .database = app->db_path,
                   .force_hint = "--force",
                   .replaceable = how & CLI_OUT_BUNDLE ? bundle_is_bundle : NULL};
    char err[1024];
    if (outfile_open(o, path ? path : "-", &p, err, sizeof err))
        return true;
    fprintf(stderr, "rastro %s: %s\n", cmd, cli_shown(err));
    return false;
}

int cli_output_close(const char *cmd, OutFile *o, bool wrote, const char *why)
{
    char err[1024];
    if (!wrote) {
        fprintf(stderr, "rastro %s: ", cmd);
        fprintf(stderr, tr("cannot write %s: %s"), o->name, cli_shown(why));
        fputc('\n', stderr);
        outfile_abort(o);
        return 1;
    }
    if (outfile_commit(o, err, sizeof err))
        return 0;
    fprintf(stderr, "rastro %s: %s\n", cmd, cli_shown(err));
    return 1;
}

int cli_lint(App *app, int argc, char **argv)
{
    bool strict = false, quiet = false;
    long seeds = host_load_lint.gen_seeds;
    char *end;
    static const struct option opts[] = {
        {"strict", no_argument, NULL, 's'},
        {"quiet", no_argument, NULL, 'q'},
        {"seeds", required_argument, NULL, 'n'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+sq", opts, NULL)) != -1) {
        switch (c) {
        case 's': strict = true; break;
        case 'q': quiet = true; break;
        case 'n':
            seeds = strtol(optarg, &end, 10);
            if (*end || end == optarg || seeds < 1 || seeds > 10000) {
                fprintf(stderr, "rastro lint: --seeds takes a number from 1 to 10000, not '%s'\n",
                        cli_shown(optarg));
                return 2;
            }
            break;
        default:
            fprintf(stderr, "usage: rastro lint [--strict] [--quiet] [--seeds N] [PATH...]\n");
            return 2;
        }
    }
    HostLoadOptions o = host_load_lint;
    o.gen_seeds = (int)seeds;
    Catalog cat;
    catalog_init(&cat);
    cat.lean = true;
    if (optind < argc) {
        host_lint_paths(&cat, argv + optind, argc - optind, &o);
    } else {
        char *dir = app->content_dir;
        host_lint_paths(&cat, &dir, 1, &o);
    }
    problems_print(&cat.problems, stdout);
    size_t errors = problems_count(&cat.problems, PROBLEM_ERROR);
    size_t warnings = problems_count(&cat.problems, PROBLEM_WARNING);
    if (!quiet && cat.n_instruments)
        fprintf(stderr, "%zu module%s and %zu assessment instrument%s loaded; %zu error%s, "
                "%zu warning%s\n", cat.n, cat.n == 1 ? "" : "s", cat.n_instruments,
                cat.n_instruments == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
    else if (!quiet)
        fprintf(stderr, "%zu module%s loaded; %zu error%s, %zu warning%s\n", cat.n,
                cat.n == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s");
    int rc = errors > 0 || (strict && warnings > 0) ? 1 : 0;
    catalog_done(&cat);
    return rc;
}

/* The module `rastro new` writes: every field an author needs, commented, passing lint. %s is
 * the module id. */
static const char new_template[] =
    "-- A rastro module: one lesson with pages to read and a quiz.\n"
    "-- Check it with `rastro lint FILE`; try it with `rastro --content DIR`.\n"
    "-- The author's guide is content/README.md.\n"
    "--\n"
    "-- Every text is either \"one text\" (lint warns that it is not translated) or\n"
    "-- { en = \"...\", es = \"...\" }. Teach only facts you can source, and list the sources.\n"
    "\n"
    "return lesson {\n"
    "  id = \"%s\",          -- unique: lower-case letters, digits, '-' and '_'\n"
    "  version = 1,         -- raise it when you change questions\n"
    "  title = { en = \"Title of the lesson\", es = \"Título de la lección\" },\n"
    "  summary = {\n"
    "    en = \"One or two sentences shown in the menus.\",\n"
    "    es = \"Una o dos frases que se muestran en los menús.\",\n"
    "  },\n"
    "\n"
    "  -- Where the facts come from; pages and questions cite the keys.\n"
    "  sources = {\n"
    "    { key = \"S1\", text = \"Name of the published source\" },\n"
    "  },\n"
    "\n"
    "  pages = {\n"
    "    page {\n"
    "      title = { en = \"First page\", es = \"Primera página\" },\n"
    "      -- A blank line starts a paragraph; a line starting with \"- \" is a bullet.\n"
    "      text = {\n"
    "        en = [[\n"
    "Write the first paragraph here.\n"
    "\n"
    "- A first point.\n"
    "- A second point.]],\n"
    "        es = [[\n"
    "Escriba aquí el primer párrafo.\n"
    "\n"
    "- Un primer punto.\n"
    "- Un segundo punto.]],\n"
    "      },\n"
    "      sources = { \"S1\" },\n"
    "    },\n"
    "  },\n"
    "\n"
    "  quiz = {\n"
    "    choice {\n"
    "      id = \"first-question\",  -- unique within the module\n"
    "      prompt = { en = \"The question?\", es = \"¿La pregunta?\" },\n"
    "      options = {\n"
    "        { en = \"A wrong answer\", es = \"Una respuesta incorrecta\" },\n"
    "        { en = \"The right answer\", es = \"La respuesta correcta\" },\n"
    "        { en = \"Another wrong answer\", es = \"Otra respuesta incorrecta\" },\n"
    "      },\n"
    "      answer = 2,              -- the number of the right option\n"
    "      -- critical = true,      -- the quiz is passed only when this is answered right\n"
    "      explain = {\n"
    "        en = \"Why the right answer is right.\",\n"
    "        es = \"Por qué la respuesta correcta es la correcta.\",\n"
    "      },\n"
    "      sources = { \"S1\" },\n"
    "    },\n"
    "  },\n"
    "}\n";

int cli_new(App *app, int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--instrument") == 0 && argv[2][0] != '-')
        return cli_new_instrument(app, argv[2]);
    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: rastro new NAME   (writes NAME.lua, a module template)\n"
                        "       rastro new --instrument NAME   (an assessment instrument)\n");
        return 2;
    }
    const char *name = argv[1];
    size_t n = strlen(name);
    char *path = n > 4 && strcmp(name + n - 4, ".lua") == 0 ? xstrdup(name)
                                                            : xasprintf("%s.lua", name);
    /* The id: the file's base name, lower-cased, anything else turned into '-'. */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *id = xstrndup(base, strlen(base) - 4);
    for (char *p = id; *p; p++) {
        *p = (char)tolower((unsigned char)*p);
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            *p = '-';
    }
    int rc = 0;
    char *shown = text_sanitize(name, false, true);
    bool printable = strcmp(shown, name) == 0;
    free(shown);
    if (!printable) {
        fprintf(stderr, "rastro new: '%s' has control characters or is not UTF-8; give a name "
                        "of letters and digits (nothing was written)\n", cli_shown(name));
        rc = 2;
        goto done;
    }
    if (!id[0] || id[0] == '-' || strlen(id) > 64) {
        fprintf(stderr, "rastro: '%s' does not make a module id: start with a letter or digit\n",
                base);
        rc = 2;
        goto done;
    }
    /* Never over an existing file, and never to standard output: an author asked for a file. */
    OutPolicy policy = {.database = app->db_path};
    OutFile o;
    char err[1024];
    if (!outfile_open(&o, path, &policy, err, sizeof err)) {
        fprintf(stderr, "rastro new: %s\n", cli_shown(err));
        rc = 1;
        goto done;
    }
    fprintf(o.f, new_template, id);
    if (!outfile_commit(&o, err, sizeof err)) {
        fprintf(stderr, "rastro new: %s\n", cli_shown(err));
        rc = 1;
        goto done;
    }
    printf("%s: new module '%s'. Check it with: rastro lint %s\n", path, id, path);
done:
    free(id);
    free(path);
    return rc;
}

int cli_export(App *app, int argc, char **argv)
{
    bool anonymize = false, force = false;
    const char *out = NULL, *workshop = NULL;
    static const struct option opts[] = {
        {"anonymize", no_argument, NULL, 'a'},
        {"output", required_argument, NULL, 'o'},
        {"force", no_argument, NULL, 'f'},
        {"workshop", required_argument, NULL, 'w'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+o:", opts, NULL)) != -1) {
        switch (c) {
        case 'a': anonymize = true; break;
        case 'o': out = optarg; break;
        case 'f': force = true; break;
        case 'w': workshop = optarg; break;
        default: out = NULL; optind = argc + 1; break;
        }
    }
    if (!out || optind != argc) {
        fprintf(stderr, "usage: rastro export [--workshop W] [--anonymize] [--force] -o FILE|-\n");
        return 2;
    }
    Workshop w = {0};
    if (workshop && !cli_find_workshop(app, "export", workshop, &w))
        return 1;
    BundleCounts n;
    char err[512];
    OutFile o;
    int rc = 1;
    if (!cli_output_open(app, "export", out, force, CLI_OUT_BINARY | CLI_OUT_PATH | CLI_OUT_BUNDLE, &o))
        goto done;
    /* With the bundle on standard output, what was written is told on standard error. */
    FILE *say = o.kind == OUTFILE_STDOUT ? stderr : stdout;
    char *shown = xstrdup(o.name);
    bool ok = bundle_export(app->store, outfile_work_path(&o), w.id, anonymize, &n, err,
                            sizeof err);
    if ((rc = cli_output_close("export", &o, ok, err)) == 0) {
        fprintf(say, tr("%s: %d trainees, %d attempts, %d answers"), shown, n.trainees,
                n.attempts, n.answers);
        fprintf(say, "%s\n", anonymize ? tr(" (names replaced by pseudonyms)") : "");
        if (n.assessments) {
            fprintf(say, tr("%s: %d country assessments, %d ratings"), shown, n.assessments,
                    n.ratings);
            fputc('\n', say);
        }
    }
    free(shown);
done:
    workshop_done(&w);
    return rc;
}

int cli_import(App *app, int argc, char **argv)
{
    if (argc != 2 || argv[1][0] == '-') {
        fprintf(stderr, "usage: rastro import FILE\n");
        return 2;
    }
    BundleCounts n;
    char err[512];
    if (!bundle_import(app->store, argv[1], &n, err, sizeof err)) {
        fprintf(stderr, "rastro import: ");
        fprintf(stderr, tr("%s: %s; nothing was imported"), cli_shown(argv[1]), cli_shown(err));
        fputc('\n', stderr);
        return 1;
    }
    printf(tr("%s: added %d trainees, %d attempts, %d answers"), cli_shown(argv[1]), n.trainees,
           n.attempts, n.answers);
    putchar('\n');
    if (n.assessments || n.ratings) {
        printf(tr("%s: added %d country assessments, %d ratings"), cli_shown(argv[1]),
               n.assessments, n.ratings);
        putchar('\n');
    }
    if (n.ratings_left_out) {
        printf(tr("%s: %d ratings left out: their assessment is final here"), cli_shown(argv[1]),
               n.ratings_left_out);
        putchar('\n');
    }
    return 0;
}

int cli_report(App *app, int argc, char **argv)
{
    CliReportOptions ro = {0};
    static const struct option opts[] = {
        {"format", required_argument, NULL, 'f'},
        {"workshop", required_argument, NULL, 'w'},
        {"output", required_argument, NULL, 'o'},
        {"force", no_argument, NULL, 'F'},
        {"country", required_argument, NULL, 'c'},
        {"id", required_argument, NULL, 'i'},
        {"lang", required_argument, NULL, 'l'},
        {"paper", required_argument, NULL, 'p'},
        {"print", no_argument, NULL, 'P'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 0; /* a full restart of getopt: options may follow the report's name here */
    bool bad = false;
    while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
        switch (c) {
        case 'f': ro.format = optarg; break;
        case 'w': ro.workshop = optarg; break;
        case 'o': ro.out = optarg; break;
        case 'F': ro.force = true; break;
        case 'c': ro.country = optarg; break;
        case 'i': ro.id = optarg; break;
        case 'l': ro.lang = optarg; break;
        case 'p': ro.paper = optarg; break;
        case 'P': ro.print = true; break;
        default: bad = true; break;
        }
    }
    const char *what = optind == argc - 1 ? argv[optind] : "";
    if (!bad && (!strcmp(what, "assessment") || !strcmp(what, "region")))
        return cli_report_assess(app, what, &ro);
    const char *format = ro.format ? ro.format : "text", *workshop = ro.workshop,
               *out = ro.out;
    bool force = ro.force;
    bool csv = strcmp(format, "csv") == 0;
    bool items = !strcmp(what, "items"), countries = !strcmp(what, "countries"),
         trainees = !strcmp(what, "trainees");
    Lang lang = app->lang;
    if (bad || (!csv && strcmp(format, "text") != 0) || !(items || countries || trainees) ||
        ro.country || ro.id || ro.paper || ro.print ||
        (ro.lang && (strlen(ro.lang) != 2 || !lang_parse(ro.lang, &lang)))) {
        fprintf(stderr, "usage: rastro report items|countries|trainees [--workshop W] "
                        "[--lang en|es] [--format text|csv] [-o FILE [--force]]\n"
                        "       rastro report assessment|region ... (rastro --help)\n");
        return 2;
    }
    Workshop w = {0};
    if (workshop && !cli_find_workshop(app, "report", workshop, &w))
        return 1;
    char err[512];
    bool ok;
    /* Everything is read before the output is opened: a failure then leaves no file. */
    ItemStats *item_list = NULL;
    CountryStats *country_list = NULL;
    ScoreTable t = {0};
    size_t n = 0;
    if (items) {
        ok = report_items(app->store, w.id, &item_list, &n, err, sizeof err);
    } else if (countries) {
        ok = report_countries(app->store, w.id, &country_list, &n, err, sizeof err);
    } else {
        if (!app->catalog_loaded)
            app->load_content(app);
        ok = scores_read(app->store, &app->catalog, w.id, 0, &t, err, sizeof err);
    }
    int rc = 1;
    OutFile o;
    if (!ok)
        fprintf(stderr, "rastro report: %s\n", cli_shown(err));
    else if (cli_output_open(app, "report", out, force, CLI_OUT_TEXT, &o)) {
        i18n_set(lang);
        if (items)
            report_items_print(o.f, item_list, n, csv);
        else if (countries)
            report_countries_print(o.f, country_list, n, csv);
        else
            scores_print(o.f, &t, &app->catalog, csv);
        i18n_set(app->lang);
        rc = cli_output_close("report", &o, true, NULL);
    }
    if (trainees && ok)
        scores_done(&t);
    free(item_list);
    free(country_list);
    workshop_done(&w);
    return rc;
}
