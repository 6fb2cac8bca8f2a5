/* Results bundles between offline laptops: round trip, re-import adds nothing, and a truncated,
 * corrupted or tampered bundle is refused with the target database unchanged. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tui/core/bundle.h"
#include "../tui/core/outfile.h"
#include "../tui/core/sha256.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db_a, *db_b, *bundle;
static Store *a, *b;
static char err[512];

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    ck_assert_int_ge(asprintf(&db_a, "%s/laptop.db", dir), 0);
    ck_assert_int_ge(asprintf(&db_b, "%s/server.db", dir), 0);
    ck_assert_int_ge(asprintf(&bundle, "%s/results.rastro", dir), 0);
    a = tu_store_open(db_a, err, sizeof err);
    b = tu_store_open(db_b, err, sizeof err);
    ck_assert(a && b);
}

static void teardown(void)
{
    store_close(a);
    store_close(b);
    tu_rmrf(dir);
    free(dir);
    free(db_a);
    free(db_b);
    free(bundle);
}

/* A laptop's workshop: two trainees, an attempt each, a few answers (one generated). Returns
 * the first attempt's id. */
static int64_t workshop(void)
{
    int64_t first = 0;
    for (int t = 0; t < 2; t++) {
        Trainee tr = {.name = t ? "Luz Díaz" : "Ana Pérez", .agency = "PNC", .country = "HN"};
        ck_assert(store_trainee_add(a, &tr, err, sizeof err));
        AttemptRow row = {.trainee_id = tr.id, .module_id = "safety", .module_version = 1,
                          .seed = 99};
        int64_t att;
        ck_assert(store_attempt_start(a, &row, &att, err, sizeof err));
        if (!first)
            first = att;
        for (int i = 0; i < 3; i++) {
            AnswerRow ans = {.attempt_id = att, .question_id = i ? "q" : "gen", .position = i + 1,
                             .response = "1", .score = 0.5 * i, .max_score = 1,
                             .has_seed = i == 0, .seed = 1234, .try_no = 1, .final = true};
            ck_assert(store_answer_add(a, &ans, err, sizeof err));
        }
    }
    return first;
}

/* Every row of a database that a bundle carries, as one text, to compare databases. */
static char *rows(const char *db)
{
    char *argv[] = {"/usr/bin/sqlite3", (char *)db,
                    "SELECT uid, name, country FROM trainee ORDER BY uid;"
                    "SELECT a.uid, t.uid, a.finished_at, a.score, a.seed FROM attempt a JOIN trainee t "
                    "ON t.id = a.trainee_id ORDER BY a.uid;"
                    "SELECT n.uid, a.uid, n.question_id, n.score, n.seed, n.final FROM answer n "
                    "JOIN attempt a ON a.id = n.attempt_id ORDER BY n.uid;",
                    NULL};
    char *out = NULL, *errout = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &errout), 0);
    free(errout);
    return out;
}

/* Exports a's records (of workshop wid, 0 for all) to bundle as `rastro export --force` does:
 * written beside it and put in its place when complete; whether it was. */
static bool export_to(int64_t wid, bool anonymize, BundleCounts *n)
{
    OutPolicy policy = {.force = true, .binary = true, .need_path = true,
                        .replaceable = bundle_is_bundle};
    OutFile o;
    if (!outfile_open(&o, bundle, &policy, err, sizeof err))
        return false;
    if (!bundle_export(a, outfile_work_path(&o), wid, anonymize, n, err, sizeof err)) {
        outfile_abort(&o);
        return false;
    }
    return outfile_commit(&o, err, sizeof err);
}

static void export_ok(bool anonymize)
{
    BundleCounts n;
    ck_assert_msg(export_to(0, anonymize, &n), "%s", err);
}

START_TEST(round_trip_and_reimport_adds_nothing)
{
    workshop();
    export_ok(false);
    struct stat st;
    ck_assert_int_eq(stat(bundle, &st), 0);
    ck_assert_int_eq(st.st_mode & 0777, 0600);
    BundleCounts n;
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.trainees, 2);
    ck_assert_int_eq(n.attempts, 2);
    ck_assert_int_eq(n.answers, 6);
    char *ra = rows(db_a), *rb = rows(db_b);
    ck_assert_str_eq(ra, rb);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM answer WHERE seed = 1234"), 2);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(n.trainees + n.attempts + n.answers, 0);
    char *again = rows(db_b);
    ck_assert_str_eq(again, rb);
    free(ra);
    free(rb);
    free(again);
}
END_TEST

