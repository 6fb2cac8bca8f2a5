/* The assessment rules of core/assess.c on hand-computed cases: pillar scores with weights, not
 * applicable and unrated indicators, gates, bands and their boundaries, the overall score,
 * strengths and gaps, the change since an earlier assessment, the checks on a rating, where to
 * resume and what recommendation rules see. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../tui/core/assess.h"
#include "suites.h"

/* ---- building instruments and ratings by hand ---- */

static void add_pillar(Instrument *inst, const char *id)
{
    inst->pillars = xrealloc(inst->pillars, (inst->n_pillars + 1) * sizeof *inst->pillars);
    Pillar *p = &inst->pillars[inst->n_pillars++];
    memset(p, 0, sizeof *p);
    p->id = xstrdup(id);
}

/* An indicator in the last pillar. */
static void add_ind(Instrument *inst, const char *id, bool critical, double weight, bool na)
{
    Pillar *p = &inst->pillars[inst->n_pillars - 1];
    p->indicators = xrealloc(p->indicators, (p->n_indicators + 1) * sizeof *p->indicators);
    Indicator *ind = &p->indicators[p->n_indicators++];
    memset(ind, 0, sizeof *ind);
    ind->id = xstrdup(id);
    ind->critical = critical;
    ind->weight = weight;
    ind->na_allowed = na;
}

#define MAX_R 32
static Rating rs[MAX_R];
static size_t n_rs;

static void rate(const char *id, int level)
{
    ck_assert_uint_lt(n_rs, MAX_R);
    rs[n_rs++] = (Rating){.indicator_id = (char *)id, .level = level};
}

static void rate_na(const char *id)
{
    ck_assert_uint_lt(n_rs, MAX_R);
    rs[n_rs++] = (Rating){.indicator_id = (char *)id, .level = ASSESS_UNRATED,
                          .not_applicable = true, .reason = "no national manufacture"};
}

static Instrument *inst;
static AssessResult res;

static void setup(void)
{
    inst = instrument_new();
    n_rs = 0;
    memset(&res, 0, sizeof res);
}

static void teardown(void)
{
    assess_result_done(&res);
    instrument_free(inst);
}

static void score(void)
{
    assess_result_done(&res);
    assess_score(inst, rs, n_rs, &res);
}

#define ck_score(got, want) ck_assert_double_eq_tol((got), (want), 1e-9)

/* One pillar of four plain indicators a, b, c, d. */
static void four_plain(void)
{
    add_pillar(inst, "p");
    add_ind(inst, "a", false, 1, true);
    add_ind(inst, "b", false, 1, true);
    add_ind(inst, "c", false, 1, true);
    add_ind(inst, "d", false, 1, true);
}

/* ---- pillar scores ---- */

START_TEST(pillar_score_is_mean_level_times_25)
{
    four_plain();
    rate("a", 2);
    rate("b", 3);
    rate("c", 4);
    rate("d", 3);
    score();
    /* (2 + 3 + 4 + 3) / 4 = 3, x 25 = 75 */
    ck_assert(res.pillars[0].scored);
    ck_score(res.pillars[0].score, 75.0);
    ck_assert_uint_eq(res.pillars[0].rated, 4);
    ck_assert(res.complete);
    /* (1 + 2 + 2 + 2) / 4 = 1.75 x 25 = 43.75, shown 43.8 (half up) */
    n_rs = 0;
    rate("a", 1);
    rate("b", 2);
    rate("c", 2);
    rate("d", 2);
    score();
    ck_score(res.pillars[0].raw, 43.75);
    ck_score(res.pillars[0].score, 43.8);
}
END_TEST

START_TEST(weights_weigh_the_mean)
{
    add_pillar(inst, "p");
    add_ind(inst, "heavy", false, 3, false);
    add_ind(inst, "light", false, 1, false);
    rate("heavy", 4);
    rate("light", 0);
    score();
    /* (3 x 4 + 1 x 0) / (3 + 1) = 3, x 25 = 75 (unweighted it would be 50) */
    ck_score(res.pillars[0].score, 75.0);
    /* a weight of 0 or less (never loaded) counts as 1 */
    inst->pillars[0].indicators[0].weight = 0;
    score();
    ck_score(res.pillars[0].score, 50.0);
}
END_TEST

