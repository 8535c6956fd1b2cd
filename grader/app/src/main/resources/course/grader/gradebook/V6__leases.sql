-- Gradebook schema, version 6: grading workers. A queued job is taken under a lease (a random id,
-- its worker, and a deadline the worker renews while grading); a job whose lease ran out is free
-- again, and a result is stored only by the worker whose lease is the job's current one, in the
-- same transaction that marks the job done. Times in milliseconds since 1970 (UTC) are BIGINT so
-- that one script serves SQLite and PostgreSQL.
ALTER TABLE queue ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
-- The client's key for this submission: a retry of the same request finds the job, never a second.
ALTER TABLE queue ADD COLUMN client_key TEXT;
-- SHA-256 of the exercise's files when the job was queued; a worker with other files refuses it.
ALTER TABLE queue ADD COLUMN exercise_hash TEXT;
ALTER TABLE queue ADD COLUMN lease_id TEXT;
ALTER TABLE queue ADD COLUMN lease_owner TEXT;
ALTER TABLE queue ADD COLUMN lease_until BIGINT;
-- How many times a worker took the job (more than once: a worker died or lost its lease).
ALTER TABLE queue ADD COLUMN taken INTEGER NOT NULL DEFAULT 0;
-- The answer the server sends for this job (the report as JSON), written with the grade.
ALTER TABLE queue ADD COLUMN result TEXT;
-- For a queued regrade: the submission graded again (its regrade row is the job's result).
ALTER TABLE queue ADD COLUMN regrade_of BIGINT REFERENCES submissions(id);

CREATE UNIQUE INDEX queue_by_key ON queue(student_id, client_key);
CREATE INDEX queue_to_take ON queue(state, priority, id);

-- Every process that grades from this gradebook (a server's own grading threads or a
-- `course worker`), with its last heartbeat.
CREATE TABLE workers (
  id           TEXT PRIMARY KEY,
  host         TEXT NOT NULL,
  jobs         INTEGER NOT NULL,
  started_at   BIGINT NOT NULL,
  heartbeat_at BIGINT NOT NULL,
  graded       BIGINT NOT NULL DEFAULT 0
);