START_TEST(an_attempt_finished_later_is_completed)
{
    int64_t att = workshop();
    export_ok(false);
    BundleCounts n;
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert(store_attempt_finish(a, att, 1.5, 3, err, sizeof err));
    AttemptRow row = {.trainee_id = 1, .module_id = "safety", .module_version = 1};
    int64_t more;
    ck_assert(store_attempt_start(a, &row, &more, err, sizeof err));
    export_ok(false);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(n.attempts, 1);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM attempt WHERE finished_at IS NOT NULL "
                                      "AND score = 1.5"), 1);
}
END_TEST

/* One workshop's bundle carries its roster and their work only; the same workshop made on two
 * machines (two uids, one name) is merged into one roster. */
START_TEST(workshop_bundle_carries_its_roster_only)
{
    workshop(); /* Ana and Luz, with attempts */
    Trainee other = {.name = "Other", .agency = "", .country = "MX"};
    ck_assert(store_trainee_add(a, &other, err, sizeof err));
    Workshop wa = {.name = "Taller Honduras", .country = "HN", .starts = "2026-11-20",
                   .instructor = "Ana"};
    ck_assert(store_workshop_add(a, &wa, err, sizeof err));
    ck_assert(store_workshop_join(a, wa.id, 1, err, sizeof err)); /* Ana */
    ck_assert(store_workshop_join(a, wa.id, 2, err, sizeof err)); /* Luz */
    Workshop elsewhere = {.name = "Otro taller", .country = "MX"};
    ck_assert(store_workshop_add(a, &elsewhere, err, sizeof err));
    ck_assert(store_workshop_join(a, elsewhere.id, other.id, err, sizeof err));
    /* The server already has the workshop, set up on its own. */
    Workshop wb = {.name = "Taller Honduras", .country = "HN", .starts = "2026-11-20"};
    ck_assert(store_workshop_add(b, &wb, err, sizeof err));
    ck_assert_str_ne(wa.uid, wb.uid);
    BundleCounts n;
    ck_assert_msg(export_to(wa.id, false, &n), "%s", err);
    ck_assert_int_eq(n.trainees, 2);
    ck_assert_int_eq(n.attempts, 2);
    ck_assert_int_eq(n.answers, 6);
    ck_assert_msg(bundle_import(b, bundle, &n, err, sizeof err), "%s", err);
    ck_assert_int_eq(n.trainees, 2);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM trainee WHERE name = 'Other'"), 0);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM workshop"), 1);
    Trainee *list;
    size_t count;
    ck_assert(store_roster(b, wb.id, &list, &count, err, sizeof err));
    ck_assert_uint_eq(count, 2);
    ck_assert_str_eq(list[0].name, "Ana Pérez");
    trainee_list_free(list, count);
    /* Whole-database bundles carry every workshop; importing twice changes nothing. */
    ck_assert_msg(export_to(0, false, &n), "%s", err);
    ck_assert_int_eq(n.trainees, 3);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_int_eq(n.trainees, 1);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM workshop"), 2);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM workshop_member"), 3);
    char *before = rows(db_b);
    ck_assert(bundle_import(b, bundle, &n, err, sizeof err));
    char *after = rows(db_b);
    ck_assert_str_eq(before, after);
    ck_assert_int_eq(tu_sql_int(db_b, "SELECT count(*) FROM workshop_member"), 3);
    free(before);
    free(after);
    /* Anonymized bundles leave out the instructor's name too. */
    ck_assert_msg(export_to(wa.id, true, &n), "%s", err);
    char *argv[] = {"/usr/bin/sqlite3", bundle, "SELECT instructor || '|' || name FROM workshop",
                    NULL};
    char *out = NULL, *errout = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &errout), 0);
    ck_assert_str_eq(out, "|Taller Honduras\n");
    free(out);
    free(errout);
}
END_TEST

