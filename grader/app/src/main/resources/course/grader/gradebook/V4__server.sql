-- Gradebook schema, version 4: what the grading server (course serve) keeps.

-- One token per student, stored only as its SHA-256; issuing a new one replaces (revokes) the old.
CREATE TABLE tokens (
  student_id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  issued_at  TEXT NOT NULL
);

-- The queue is the gradebook: every submission the server accepts is a row here, state 'queued',
-- before any grading starts. Grading ends by recording the attempt and setting state 'done' with
-- its submission id in one transaction, so a server killed at any moment grades each row exactly
-- once when it starts again. `files` is the JSON array of {name, content} as uploaded.
CREATE TABLE queue (
  id            INTEGER PRIMARY KEY,
  student_id    TEXT NOT NULL,
  exercise_slug TEXT NOT NULL,
  files         TEXT NOT NULL,
  submitted_at  TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('queued', 'done')),
  submission_id INTEGER REFERENCES submissions(id)
);

CREATE INDEX queue_by_state ON queue(state, id);
