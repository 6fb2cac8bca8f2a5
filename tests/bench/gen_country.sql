-- Fills one country's rastro database for `make bench` (scripts/bench, "region"): the records a
-- laptop of that country would export, trainees and their work and the country's capacity
-- assessments, to be merged with 25 others into one regional database.
--   build/rastro --db FILE trainee list        (makes FILE with rastro's own schema)
--   sqlite3 -bail -cmd ".parameter set @country \"'HN'\"" -cmd '.parameter set @trainees 400' \
--       -cmd ".parameter set @indicators \"'legal.ratified legal.criminalised ...'\"" \
--       -cmd ".parameter set @na \"'marking.manufacture'\"" FILE < tests/bench/gen_country.sql
-- @country: an ISO 3166 code; @trainees: how many (each with 100 answers); @indicators: the
-- instrument's indicator ids in its order, separated by spaces; @na: those that may be rated not
-- applicable (the bench reads both from content/assessments/regional.lua at every run).
--
-- Per trainee, as in gen_records.sql: 5 finished attempts at 3 of 8 modules, 20 final answers
-- each, right more often the abler the trainee and the easier the question (and the country's
-- trainees abler or less able than another's). Workshops of 50 trainees. Every uid starts with
-- the country code in hex and every workshop's name has the code, so that 26 countries' bundles
-- merge without one row taking the place of another.
--
-- Assessments with the regional instrument ("regional-capacity", version 1): 5 final ones a year
-- apart, and for every other country (by the hash of its code) a newer draft, which the region
-- must pass over. Each indicator of each assessment is rated 1 to 3 times, a day apart (ratings
-- are added, never changed: the latest is the current one). Levels come from the country's
-- capacity, rising from one assessment to the next, and a hash of the rating, so that some
-- critical indicators are at 0 and gate their pillar. Where the instrument allows it, a third of
-- the countries rate the indicator not applicable; about one current rating in 40 is withdrawn
-- (no level: a gap).
--
-- Deterministic: every value comes from row numbers and the country code through a
-- multiplicative hash and every time is fixed, so the same parameters and SQLite give the same
-- bytes every run. One transaction without a journal, the file left in WAL mode (gen_records.sql
-- says why).

PRAGMA journal_mode = DELETE;
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -131072;
BEGIN;

-- The country: its code, a number from it (c) that salts every hash, its trainees' language,
-- its prefix of uids (the code in hex), how able its trainees are (-20..20 on 0..99), its
-- capacity, whether it rates not applicable the indicators that may be (a third do), and
-- whether it has a draft newer than its last final assessment (about half do).
-- Every hash below is the top bits of (x mod 2^31) * 2654435761 mod 2^32 (Knuth's
-- multiplicative hash): the products stay below 2^63, so SQLite keeps them integers.
CREATE TEMP TABLE gen(code TEXT, c INTEGER, lang TEXT, prefix TEXT, bias INTEGER,
                      capacity INTEGER, uses_na INTEGER, draft INTEGER);
INSERT INTO gen
SELECT code, c,
       CASE WHEN code IN ('JM', 'TT', 'BZ', 'GY', 'BS', 'BB', 'SR', 'HT', 'LC', 'GD', 'AG', 'DM',
                          'KN', 'VC') THEN 'en' ELSE 'es' END,
       lower(hex(code)),
       h % 41 - 20,
       -- Capacity in tenths of a level at the first assessment: 0..29.
       (h >> 6) % 30,
       (h >> 11) % 3 = 0,
       (h >> 13) % 2 = 1
FROM (SELECT upper(@country) AS code, c,
             (((c * 7919 + 13) % 2147483648) * 2654435761) % 4294967296 >> 12 AS h
      FROM (SELECT unicode(upper(@country)) * 128 + unicode(substr(upper(@country), 2)) AS c));

CREATE TEMP TABLE gen_module(i INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO gen_module VALUES
    (0, 'firearm-basics'), (1, 'serial-numbers'), (2, 'proof-marks'), (3, 'ammunition'),
    (4, 'tracing-requests'), (5, 'evidence-chain'), (6, 'safe-handling'), (7, 'import-marks');

-- Trainee i, created 10 minutes after trainee i - 1 (each country from its own hour).
INSERT INTO trainee(id, uid, name, agency, country, lang, created_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @trainees),
     h(i, h) AS (SELECT i, (((i * 40503 + gen.c * 65537 + 7) % 2147483648) * 2654435761)
                           % 4294967296 >> 12 FROM n, gen)
SELECT h.i, gen.prefix || printf('%028x', h.i), printf('Trainee %s %05d', gen.code, h.i),
       printf('Agency %s %02d', gen.code, (h.h >> 7) % 12), gen.code, gen.lang,
       strftime('%Y-%m-%dT%H:%M:%fZ', 1546300800 + gen.c * 3600 + h.i * 600, 'unixepoch')
FROM h, gen ORDER BY h.i;

-- Attempt k (0..4) of trainee t is row (t - 1) * 5 + k + 1, at module (t + 0, 0, 3, 3, 5) mod 8,
-- started on the hour and finished 20 minutes later.
INSERT INTO attempt(id, uid, trainee_id, module_id, module_version, started_at, finished_at,
                    score, max_score, mode, seed, time_limit)
WITH RECURSIVE k(k, step) AS (VALUES (0, 0), (1, 0), (2, 3), (3, 3), (4, 5)),
     a(id, t, k, mi) AS (SELECT (t.id - 1) * 5 + k.k + 1, t.id, k.k, (t.id + k.step) % 8
                         FROM trainee t CROSS JOIN k)
SELECT a.id, gen.prefix || printf('%028x', a.id), a.t, m.id, 1,
       strftime('%Y-%m-%dT%H:%M:%fZ', 1577836800 + gen.c * 3600 + a.id * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 1577836800 + gen.c * 3600 + a.id * 3600 + 1200,
                'unixepoch'),
       0, 20, CASE a.k % 2 WHEN 1 THEN 'exam' ELSE 'practice' END,
       ((a.id * 2654435761 + gen.c) % 4294967296), CASE a.k % 2 WHEN 1 THEN 1800 END
FROM a JOIN gen_module m ON m.i = a.mi, gen ORDER BY a.id;

-- Answer j (0..19) of attempt a is row (a - 1) * 20 + j + 1, to question ((s + 7j) mod 50) + 1
-- of the module: right when a hash r of the row, mod 100, is below 50 + ability / 2 -
-- difficulty / 3 (gen_records.sql's rule; ability 0..99 per trainee, moved by the country's
-- bias; difficulty 0..99 per question of a module, the same in every country).
INSERT INTO answer(id, uid, attempt_id, question_id, position, response, score, max_score,
                   seed, answered_at, try, hinted, final, correct)
WITH RECURSIVE j(j, at) AS (
         SELECT 0, '00:55.000Z'
         UNION ALL
         SELECT j + 1, printf('%02d:%02d.000Z', (j + 2) * 55 / 60, (j + 2) * 55 % 60) FROM j
         WHERE j < 19),
     att AS MATERIALIZED (
         SELECT a.id, m.i AS mi, substr(a.started_at, 1, 14) AS hour,
                ((((a.id * 31 + gen.c + 3) % 2147483648) * 2654435761) % 4294967296 >> 12)
                    % 50 AS s,
                max(0, min(99, ((((a.trainee_id * 97 + gen.c * 13 + 11) % 2147483648)
                                 * 2654435761) % 4294967296 >> 12) % 100 + gen.bias)) AS ability
         FROM attempt a JOIN gen_module m ON m.id = a.module_id, gen ORDER BY a.id),
     q AS (SELECT att.*, j.j, j.at, (att.id - 1) * 20 + j.j + 1 AS n,
                  (s + 7 * j.j) % 50 + 1 AS qn
           FROM att CROSS JOIN j),
     r AS (SELECT q.*,
                  ((((n * 7919 + gen.c * 31 + 5) % 2147483648) * 2654435761) % 4294967296 >> 12)
                      % 100 AS r,
                  ((((mi * 50 + qn) * 104729 % 2147483648) * 2654435761) % 4294967296 >> 12)
                      % 100 AS difficulty
           FROM q, gen),
     c AS (SELECT r.*, r < 50 + ability / 2 - difficulty / 3 AS right FROM r)
SELECT n, gen.prefix || printf('%028x', n), id, printf('q%02d', qn), j + 1,
       CASE WHEN right THEN 'choice 1' ELSE 'choice ' || (2 + r % 3) END,
       CASE WHEN right THEN 1.0 WHEN r % 4 = 0 THEN 0.5 ELSE 0.0 END, 1.0, NULL, hour || at,
       1, r % 17 = 0, 1, right
FROM c, gen; -- attempts in row order, then j: ids ascending, without a sort

UPDATE attempt SET score = s.total
FROM (SELECT attempt_id, sum(score) AS total FROM answer GROUP BY attempt_id) AS s
WHERE s.attempt_id = attempt.id;

-- Workshop w holds trainees (w - 1) * 50 + 1 .. w * 50.
INSERT INTO workshop(id, uid, name, country, starts_on, ends_on, instructor, created_at)
SELECT (t.id - 1) / 50 + 1, gen.prefix || printf('%028x', (t.id - 1) / 50 + 1),
       printf('Workshop %s %04d', gen.code, (t.id - 1) / 50 + 1), t.country,
       date(t.created_at), date(t.created_at, '+4 days'),
       printf('Instructor %s %02d', gen.code, ((t.id - 1) / 50) % 15), t.created_at
FROM trainee t, gen WHERE (t.id - 1) % 50 = 0 ORDER BY t.id;
INSERT INTO workshop_member(workshop_id, trainee_id)
SELECT (id - 1) / 50 + 1, id FROM trainee ORDER BY id;

-- Assessment n (1..5 final, 6 a draft where the country has one), assessed in year 2018 + n on
-- a day of the country's, finalised 30 days later.
CREATE TEMP TABLE gen_assessment(n INTEGER PRIMARY KEY, on_day TEXT, final INTEGER);
INSERT INTO gen_assessment
WITH RECURSIVE a(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM a WHERE n < 6)
SELECT n, date(printf('%04d-01-01', 2018 + n), printf('+%d days', (gen.c * 7 + n * 31) % 300)),
       n <= 5
FROM a, gen WHERE n <= 5 OR gen.draft;

INSERT INTO assessment(id, uid, country, instrument_id, instrument_version, assessed_on,
                       assessors, sources, status, finalised_at, copied_from, created_at)
SELECT g.n, gen.prefix || printf('%028x', g.n), gen.code, 'regional-capacity', 1, g.on_day,
       printf('Assessor %s %d' || char(10) || 'Assessor %s %d', gen.code, g.n % 3,
              gen.code, g.n % 3 + 3),
       'National firearms law and regulations; the central registry''s annual report; ' ||
           'interviews at the ministry, police, customs and the armed forces.',
       'draft', NULL, CASE WHEN g.n > 1 THEN gen.prefix || printf('%028x', g.n - 1) END,
       g.on_day || 'T09:00:00.000Z'
FROM gen_assessment g, gen ORDER BY g.n;

-- The instrument's indicators, k = 0.. in its order.
CREATE TEMP TABLE gen_indicator(k INTEGER PRIMARY KEY, id TEXT NOT NULL, na INTEGER NOT NULL);
INSERT INTO gen_indicator
SELECT CAST(e.key AS INTEGER), e.value,
       e.value IN (SELECT value FROM json_each('["' || replace(trim(@na), ' ', '","') || '"]'))
FROM json_each('["' || replace(trim(@indicators), ' ', '","') || '"]') AS e;

-- Rating v (0..revisions - 1) of indicator k in assessment n, rated on day v of the assessment,
-- k minutes after 10:00; the last is the current one. Its level: the country's capacity (in
-- tenths), plus 2 tenths an assessment and -12..+12 tenths by a hash of the rating, to the
-- nearest level, in 0..4. The 26 countries' latest assessments fall in every band.
INSERT INTO rating(uid, assessment_id, indicator_id, level, not_applicable, reason, evidence,
                   documents, measured_level, measured_value, rated_by, rated_at, copied_from)
WITH RECURSIVE v(v) AS (SELECT 0 UNION ALL SELECT v + 1 FROM v WHERE v < 2),
     cell AS (SELECT g.n, g.on_day, i.k, i.id, i.na,
                     (((((g.n * 64 + i.k) * 2971 + gen.c * 131 + 17) % 2147483648) * 2654435761)
                      % 4294967296 >> 12) AS h
              FROM gen_assessment g CROSS JOIN gen_indicator i, gen),
     row AS (SELECT cell.*, v.v, 1 + h % 3 AS revisions,
                    (((((h + v.v * 104729) % 2147483648) * 2654435761) % 4294967296) >> 12)
                        AS hv
             FROM cell JOIN v ON v.v < 1 + cell.h % 3),
     lv AS (SELECT row.*, v = revisions - 1 AS current,
                   max(0, min(4, (gen.capacity + 2 * (n - 1) + hv % 25 - 12 + 25) / 10 - 2))
                       AS level
            FROM row, gen)
SELECT gen.prefix || printf('%020x%08x', n * 256 + k, v), n, id,
       CASE WHEN current AND na AND gen.uses_na THEN NULL
            WHEN current AND (h >> 9) % 40 = 0 THEN NULL ELSE level END,
       current AND na AND gen.uses_na,
       CASE WHEN current AND na AND gen.uses_na
                THEN 'No firearms are manufactured in the country.'
            WHEN current AND (h >> 9) % 40 = 0
                THEN 'Withdrawn: the evidence given was for another agency.'
            ELSE '' END,
       printf('Assessment %d, %s, rating %d: level seen in the documents reviewed and confirmed ' ||
              'in interviews with the agencies concerned.', n, id, v + 1),
       CASE WHEN v > 0 THEN 'Minutes of the review meeting' ELSE '' END, NULL, NULL,
       printf('Assessor %s %d', gen.code, (n + v) % 3),
       strftime('%Y-%m-%dT%H:%M:%fZ', on_day, printf('+%d days', v), '+10 hours',
                printf('+%d minutes', k)),
       NULL
FROM lv, gen ORDER BY n, v, k;

UPDATE assessment SET status = 'final',
       finalised_at = strftime('%Y-%m-%dT%H:%M:%fZ', assessed_on, '+30 days', '+12 hours')
WHERE id IN (SELECT n FROM gen_assessment WHERE final);

DROP TABLE gen;
DROP TABLE gen_module;
DROP TABLE gen_assessment;
DROP TABLE gen_indicator;
COMMIT;
PRAGMA journal_mode = WAL;