START_TEST(not_applicable_leaves_the_mean)
{
    four_plain();
    rate("a", 2);
    rate_na("b");
    rate("c", 4);
    rate("d", 3);
    score();
    /* (2 + 4 + 3) / 3 = 3 -> 75; as a zero it would be 56.25 */
    ck_score(res.pillars[0].score, 75.0);
    ck_assert_uint_eq(res.pillars[0].not_applicable, 1);
    ck_assert_uint_eq(res.pillars[0].rated, 3);
    ck_assert_int_eq(res.pillars[0].levels[1], ASSESS_NA);
    ck_assert(res.complete); /* not applicable is an answer, not a gap */
    ck_assert_uint_eq(res.n_unrated, 0);
}
END_TEST

START_TEST(unrated_is_a_gap_never_a_zero)
{
    four_plain();
    rate("a", 2);
    rate("d", 4);
    score();
    /* (2 + 4) / 2 = 3 -> 75; b and c listed as gaps in order */
    ck_score(res.pillars[0].score, 75.0);
    ck_assert_uint_eq(res.pillars[0].unrated, 2);
    ck_assert(!res.complete);
    ck_assert_uint_eq(res.n_unrated, 2);
    ck_assert_uint_eq(res.unrated[0].i, 1);
    ck_assert_uint_eq(res.unrated[1].i, 2);
    ck_assert_int_eq(res.pillars[0].levels[1], ASSESS_UNRATED);
    /* a rating withdrawn (no level, not "not applicable") is unrated again */
    rate("a", ASSESS_UNRATED);
    rs[0] = rs[n_rs - 1];
    n_rs--;
    score();
    ck_score(res.pillars[0].score, 100.0);
    ck_assert_uint_eq(res.n_unrated, 3);
}
END_TEST

START_TEST(pillar_without_ratings_has_no_score_and_leaves_the_overall)
{
    four_plain();
    add_pillar(inst, "q");
    add_ind(inst, "q1", false, 1, true);
    add_ind(inst, "q2", false, 1, true);
    rate("a", 4);
    rate_na("q1"); /* not applicable is not a rating that scores */
    score();
    ck_assert(!res.pillars[1].scored);
    ck_assert_uint_eq(res.scored_pillars, 1);
    ck_assert(res.scored);
    ck_score(res.overall, 100.0); /* not (100 + 0) / 2 */
    ck_assert_int_eq(res.band, BAND_ADVANCED);
    n_rs = 0;
    score();
    ck_assert(!res.scored);
    ck_assert(!res.pillars[0].scored);
    ck_assert_uint_eq(res.n_unrated, 6);
}
END_TEST

/* ---- gates ---- */

START_TEST(critical_at_zero_holds_the_pillar_at_25)
{
    add_pillar(inst, "marking");
    add_ind(inst, "m.manufacture", true, 1, true);
    add_ind(inst, "m.import", true, 1, false);
    add_ind(inst, "m.quality", false, 1, false);
    add_ind(inst, "m.equipment", false, 1, false);
    rate("m.manufacture", 4);
    rate("m.import", 0);
    rate("m.quality", 4);
    rate("m.equipment", 4);
    score();
    /* (4 + 0 + 4 + 4) / 4 = 3 -> 75, held at 25 by the gate, which is named */
    ck_score(res.pillars[0].raw, 75.0);
    ck_score(res.pillars[0].score, 25.0);
    ck_assert(res.pillars[0].held);
    ck_assert_uint_eq(res.pillars[0].n_gates, 1);
    ck_assert_uint_eq(res.pillars[0].gates[0].i, 1);
    ck_score(res.overall, 25.0);
    ck_assert_int_eq(res.band, BAND_INITIAL);
    ck_assert_uint_eq(res.n_strong_pillars, 0); /* a gated pillar is no strength */
}
END_TEST

START_TEST(gate_below_the_cap_is_named_but_changes_nothing)
{
    add_pillar(inst, "p");
    add_ind(inst, "crit", true, 1, false);
    add_ind(inst, "b", false, 1, false);
    add_ind(inst, "c", false, 1, false);
    rate("crit", 0);
    rate("b", 1);
    rate("c", 1);
    score();
    /* (0 + 1 + 1) / 3 x 25 = 16.666..., shown 16.7; under the cap: not held, gate still named */
    ck_score(res.pillars[0].score, 16.7);
    ck_assert(!res.pillars[0].held);
    ck_assert_uint_eq(res.pillars[0].n_gates, 1);
    ck_assert_int_eq(res.band, BAND_ABSENT);
}
END_TEST

