/* The glossary: terms searched as a trainee types, names compared with a typed answer's, a
 * glossary file loaded and checked with file:line problems, files joined in the catalog, the
 * stream between the loader's process and the shell, and the bundled glossary. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/model_io.h"
#include "../tui/lua/host.h"
#include "suites.h"
#include "testutil.h"

static char *dir;
static Catalog cat;

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    catalog_init(&cat);
}

static void teardown(void)
{
    catalog_done(&cat);
    tu_rmrf(dir);
    free(dir);
}

/* A term with names en[0..ne) and es[0..ns) (copied), for the core tests. */
static Term make_term(const char *id, const char *const *en, size_t ne, const char *const *es,
                      size_t ns)
{
    Term t = {.id = xstrdup(id)};
    const char *const *names[LANG_COUNT] = {en, es};
    size_t n[LANG_COUNT] = {ne, ns};
    for (int l = 0; l < LANG_COUNT; l++) {
        t.names[l] = xcalloc(n[l] ? n[l] : 1, sizeof *t.names[l]);
        for (size_t i = 0; i < n[l]; i++)
            t.names[l][t.n_names[l]++] = xstrdup(names[l][i]);
    }
    t.define.s[LANG_EN] = xstrdup("The part.");
    t.define.s[LANG_ES] = xstrdup("La pieza.");
    return t;
}

static const char *const RECEIVER_EN[] = {"frame or receiver", "receiver", "frame"};
static const char *const RECEIVER_ES[] = {"cajón de mecanismos", "armazón", "receptor"};

static bool matches(const Term *t, const char *typed, Lang lang, const char **matched)
{
    char *q = text_fold(typed, 0);
    bool m = glossary_term_rank(t, q, lang, matched) >= 0;
    free(q);
    return m;
}

/* What a trainee types finds a term by any of its names, case and accents aside, and says by
 * which name when it is not the preferred one in the language shown. */
START_TEST(search_ignores_case_and_accents)
{
    Term t = make_term("receiver", RECEIVER_EN, 3, RECEIVER_ES, 3);
    const char *m = "x";
    ck_assert(matches(&t, "", LANG_ES, &m));
    ck_assert_ptr_null(m);
    ck_assert(matches(&t, "CAJON", LANG_ES, &m));
    ck_assert_ptr_null(m); /* the preferred name in Spanish */
    ck_assert(matches(&t, "  cajón   de ", LANG_ES, &m));
    ck_assert(matches(&t, "ARMAZON", LANG_ES, &m));
    ck_assert_str_eq(m, "armazón");
    /* The other language's names find it too, and are named. */
    ck_assert(matches(&t, "receiver", LANG_ES, &m));
    ck_assert_str_eq(m, "receiver"); /* the whole name before a part of one */
    ck_assert(matches(&t, "or rec", LANG_ES, &m));
    ck_assert_str_eq(m, "frame or receiver");
    ck_assert(matches(&t, "frame or", LANG_EN, &m));
    ck_assert_ptr_null(m); /* the preferred name in English */
    ck_assert(matches(&t, "receiver", LANG_EN, &m));
    ck_assert_str_eq(m, "receiver");
    ck_assert(matches(&t, "mecanismos", LANG_EN, &m));
    ck_assert_str_eq(m, "cajón de mecanismos");
    ck_assert(!matches(&t, "slide", LANG_EN, &m));
    ck_assert(!matches(&t, "corredera", LANG_ES, &m));
    glossary_term_done(&t);
}
END_TEST

static int rank(const Term *t, const char *typed, Lang lang)
{
    char *q = text_fold(typed, 0);
    int r = glossary_term_rank(t, q, lang, NULL);
    free(q);
    return r;
}

/* The best found come first: the language shown before the other, then a whole name before a
 * name's start before a word's start before the inside of a word, then the preferred name before
 * a synonym. */
