-- Gradebook schema, version 1.
-- Released scripts are never edited: a change to the schema is a new script V<n+1>__<what>.sql,
-- listed in Migrations.SCRIPTS. Each script runs in one transaction and is split at semicolons
-- outside quotes and comments, so it must not contain triggers (BEGIN ... END).
-- Times are ISO-8601 UTC instants with milliseconds (2026-03-01T09:15:00.000Z), which sort as text.
-- Nothing is ever deleted by grading: a resubmission or a regrade adds rows.

CREATE TABLE students (
  id         TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE exercises (
  slug       TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  -- NULL until a graded run tells how many points the tests are worth.
  max_points REAL,
  -- ISO-8601 date-time with its offset, as the catalog states it; NULL when there is no deadline.
  due        TEXT,
  -- SHA-256 of the test sources last used to grade this exercise.
  tests_hash TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE submissions (
  id             INTEGER PRIMARY KEY,
  student_id     TEXT    NOT NULL REFERENCES students(id),
  exercise_slug  TEXT    NOT NULL REFERENCES exercises(slug),
  attempt        INTEGER NOT NULL CHECK (attempt >= 1),
  submitted_at   TEXT    NOT NULL,
  -- SHA-256 over all submitted files (name, NUL, content, NUL, in order).
  sha256         TEXT    NOT NULL,
  -- out_of_memory and output_limit are admitted ahead of the sandbox work that produces them:
  -- SQLite cannot widen a CHECK without rebuilding the table.
  outcome        TEXT    NOT NULL
                 CHECK (outcome IN ('graded', 'compile_error', 'rejected', 'timed_out', 'crashed',
                                    'out_of_memory', 'output_limit')),
  score          REAL    NOT NULL CHECK (score >= 0),
  max_score      REAL    NOT NULL CHECK (max_score >= 0),
  duration_ms    INTEGER NOT NULL,
  grader_version TEXT    NOT NULL,
  tests_hash     TEXT    NOT NULL,
  note           TEXT    NOT NULL DEFAULT '',
  -- The submission this row grades again, when it is a regrade.
  regrade_of     INTEGER REFERENCES submissions(id),
  -- Its automatic index, led by (student_id, exercise_slug), also serves every lookup by
  -- student and exercise; a second index on those two columns would only slow down writes.
  UNIQUE (student_id, exercise_slug, attempt)
);

CREATE TABLE submission_files (
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  ordinal       INTEGER NOT NULL,
  name          TEXT    NOT NULL,
  sha256        TEXT    NOT NULL,
  content       TEXT    NOT NULL,
  PRIMARY KEY (submission_id, ordinal)
);

CREATE TABLE test_results (
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  ordinal       INTEGER NOT NULL,
  test_id       TEXT    NOT NULL,
  name          TEXT    NOT NULL,
  visible       INTEGER NOT NULL CHECK (visible IN (0, 1)),
  status        TEXT    NOT NULL
                CHECK (status IN ('passed', 'failed', 'errored', 'timed_out', 'crashed',
                                  'out_of_memory', 'output_limit')),
  points        REAL    NOT NULL CHECK (points >= 0 AND points <= max_points),
  max_points    REAL    NOT NULL CHECK (max_points >= 0),
  -- Capped by the writer; the checks catch a writer that forgets.
  message       TEXT    NOT NULL DEFAULT '' CHECK (length(message) <= 4000),
  output        TEXT    NOT NULL DEFAULT '' CHECK (length(output) <= 4000),
  duration_ms   INTEGER NOT NULL,
  PRIMARY KEY (submission_id, ordinal)
);

CREATE TABLE diagnostics (
  submission_id INTEGER NOT NULL REFERENCES submissions(id),
  ordinal       INTEGER NOT NULL,
  file          TEXT    NOT NULL,
  -- 1-based; 0 when unknown.
  line          INTEGER NOT NULL,
  col           INTEGER NOT NULL,
  message       TEXT    NOT NULL CHECK (length(message) <= 4000),
  PRIMARY KEY (submission_id, ordinal)
);