START_TEST(critical_not_applicable_or_unrated_is_no_gate)
{
    add_pillar(inst, "p");
    add_ind(inst, "crit", true, 1, true);
    add_ind(inst, "b", false, 1, false);
    rate_na("crit");
    rate("b", 4);
    score();
    ck_assert_uint_eq(res.pillars[0].n_gates, 0);
    ck_score(res.pillars[0].score, 100.0);
    n_rs = 0;
    rate("b", 4);
    score();
    ck_assert_uint_eq(res.pillars[0].n_gates, 0);
    ck_score(res.pillars[0].score, 100.0);
    /* at 1 it is no gate either */
    rate("crit", 1);
    score();
    ck_assert_uint_eq(res.pillars[0].n_gates, 0);
    ck_score(res.pillars[0].score, 62.5);
}
END_TEST

START_TEST(two_gates_are_both_named)
{
    add_pillar(inst, "p");
    add_ind(inst, "c1", true, 1, false);
    add_ind(inst, "x", false, 2, false);
    add_ind(inst, "c2", true, 1, false);
    rate("c1", 0);
    rate("x", 4);
    rate("c2", 0);
    score();
    /* (0 + 2 x 4 + 0) / 4 = 2 -> 50, held at 25 */
    ck_score(res.pillars[0].raw, 50.0);
    ck_score(res.pillars[0].score, 25.0);
    ck_assert_uint_eq(res.pillars[0].n_gates, 2);
    ck_assert_uint_eq(res.pillars[0].gates[0].i, 0);
    ck_assert_uint_eq(res.pillars[0].gates[1].i, 2);
}
END_TEST

/* ---- overall and bands ---- */

START_TEST(overall_is_the_mean_of_the_shown_pillar_scores)
{
    add_pillar(inst, "a");
    add_ind(inst, "a1", false, 1, false);
    add_ind(inst, "a2", false, 1, false);
    add_ind(inst, "a3", false, 1, false);
    add_pillar(inst, "b");
    add_ind(inst, "b1", false, 1, false);
    rate("a1", 1);
    rate("a2", 2);
    rate("a3", 2);
    rate("b1", 3);
    score();
    /* a: 5/3 x 25 = 41.666... shown 41.7; b: 75. (41.7 + 75) / 2 = 58.35 -> 58.4
     * (the mean of the unrounded scores, 58.33, would show 58.3) */
    ck_score(res.pillars[0].score, 41.7);
    ck_score(res.overall, 58.4);
    ck_assert_int_eq(res.band, BAND_DEVELOPING);
}
END_TEST

