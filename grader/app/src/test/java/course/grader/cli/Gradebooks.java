package course.grader.cli;

import static course.grader.gradebook.SampleReports.failed;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.SampleReports;
import course.grader.report.GradeReport;
import course.grader.report.TestResult;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes hand-made submissions with chosen times into a real gradebook file. */
final class Gradebooks {
  private Gradebooks() {}

  /** A graded run of {@code exercise} worth 10 points that earned {@code score}. */
  static long submit(
      Gradebook gradebook, String student, String exercise, Instant at, double score) {
    List<TestResult> tests = new ArrayList<>();
    tests.add(passed("a", score));
    if (score < 10) {
      tests.add(failed("b", 10 - score));
    }
    GradeReport report = graded(exercise, tests.toArray(TestResult[]::new));
    return gradebook.record(student, exercise, report, at, "test").submissionId();
  }

  /**
   * A regrade of submission {@code original} worth 10 points that earned {@code score}, written by
   * the gradebook's own regrade writer: it repeats the original's attempt number and time.
   */
  static long regrade(Path db, long original, double score, Instant at) throws SQLException {
    List<TestResult> tests = new ArrayList<>();
    tests.add(passed("a", score));
    if (score < 10) {
      tests.add(failed("b", 10 - score));
    }
    String exercise =
        SampleReports.queryOne(db, "SELECT exercise_slug FROM submissions WHERE id = " + original);
    try (Gradebook gradebook = Gradebook.open(db)) {
      return gradebook
          .recordRegrade(original, graded(exercise, tests.toArray(TestResult[]::new)), at, "test")
          .submissionId();
    }
  }
}
