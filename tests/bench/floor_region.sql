-- The floor of `rastro report region` (scripts/bench, "region"): the sqlite3 shell computing the
-- region's numbers in one query, by the rules of tui/core/assess.h that rastro applies in C
-- (assess_region_build, assess_score):
--   - each country's latest final assessment (by date assessed, then created, then row);
--   - each of its indicators' current rating: the latest row (by the time rated, then row);
--   - a pillar's score: the weighted mean level of its rated, applicable indicators x 25; not
--     applicable and unrated ones leave the mean; at most 25 while a critical indicator is at 0
--     (the gate); rounded to one decimal, half up; no score when nothing is rated;
--   - the overall score: the mean of the pillars' shown scores, rounded the same way; its band.
-- The instrument is the temporary table ind(p, pillar, id, critical, weight), which the bench
-- writes before this file from the instrument rastro loads (tests/bench/region_instrument.lua):
-- p numbers the pillars in the instrument's order.
-- Prints a line per country, by code, its fields separated by commas: code, date assessed,
-- overall, band, then each pillar's score in order ("" without one; "*" after the score of a
-- pillar that a critical indicator at 0 gates). A country whose latest final assessment has no
-- score at all has "" for overall and band.

.mode list
.separator ,
WITH latest AS (
    SELECT id, country, assessed_on FROM (
        SELECT id, country, assessed_on, row_number() OVER (
                   PARTITION BY country ORDER BY assessed_on DESC, created_at DESC, id DESC) AS k
        FROM assessment WHERE status = 'final')
    WHERE k = 1),
current AS (
    SELECT assessment_id, indicator_id, level, not_applicable FROM (
        SELECT r.assessment_id, r.indicator_id, r.level, r.not_applicable, row_number() OVER (
                   PARTITION BY r.assessment_id, r.indicator_id ORDER BY r.rated_at DESC, r.id DESC)
                   AS k
        FROM latest l JOIN rating r ON r.assessment_id = l.id)
    WHERE k = 1),
pillar AS (
    SELECT c.assessment_id, i.p, sum(i.weight * c.level) / sum(i.weight) * 25.0 AS raw,
           max(i.critical AND c.level = 0) AS gated
    FROM current c JOIN ind i ON i.id = c.indicator_id
    WHERE c.level IS NOT NULL AND NOT c.not_applicable
    GROUP BY c.assessment_id, i.p),
shown AS (
    SELECT assessment_id, p, gated,
           CAST(CASE WHEN gated AND raw > 25.0 THEN 25.0 ELSE raw END * 10.0 + 0.5 + 1e-9
                AS INTEGER) AS tenths
    FROM pillar),
overall AS (
    SELECT assessment_id, CAST(1.0 * sum(tenths) / count(*) + 0.5 + 1e-9 AS INTEGER) AS tenths
    FROM shown GROUP BY assessment_id),
pillars AS (SELECT DISTINCT p FROM ind)
SELECT l.country, l.assessed_on,
       CASE WHEN o.tenths IS NULL THEN '' ELSE printf('%.1f', o.tenths / 10.0) END,
       CASE WHEN o.tenths IS NULL THEN '' WHEN o.tenths < 200 THEN 'absent'
            WHEN o.tenths < 400 THEN 'initial' WHEN o.tenths < 600 THEN 'developing'
            WHEN o.tenths < 800 THEN 'established' ELSE 'advanced' END,
       (SELECT group_concat(s, ',') FROM (
            SELECT CASE WHEN s.tenths IS NULL THEN ''
                        ELSE printf('%.1f', s.tenths / 10.0) || CASE WHEN s.gated THEN '*' ELSE ''
                                                                 END END AS s
            FROM pillars q LEFT JOIN shown s ON s.assessment_id = l.id AND s.p = q.p
            ORDER BY q.p))
FROM latest l LEFT JOIN overall o ON o.assessment_id = l.id
ORDER BY l.country;