/* Import of a bad bundle: refused with words containing expect, and b exactly as before. */
static void refused(const char *expect)
{
    char *before = rows(db_b);
    BundleCounts n;
    ck_assert(!bundle_import(b, bundle, &n, err, sizeof err));
    ck_assert_msg(strstr(err, expect) != NULL, "'%s' does not say '%s'", err, expect);
    char *after = rows(db_b);
    ck_assert_str_eq(before, after);
    free(before);
    free(after);
}

static void truncate_bundle(long keep)
{
    FILE *f = fopen(bundle, "r+b");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(ftruncate(fileno(f), keep), 0);
    fclose(f);
}

START_TEST(truncated_bundles_are_refused)
{
    workshop();
    /* Something is in b already, and must stay as it is. */
    Trainee other = {.name = "Ed", .agency = "", .country = "JM"};
    ck_assert(store_trainee_add(b, &other, err, sizeof err));
    const long cuts[] = {0, 100, 4096, 12288};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        unlink(bundle); /* a damaged bundle is not one that an export replaces */
        export_ok(false);
        truncate_bundle(cuts[i]);
        refused("bundle");
    }
}
END_TEST

START_TEST(corrupted_and_tampered_bundles_are_refused)
{
    workshop();
    export_ok(false);
    /* Flip bytes where a row is stored: the name of the second trainee. */
    FILE *f = fopen(bundle, "r+b");
    ck_assert_ptr_nonnull(f);
    static char buf[1 << 16];
    size_t size = fread(buf, 1, sizeof buf, f);
    char *at = memmem(buf, size, "Luz D", 5);
    ck_assert_ptr_nonnull(at);
    for (int i = 0; i < 5; i++) {
        fseek(f, (long)(at - buf) + i, SEEK_SET);
        fputc(at[i] ^ 0x20, f);
    }
    fclose(f);
    refused("bundle");

    export_ok(false);
    char *argv[] = {"/usr/bin/sqlite3", bundle, "UPDATE answer SET score = 1", NULL};
    char *out = NULL, *errout = NULL;
    ck_assert_int_eq(tu_run(argv, &out, &errout), 0);
    free(out);
    free(errout);
    refused("changed after it was exported");

    /* An ordinary database is not a bundle. */
    free(bundle);
    bundle = xstrdup(db_a);
    refused("not a rastro results bundle");
}
END_TEST

START_TEST(anonymized_names_are_stable_pseudonyms)
{
    workshop();
    export_ok(true);
    char *argv[] = {"/usr/bin/sqlite3", bundle, "SELECT name || '|' || agency FROM trainee ORDER BY uid", NULL};
    char *first = NULL, *second = NULL, *e1 = NULL, *e2 = NULL;
    ck_assert_int_eq(tu_run(argv, &first, &e1), 0);
    ck_assert_ptr_null(strstr(first, "Ana"));
    ck_assert_ptr_null(strstr(first, "PNC"));
    ck_assert_ptr_nonnull(strstr(first, "Trainee "));
    export_ok(true);
    ck_assert_int_eq(tu_run(argv, &second, &e2), 0);
    ck_assert_str_eq(first, second);
    free(first);
    free(second);
    free(e1);
    free(e2);
}
END_TEST

/* The checksum is SHA-256: FIPS 180-4's own examples, and a long message fed in pieces. */
START_TEST(sha256_known_answers)
{
    static const struct { const char *in, *out; } v[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    };
    char hex[65];
    Sha256 h;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        sha256_init(&h);
        sha256_add(&h, v[i].in, strlen(v[i].in));
        sha256_hex(&h, hex);
        ck_assert_str_eq(hex, v[i].out);
    }
    char many[1000];
    memset(many, 'a', sizeof many);
    sha256_init(&h);
    for (int i = 0; i < 1000; i++)
        sha256_add(&h, many, sizeof many);
    sha256_hex(&h, hex);
    ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

