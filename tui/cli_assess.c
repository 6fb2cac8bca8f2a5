/* Subcommands for country capacity assessments without a terminal: `rastro assess list` prints
 * the assessments on record with their scores, and `rastro new --instrument NAME` writes an
 * instrument template. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "core/assess.h"
#include "core/i18n.h"
#include "core/store_assess.h"
#include "lua/host.h"

/* The instrument of a in c: its version, else its latest (matched by id); NULL when none is
 * loaded. */
static const Instrument *instrument_of(const Catalog *c, const Assessment *a)
{
    const Instrument *inst = catalog_instrument(c, a->instrument_id, a->instrument_version);
    return inst ? inst : catalog_instrument(c, a->instrument_id, 0);
}

/* One assessment as a line: short id, country code, date, status, instrument and version,
 * indicators rated (or not applicable) of all, overall score and band ("-" when it has none or
 * its instrument is not loaded), tab-separated like rastro's other lists. */
static bool print_assessment(App *app, const Catalog *c, const Assessment *a, bool *missing)
{
    char err[512];
    Rating *cur;
    size_t n;
    if (!store_ratings_current(app->store, a->id, &cur, &n, err, sizeof err)) {
        fprintf(stderr, "rastro assess: %s\n", cli_shown(err));
        return false;
    }
    const Instrument *inst = instrument_of(c, a);
    char rated[32] = "-", score[16] = "-";
    const char *band = "-";
    if (inst) {
        AssessResult r;
        assess_score(inst, cur, n, &r);
        size_t total = instrument_indicator_count(inst);
        snprintf(rated, sizeof rated, "%zu/%zu", total - r.n_unrated, total);
        if (r.scored) {
            snprintf(score, sizeof score, "%.1f", r.overall);
            band = assess_band_name(r.band);
        }
        assess_result_done(&r);
    } else {
        *missing = true;
    }
    printf("%.*s\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\n", STORE_SHORT_ID, a->uid, a->country,
           a->assessed_on, assess_status_name(a->status), cli_shown(a->instrument_id),
           a->instrument_version, rated, score, band);
    rating_list_free(cur, n);
    return true;
}

static int assess_list(App *app, int argc, char **argv)
{
    const char *country = NULL;
    static const struct option opts[] = {
        {"country", required_argument, NULL, 'c'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 0;
    bool bad = false;
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if (c == 'c')
            country = optarg;
        else
            bad = true;
    }
    if (bad || optind != argc) {
        fprintf(stderr, "usage: rastro assess list [--country CC]\n");
        return 2;
    }
    char code[3] = "";
    if (country && !cli_parse_country(app, "assess", country, code))
        return 1;
    char err[512];
    Assessment *list;
    size_t n;
    if (!store_assessment_list(app->store, country ? code : NULL, &list, &n, err, sizeof err)) {
        fprintf(stderr, "rastro assess: %s\n", cli_shown(err));
        return 1;
    }
    /* The instruments alone: scores need no module. */
    Catalog instruments;
    catalog_init(&instruments);
    if (n) {
        char *sub = xasprintf("%s/" HOST_ASSESSMENTS_DIR, app->content_dir);
        host_load_paths(&instruments, &sub, 1, NULL);
        free(sub);
    }
    bool missing = false, ok = true;
    for (size_t i = 0; i < n && ok; i++)
        ok = print_assessment(app, &instruments, &list[i], &missing);
    catalog_done(&instruments);
    if (missing) {
        fprintf(stderr, "rastro assess: ");
        fprintf(stderr, "%s", tr("some instruments are not in the content, so those assessments "
                                 "show no score"));
        fputc('\n', stderr);
    }
    assessment_list_free(list, n);
    return ok ? 0 : 1;
}

int cli_assess_shell(App *app, int argc, char **argv)
{
    static const struct option opts[] = {
        {"country", required_argument, NULL, 'c'},
        {NULL, 0, NULL, 0},
    };
    const char *country = NULL;
    int c;
    optind = 0;
    opterr = 0;
    bool bad = false;
    while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
        if (c == 'c')
            country = optarg;
        else
            bad = true;
    }
    if (bad || optind != argc) {
        fprintf(stderr, "usage: rastro assess [--country CC] | rastro assess list [--country CC]\n");
        return 2;
    }
    if (country && !cli_parse_country(app, "assess", country, app->assess_country))
        return 2;
    app->assess = true;
    return -1;
}

int cli_assess(App *app, int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "list") == 0)
        return assess_list(app, argc - 1, argv + 1);
    fprintf(stderr, "usage: rastro assess [--country CC] | rastro assess list [--country CC]\n");
    return 2;
}

/* The instrument `rastro new --instrument` writes: every field an author needs, commented,
 * passing lint --strict. %s is the instrument id. */