START_TEST(bands_and_their_boundaries)
{
    static const struct {
        double score;
        AssessBand band;
    } cases[] = {
        {0, BAND_ABSENT},         {19.9, BAND_ABSENT},      {19.94, BAND_ABSENT},
        {19.95, BAND_INITIAL},    {20, BAND_INITIAL},       {39.9, BAND_INITIAL},
        {39.96, BAND_DEVELOPING}, {40, BAND_DEVELOPING},    {59.9, BAND_DEVELOPING},
        {60, BAND_ESTABLISHED},   {79.94, BAND_ESTABLISHED}, {79.95, BAND_ADVANCED},
        {80, BAND_ADVANCED},      {100, BAND_ADVANCED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        ck_assert_msg(assess_band(cases[i].score) == cases[i].band, "%g is %s, not %s",
                      cases[i].score, assess_band_name(assess_band(cases[i].score)),
                      assess_band_name(cases[i].band));
    ck_assert_str_eq(assess_band_name(BAND_ESTABLISHED), "established");
    ck_assert_str_eq(assess_band_title(BAND_DEVELOPING), "developing"); /* English: as named */
    ck_assert_str_eq(assess_status_title(ASSESS_FINAL), "final");
    ck_score(assess_round(19.95), 20.0);
    ck_score(assess_round(43.75), 43.8);
    ck_score(assess_round(16.666666), 16.7);
    ck_score(assess_round(41.64), 41.6);
}
END_TEST

START_TEST(band_of_a_pillar_scored_exactly_on_a_boundary)
{
    four_plain();
    rate("a", 1);
    rate("b", 1);
    rate("c", 1);
    rate("d", 0);
    score();
    /* 3/4 x 25 = 18.75 -> 18.8, absent */
    ck_score(res.overall, 18.8);
    ck_assert_int_eq(res.band, BAND_ABSENT);
    rs[3].level = 1;
    score();
    /* 1 x 25 = 25 -> initial */
    ck_score(res.overall, 25.0);
    ck_assert_int_eq(res.band, BAND_INITIAL);
    /* (3 + 3 + 2 + 2) / 4 = 2.5 -> 62.5, established; (2,2,2,2) -> 50 developing */
    rs[0].level = 3, rs[1].level = 3, rs[2].level = 2, rs[3].level = 2;
    score();
    ck_assert_int_eq(res.band, BAND_ESTABLISHED);
    rs[0].level = 2, rs[1].level = 2;
    score();
    ck_score(res.overall, 50.0);
    ck_assert_int_eq(res.band, BAND_DEVELOPING);
    /* (4, 4, 3, 2) -> 81.25 -> 81.3, advanced; (3, 3, 3, 4) -> 81.25 too; (3,3,3,3) 75 */
    rs[0].level = 4, rs[1].level = 4, rs[2].level = 3, rs[3].level = 2;
    score();
    ck_assert_int_eq(res.band, BAND_ADVANCED);
    rs[0].level = 3, rs[1].level = 3, rs[2].level = 3, rs[3].level = 3;
    score();
    ck_assert_int_eq(res.band, BAND_ESTABLISHED);
}
END_TEST

/* ---- strengths and gaps ---- */

START_TEST(strengths_highest_first_and_strong_pillars)
{
    add_pillar(inst, "a");
    add_ind(inst, "a1", false, 1, false);
    add_ind(inst, "a2", false, 1, false);
    add_pillar(inst, "b");
    add_ind(inst, "b1", false, 1, false);
    add_ind(inst, "b2", false, 1, false);
    rate("a1", 3);
    rate("a2", 4);
    rate("b1", 4);
    rate("b2", 1);
    score();
    /* 4s first in order (a2, b1), then the 3 (a1) */
    ck_assert_uint_eq(res.n_strengths, 3);
    ck_assert(res.strengths[0].p == 0 && res.strengths[0].i == 1);
    ck_assert(res.strengths[1].p == 1 && res.strengths[1].i == 0);
    ck_assert(res.strengths[2].p == 0 && res.strengths[2].i == 0);
    /* a scores 87.5 (a strength), b 62.5 (not: under 75) */
    ck_assert_uint_eq(res.n_strong_pillars, 1);
    ck_assert_uint_eq(res.strong_pillars[0], 0);
    ck_assert_uint_eq(res.n_gaps, 1);
}
END_TEST

START_TEST(largest_gaps_lowest_first_critical_first_then_heavier)
{
    add_pillar(inst, "a");
    add_ind(inst, "light2", false, 1, false);
    add_ind(inst, "plain1", false, 1, false);
    add_ind(inst, "crit1", true, 1, false);
    add_ind(inst, "heavy1", false, 2, false);
    add_ind(inst, "zero", false, 1, false);
    add_ind(inst, "three", false, 1, false);
    add_ind(inst, "unrated", true, 1, false);
    rate("light2", 2);
    rate("plain1", 1);
    rate("crit1", 1);
    rate("heavy1", 1);
    rate("zero", 0);
    rate("three", 3);
    score();
    /* zero (0); then the 1s: crit1 (critical), heavy1 (weight 2), plain1; then light2 (2). The
     * 3 is no gap, and the unrated one is listed among the unrated, not here. */
    static const size_t want[] = {4, 2, 3, 1, 0};
    ck_assert_uint_eq(res.n_gaps, 5);
    for (size_t k = 0; k < 5; k++)
        ck_assert_uint_eq(res.gaps[k].i, want[k]);
    ck_assert_uint_eq(res.n_unrated, 1);
    ck_assert_uint_eq(res.unrated[0].i, 6);
}
END_TEST

START_TEST(ratings_of_other_indicators_are_ignored)
{
    four_plain();
    rate("a", 4);
    rate("gone", 0);
    score();
    ck_assert_uint_eq(res.ignored, 1);
    ck_score(res.pillars[0].score, 100.0);
}
END_TEST

/* ---- change since the previous assessment ---- */

START_TEST(change_per_pillar_overall_and_indicator)
{
    add_pillar(inst, "a");
    add_ind(inst, "a1", true, 1, false);
    add_ind(inst, "a2", false, 1, false);
    add_pillar(inst, "b");
    add_ind(inst, "b1", false, 1, false);
    /* before: a1 0, a2 4 -> raw 50, held at 25; b1 2 -> 50; overall 37.5 */
    rate("a1", 0);
    rate("a2", 4);
    rate("b1", 2);
    AssessResult before;
    assess_score(inst, rs, n_rs, &before);
    ck_score(before.overall, 37.5);
    /* now: a1 2, a2 4 -> 75; b1 2 -> 50; overall 62.5 */
    rs[0].level = 2;
    score();
    AssessChange c;
    assess_change(inst, &res, inst, &before, &c);
    ck_assert(c.both);
    ck_score(c.delta, 25.0);
    ck_assert_int_eq(c.band_before, BAND_INITIAL);
    ck_assert_int_eq(c.band_after, BAND_ESTABLISHED);
    ck_assert(c.pillars[0].both);
    ck_score(c.pillars[0].delta, 50.0);
    ck_assert(c.pillars[0].gated_before && !c.pillars[0].gated_after);
    ck_score(c.pillars[1].delta, 0.0);
    ck_assert_uint_eq(c.n_indicators, 1);
    ck_assert_int_eq(c.indicators[0].before, 0);
    ck_assert_int_eq(c.indicators[0].after, 2);
    assess_change_done(&c);
    assess_result_done(&before);
}
END_TEST

START_TEST(change_against_another_version_matches_by_id)
{
    add_pillar(inst, "a");
    add_ind(inst, "a1", false, 1, false);
    add_pillar(inst, "new");
    add_ind(inst, "n1", false, 1, false);
    Instrument *old = instrument_new();
    Instrument *keep = inst;
    inst = old;
    add_pillar(inst, "gone");
    add_ind(inst, "g1", false, 1, false);
    add_pillar(inst, "a");
    add_ind(inst, "a1", false, 1, false);
    inst = keep;
    rate("g1", 4);
    rate("a1", 1);
    AssessResult before;
    assess_score(old, rs, n_rs, &before);
    n_rs = 0;
    rate("a1", 3);
    rate("n1", 2);
    score();
    AssessChange c;
    assess_change(inst, &res, old, &before, &c);
    ck_assert_uint_eq(c.n_pillars, 2);
    ck_assert(c.pillars[0].both);
    ck_score(c.pillars[0].delta, 50.0); /* 25 -> 75 */
    ck_assert(!c.pillars[1].both);      /* the pillar is new */
    /* a1 1 -> 3, n1 unrated -> 2 */
    ck_assert_uint_eq(c.n_indicators, 2);
    ck_assert_int_eq(c.indicators[1].before, ASSESS_UNRATED);
    ck_assert_int_eq(c.indicators[1].after, 2);
    /* before: (100 + 25) / 2 = 62.5; now (75 + 50) / 2 = 62.5 */
    ck_score(c.delta, 0.0);
    assess_change_done(&c);
    assess_result_done(&before);
    instrument_free(old);
}
END_TEST

/* ---- checks on a rating, resume, the view for rules ---- */

START_TEST(rating_checks)
{
    add_pillar(inst, "p");
    add_ind(inst, "manufacture", true, 1, true);
    add_ind(inst, "import", true, 1, false);
    char err[256];
    Rating r = {.indicator_id = "import", .level = 2};
    ck_assert(assess_rating_check(inst, &r, err, sizeof err));
    r.level = 5;
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    r.level = -1;
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    r = (Rating){.indicator_id = "nope", .level = 1};
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    ck_assert(strstr(err, "nope"));
    /* not applicable: only where allowed, and with a reason */
    r = (Rating){.indicator_id = "import", .not_applicable = true, .reason = "none"};
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    r.indicator_id = "manufacture";
    ck_assert(assess_rating_check(inst, &r, err, sizeof err));
    r.reason = "  ";
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    /* a measured level overridden needs a reason; accepted as measured, none */
    r = (Rating){.indicator_id = "import", .level = 3, .measured = true, .measured_level = 1,
                 .measured_value = 31.5};
    ck_assert(!assess_rating_check(inst, &r, err, sizeof err));
    ck_assert(strstr(err, "level 1"));
    r.reason = "the 2025 workshop results are not yet imported";
    ck_assert(assess_rating_check(inst, &r, err, sizeof err));
    r = (Rating){.indicator_id = "import", .level = 1, .measured = true, .measured_level = 1};
    ck_assert(assess_rating_check(inst, &r, err, sizeof err));
}
END_TEST

START_TEST(resume_at_the_place_else_the_first_gap)
{
    four_plain();
    add_pillar(inst, "q");
    add_ind(inst, "q1", false, 1, false);
    rate("a", 1);
    rate("b", 1);
    score();
    IndicatorRef at;
    ck_assert(assess_resume(inst, &res, "d", &at));
    ck_assert(at.p == 0 && at.i == 3);
    ck_assert(assess_resume(inst, &res, NULL, &at));
    ck_assert(at.p == 0 && at.i == 2);
    ck_assert(assess_resume(inst, &res, "no-longer-there", &at));
    ck_assert(at.p == 0 && at.i == 2);
    rate("c", 1);
    rate("d", 1);
    score();
    ck_assert(assess_resume(inst, &res, NULL, &at));
    ck_assert(at.p == 1 && at.i == 0);
    rate("q1", 1);
    score();
    ck_assert(assess_resume(inst, &res, NULL, &at));
    ck_assert(at.p == 0 && at.i == 0);
    /* the order of the instrument, pillar by pillar */
    IndicatorRef r = {0, 3};
    ck_assert(instrument_next(inst, &r));
    ck_assert(r.p == 1 && r.i == 0);
    ck_assert(!instrument_next(inst, &r));
}
END_TEST

START_TEST(view_for_rules)
{
    add_pillar(inst, "a");
    add_ind(inst, "a1", true, 1, false);
    add_ind(inst, "a2", false, 1, true);
    add_pillar(inst, "b");
    add_ind(inst, "b1", false, 1, false);
    rate("a1", 0);
    rate_na("a2");
    rs[n_rs - 1].measured = true;
    rs[n_rs - 1].measured_value = 42.5;
    score();
    AssessView v;
    assess_view_make(inst, &res, rs, n_rs, &v);
    ck_assert_uint_eq(v.n_indicators, 3);
    ck_assert_str_eq(v.indicators[0].id, "a1");
    ck_assert_int_eq(v.indicators[0].level, 0);
    ck_assert_int_eq(v.indicators[1].level, ASSESS_NA);
    ck_score(v.indicators[1].measured, 42.5);
    ck_assert(isnan(v.indicators[0].measured));
    ck_assert_int_eq(v.indicators[2].level, ASSESS_UNRATED);
    ck_assert_uint_eq(v.n_pillars, 2);
    ck_assert(v.pillars[0].scored && v.pillars[0].gated);
    ck_score(v.pillars[0].score, 0.0);
    ck_assert(!v.pillars[1].scored);
    ck_assert(v.scored);
    ck_assert_int_eq(v.band, BAND_ABSENT);
    assess_view_done(&v);
}
END_TEST

Suite *assess_suite(void)
{
    Suite *s = suite_create("assess");
    TCase *tc = tcase_create("scores");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, pillar_score_is_mean_level_times_25);
    tcase_add_test(tc, weights_weigh_the_mean);
    tcase_add_test(tc, not_applicable_leaves_the_mean);
    tcase_add_test(tc, unrated_is_a_gap_never_a_zero);
    tcase_add_test(tc, pillar_without_ratings_has_no_score_and_leaves_the_overall);
    tcase_add_test(tc, ratings_of_other_indicators_are_ignored);
    suite_add_tcase(s, tc);
    tc = tcase_create("gates");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, critical_at_zero_holds_the_pillar_at_25);
    tcase_add_test(tc, gate_below_the_cap_is_named_but_changes_nothing);
    tcase_add_test(tc, critical_not_applicable_or_unrated_is_no_gate);
    tcase_add_test(tc, two_gates_are_both_named);
    suite_add_tcase(s, tc);
    tc = tcase_create("bands");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, overall_is_the_mean_of_the_shown_pillar_scores);
    tcase_add_test(tc, bands_and_their_boundaries);
    tcase_add_test(tc, band_of_a_pillar_scored_exactly_on_a_boundary);
    suite_add_tcase(s, tc);
    tc = tcase_create("summary");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, strengths_highest_first_and_strong_pillars);
    tcase_add_test(tc, largest_gaps_lowest_first_critical_first_then_heavier);
    tcase_add_test(tc, change_per_pillar_overall_and_indicator);
    tcase_add_test(tc, change_against_another_version_matches_by_id);
    tcase_add_test(tc, rating_checks);
    tcase_add_test(tc, resume_at_the_place_else_the_first_gap);
    tcase_add_test(tc, view_for_rules);
    suite_add_tcase(s, tc);
    return s;
}
