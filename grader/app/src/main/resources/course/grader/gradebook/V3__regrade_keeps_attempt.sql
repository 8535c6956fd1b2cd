-- Gradebook schema, version 3: a regrade row keeps the attempt number of the submission it grades
-- again.
-- Version 1 made (student_id, exercise_slug, attempt) unique over every row, so a regrade could
-- only take a new attempt number and look like one more attempt by the student. Now only the
-- student's own attempts (regrade_of IS NULL) are unique per number; a regrade row repeats its
-- original's attempt and submitted_at, and regrade_of names that original (always the original,
-- never another regrade). The grade of an attempt is its newest row: the highest id among the
-- original and the rows whose regrade_of is the original's id.
-- SQLite cannot drop a table constraint, so the table is rebuilt as SQLite's documentation says
-- (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): Migrations switches
-- foreign keys off around this script and runs PRAGMA foreign_key_check before it commits.
-- PostgreSQL can drop the constraint by name (the one V1's UNIQUE got), so it skips the rebuild:
-- the statements tagged --@sqlite run on SQLite only, --@postgresql on PostgreSQL only.

--@sqlite
CREATE TABLE submissions_v3 (
  id             INTEGER PRIMARY KEY,
  student_id     TEXT    NOT NULL REFERENCES students(id),
  exercise_slug  TEXT    NOT NULL REFERENCES exercises(slug),
  attempt        INTEGER NOT NULL CHECK (attempt >= 1),
  submitted_at   TEXT    NOT NULL,
  -- SHA-256 over all submitted files (name, NUL, content, NUL, in order).
  sha256         TEXT    NOT NULL,
  outcome        TEXT    NOT NULL
                 CHECK (outcome IN ('graded', 'compile_error', 'rejected', 'timed_out', 'crashed',
                                    'out_of_memory', 'output_limit')),
  score          REAL    NOT NULL CHECK (score >= 0),
  max_score      REAL    NOT NULL CHECK (max_score >= 0),
  duration_ms    INTEGER NOT NULL,
  grader_version TEXT    NOT NULL,
  tests_hash     TEXT    NOT NULL,
  note           TEXT    NOT NULL DEFAULT '',
  -- The student's original submission this row grades again; NULL for the student's own attempt.
  regrade_of     INTEGER REFERENCES submissions(id)
);

--@sqlite
INSERT INTO submissions_v3 (id, student_id, exercise_slug, attempt, submitted_at, sha256, outcome,
                            score, max_score, duration_ms, grader_version, tests_hash, note,
                            regrade_of)
  SELECT id, student_id, exercise_slug, attempt, submitted_at, sha256, outcome, score, max_score,
         duration_ms, grader_version, tests_hash, note, regrade_of
  FROM submissions;

--@sqlite
DROP TABLE submissions;

--@sqlite
ALTER TABLE submissions_v3 RENAME TO submissions;

--@postgresql
ALTER TABLE submissions DROP CONSTRAINT submissions_student_id_exercise_slug_attempt_key;

-- One row per attempt number among the student's own attempts.
CREATE UNIQUE INDEX submissions_attempt ON submissions (student_id, exercise_slug, attempt)
  WHERE regrade_of IS NULL;

-- Every lookup by student and exercise (the partial index above only serves queries that say
-- regrade_of IS NULL).
CREATE INDEX submissions_student_exercise ON submissions (student_id, exercise_slug, attempt);

CREATE INDEX submissions_regrade_of ON submissions (regrade_of) WHERE regrade_of IS NOT NULL;
