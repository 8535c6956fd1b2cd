-- Gradebook schema, version 2: the roster and deadline extensions.
-- Both are instructor input, not grading results: grading never writes them, and exports read them
-- to apply policies at export time (nothing policy-dependent is ever stored with a submission).

-- Who a student id is, for the LMS formats (Canvas, Moodle) and for display. A roster row may name
-- a student who has not submitted yet; it does not reference students(id) for that reason.
CREATE TABLE roster (
  student_id  TEXT PRIMARY KEY,
  name        TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  sis_id      TEXT NOT NULL DEFAULT '',
  section     TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
);

-- A later deadline for one student on one exercise. Rows are only added: the newest grant (highest
-- id) for a student and exercise is the one in force, so the history of grants stays readable.
-- `until` is an ISO-8601 UTC instant with milliseconds, like submitted_at.
CREATE TABLE extensions (
  id            INTEGER PRIMARY KEY,
  student_id    TEXT NOT NULL,
  exercise_slug TEXT NOT NULL,
  until         TEXT NOT NULL,
  granted_at    TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT ''
);

CREATE INDEX extensions_by_student_exercise ON extensions(student_id, exercise_slug, id);
