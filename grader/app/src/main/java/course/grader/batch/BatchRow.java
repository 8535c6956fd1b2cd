package course.grader.batch;

import course.grader.report.Outcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's line in the summary of {@code course grade}.
 *
 * @param outcome empty when the submission could not be graded at all (then {@code message} says
 *     why and nothing was recorded)
 * @param attempt the recorded attempt number; 0 when nothing was recorded
 * @param message why it was not graded, or why the run scored what it did (its note, else its first
 *     diagnostic, as {@link course.grader.report.GradeReport#reason()}); empty otherwise
 */
public record BatchRow(
    String student,
    Optional<Outcome> outcome,
    double score,
    double maxScore,
    int attempt,
    String message) {
  public BatchRow {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
  }

  static BatchRow notGraded(String student, String why) {
    return new BatchRow(student, Optional.empty(), 0, 0, 0, why);
  }

  /** True when an attempt was recorded. */
  public boolean recorded() {
    return attempt > 0;
  }
}