/* The million a's in pieces of 7 bytes, so that blocks straddle the pieces. */
START_TEST(sha256_in_pieces)
{
    Sha256 h;
    sha256_init(&h);
    char seven[7];
    memset(seven, 'a', sizeof seven);
    for (int i = 0; i < 1000000 / 7; i++)
        sha256_add(&h, seven, sizeof seven);
    sha256_add(&h, seven, 1000000 % 7);
    char hex[65];
    sha256_hex(&h, hex);
    ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
END_TEST

/* A bundle made without the processor's SHA instructions (the C library told that SSE4.1, which
 * they are used with, is not there) carries the checksum of one made with them, and imports. */
START_TEST(checksum_with_and_without_the_processors_instructions)
{
    workshop();
    char *plain;
    ck_assert_int_ge(asprintf(&plain, "%s/plain.rastro", dir), 0);
    static char no_sha_ni[] = "GLIBC_TUNABLES=glibc.cpu.hwcaps=-SSE4_1";
    char *const env[] = {no_sha_ni, NULL};
    ck_assert_int_eq(tu_rastro_run(&(TuRunOptions){.env = env}, NULL, NULL, "--db", db_a,
                                   "export", "-o", plain, NULL), 0);
    ck_assert_int_eq(tu_rastro_run(NULL, NULL, NULL, "--db", db_a, "export", "-o", bundle, NULL),
                     0);
    static const char sum[] = "SELECT value FROM meta WHERE key = 'checksum'";
    char *slow = tu_peer_text(plain, sum, 0), *fast = tu_peer_text(bundle, sum, 0);
    ck_assert_str_eq(slow, fast);
    ck_assert_int_eq(tu_rastro_run(NULL, NULL, NULL, "--db", db_b, "import", plain, NULL), 0);
    free(slow);
    free(fast);
    free(plain);
}
END_TEST

/* The command line: export and import as a workshop organiser runs them. */
START_TEST(command_line_export_and_import)
{
    workshop();
    char *argv_exp[] = {(char *)tu_rastro(), "--db", db_a, "export", "-o", bundle, NULL};
    char *out = NULL, *e = NULL;
    ck_assert_int_eq(tu_run(argv_exp, &out, &e), 0);
    ck_assert_ptr_nonnull(strstr(out, "2 trainees, 2 attempts, 6 answers"));
    free(out);
    free(e);
    char *argv_imp[] = {(char *)tu_rastro(), "--db", db_b, "import", bundle, NULL};
    ck_assert_int_eq(tu_run(argv_imp, &out, &e), 0);
    ck_assert_ptr_nonnull(strstr(out, "added 2 trainees, 2 attempts, 6 answers"));
    free(out);
    free(e);
    ck_assert_int_eq(tu_run(argv_imp, &out, &e), 0);
    ck_assert_ptr_nonnull(strstr(out, "added 0 trainees, 0 attempts, 0 answers"));
    free(out);
    free(e);
    truncate_bundle(1000);
    ck_assert_int_eq(tu_run(argv_imp, &out, &e), 1);
    ck_assert_ptr_nonnull(strstr(e, "nothing was imported"));
    free(out);
    free(e);
    char *argv_bad[] = {(char *)tu_rastro(), "--db", db_a, "export", NULL};
    ck_assert_int_eq(tu_run(argv_bad, &out, &e), 2);
    ck_assert_ptr_nonnull(strstr(e, "usage: rastro export"));
    free(out);
    free(e);
}
END_TEST

Suite *bundle_suite(void)
{
    Suite *s = suite_create("bundle");
    TCase *tc = tcase_create("bundle");
    tcase_set_timeout(tc, 60);
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, round_trip_and_reimport_adds_nothing);
    tcase_add_test(tc, an_attempt_finished_later_is_completed);
    tcase_add_test(tc, workshop_bundle_carries_its_roster_only);
    tcase_add_test(tc, truncated_bundles_are_refused);
    tcase_add_test(tc, corrupted_and_tampered_bundles_are_refused);
    tcase_add_test(tc, anonymized_names_are_stable_pseudonyms);
    tcase_add_test(tc, command_line_export_and_import);
    tcase_add_test(tc, sha256_known_answers);
    tcase_add_test(tc, sha256_in_pieces);
    tcase_add_test(tc, checksum_with_and_without_the_processors_instructions);
    suite_add_tcase(s, tc);
    return s;
}
