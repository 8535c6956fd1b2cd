package course.grader.gradebook;

import course.grader.report.Diagnostic;
import course.grader.report.GradeReport;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import course.grader.report.TestResult;
import course.grader.report.TestStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Grade reports and raw SQL access for gradebook and export tests. */
public final class SampleReports {
  public static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00.123Z");

  private SampleReports() {}

  public static TestResult passed(String id, double points) {
    return new TestResult(id, "test " + id, true, TestStatus.PASSED, points, points, "", "", 5);
  }

  public static TestResult failed(String id, double maxPoints) {
    return new TestResult(
        id, "test " + id, false, TestStatus.FAILED, 0, maxPoints, "expected 3 but was 4", "", 7);
  }

  /** A graded run of {@code Solution.java} with the given tests. */
  public static GradeReport graded(String exercise, TestResult... tests) {
    return new GradeReport(
        exercise,
        List.of(new SubmittedFile("Solution.java", "class Solution { /* " + exercise + " */ }")),
        Outcome.GRADED,
        Arrays.asList(tests),
        List.of(),
        "tests-hash-of-" + exercise,
        "",
        1234);
  }

  /** A submission of {@code exercise} that did not compile. */
  public static GradeReport compileError(String exercise) {
    return new GradeReport(
        exercise,
        List.of(new SubmittedFile("Solution.java", "class Solution {")),
        Outcome.COMPILE_ERROR,
        List.of(),
        List.of(new Diagnostic("Solution.java", 1, 17, "reached end of file while parsing")),
        "",
        "",
        300);
  }

  /** Runs one query on its own connection and returns the first column of the first row. */
  public static String queryOne(Path file, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** Runs statements on their own connection, outside any gradebook. */
  public static void execute(Path file, String... sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String s : sql) {
        statement.execute(s);
      }
    }
  }

  public static int count(Path file, String table) throws SQLException {
    return Integer.parseInt(queryOne(file, "SELECT count(*) FROM " + table));
  }
}
