package course.grader.gradebook;

import course.grader.report.Diagnostic;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The queries behind {@link Gradebook}'s reads. A read that takes several queries runs inside
 * {@link Transaction#read}, so all of them see the same submissions.
 */
final class GradebookReader {
  /**
   * Keeps, of each attempt, its newest row (the original or its latest regrade), which holds the
   * attempt's grade: see grader/docs/instructor.md.
   */
  private static final String CURRENT_GRADE =
      " s.id = (SELECT max(r.id) FROM submissions r WHERE r.id = coalesce(s.regrade_of, s.id)"
          + " OR r.regrade_of = coalesce(s.regrade_of, s.id))";

  private static final String SUBMISSION_COLUMNS =
      "SELECT id, student_id, exercise_slug, attempt, submitted_at, outcome, score, max_score,"
          + " sha256, duration_ms, grader_version, tests_hash, note FROM submissions";

  private final Connection connection;

  GradebookReader(Connection connection) {
    this.connection = connection;
  }

  List<Attempt> history(String studentId, String exerciseOrNull, boolean everyRow)
      throws SQLException {
    String filter =
        " WHERE s.student_id = ?"
            + (exerciseOrNull == null ? "" : " AND s.exercise_slug = ?")
            + (everyRow ? "" : " AND" + CURRENT_GRADE);
    Map<Long, List<TestResult>> tests = new HashMap<>();
    try (PreparedStatement query =
            prepare(
                "SELECT t.submission_id, t.test_id, t.name, t.visible, t.status, t.points,"
                    + " t.max_points, t.message, t.output, t.duration_ms FROM test_results t"
                    + " JOIN submissions s ON s.id = t.submission_id"
                    + filter
                    + " ORDER BY t.submission_id, t.ordinal",
                studentId,
                exerciseOrNull);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        tests.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(testResult(rows));
      }
    }
    Map<Long, List<Diagnostic>> diagnostics = new HashMap<>();
    try (PreparedStatement query =
            prepare(
                "SELECT d.submission_id, d.file, d.line, d.col, d.message FROM diagnostics d"
                    + " JOIN submissions s ON s.id = d.submission_id"
                    + filter
                    + " ORDER BY d.submission_id, d.ordinal",
                studentId,
                exerciseOrNull);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        diagnostics
            .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
            .add(
                new Diagnostic(
                    rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getString(5)));
      }
    }
    List<Attempt> attempts = new ArrayList<>();
    try (PreparedStatement query =
            prepare(
                SUBMISSION_COLUMNS + " s" + filter + " ORDER BY s.exercise_slug, s.attempt, s.id",
                studentId,
                exerciseOrNull);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        long id = rows.getLong(1);
        attempts.add(
            new Attempt(
                id,
                rows.getString(2),
                rows.getString(3),
                rows.getInt(4),
                UtcTime.parse(rows.getString(5)),
                Outcome.fromWire(rows.getString(6)),
                rows.getDouble(7),
                rows.getDouble(8),
                rows.getString(9),
                rows.getLong(10),
                rows.getString(11),
                rows.getString(12),
                rows.getString(13),
                tests.getOrDefault(id, List.of()),
                diagnostics.getOrDefault(id, List.of())));
      }
    }
    return attempts;
  }

  List<SubmittedFile> files(long submissionId) throws SQLException {
    List<SubmittedFile> files = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT name, content FROM submission_files WHERE submission_id = ? ORDER BY"
                + " ordinal")) {
      query.setLong(1, submissionId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          files.add(new SubmittedFile(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return files;
  }

  List<StoredAttempt> storedAttempts(String exercise, String studentOrNull, boolean every)
      throws SQLException {
    // o: the student's own attempt; c: the newest row of its lineage, which holds its grade.
    String sql =
        "SELECT o.id, o.student_id, o.attempt, o.submitted_at, c.outcome, c.score, c.max_score"
            + " FROM submissions o JOIN submissions c ON c.id = (SELECT max(r.id) FROM"
            + " submissions r WHERE r.id = o.id OR r.regrade_of = o.id)"
            + " WHERE o.regrade_of IS NULL AND o.exercise_slug = ?"
            + (studentOrNull == null ? "" : " AND o.student_id = ?")
            + (every
                ? ""
                : " AND o.attempt = (SELECT max(m.attempt) FROM submissions m"
                    + " WHERE m.student_id = o.student_id AND m.exercise_slug = o.exercise_slug"
                    + " AND m.regrade_of IS NULL)")
            + " ORDER BY o.student_id, o.attempt";
    List<StoredAttempt> attempts = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, exercise);
      if (studentOrNull != null) {
        query.setString(2, studentOrNull);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          attempts.add(
              new StoredAttempt(
                  id,
                  rows.getString(2),
                  rows.getInt(3),
                  UtcTime.parse(rows.getString(4)),
                  Outcome.fromWire(rows.getString(5)),
                  rows.getDouble(6),
                  rows.getDouble(7),
                  files(id)));
        }
      }
    }
    return attempts;
  }

  List<String> students() throws SQLException {
    List<String> students = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement("SELECT id FROM students ORDER BY id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        students.add(rows.getString(1));
      }
    }
    return students;
  }

  List<ExerciseRow> exercises() throws SQLException {
    List<ExerciseRow> exercises = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT slug, title, max_points, due FROM exercises ORDER BY slug");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        double maxPoints = rows.getDouble(3);
        OptionalDouble max = rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(maxPoints);
        Optional<OffsetDateTime> due =
            Optional.ofNullable(rows.getString(4)).map(OffsetDateTime::parse);
        exercises.add(new ExerciseRow(rows.getString(1), rows.getString(2), max, due));
      }
    }
    return exercises;
  }

  Map<String, Map<String, Double>> bestScores() throws SQLException {
    SortedMap<String, SortedMap<String, Double>> best = new TreeMap<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT student_id, exercise_slug, max(score) FROM submissions s WHERE"
                    + CURRENT_GRADE
                    + " GROUP BY student_id, exercise_slug");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        best.computeIfAbsent(rows.getString(1), student -> new TreeMap<>())
            .put(rows.getString(2), rows.getDouble(3));
      }
    }
    Map<String, Map<String, Double>> view = new TreeMap<>();
    best.forEach((student, scores) -> view.put(student, Collections.unmodifiableSortedMap(scores)));
    return Collections.unmodifiableMap(view);
  }

  private PreparedStatement prepare(String sql, String studentId, String exerciseOrNull)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setString(1, studentId);
    if (exerciseOrNull != null) {
      statement.setString(2, exerciseOrNull);
    }
    return statement;
  }

  private static TestResult testResult(ResultSet rows) throws SQLException {
    return new TestResult(
        rows.getString(2),
        rows.getString(3),
        rows.getInt(4) != 0,
        TestStatus.fromWire(rows.getString(5)),
        rows.getDouble(6),
        rows.getDouble(7),
        rows.getString(8),
        rows.getString(9),
        rows.getLong(10));
  }
}