static const char instrument_template[] =
    "-- A rastro assessment instrument: pillars of indicators, each rated 0 to 4, and\n"
    "-- recommendations. Check it with `rastro lint FILE`. The author's guide is\n"
    "-- content/README.md, \"Assessment instruments\".\n"
    "--\n"
    "-- Every text is { en = \"...\", es = \"...\" }. rastro computes the scores: a pillar's\n"
    "-- score is the weighted mean level of its rated indicators x 25, and a pillar scores at\n"
    "-- most 25 while one of its critical indicators is at 0.\n"
    "\n"
    "return instrument {\n"
    "  id = \"%s\",          -- unique: lower-case letters, digits, '-' and '_'\n"
    "  version = 1,         -- raise it when you change pillars or indicators\n"
    "  title = { en = \"Title of the instrument\", es = \"Título del instrumento\" },\n"
    "\n"
    "  -- Where the indicators come from; indicators cite the keys.\n"
    "  sources = {\n"
    "    { key = \"S1\", text = \"Name of the published source\" },\n"
    "  },\n"
    "\n"
    "  pillars = {\n"
    "    pillar {\n"
    "      id = \"first-pillar\",\n"
    "      title = { en = \"First pillar\", es = \"Primer pilar\" },\n"
    "      indicators = {\n"
    "        indicator {\n"
    "          id = \"first-pillar.first\",  -- unique in the instrument; '.' may join words\n"
    "          title = { en = \"What is assessed\", es = \"Qué se evalúa\" },\n"
    "          critical = true,           -- the pillar scores at most 25 while this is at 0\n"
    "          -- weight = 2,             -- counts twice in the pillar's score (default 1)\n"
    "          -- not_applicable = true,  -- may be rated \"not applicable\", with a reason\n"
    "          levels = {                 -- what levels 0 to 4 mean here, in order\n"
    "            { en = \"Absent.\", es = \"Inexistente.\" },\n"
    "            { en = \"Law or policy only; practice ad hoc.\",\n"
    "              es = \"Solo ley o política; práctica improvisada.\" },\n"
    "            { en = \"Partial; not audited.\", es = \"Parcial; sin auditoría.\" },\n"
    "            { en = \"Nationwide, meets the minimum, reviewed.\",\n"
    "              es = \"Nacional, cumple el mínimo, revisado.\" },\n"
    "            { en = \"Institutionalised, audited, reported.\",\n"
    "              es = \"Institucionalizado, auditado, informado.\" },\n"
    "          },\n"
    "          verification = {\n"
    "            en = \"The document or observation that proves the level.\",\n"
    "            es = \"El documento u observación que prueba el nivel.\",\n"
    "          },\n"
    "          questions = {\n"
    "            { en = \"A question the assessor asks?\", es = \"¿Una pregunta del evaluador?\" },\n"
    "          },\n"
    "          sources = { \"S1\" },\n"
    "          -- A level proposed from rastro's records: the share of the country's trainees\n"
    "          -- who passed these modules (percent), and the least share for each level.\n"
    "          -- measure = { name = \"competency_pass_share\", competencies = { \"module-id\" },\n"
    "          --             thresholds = { 0, 20, 40, 60, 80 } },\n"
    "        },\n"
    "      },\n"
    "    },\n"
    "  },\n"
    "\n"
    "  -- Recommendations: when(a) gets the assessment, read-only, and says whether the text\n"
    "  -- applies: a.level[id] (0-4, nil when unrated), a.na[id], a.measured[id],\n"
    "  -- a.pillar[id] (the score, nil without one), a.gated[id], a.overall, a.band.\n"
    "  rules = {\n"
    "    rule {\n"
    "      id = \"first-recommendation\",\n"
    "      pillar = \"first-pillar\",\n"
    "      when = function(a) return a.level[\"first-pillar.first\"] == 0 end,\n"
    "      text = { en = \"What to do about it.\", es = \"Qué hacer al respecto.\" },\n"
    "    },\n"
    "  },\n"
    "}\n";

int cli_new_instrument(App *app, const char *name)
{
    size_t n = strlen(name);
    bool path_given = strchr(name, '/') || (n > 4 && strcmp(name + n - 4, ".lua") == 0);
    char *dir = NULL, *path;
    if (path_given) {
        path = n > 4 && strcmp(name + n - 4, ".lua") == 0 ? xstrdup(name)
                                                          : xasprintf("%s.lua", name);
    } else {
        /* A name alone: the content directory's assessments/, where the shell finds it. */
        dir = xasprintf("%s/" HOST_ASSESSMENTS_DIR, app->content_dir);
        path = xasprintf("%s/%s.lua", dir, name);
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *id = xstrndup(base, strlen(base) - 4);
    for (char *p = id; *p; p++) {
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            *p = '-';
    }
    int rc = 0;
    char *shown = text_sanitize(name, false, true);
    bool printable = strcmp(shown, name) == 0;
    free(shown);
    if (!printable || !id[0] || id[0] == '-' || strlen(id) > 64) {
        fprintf(stderr, "rastro new: '%s' does not make an instrument id: give a name of letters "
                        "and digits (nothing was written)\n", cli_shown(name));
        rc = 2;
        goto done;
    }
    if (dir && mkdir(dir, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "rastro new: cannot make %s: %s\n", cli_shown(dir), strerror(errno));
        rc = 1;
        goto done;
    }
    OutPolicy policy = {.database = app->db_path};
    OutFile o;
    char err[1024];
    if (!outfile_open(&o, path, &policy, err, sizeof err)) {
        fprintf(stderr, "rastro new: %s\n", cli_shown(err));
        rc = 1;
        goto done;
    }
    fprintf(o.f, instrument_template, id);
    if (!outfile_commit(&o, err, sizeof err)) {
        fprintf(stderr, "rastro new: %s\n", cli_shown(err));
        rc = 1;
        goto done;
    }
    printf("%s: new assessment instrument '%s'. Check it with: rastro lint %s\n",
           cli_shown(path), id, cli_shown(path));
done:
    free(id);
    free(path);
    free(dir);
    return rc;
}
