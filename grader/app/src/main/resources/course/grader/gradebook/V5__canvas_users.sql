-- Gradebook schema, version 5: Canvas's user ids, as Canvas's submission downloads name them
-- ("doejane_12345_678901_HeightChecker.java": 12345). The Canvas export fills its ID column from
-- here, so an import matches students without a roster. Like the roster, instructor input that
-- grading results never depend on; a student may have one before a grade is recorded.
CREATE TABLE canvas_users (
  student_id     TEXT PRIMARY KEY,
  canvas_user_id TEXT NOT NULL,
  seen_at        TEXT NOT NULL
);
