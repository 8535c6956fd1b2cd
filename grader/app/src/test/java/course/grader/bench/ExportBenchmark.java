package course.grader.bench;

import course.grader.export.ExportFormat;
import course.grader.gradebook.Gradebook;
import course.grader.policy.GradeSheet;
import course.grader.policy.LatePolicy;
import course.grader.policy.Policy;
import course.grader.policy.Selection;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times every export format on a generated gradebook (students x exercises x attempts, five tests
 * per attempt) against plain JDBC dumps of the same file in the same JVM: {@code SELECT *} of the
 * submissions (the baseline of the one-row-per-student formats) and of submissions joined with
 * their test results (the baseline of detailed-csv). Prints medians and ratios.
 *
 * <pre>java -cp ... course.grader.bench.ExportBenchmark FILE [STUDENTS EXERCISES ATTEMPTS RUNS]
 * </pre>
 */
public final class ExportBenchmark {
  private static final int TESTS = 5;

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int students = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int exercises = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int attempts = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    Files.deleteIfExists(file);
    Gradebook.open(file).close(); // the real schema, through the real migrations
    long start = System.nanoTime();
    generate(file, students, exercises, attempts);
    System.out.printf(
        Locale.ROOT,
        "generated %d students x %d exercises x %d attempts (%d submissions, %d test rows) in %d"
            + " ms%n",
        students,
        exercises,
        attempts,
        (long) students * exercises * attempts,
        (long) students * exercises * attempts * TESTS,
        (System.nanoTime() - start) / 1_000_000);

    Policy policy =
        new Policy(
            Selection.BEST,
            new LatePolicy(new BigDecimal("0.1"), new BigDecimal("0.5"), Duration.ofMinutes(15)));
    List<String> order = new ArrayList<>();
    for (int e = 0; e < exercises; e++) {
      order.add(String.format(Locale.ROOT, "ex%02d", e));
    }
    long dumpSubmissions = median(runs, () -> dump(file, "SELECT * FROM submissions"));
    long dumpTests =
        median(
            runs,
            () ->
                dump(
                    file,
                    "SELECT * FROM submissions s LEFT JOIN test_results t"
                        + " ON t.submission_id = s.id"));
    System.out.printf(
        Locale.ROOT, "%-34s %7d ms%n", "baseline SELECT * submissions", dumpSubmissions);
    System.out.printf(
        Locale.ROOT, "%-34s %7d ms%n", "baseline SELECT * with test_results", dumpTests);
    try (Gradebook gradebook = Gradebook.open(file)) {
      for (ExportFormat format : ExportFormat.values()) {
        long ms =
            median(
                runs,
                () -> {
                  StringBuilder out = new StringBuilder();
                  GradeSheet sheet = GradeSheet.build(gradebook, policy, order, List.of(), null);
                  format.writer(gradebook).write(sheet, out);
                  return out.length();
                });
        long baseline = format == ExportFormat.DETAILED_CSV ? dumpTests : dumpSubmissions;
        System.out.printf(
            Locale.ROOT,
            "%-34s %7d ms  %5.2fx baseline%n",
            "export " + format.wireName(),
            ms,
            (double) ms / Math.max(1, baseline));
      }
    }
  }

  /** One transaction of plain inserts; times spread around a due date so penalties apply. */
  private static void generate(Path file, int students, int exercises, int attempts)
      throws SQLException {
    Instant due = Instant.parse("2026-12-01T23:59:00Z");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      c.setAutoCommit(false);
      try (PreparedStatement student = c.prepareStatement("INSERT INTO students VALUES (?, ?)");
          PreparedStatement exercise =
              c.prepareStatement("INSERT INTO exercises VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement submission =
              c.prepareStatement(
                  "INSERT INTO submissions(id, student_id, exercise_slug, attempt, submitted_at,"
                      + " sha256, outcome, score, max_score, duration_ms, grader_version,"
                      + " tests_hash) VALUES (?, ?, ?, ?, ?, 'sha', 'graded', ?, 10, 900, 'bench',"
                      + " 'h')");
          PreparedStatement test =
              c.prepareStatement(
                  "INSERT INTO test_results VALUES (?, ?, ?, ?, 1, ?, ?, 2, ?, '', 3)")) {
        for (int e = 0; e < exercises; e++) {
          String slug = String.format(Locale.ROOT, "ex%02d", e);
          exercise.setString(1, slug);
          exercise.setString(2, "Exercise " + e);
          exercise.setDouble(3, 10);
          exercise.setString(4, due.plus(Duration.ofDays(7L * e)).toString());
          exercise.setString(5, "h");
          exercise.setString(6, "2026-01-01T00:00:00.000Z");
          exercise.addBatch();
        }
        exercise.executeBatch();
        long id = 0;
        for (int s = 0; s < students; s++) {
          String sid = String.format(Locale.ROOT, "student%04d", s);
          student.setString(1, sid);
          student.setString(2, "2026-01-01T00:00:00.000Z");
          student.addBatch();
          for (int e = 0; e < exercises; e++) {
            for (int a = 1; a <= attempts; a++) {
              id++;
              // From 2 days early to 2 days late, by hours, so every timeliness occurs.
              Instant at =
                  due.plus(Duration.ofDays(7L * e)).plus(Duration.ofHours((id * 7) % 97 - 48));
              int passed = (int) ((id * 31 + s) % (TESTS + 1));
              submission.setLong(1, id);
              submission.setString(2, sid);
              submission.setString(3, String.format(Locale.ROOT, "ex%02d", e));
              submission.setInt(4, a);
              submission.setString(
                  5, String.format(Locale.ROOT, "%sZ", at.toString().replace("Z", ".000")));
              submission.setDouble(6, passed * 2);
              submission.addBatch();
              for (int t = 0; t < TESTS; t++) {
                boolean pass = t < passed;
                test.setLong(1, id);
                test.setInt(2, t);
                test.setString(3, "t" + t);
                test.setString(4, "test number " + t);
                test.setString(5, pass ? "passed" : "failed");
                test.setDouble(6, pass ? 2 : 0);
                test.setString(7, pass ? "" : "expected <1>, but was: <2>");
                test.addBatch();
              }
            }
          }
          submission.executeBatch();
          test.executeBatch();
        }
        student.executeBatch();
      }
      c.commit();
    }
  }

  /** Every row's columns, comma-joined, into memory: what any export must at least do. */
  private static long dump(Path file, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          out.append(rows.getString(i)).append(i == columns ? '\n' : ',');
        }
      }
    }
    return out.length();
  }

  interface Work {
    long run() throws SQLException, IOException;
  }

  /** Median wall time of {@code runs} runs after one warm-up run, in milliseconds. */
  private static long median(int runs, Work work) throws SQLException, IOException {
    work.run();
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      times[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(times);
    return times[runs / 2];
  }
}
