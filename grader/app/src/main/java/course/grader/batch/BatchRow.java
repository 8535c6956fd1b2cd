package course.grader.batch;

import course.grader.report.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's line in the summary of {@code course grade}.
 *
 * @param outcome empty when the submission could not be graded at all (then {@code message} says
 *     why and nothing was recorded)
 * @param attempt the recorded attempt number; 0 when nothing was recorded
 * @param unchanged true when the files were identical to the student's latest attempt, which then
 *     stands (its outcome, score and number are shown) and nothing new was recorded
 * @param message why it was not graded, or why the run scored what it did (its note, else its first
 *     diagnostic, as {@link course.grader.report.GradeReport#reason()}); empty otherwise
 * @param submittedAt when the graded (or standing) attempt was handed in; empty when not graded
 */
public record BatchRow(
    String student,
    Optional<Outcome> outcome,
    double score,
    double maxScore,
    int attempt,
    boolean unchanged,
    String message,
    Optional<Instant> submittedAt) {
  public BatchRow {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(submittedAt, "submittedAt");
  }

  static BatchRow notGraded(String student, String why) {
    return new BatchRow(student, Optional.empty(), 0, 0, 0, false, why, Optional.empty());
  }

  /** Files identical to the student's latest attempt: that attempt stands, nothing new recorded. */
  static BatchRow unchanged(String student, course.grader.gradebook.Attempt latest) {
    return new BatchRow(
        student,
        Optional.of(latest.outcome()),
        latest.score(),
        latest.maxScore(),
        latest.attempt(),
        true,
        "unchanged since attempt #" + latest.attempt() + "; not graded again (--force grades it)",
        Optional.of(latest.submittedAt()));
  }

  /** True when an attempt was recorded. */
  public boolean recorded() {
    return attempt > 0;
  }
}