START_TEST(search_ranks_what_it_finds)
{
    Term t = make_term("receiver", RECEIVER_EN, 3, RECEIVER_ES, 3);
    ck_assert_int_eq(rank(&t, "Cajón de Mecanismos", LANG_ES), 0);
    ck_assert_int_eq(rank(&t, "caj", LANG_ES), 2);
    ck_assert_int_eq(rank(&t, "meca", LANG_ES), 4);
    ck_assert_int_eq(rank(&t, "ecani", LANG_ES), 6);
    ck_assert_int_eq(rank(&t, "armaz", LANG_ES), 3);
    ck_assert_int_eq(rank(&t, "frame", LANG_ES), 8 + 1); /* the synonym, whole */
    ck_assert_int_eq(rank(&t, "frame", LANG_EN), 1);
    ck_assert_int_eq(rank(&t, "receiver", LANG_EN), 1);
    ck_assert_int_eq(rank(&t, "eptor", LANG_EN), 8 + 6 + 1);
    ck_assert_int_eq(rank(&t, "slide", LANG_EN), -1);
    ck_assert_int_eq(rank(&t, "", LANG_EN), 0);
    glossary_term_done(&t);
}
END_TEST

START_TEST(terms_sort_by_preferred_name_in_the_language_shown)
{
    static const char *const a_en[] = {"barrel"}, *const a_es[] = {"cañón"};
    static const char *const b_en[] = {"bore"}, *const b_es[] = {"Ánima"};
    Term a = make_term("barrel", a_en, 1, a_es, 1), b = make_term("bore", b_en, 1, b_es, 1);
    ck_assert_int_lt(glossary_term_compare(&a, &b, LANG_EN), 0);
    /* "Ánima" sorts as "anima", before "cañón". */
    ck_assert_int_gt(glossary_term_compare(&a, &b, LANG_ES), 0);
    glossary_term_done(&a);
    glossary_term_done(&b);
}
END_TEST

/* An accepted answer that is a name of a term, in a language, asks for the term's other names
 * in that language, compared as the question judges answers. */
START_TEST(missing_names_of_a_term)
{
    Term t = make_term("receiver", RECEIVER_EN, 3, RECEIVER_ES, 3);
    char *acc[] = {"Frame or Receiver", "armazon", "receptor"};
    const char *missing[GLOSSARY_MAX_NAMES];
    size_t hit;
    size_t n = glossary_term_missing(&t, LANG_EN, acc, 3, 0, &hit, missing);
    ck_assert_uint_eq(n, 2);
    ck_assert_uint_eq(hit, 0);
    ck_assert_str_eq(missing[0], "receiver");
    ck_assert_str_eq(missing[1], "frame");
    n = glossary_term_missing(&t, LANG_ES, acc, 3, 0, &hit, missing);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(hit, 1);
    ck_assert_str_eq(missing[0], "cajón de mecanismos");
    /* When accents count, "armazon" is not the name "armazón": only "receptor" is. */
    n = glossary_term_missing(&t, LANG_ES, acc, 3, TEXT_KEEP_ACCENTS, &hit, missing);
    ck_assert_uint_eq(n, 2);
    ck_assert_uint_eq(hit, 2);
    /* No name of the term among the answers: nothing asked. */
    char *other[] = {"slide"};
    ck_assert_uint_eq(glossary_term_missing(&t, LANG_EN, other, 1, 0, &hit, missing), 0);
    ck_assert_uint_eq(hit, 1);
    /* Every name accepted: nothing missing. */
    char *all[] = {"cajón de mecanismos", "armazón", "receptor"};
    ck_assert_uint_eq(glossary_term_missing(&t, LANG_ES, all, 3, 0, &hit, missing), 0);
    ck_assert_uint_eq(hit, 0);
    glossary_term_done(&t);
}
END_TEST

static const char GLOSSARY_LUA[] =
    "return glossary {\n"                                                       /* 1 */
    "  sources = { { key = 'U2', text = 'UNODC, parts and components' },\n"    /* 2 */
    "              { key = 'A8', text = '27 CFR 478.92' } },\n"                 /* 3 */
    "  terms = {\n"                                                             /* 4 */
    "    term {\n"                                                              /* 5 */
    "      id = 'frame-or-receiver',\n"                                         /* 6 */
    "      en = { 'frame or receiver', 'receiver', 'frame' },\n"                /* 7 */
    "      es = { 'cajón de mecanismos', 'armazón', 'receptor' },\n"            /* 8 */
    "      define = { en = 'The reference part.', es = 'La pieza de referencia.' },\n"
    "      sources = { 'U2', 'A8' },\n"                                         /* 10 */
    "      see = { 'slide' },\n"                                                /* 11 */
    "    },\n"                                                                  /* 12 */
    "    term { id = 'slide', en = 'slide', es = { 'corredera' },\n"            /* 13 */
    "      define = { en = 'A part.', es = 'Una pieza.' }, sources = { 'U2' } },\n"
    "  },\n"
    "}\n";

