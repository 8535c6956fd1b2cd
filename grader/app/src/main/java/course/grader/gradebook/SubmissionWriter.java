package course.grader.gradebook;

import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The inserts behind {@link Gradebook#record}; the caller holds the transaction. */
final class SubmissionWriter {
  private final Connection connection;
  private final Dialect dialect;

  SubmissionWriter(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  Recorded insert(
      String studentId,
      String exerciseTitle,
      GradeReport report,
      Instant submittedAt,
      String graderVersion)
      throws SQLException {
    String now = UtcTime.format(submittedAt);
    upsertStudent(studentId, now);
    upsertExercise(report, exerciseTitle, now);
    int attempt = nextAttempt(studentId, report.exercise());
    long id = insertSubmission(studentId, report, attempt, now, graderVersion, null);
    insertRows(id, report);
    return new Recorded(id, attempt);
  }

  /**
   * Adds a regrade of the student's own attempt {@code originalId}: a row with the original's
   * student, attempt number and time, {@code regrade_of} pointing at the original.
   */
  Recorded insertRegrade(long originalId, GradeReport report, Instant now, String graderVersion)
      throws SQLException {
    String studentId;
    int attempt;
    String submittedAt;
    String title;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT s.student_id, s.attempt, s.submitted_at, e.title, s.exercise_slug"
                + " FROM submissions s JOIN exercises e ON e.slug = s.exercise_slug"
                + " WHERE s.id = ? AND s.regrade_of IS NULL")) {
      query.setLong(1, originalId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalArgumentException(
              "submission " + originalId + " is not a student's own attempt");
        }
        if (!rows.getString(5).equals(report.exercise())) {
          throw new IllegalArgumentException(
              "submission " + originalId + " is of " + rows.getString(5));
        }
        studentId = rows.getString(1);
        attempt = rows.getInt(2);
        submittedAt = rows.getString(3);
        title = rows.getString(4);
      }
    }
    upsertExercise(report, title, UtcTime.format(now));
    long id = insertSubmission(studentId, report, attempt, submittedAt, graderVersion, originalId);
    insertRows(id, report);
    return new Recorded(id, attempt);
  }

  private void insertRows(long id, GradeReport report) throws SQLException {
    insertFiles(id, report.files());
    insertTests(id, report.tests());
    insertDiagnostics(id, report.diagnostics());
  }

  void defineExercise(String slug, String title, Optional<OffsetDateTime> due, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO exercises(slug, title, due, updated_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT(slug) DO UPDATE SET title = excluded.title,"
                + " due = excluded.due, updated_at = excluded.updated_at")) {
      insert.setString(1, slug);
      insert.setString(2, title);
      insert.setString(3, due.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null));
      insert.setString(4, UtcTime.format(now));
      insert.executeUpdate();
    }
  }

  private void upsertStudent(String studentId, String now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO students(id, created_at) VALUES (?, ?) ON CONFLICT(id) DO NOTHING")) {
      insert.setString(1, studentId);
      insert.setString(2, now);
      insert.executeUpdate();
    }
  }

  private void upsertExercise(GradeReport report, String title, String now) throws SQLException {
    // A run without tests (compile error, rejected) says nothing about what the exercise is
    // worth or which tests it has: keep what an earlier run stored instead of writing 0 and "".
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO exercises(slug, title, max_points, tests_hash, updated_at)"
                + " VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT(slug) DO UPDATE SET title = excluded.title,"
                + " max_points = coalesce(excluded.max_points, exercises.max_points),"
                + " tests_hash = coalesce(excluded.tests_hash, exercises.tests_hash),"
                + " updated_at = excluded.updated_at")) {
      insert.setString(1, report.exercise());
      insert.setString(2, title);
      if (report.tests().isEmpty()) {
        insert.setNull(3, Types.REAL);
      } else {
        insert.setDouble(3, report.maxScore());
      }
      insert.setString(4, report.testsHash().isEmpty() ? null : report.testsHash());
      insert.setString(5, now);
      insert.executeUpdate();
    }
  }

  private int nextAttempt(String studentId, String exercise) throws SQLException {
    // Safe only because the transaction holds the lock on this pair (SQLite: BEGIN IMMEDIATE's
    // write lock; PostgreSQL: an advisory lock until commit): no other writer can take the same
    // number between this read and the insert.
    dialect.lockAttempts(connection, studentId, exercise);
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT coalesce(max(attempt), 0) + 1 FROM submissions"
                + " WHERE student_id = ? AND exercise_slug = ? AND regrade_of IS NULL")) {
      query.setString(1, studentId);
      query.setString(2, exercise);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private long insertSubmission(
      String studentId,
      GradeReport report,
      int attempt,
      String submittedAt,
      String graderVersion,
      Long regradeOf)
      throws SQLException {
    try (PreparedStatement insert =
        dialect.prepareInsert(
            connection,
            "INSERT INTO submissions(student_id, exercise_slug, attempt, submitted_at, sha256,"
                + " outcome, score, max_score, duration_ms, grader_version, tests_hash, note,"
                + " regrade_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, studentId);
      insert.setString(2, report.exercise());
      insert.setInt(3, attempt);
      insert.setString(4, submittedAt);
      insert.setString(5, report.submissionHash());
      insert.setString(6, report.outcome().wireName());
      insert.setDouble(7, report.score());
      insert.setDouble(8, report.maxScore());
      insert.setLong(9, report.durationMillis());
      insert.setString(10, graderVersion);
      insert.setString(11, report.testsHash());
      insert.setString(12, dialect.storable(report.note()));
      if (regradeOf == null) {
        insert.setNull(13, Types.INTEGER);
      } else {
        insert.setLong(13, regradeOf);
      }
      insert.executeUpdate();
      return dialect.insertedId(insert);
    }
  }

  private void insertFiles(long id, List<SubmittedFile> files) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO submission_files(submission_id, ordinal, name, sha256, content)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < files.size(); i++) {
        SubmittedFile file = files.get(i);
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, file.name());
        insert.setString(4, file.sha256());
        insert.setString(5, dialect.storable(file.content()));
        insert.executeUpdate();
      }
    }
  }

  private void insertTests(long id, List<TestResult> tests) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO test_results(submission_id, ordinal, test_id, name, visible, status,"
                + " points, max_points, message, output, duration_ms)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < tests.size(); i++) {
        TestResult test = tests.get(i);
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, test.id());
        insert.setString(4, test.name());
        insert.setInt(5, test.visible() ? 1 : 0);
        insert.setString(6, test.status().wireName());
        insert.setDouble(7, test.points());
        insert.setDouble(8, test.maxPoints());
        insert.setString(9, dialect.storable(cap(test.message())));
        insert.setString(10, dialect.storable(capOutput(test.output())));
        insert.setLong(11, test.durationMillis());
        insert.executeUpdate();
      }
    }
  }

  private void insertDiagnostics(long id, List<Diagnostic> diagnostics) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO diagnostics(submission_id, ordinal, file, line, col, message)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < diagnostics.size(); i++) {
        Diagnostic diagnostic = diagnostics.get(i);
        insert.setLong(1, id);
        insert.setInt(2, i);
        insert.setString(3, diagnostic.file());
        insert.setLong(4, diagnostic.line());
        insert.setLong(5, diagnostic.column());
        insert.setString(6, dialect.storable(cap(diagnostic.message())));
        insert.executeUpdate();
      }
    }
  }

  /** Captured output cut like the harness cuts it, with a visible marker, when it is too long. */
  static String capOutput(String text) {
    if (text.length() <= Gradebook.MAX_TEXT) {
      return text;
    }
    String marker = "\n[output truncated]";
    int end = Gradebook.MAX_TEXT - marker.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + marker;
  }

  /**
   * At most {@link Gradebook#MAX_TEXT} characters, ending in "…" when cut: a test that floods its
   * output must not grow the gradebook by megabytes per run.
   */
  static String cap(String text) {
    if (text.length() <= Gradebook.MAX_TEXT) {
      return text;
    }
    int end = Gradebook.MAX_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never keep half of a character
    }
    return text.substring(0, end) + "…";
  }
}
