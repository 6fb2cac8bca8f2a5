/* Assessments in the database (core/store_assess.c): drafts and their append-only ratings, the
 * current rating and the history, a final assessment that neither rastro nor another program
 * can change, a new draft as a copy of the last final one, the previous assessment of a country,
 * the place to resume, and ratings acknowledged that survive a reopen and a kill -9. */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tui/core/store_assess.h"
#include "suites.h"
#include "testutil.h"

static char *dir, *db;
static Store *s;
static char err[512];

static void setup(void)
{
    dir = tu_tmpdir();
    ck_assert_ptr_nonnull(dir);
    db = xasprintf("%s/a.db", dir);
    s = tu_store_open(db, err, sizeof err);
    ck_assert_msg(s != NULL, "%s", err);
}

static void teardown(void)
{
    store_close(s);
    tu_rmrf(dir);
    free(dir);
    free(db);
}

/* A new draft of country on date; its id. */
static int64_t start(const char *country, const char *date)
{
    Assessment a = {.instrument_id = "regional", .instrument_version = 1,
                    .assessors = "Ana Pérez\nLuis Ramírez", .sources = "Ministry visit"};
    snprintf(a.country, sizeof a.country, "%s", country);
    snprintf(a.assessed_on, sizeof a.assessed_on, "%s", date);
    int64_t id = 0;
    ck_assert_msg(store_assessment_add(s, &a, &id, err, sizeof err), "%s", err);
    ck_assert_int_gt(id, 0);
    return id;
}

static void rate(int64_t id, const char *indicator, int level, const char *by)
{
    Rating r = {.indicator_id = (char *)indicator, .level = level, .rated_by = (char *)by,
                .evidence = "Seen the registry"};
    ck_assert_msg(store_rating_add(s, id, &r, NULL, err, sizeof err), "%s", err);
    ck_assert_int_gt(r.id, 0);
    ck_assert_uint_eq(strlen(r.uid), 32);
}

static Assessment get(int64_t id)
{
    Assessment a;
    bool found;
    ck_assert(store_assessment_get(s, id, &a, &found, err, sizeof err));
    ck_assert(found);
    return a;
}

