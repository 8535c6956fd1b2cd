package course.grader.cli;

import static course.grader.gradebook.SampleReports.failed;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;

import course.grader.gradebook.Gradebook;
import course.grader.gradebook.SampleReports;
import course.grader.judge.GradeReport;
import course.grader.judge.TestResult;
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
   * A regrade row of submission {@code original}, as the batch regrade writes it: a row of its own
   * with the next attempt number, its own (later) time and {@code regrade_of} set.
   */
  static long regrade(Path db, long original, double score, Instant at) throws SQLException {
    SampleReports.execute(
        db,
        "INSERT INTO submissions(student_id, exercise_slug, attempt, submitted_at, sha256, outcome,"
            + " score, max_score, duration_ms, grader_version, tests_hash, note, regrade_of)"
            + " SELECT student_id, exercise_slug,"
            + " (SELECT max(attempt) + 1 FROM submissions s WHERE s.student_id = o.student_id"
            + " AND s.exercise_slug = o.exercise_slug),"
            + " '"
            + at
            + "', sha256, 'graded', "
            + score
            + ", 10, 1, 'test', 'regraded-tests', 'regrade', id FROM submissions o WHERE id = "
            + original);
    return Long.parseLong(SampleReports.queryOne(db, "SELECT max(id) FROM submissions"));
  }
}