START_TEST(glossary_file_loads)
{
    char *path = tu_write(dir, "glossary.lua", GLOSSARY_LUA);
    ck_assert(!tu_load_file(&cat, path, NULL)); /* no module: terms */
    problems_print(&cat.problems, stderr);
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_uint_eq(cat.n, 0);
    ck_assert_uint_eq(cat.n_glossaries, 1);
    const Glossary *g = &cat.glossaries[0];
    ck_assert_str_eq(g->file, path);
    ck_assert_uint_eq(g->n, 2);
    ck_assert_uint_eq(g->n_sources, 2);
    const Glossary *in = NULL;
    const Term *t = catalog_term(&cat, "frame-or-receiver", &in);
    ck_assert_ptr_eq(in, g);
    ck_assert_uint_eq(t->n_names[LANG_EN], 3);
    ck_assert_str_eq(t->names[LANG_ES][0], "cajón de mecanismos");
    ck_assert_str_eq(t->names[LANG_ES][2], "receptor");
    ck_assert_str_eq(ltext_get(&t->define, LANG_ES), "La pieza de referencia.");
    ck_assert_uint_eq(t->sources.n, 2);
    ck_assert_str_eq(t->sources.keys[1], "A8");
    ck_assert_str_eq(glossary_source(g, "A8"), "27 CFR 478.92");
    ck_assert_uint_eq(t->n_see, 1);
    ck_assert_str_eq(t->see[0], "slide");
    ck_assert_int_eq(t->line, 5);
    /* One name written as a string is a list of one. */
    t = catalog_term(&cat, "slide", NULL);
    ck_assert_uint_eq(t->n_names[LANG_EN], 1);
    ck_assert_str_eq(t->names[LANG_EN][0], "slide");
    ck_assert_ptr_null(catalog_term(&cat, "bolt", NULL));
    free(path);
}
END_TEST

/* Lints src as glossary.lua; lint's output. */
static char *lint_glossary(const char *src, int want_rc)
{
    char *path = tu_write(dir, "glossary.lua", src);
    char *out, *err;
    int rc = tu_rastro_run(tu_in_dir(NULL, dir), &out, &err, "lint", path, NULL);
    ck_assert_msg(rc == want_rc, "lint exited %d:\n%s%s", rc, out, err);
    free(err);
    free(path);
    return out;
}

static void has_line(const char *out, const char *line)
{
    ck_assert_msg(strstr(out, line), "'%s' not in lint's output:\n%s", line, out);
}

/* Each mistake at the line where it is written: a language missing (names or definition), an
 * id or a name twice, a source key the file does not list, a related term that is not there,
 * an entry that is not a term, a field that does not belong. */
START_TEST(lint_reports_each_mistake_at_its_line)
{
    char *out = lint_glossary(
        "return glossary {\n"                                                    /* 1 */
        "  sources = { { key = 'U2', text = 'UNODC' } },\n"                      /* 2 */
        "  terms = {\n"                                                          /* 3 */
        "    term { id = 'slide', en = { 'slide' }, es = { 'corredera' },\n"     /* 4 */
        "      define = { en = 'A part.', es = 'Una pieza.' }, sources = { 'U2' } },\n"
        "    term { id = 'barrel', en = { 'barrel' },\n"                         /* 6 */
        "      define = { en = 'A part.' },\n"                                   /* 7 */
        "      sources = { 'U9' } },\n"                                          /* 8 */
        "    term { id = 'slide', en = { 'pistol slide', 'Pistol  Slide' },\n"   /* 9 */
        "      es = { 'Corredera' },\n"                                          /* 10 */
        "      define = 'One text', sources = { 'U2' }, see = { 'bolt' },\n"     /* 11 */
        "      titel = 'x' },\n"                                                 /* 12 */
        "    { id = 'plain' },\n"                                                /* 13 */
        "  },\n"
        "}\n",
        1);
    has_line(out, "glossary.lua:6: terms[2].es: missing the Spanish names: write es = { "
                  "\"preferred name\", \"synonym\", ... }\n");
    has_line(out, "glossary.lua:7: terms[2].define: missing the Spanish definition: write "
                  "{ en = ..., es = ... }\n");
    has_line(out, "glossary.lua:8: terms[2].sources: 'U9' is not in the glossary's sources\n");
    has_line(out, "glossary.lua:9: terms[3].id: duplicate id 'slide' (also terms[1])\n");
    has_line(out, "glossary.lua:9: terms[3].en[2]: 'Pistol  Slide' is listed twice\n");
    has_line(out, "glossary.lua:10: terms[3].es[1]: 'Corredera' is already a Spanish name of "
                  "the term 'slide' (terms[1]): a name belongs to one term\n");
    has_line(out, "glossary.lua:11: terms[3].define: one text for both languages: write "
                  "define = { en = \"...\", es = \"...\" }, a definition in each language\n");
    has_line(out, "glossary.lua:11: terms[3].see: no term of this glossary has the id 'bolt'\n");
    has_line(out, "glossary.lua:12: terms[3].titel: unknown field\n");
    has_line(out, "glossary.lua:13: terms[4]: not a term: write term { id = ..., en = { ... }, "
                  "es = { ... }, define = ... }\n");
    free(out);
}
END_TEST