START_TEST(draft_is_stored_as_given)
{
    int64_t id = start("hn", "2026-03-02");
    Assessment a = get(id);
    ck_assert_str_eq(a.country, "HN");
    ck_assert_str_eq(a.instrument_id, "regional");
    ck_assert_str_eq(a.assessed_on, "2026-03-02");
    ck_assert_str_eq(a.assessors, "Ana Pérez\nLuis Ramírez");
    ck_assert_str_eq(a.sources, "Ministry visit");
    ck_assert_int_eq(a.status, ASSESS_DRAFT);
    ck_assert_str_eq(a.finalised_at, "");
    ck_assert_ptr_null(a.copied_from);
    ck_assert_uint_eq(strlen(a.uid), 32);
    ck_assert_uint_gt(strlen(a.created_at), 10);
    Assessment f;
    bool found;
    char prefix[9];
    memcpy(prefix, a.uid, 8);
    prefix[8] = '\0';
    ck_assert(store_assessment_find(s, prefix, &f, &found, err, sizeof err) && found);
    ck_assert_int_eq(f.id, id);
    assessment_done(&f);
    ck_assert(store_assessment_find(s, "notanid", &f, &found, err, sizeof err) && !found);
    assessment_done(&a);
    /* what is not a country or a date is refused, with nothing written */
    Assessment bad = {.country = "QQ", .instrument_id = "regional", .assessed_on = "2026-03-02"};
    int64_t other;
    ck_assert(!store_assessment_add(s, &bad, &other, err, sizeof err));
    ck_assert(strstr(err, "QQ"));
    bad = (Assessment){.country = "HN", .instrument_id = "regional", .assessed_on = "2026-02-30"};
    ck_assert(!store_assessment_add(s, &bad, &other, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM assessment"), 1);
}
END_TEST

START_TEST(ratings_are_appended_and_the_latest_is_current)
{
    int64_t id = start("GT", "2026-01-10");
    rate(id, "legal.ratified", 1, "Ana");
    rate(id, "marking.import", 3, "Ana");
    rate(id, "legal.ratified", 2, "Luis");
    Rating na = {.indicator_id = "marking.manufacture", .not_applicable = true,
                 .reason = "no national manufacture", .rated_by = "Luis"};
    ck_assert(store_rating_add(s, id, &na, NULL, err, sizeof err));
    Rating *cur;
    size_t n;
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    ck_assert_uint_eq(n, 3);
    const Rating *r = rating_find(cur, n, "legal.ratified");
    ck_assert_int_eq(r->level, 2);
    ck_assert_str_eq(r->rated_by, "Luis");
    ck_assert_str_eq(r->evidence, "Seen the registry");
    ck_assert(!r->measured);
    r = rating_find(cur, n, "marking.manufacture");
    ck_assert(r->not_applicable);
    ck_assert_int_eq(rating_level(r), ASSESS_NA);
    ck_assert_str_eq(r->reason, "no national manufacture");
    rating_list_free(cur, n);
    /* the history keeps who rated what and when, oldest first */
    Rating *h;
    ck_assert(store_rating_history(s, id, "legal.ratified", &h, &n, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(h[0].level, 1);
    ck_assert_str_eq(h[0].rated_by, "Ana");
    ck_assert_int_eq(h[1].level, 2);
    ck_assert(strcmp(h[0].rated_at, h[1].rated_at) <= 0);
    rating_list_free(h, n);
    ck_assert(store_rating_history(s, id, NULL, &h, &n, err, sizeof err));
    ck_assert_uint_eq(n, 4);
    rating_list_free(h, n);
    /* a measured level is kept with the value it came from */
    Rating m = {.indicator_id = "training", .level = 2, .measured = true, .measured_level = 2,
                .measured_value = 47.5};
    ck_assert(store_rating_add(s, id, &m, NULL, err, sizeof err));
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    r = rating_find(cur, n, "training");
    ck_assert(r->measured && r->measured_level == 2);
    ck_assert_double_eq_tol(r->measured_value, 47.5, 1e-9);
    rating_list_free(cur, n);
    /* a withdrawn rating is current and unrated */
    Rating w = {.indicator_id = "training", .level = ASSESS_UNRATED};
    ck_assert(store_rating_add(s, id, &w, NULL, err, sizeof err));
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    ck_assert_int_eq(rating_level(rating_find(cur, n, "training")), ASSESS_UNRATED);
    rating_list_free(cur, n);
    /* the store refuses what no level is */
    Rating bad = {.indicator_id = "x", .level = 5};
    ck_assert(!store_rating_add(s, id, &bad, NULL, err, sizeof err));
    ck_assert(!store_rating_add(s, 9999, &w, NULL, err, sizeof err));
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM rating"), 6);
}
END_TEST

/* Runs sql on the database file with sqlite3 itself, as another program would; its result. */
static int raw(const char *sql)
{
    sqlite3 *h;
    ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_busy_timeout(h, 5000);
    int rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
    sqlite3_close(h);
    return rc;
}

START_TEST(final_is_read_only_in_core_and_in_the_database)
{
    int64_t id = start("SV", "2026-01-10");
    rate(id, "legal.ratified", 3, "Ana");
    ck_assert_msg(store_assessment_finalise(s, id, err, sizeof err), "%s", err);
    Assessment a = get(id);
    ck_assert_int_eq(a.status, ASSESS_FINAL);
    ck_assert_uint_gt(strlen(a.finalised_at), 10);
    /* core refuses */
    Rating r = {.indicator_id = "legal.ratified", .level = 4};
    ck_assert(!store_rating_add(s, id, &r, NULL, err, sizeof err));
    ck_assert(strstr(err, "final"));
    ck_assert(!store_assessment_finalise(s, id, err, sizeof err));
    free(a.assessors);
    a.assessors = xstrdup("Someone else");
    ck_assert(!store_assessment_update(s, &a, err, sizeof err));
    assessment_done(&a);
    /* and so does the database, whoever writes to it */
    char *sql = xasprintf("INSERT INTO rating(uid, assessment_id, indicator_id, level) "
                          "VALUES ('x1', %lld, 'legal.ratified', 4)", (long long)id);
    ck_assert_int_eq(raw(sql), SQLITE_CONSTRAINT);
    free(sql);
    ck_assert_int_eq(raw("UPDATE rating SET level = 4"), SQLITE_CONSTRAINT);
    ck_assert_int_eq(raw("DELETE FROM rating"), SQLITE_CONSTRAINT);
    ck_assert_int_eq(raw("UPDATE assessment SET status = 'draft'"), SQLITE_CONSTRAINT);
    ck_assert_int_eq(raw("UPDATE assessment SET assessors = 'x'"), SQLITE_CONSTRAINT);
    ck_assert_int_eq(raw("DELETE FROM assessment"), SQLITE_CONSTRAINT);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM rating WHERE level = 3"), 1);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM rating"), 1);
    /* a rating is never changed, even in a draft: the change is a new rating */
    int64_t d = start("SV", "2026-02-10");
    rate(d, "legal.ratified", 1, "Ana");
    ck_assert_int_eq(raw("UPDATE rating SET level = 2 WHERE level = 1"), SQLITE_CONSTRAINT);
    /* a draft can be changed and finalised */
    Assessment da = get(d);
    snprintf(da.assessed_on, sizeof da.assessed_on, "2026-02-11");
    ck_assert_msg(store_assessment_update(s, &da, err, sizeof err), "%s", err);
    assessment_done(&da);
    da = get(d);
    ck_assert_str_eq(da.assessed_on, "2026-02-11");
    assessment_done(&da);
}
END_TEST

START_TEST(new_draft_as_a_copy_of_the_last_final)
{
    Assessment a = {.country = "HN", .instrument_id = "regional", .instrument_version = 2,
                    .assessed_on = "2027-01-05", .assessors = "Kim"};
    int64_t id;
    size_t copied = 99;
    /* nothing final yet: refused, nothing written */
    ck_assert(!store_assessment_copy_last(s, &a, &id, &copied, err, sizeof err));
    ck_assert_uint_eq(copied, 0);
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM assessment"), 0);
    int64_t older = start("HN", "2025-01-10");
    rate(older, "legal.ratified", 1, "Ana");
    ck_assert(store_assessment_finalise(s, older, err, sizeof err));
    int64_t last = start("HN", "2026-01-10");
    rate(last, "legal.ratified", 1, "Ana");
    rate(last, "legal.ratified", 2, "Luis");
    rate(last, "marking.import", 3, "Ana");
    rate(last, "withdrawn", 3, "Ana");
    Rating w = {.indicator_id = "withdrawn", .level = ASSESS_UNRATED};
    ck_assert(store_rating_add(s, last, &w, NULL, err, sizeof err));
    ck_assert(store_assessment_finalise(s, last, err, sizeof err));
    start("HN", "2026-06-10"); /* a draft is not copied */
    start("GT", "2026-07-10"); /* nor another country's */
    ck_assert_msg(store_assessment_copy_last(s, &a, &id, &copied, err, sizeof err), "%s", err);
    ck_assert_uint_eq(copied, 2);
    Assessment got = get(id);
    Assessment src = get(last);
    ck_assert_int_eq(got.status, ASSESS_DRAFT);
    ck_assert_int_eq(got.instrument_version, 2);
    ck_assert_str_eq(got.copied_from, src.uid);
    Rating *cur, *old;
    size_t n, n_old;
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    ck_assert(store_ratings_current(s, last, &old, &n_old, err, sizeof err));
    ck_assert_uint_eq(n, 2);
    const Rating *r = rating_find(cur, n, "legal.ratified");
    const Rating *o = rating_find(old, n_old, "legal.ratified");
    ck_assert_int_eq(r->level, 2);
    ck_assert_str_eq(r->rated_by, "Luis");
    ck_assert_str_eq(r->rated_at, o->rated_at);
    ck_assert_str_eq(r->copied_from, o->uid);
    ck_assert_str_ne(r->uid, o->uid);
    rating_list_free(cur, n);
    rating_list_free(old, n_old);
    /* the copy is a draft: it takes new ratings, which become current */
    rate(id, "legal.ratified", 3, "Kim");
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    ck_assert_int_eq(rating_find(cur, n, "legal.ratified")->level, 3);
    rating_list_free(cur, n);
    assessment_done(&got);
    assessment_done(&src);
}
END_TEST

START_TEST(previous_final_of_the_country)
{
    int64_t a = start("PA", "2024-05-01");
    int64_t b = start("PA", "2025-05-01");
    int64_t c = start("PA", "2026-05-01");
    int64_t other = start("CR", "2025-12-01");
    ck_assert(store_assessment_finalise(s, a, err, sizeof err));
    ck_assert(store_assessment_finalise(s, other, err, sizeof err));
    Assessment now = get(c), prev;
    bool found;
    ck_assert(store_assessment_previous(s, &now, &prev, &found, err, sizeof err));
    ck_assert(found);
    ck_assert_int_eq(prev.id, a); /* b is a draft */
    assessment_done(&prev);
    ck_assert(store_assessment_finalise(s, b, err, sizeof err));
    ck_assert(store_assessment_previous(s, &now, &prev, &found, err, sizeof err) && found);
    ck_assert_int_eq(prev.id, b);
    assessment_done(&prev);
    assessment_done(&now);
    now = get(a);
    ck_assert(store_assessment_previous(s, &now, &prev, &found, err, sizeof err));
    ck_assert(!found);
    assessment_done(&now);
    ck_assert(store_assessment_last_final(s, "pa", "regional", &prev, &found, err, sizeof err));
    ck_assert(found && prev.id == b);
    assessment_done(&prev);
    Assessment *list;
    size_t n;
    ck_assert(store_assessment_list(s, "PA", &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 3);
    ck_assert_str_eq(list[0].assessed_on, "2024-05-01");
    ck_assert_int_eq(list[2].status, ASSESS_DRAFT);
    assessment_list_free(list, n);
    ck_assert(store_assessment_list(s, NULL, &list, &n, err, sizeof err));
    ck_assert_uint_eq(n, 4);
    ck_assert_str_eq(list[0].country, "CR");
    assessment_list_free(list, n);
}
END_TEST

START_TEST(place_saved_with_the_rating)
{
    int64_t id = start("BZ", "2026-01-10");
    char *place;
    ck_assert(store_assessment_place_get(s, id, &place, err, sizeof err));
    ck_assert_ptr_null(place);
    Rating r = {.indicator_id = "legal.ratified", .level = 2};
    ck_assert(store_rating_add(s, id, &r, "legal.criminalised", err, sizeof err));
    ck_assert(store_assessment_place_get(s, id, &place, err, sizeof err));
    ck_assert_str_eq(place, "legal.criminalised");
    free(place);
    ck_assert(store_assessment_place_save(s, id, "marking.import", err, sizeof err));
    ck_assert(store_assessment_place_get(s, id, &place, err, sizeof err));
    ck_assert_str_eq(place, "marking.import");
    free(place);
}
END_TEST

START_TEST(rating_acknowledged_is_on_disk_after_reopen)
{
    int64_t id = start("JM", "2026-01-10");
    rate(id, "legal.ratified", 4, "Ana");
    /* another connection sees it at once, and so does a reopened store */
    ck_assert_int_eq(tu_sql_int(db, "SELECT level FROM rating"), 4);
    store_close(s);
    s = tu_store_open(db, err, sizeof err);
    ck_assert(s);
    Rating *cur;
    size_t n;
    ck_assert(store_ratings_current(s, id, &cur, &n, err, sizeof err));
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(cur[0].level, 4);
    rating_list_free(cur, n);
}
END_TEST

/* A child process writes ratings one after another, telling the parent after each one is
 * acknowledged; the parent kills it with SIGKILL after some of them. Every rating acknowledged
 * is in the database, which is sound. */
START_TEST(kill_9_loses_no_acknowledged_rating)
{
    int64_t id = start("TT", "2026-01-10");
    store_close(s);
    s = NULL;
    for (int round = 0; round < 3; round++) {
        int fds[2];
        ck_assert_int_eq(pipe(fds), 0);
        pid_t pid = fork();
        ck_assert_int_ge(pid, 0);
        if (pid == 0) {
            close(fds[0]);
            char e[256];
            Store *cs = tu_store_open(db, e, sizeof e);
            if (!cs)
                _exit(2);
            for (int i = 0;; i++) {
                char ind[32];
                snprintf(ind, sizeof ind, "r%d.i%d", round, i);
                Rating r = {.indicator_id = ind, .level = i % 5, .rated_by = "child"};
                if (!store_rating_add(cs, id, &r, ind, e, sizeof e))
                    _exit(3);
                int ack = i + 1;
                if (write(fds[1], &ack, sizeof ack) != sizeof ack)
                    _exit(4);
            }
        }
        close(fds[1]);
        int ack = 0, got;
        int want = 5 + 7 * round;
        while (ack < want && read(fds[0], &got, sizeof got) == sizeof got)
            ack = got;
        kill(pid, SIGKILL);
        /* acknowledgements already on their way count too */
        while (read(fds[0], &got, sizeof got) == sizeof got)
            ack = got;
        close(fds[0]);
        int status;
        waitpid(pid, &status, 0);
        ck_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        char *sql = xasprintf("SELECT count(*) FROM rating WHERE indicator_id LIKE 'r%d.%%'", round);
        long long on_disk = tu_sql_int(db, sql);
        free(sql);
        ck_assert_msg(on_disk >= ack, "round %d: %d acknowledged, %lld on disk", round, ack,
                      on_disk);
        ck_assert_int_le(on_disk, ack + 1); /* at most the one being written when killed */
    }
    ck_assert_int_eq(tu_sql_int(db, "SELECT count(*) FROM pragma_integrity_check "
                                    "WHERE integrity_check = 'ok'"), 1);
    s = tu_store_open(db, err, sizeof err);
    ck_assert(s);
    char *place;
    ck_assert(store_assessment_place_get(s, id, &place, err, sizeof err));
    ck_assert_ptr_nonnull(place);
    ck_assert(strncmp(place, "r2.i", 4) == 0);
    free(place);
}
END_TEST

START_TEST(older_database_migrates_to_take_assessments)
{
    char *old = xasprintf("%s/v2.db", dir);
    char *cmd = xasprintf("cp tests/fixtures/schema-v2.db '%s'", old);
    ck_assert_int_eq(system(cmd), 0);
    free(cmd);
    Store *o = tu_store_open(old, err, sizeof err);
    ck_assert_msg(o != NULL, "%s", err);
    ck_assert_int_eq(tu_sql_int(old, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
    ck_assert_int_ge(STORE_SCHEMA_VERSION, 6);
    Assessment a = {.country = "HN", .instrument_id = "regional", .assessed_on = "2026-01-01"};
    int64_t id;
    ck_assert_msg(store_assessment_add(o, &a, &id, err, sizeof err), "%s", err);
    Rating r = {.indicator_id = "legal.ratified", .level = 1};
    ck_assert(store_rating_add(o, id, &r, NULL, err, sizeof err));
    store_close(o);
    ck_assert_int_eq(tu_sql_int(old, "SELECT count(*) FROM trainee"), 2);
    ck_assert_int_eq(tu_sql_int(old, "SELECT count(*) FROM rating"), 1);
    free(old);
}
END_TEST

Suite *store_assess_suite(void)
{
    Suite *su = suite_create("store_assess");
    TCase *tc = tcase_create("assessments");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, draft_is_stored_as_given);
    tcase_add_test(tc, ratings_are_appended_and_the_latest_is_current);
    tcase_add_test(tc, final_is_read_only_in_core_and_in_the_database);
    tcase_add_test(tc, new_draft_as_a_copy_of_the_last_final);
    tcase_add_test(tc, previous_final_of_the_country);
    tcase_add_test(tc, place_saved_with_the_rating);
    tcase_add_test(tc, older_database_migrates_to_take_assessments);
    suite_add_tcase(su, tc);
    tc = tcase_create("durability");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, rating_acknowledged_is_on_disk_after_reopen);
    tcase_add_test(tc, kill_9_loses_no_acknowledged_rating);
    suite_add_tcase(su, tc);
    return su;
}
