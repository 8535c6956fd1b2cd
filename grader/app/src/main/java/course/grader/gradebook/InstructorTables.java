package course.grader.gradebook;

import course.grader.report.Outcome;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The queries behind the instructor's side of {@link Gradebook}: the roster, extensions, and the
 * bulk reads exports make. The caller holds the transaction.
 */
final class InstructorTables {
  private final Connection connection;

  InstructorTables(Connection connection) {
    this.connection = connection;
  }

  void upsertRoster(List<RosterEntry> entries, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO roster(student_id, name, email, sis_id, section, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(student_id) DO UPDATE SET"
                + " name = excluded.name, email = excluded.email, sis_id = excluded.sis_id,"
                + " section = excluded.section, imported_at = excluded.imported_at")) {
      for (RosterEntry entry : entries) {
        insert.setString(1, entry.studentId());
        insert.setString(2, entry.name());
        insert.setString(3, entry.email());
        insert.setString(4, entry.sisId());
        insert.setString(5, entry.section());
        insert.setString(6, UtcTime.format(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  Map<String, RosterEntry> roster() throws SQLException {
    Map<String, RosterEntry> roster = new LinkedHashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT student_id, name, email, sis_id, section FROM roster ORDER BY student_id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        roster.put(
            rows.getString(1),
            new RosterEntry(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5)));
      }
    }
    return roster;
  }

  void upsertCanvasUsers(Map<String, String> canvasUserIds, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO canvas_users(student_id, canvas_user_id, seen_at) VALUES (?, ?, ?)"
                + " ON CONFLICT(student_id) DO UPDATE SET"
                + " canvas_user_id = excluded.canvas_user_id, seen_at = excluded.seen_at")) {
      for (Map.Entry<String, String> entry : canvasUserIds.entrySet()) {
        insert.setString(1, entry.getKey());
        insert.setString(2, entry.getValue());
        insert.setString(3, UtcTime.format(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  Map<String, String> canvasUsers() throws SQLException {
    Map<String, String> users = new LinkedHashMap<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT student_id, canvas_user_id FROM canvas_users ORDER BY student_id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        users.put(rows.getString(1), rows.getString(2));
      }
    }
    return users;
  }

  void insertExtension(Extension extension) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO extensions(student_id, exercise_slug, until, granted_at, note)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, extension.studentId());
      insert.setString(2, extension.exercise());
      insert.setString(3, UtcTime.format(extension.until()));
      insert.setString(4, UtcTime.format(extension.grantedAt()));
      insert.setString(5, extension.note());
      insert.executeUpdate();
    }
  }

  /** The extension in force for each student and exercise (the newest grant), sorted by both. */
  List<Extension> extensions() throws SQLException {
    List<Extension> extensions = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT e.student_id, e.exercise_slug, e.until, e.granted_at, e.note"
                    + " FROM extensions e WHERE e.id = (SELECT max(n.id) FROM extensions n"
                    + " WHERE n.student_id = e.student_id AND n.exercise_slug = e.exercise_slug)"
                    + " ORDER BY e.student_id, e.exercise_slug");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        extensions.add(
            new Extension(
                rows.getString(1),
                rows.getString(2),
                UtcTime.parse(rows.getString(3)),
                UtcTime.parse(rows.getString(4)),
                rows.getString(5)));
      }
    }
    return extensions;
  }

  /**
   * SQL for a submission's reason (alias {@code s}): its note, else its first diagnostic as {@code
   * file:line: message}.
   */
  private static final String REASON =
      "COALESCE(NULLIF(s.note, ''), (SELECT d.file || CASE WHEN d.line > 0 THEN ':' || d.line"
          + " ELSE '' END || ': ' || d.message FROM diagnostics d WHERE d.submission_id = s.id"
          + " ORDER BY d.ordinal LIMIT 1), '')";

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("").strip();
  }

  /** Every submission, by student, exercise and attempt. */
  List<Submitted> submissions(String studentOrNull) throws SQLException {
    List<Submitted> submissions = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT s.id, s.student_id, s.exercise_slug, s.attempt, s.submitted_at, s.outcome,"
                + " s.score, s.max_score, s.regrade_of, "
                + REASON
                + " FROM submissions s"
                + (studentOrNull == null ? "" : " WHERE s.student_id = ?")
                + " ORDER BY s.student_id, s.exercise_slug, s.attempt, s.id")) {
      if (studentOrNull != null) {
        query.setString(1, studentOrNull);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          submissions.add(submitted(rows, 10));
        }
      }
    }
    return submissions;
  }

  /**
   * Every submission with each of its test results (one visit with a null test for a submission
   * without any), by student, exercise, attempt and test order. The order follows the submissions'
   * unique index and the test results' primary key, so SQLite sorts nothing.
   */
  void forEachSubmissionTest(Gradebook.SubmissionTestVisitor visitor) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT s.id, s.student_id, s.exercise_slug, s.attempt, s.submitted_at,"
                    + " s.outcome, s.score, s.max_score, s.regrade_of, t.test_id, t.name,"
                    + " t.visible, t.status, t.points, t.max_points, t.message, t.output,"
                    + " t.duration_ms, "
                    + REASON
                    + " FROM submissions s"
                    + " LEFT JOIN test_results t ON t.submission_id = s.id"
                    + " ORDER BY s.student_id, s.exercise_slug, s.attempt, s.id, t.ordinal");
        ResultSet rows = query.executeQuery()) {
      Submitted current = null;
      while (rows.next()) {
        long id = rows.getLong(1);
        if (current == null || current.id() != id) {
          current = submitted(rows, 19);
        }
        String testId = rows.getString(10);
        visitor.visit(
            current,
            testId == null
                ? null
                : new TestResult(
                    testId,
                    rows.getString(11),
                    rows.getInt(12) != 0,
                    TestStatus.fromWire(rows.getString(13)),
                    rows.getDouble(14),
                    rows.getDouble(15),
                    rows.getString(16),
                    rows.getString(17),
                    rows.getLong(18)));
      }
    }
  }

  /**
   * The submission in columns 1 to 9 of {@code rows} (id, student_id, exercise_slug, attempt,
   * submitted_at, outcome, score, max_score, regrade_of) and its {@link #REASON} in column {@code
   * reasonColumn}.
   */
  private static Submitted submitted(ResultSet rows, int reasonColumn) throws SQLException {
    long regradeOfId = rows.getLong(9);
    OptionalLong regradeOf = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(regradeOfId);
    return new Submitted(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getInt(4),
        UtcTime.parse(rows.getString(5)),
        Outcome.fromWire(rows.getString(6)),
        rows.getDouble(7),
        rows.getDouble(8),
        regradeOf,
        firstLine(rows.getString(reasonColumn)));
  }
}