/* A file that names no sources, and a term that cites none, are warned about: every definition
 * needs its source. */
START_TEST(lint_warns_about_missing_sources)
{
    char *out = lint_glossary("return glossary {\n"
                              "  terms = {\n"
                              "    term { id = 'slide', en = { 'slide' }, es = { 'corredera' },\n"
                              "      define = { en = 'A part.', es = 'Una pieza.' } },\n"
                              "  },\n"
                              "}\n",
                              0);
    has_line(out, "glossary.lua:1: warning: sources: missing: name the sources of the "
                  "definitions, and cite their keys in each term\n");
    has_line(out, "glossary.lua:3: warning: terms[1].sources: missing: cite the keys of the "
                  "sources of the definition\n");
    free(out);
}
END_TEST

/* Two glossary files may share the course's terms out, but an id or a name is declared once. */
START_TEST(files_join_without_clashes)
{
    char *a = tu_write(dir, "a.lua", GLOSSARY_LUA);
    char *b = tu_write(dir, "b.lua",
                       "return glossary {\n"
                       "  sources = { { key = 'U2', text = 'UNODC' } },\n"
                       "  terms = {\n"
                       "    term { id = 'slide', en = { 'top slide' }, es = { 'corredera superior' },\n"
                       "      define = { en = 'x', es = 'x' }, sources = { 'U2' } },\n"
                       "    term { id = 'bolt', en = { 'bolt' }, es = { 'Receptor' },\n"
                       "      define = { en = 'x', es = 'x' }, sources = { 'U2' } },\n"
                       "    term { id = 'barrel', en = { 'barrel' }, es = { 'cañón' },\n"
                       "      define = { en = 'x', es = 'x' }, sources = { 'U2' } },\n"
                       "  },\n"
                       "}\n");
    tu_load_file(&cat, a, NULL);
    tu_load_file(&cat, b, NULL);
    ck_assert_uint_eq(cat.n_glossaries, 2);
    ck_assert_uint_eq(cat.glossaries[1].n, 1); /* barrel only */
    ck_assert_str_eq(cat.glossaries[1].terms[0].id, "barrel");
    const Problem *p = tu_problem_with(&cat, "glossary: the term 'slide' is already declared in ");
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p->file, b);
    ck_assert_int_eq(p->line, 4);
    p = tu_problem_with(&cat, "glossary: 'Receptor' (Spanish) is already a name of the term "
                              "'frame-or-receiver' in ");
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(p->line, 6);
    ck_assert_int_eq(p->level, PROBLEM_ERROR);
    free(a);
    free(b);
}
END_TEST

/* The terms cross from the loader's process to the shell intact, and a damaged stream is
 * refused. */
