package course.grader.gradebook;

import course.grader.report.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One submission row without its files, tests or diagnostics: what grading policies need.
 *
 * @param attempt the student's attempt number (a regrade row has its own, after the attempts it
 *     regrades)
 * @param regradeOf the submission this row grades again, when it is a regrade
 * @param reason why it scored what it did when no test says: its note, else its first diagnostic
 *     ({@code file:line: message}); empty otherwise
 */
public record Submitted(
    long id,
    String studentId,
    String exercise,
    int attempt,
    Instant submittedAt,
    Outcome outcome,
    double score,
    double maxScore,
    OptionalLong regradeOf,
    String reason) {
  public Submitted {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(regradeOf, "regradeOf");
    reason = reason == null ? "" : reason;
  }

  /** A row without a stored reason. */
  public Submitted(
      long id,
      String studentId,
      String exercise,
      int attempt,
      Instant submittedAt,
      Outcome outcome,
      double score,
      double maxScore,
      OptionalLong regradeOf) {
    this(id, studentId, exercise, attempt, submittedAt, outcome, score, maxScore, regradeOf, "");
  }
}
