-- Fills a rastro database with trainee records for `make bench` (scripts/bench, "records"):
--   build/rastro --db FILE trainee list        (makes FILE with rastro's own schema)
--   sqlite3 -bail -cmd '.parameter set @trainees 10000' FILE < tests/bench/gen_records.sql
-- Per trainee: 5 finished attempts (practice, exam, practice, exam, practice) at 3 of 8 modules,
-- 20 final answers each to questions q01..q50 of the module: @trainees x 100 answers in all
-- (10,000 trainees: 50,000 attempts, 1,000,000 answers). Trainees come from 20 Latin American
-- and Caribbean countries, unevenly (Mexico most, Paraguay least), and answer right more often
-- the abler they are and the easier the question is, so the item report has something to find.
-- Workshops of 50 trainees each hold the roster. Nothing else (review boxes, lesson places).
-- Deterministic: every value comes from row numbers through a multiplicative hash and every time
-- is fixed, so the same @trainees and SQLite give the same bytes every run. One transaction,
-- without a journal (the bench builds into a scratch file and keeps it only when this succeeds);
-- the file is left in WAL mode, as rastro keeps it.

PRAGMA journal_mode = DELETE; -- out of WAL, as journal_mode OFF cannot be set from it
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -131072;
BEGIN;

-- Share of trainees per country, in percent: [lo, hi) of a hash mod 100.
CREATE TEMP TABLE gen_country(code TEXT PRIMARY KEY, lo INTEGER, hi INTEGER, lang TEXT);
INSERT INTO gen_country VALUES
    ('MX', 0, 16, 'es'), ('CO', 16, 26, 'es'), ('BR', 26, 34, 'en'), ('GT', 34, 41, 'es'),
    ('HN', 41, 47, 'es'), ('SV', 47, 53, 'es'), ('PE', 53, 58, 'es'), ('EC', 58, 63, 'es'),
    ('DO', 63, 68, 'es'), ('AR', 68, 72, 'es'), ('CL', 72, 76, 'es'), ('PA', 76, 79, 'es'),
    ('CR', 79, 82, 'es'), ('NI', 82, 85, 'es'), ('VE', 85, 88, 'es'), ('BO', 88, 91, 'es'),
    ('JM', 91, 94, 'en'), ('TT', 94, 96, 'en'), ('UY', 96, 98, 'es'), ('PY', 98, 100, 'es');
CREATE TEMP TABLE gen_module(i INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO gen_module VALUES
    (0, 'firearm-basics'), (1, 'serial-numbers'), (2, 'proof-marks'), (3, 'ammunition'),
    (4, 'tracing-requests'), (5, 'evidence-chain'), (6, 'safe-handling'), (7, 'import-marks');

-- Every hash below is the top bits of (x mod 2^31) * 2654435761 mod 2^32 (Knuth's
-- multiplicative hash): the products stay below 2^63, so SQLite keeps them integers.
INSERT INTO trainee(id, uid, name, agency, country, lang, created_at)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @trainees),
     h(i, h) AS (SELECT i, (((i * 40503 + 7) % 2147483648) * 2654435761) % 4294967296 >> 12
                 FROM n)
SELECT h.i, printf('%032x', h.i), printf('Trainee %05d', h.i),
       printf('Agency %02d', (h.h >> 7) % 40), c.code, c.lang,
       strftime('%Y-%m-%dT%H:%M:%fZ', 1546300800 + h.i * 600, 'unixepoch')
FROM h JOIN gen_country c ON h.h % 100 >= c.lo AND h.h % 100 < c.hi
ORDER BY h.i;

-- Attempt k (0..4) of trainee t is row (t - 1) * 5 + k + 1, at module (t + 0, 0, 3, 3, 5) mod 8,
-- started on the hour (attempt n at hour n from 2020) and finished 20 minutes later.
INSERT INTO attempt(id, uid, trainee_id, module_id, module_version, started_at, finished_at,
                    score, max_score, mode, seed, time_limit)
WITH RECURSIVE k(k, step) AS (VALUES (0, 0), (1, 0), (2, 3), (3, 3), (4, 5)),
     a(id, t, k, mi) AS (SELECT (t.id - 1) * 5 + k.k + 1, t.id, k.k, (t.id + k.step) % 8
                         FROM trainee t CROSS JOIN k)
SELECT a.id, printf('%032x', a.id), a.t, m.id, 1,
       strftime('%Y-%m-%dT%H:%M:%fZ', 1577836800 + a.id * 3600, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%fZ', 1577836800 + a.id * 3600 + 1200, 'unixepoch'),
       0, 20, CASE a.k % 2 WHEN 1 THEN 'exam' ELSE 'practice' END,
       ((a.id * 2654435761) % 4294967296), CASE a.k % 2 WHEN 1 THEN 1800 END
FROM a JOIN gen_module m ON m.i = a.mi ORDER BY a.id;

-- Answer j (0..19) of attempt a is row (a - 1) * 20 + j + 1, to question ((s + 7j) mod 50) + 1
-- of the module (s a hash of a): 20 different questions, as 7 and 50 are coprime. Right when a
-- hash r of the row, mod 100, is below 50 + ability / 2 - difficulty / 3 (ability 0..99 per
-- trainee, difficulty 0..99 per question of a module); a wrong answer scores 0.5 one time in four
-- (partly right), else 0. Answered (j + 1) * 55 seconds into the attempt.
INSERT INTO answer(id, uid, attempt_id, question_id, position, response, score, max_score,
                   seed, answered_at, try, hinted, final, correct)
WITH RECURSIVE j(j, at) AS (
         SELECT 0, '00:55.000Z'
         UNION ALL
         SELECT j + 1, printf('%02d:%02d.000Z', (j + 2) * 55 / 60, (j + 2) * 55 % 60) FROM j
         WHERE j < 19),
     att AS MATERIALIZED (
         SELECT a.id, m.i AS mi, substr(a.started_at, 1, 14) AS hour,
                ((((a.id * 31 + 3) % 2147483648) * 2654435761) % 4294967296 >> 12) % 50 AS s,
                ((((a.trainee_id * 97 + 11) % 2147483648) * 2654435761) % 4294967296 >> 12)
                    % 100 AS ability
         FROM attempt a JOIN gen_module m ON m.id = a.module_id ORDER BY a.id),
     q AS (SELECT att.*, j.j, j.at, (att.id - 1) * 20 + j.j + 1 AS n,
                  (s + 7 * j.j) % 50 + 1 AS qn
           FROM att CROSS JOIN j),
     r AS (SELECT q.*,
                  ((((n * 7919 + 5) % 2147483648) * 2654435761) % 4294967296 >> 12) % 100 AS r,
                  ((((mi * 50 + qn) * 104729 % 2147483648) * 2654435761) % 4294967296 >> 12)
                      % 100 AS difficulty
           FROM q),
     c AS (SELECT r.*, r < 50 + ability / 2 - difficulty / 3 AS right FROM r)
SELECT n, printf('%032x', n), id, printf('q%02d', qn), j + 1,
       CASE WHEN right THEN 'choice 1' ELSE 'choice ' || (2 + r % 3) END,
       CASE WHEN right THEN 1.0 WHEN r % 4 = 0 THEN 0.5 ELSE 0.0 END, 1.0, NULL, hour || at,
       1, r % 17 = 0, 1, right
FROM c; -- attempts in row order, then j: ids ascending, without a sort

-- Each attempt's score is the sum of its answers'.
UPDATE attempt SET score = s.total
FROM (SELECT attempt_id, sum(score) AS total FROM answer GROUP BY attempt_id) AS s
WHERE s.attempt_id = attempt.id;

-- Workshop w holds trainees (w - 1) * 200 + 1 .. w * 200, in the first one's country: 50
-- workshops on 10,000 trainees, as a classroom server keeps in a year.
INSERT INTO workshop(id, uid, name, country, starts_on, ends_on, instructor, created_at)
SELECT (t.id - 1) / 200 + 1, printf('%032x', (t.id - 1) / 200 + 1),
       printf('Workshop %04d', (t.id - 1) / 200 + 1), t.country,
       date(1546300800 + t.id * 600, 'unixepoch'),
       date(1546300800 + t.id * 600 + 4 * 86400, 'unixepoch'),
       printf('Instructor %03d', ((t.id - 1) / 200) % 120), t.created_at
FROM trainee t WHERE (t.id - 1) % 200 = 0 ORDER BY t.id;
INSERT INTO workshop_member(workshop_id, trainee_id)
SELECT (id - 1) / 200 + 1, id FROM trainee ORDER BY id;

DROP TABLE gen_country;
DROP TABLE gen_module;
COMMIT;
PRAGMA journal_mode = WAL;