START_TEST(stream_round_trip)
{
    char *path = tu_write(dir, "glossary.lua", GLOSSARY_LUA);
    tu_load_file(&cat, path, NULL);
    free(path);
    ck_assert_uint_eq(cat.n_glossaries, 1);
    Problems p = {0};
    problems_add(&p, "g.lua", 3, PROBLEM_WARNING, "a warning");
    StrBuf b;
    strbuf_init(&b);
    modelio_write_glossary(&b, &cat.glossaries[0], &p);
    ck_assert(modelio_is_glossary(b.s, b.len));
    Glossary g;
    Problems got = {0};
    ck_assert(modelio_read_glossary(b.s, b.len, &g, &got));
    ck_assert_uint_eq(got.n, 1);
    ck_assert_str_eq(got.items[0].message, "a warning");
    ck_assert_uint_eq(g.n, 2);
    ck_assert_str_eq(g.terms[0].names[LANG_ES][1], "armazón");
    ck_assert_str_eq(ltext_get(&g.terms[1].define, LANG_ES), "Una pieza.");
    ck_assert_str_eq(g.terms[0].see[0], "slide");
    ck_assert_str_eq(g.terms[0].sources.keys[0], "U2");
    ck_assert_str_eq(g.sources[1].text, "27 CFR 478.92");
    ck_assert_int_eq(g.terms[0].line, 5);
    glossary_done(&g);
    for (size_t cut = 8; cut < b.len; cut += 7) {
        Problems none = {0};
        ck_assert(!modelio_read_glossary(b.s, cut, &g, &none));
        ck_assert_uint_eq(none.n, 0);
    }
    /* Not a glossary's stream: a module's. */
    StrBuf m;
    strbuf_init(&m);
    tu_modelio_write(&m, NULL, &p);
    ck_assert(!modelio_is_glossary(m.s, m.len));
    strbuf_done(&m);
    strbuf_done(&b);
    problems_done(&p);
    problems_done(&got);
}
END_TEST

/* The bundled glossary: clean under --strict, sixty terms and more, each with its names and
 * definition in both languages, and the region's terms where the course asks for them. */
START_TEST(bundled_glossary)
{
    char *out, *err;
    ck_assert_int_eq(tu_rastro_run(NULL, &out, &err, "lint", "--strict", "content/glossary.lua",
                                   NULL),
                     0);
    ck_assert_str_eq(out, "");
    free(out), free(err);
    tu_load_file(&cat, "content/glossary.lua", NULL);
    ck_assert_uint_eq(cat.problems.n, 0);
    ck_assert_uint_eq(cat.n_glossaries, 1);
    const Glossary *g = &cat.glossaries[0];
    ck_assert_uint_ge(g->n, 60);
    for (size_t i = 0; i < g->n; i++)
        for (int l = 0; l < LANG_COUNT; l++) {
            ck_assert_uint_ge(g->terms[i].n_names[l], 1);
            ck_assert(ltext_has(&g->terms[i].define, (Lang)l));
            ck_assert_uint_ge(g->terms[i].sources.n, 1);
        }
    static const struct {
        const char *id, *es;
    } regional[] = {
        {"frame-or-receiver", "cajón de mecanismos"}, {"single-action", "simple acción"},
        {"cock", "amartillar"},                       {"single-shot", "de un solo tiro"},
        {"firearms-examiner", "perito en balística"}, {"evidence", "indicio"},
        {"evidence", "elemento material probatorio"}, {"customs-release", "levante"},
        {"customs-release", "despacho aduanero"},     {"state-stockpile", "existencias estatales"},
    };
    for (size_t i = 0; i < sizeof regional / sizeof regional[0]; i++) {
        const Term *t = catalog_term(&cat, regional[i].id, NULL);
        ck_assert_msg(t, "no term '%s'", regional[i].id);
        bool found = false;
        for (size_t k = 0; k < t->n_names[LANG_ES] && !found; k++)
            found = strcmp(t->names[LANG_ES][k], regional[i].es) == 0;
        ck_assert_msg(found, "'%s' is not a Spanish name of '%s'", regional[i].es, regional[i].id);
    }
    /* The instruments the course names. */
    static const char *const instruments[] = {"iti", "firearms-protocol", "cifta", "att", "isacs",
                                              "iatg", "mosaic", "ifrt", "iarms", "etrace"};
    for (size_t i = 0; i < sizeof instruments / sizeof instruments[0]; i++)
        ck_assert_msg(catalog_term(&cat, instruments[i], NULL), "no term '%s'", instruments[i]);
}
END_TEST

Suite *glossary_suite(void)
{
    Suite *s = suite_create("glossary");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, search_ignores_case_and_accents);
    tcase_add_test(tc, search_ranks_what_it_finds);
    tcase_add_test(tc, terms_sort_by_preferred_name_in_the_language_shown);
    tcase_add_test(tc, missing_names_of_a_term);
    suite_add_tcase(s, tc);
    tc = tcase_create("load");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, glossary_file_loads);
    tcase_add_test(tc, lint_reports_each_mistake_at_its_line);
    tcase_add_test(tc, lint_warns_about_missing_sources);
    tcase_add_test(tc, files_join_without_clashes);
    tcase_add_test(tc, stream_round_trip);
    tcase_add_test(tc, bundled_glossary);
    suite_add_tcase(s, tc);
    return s;
}
