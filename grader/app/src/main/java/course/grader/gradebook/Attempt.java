package course.grader.gradebook;

import course.grader.report.Diagnostic;
import course.grader.report.Outcome;
import course.grader.report.TestResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored submission with its test results and diagnostics (the file texts are loaded on demand
 * with {@link Gradebook#files(long)}). Test messages and outputs are as stored: capped at {@value
 * Gradebook#MAX_TEXT} characters.
 *
 * @param submittedAt to the millisecond, as stored
 * @param sha256 the {@link course.grader.report.GradeReport#submissionHash() submission hash}
 * @param testsHash SHA-256 of the test sources that graded it; empty when none ran
 */
public record Attempt(
    long submissionId,
    String studentId,
    String exercise,
    int attempt,
    Instant submittedAt,
    Outcome outcome,
    double score,
    double maxScore,
    String sha256,
    long durationMillis,
    String graderVersion,
    String testsHash,
    String note,
    List<TestResult> tests,
    List<Diagnostic> diagnostics) {
  public Attempt {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(outcome, "outcome");
    tests = List.copyOf(tests);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Why it scored what it did when no test says: the note, else the first diagnostic. */
  public String reason() {
    return course.grader.report.GradeReport.reason(note, diagnostics);
  }
}
