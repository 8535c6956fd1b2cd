package course.grader.batch;

import course.grader.report.Outcome;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt's line in the output of {@code course regrade}: its grade before and after.
 *
 * @param newOutcome empty when the stored files could not be graded again ({@code message} says
 *     why; nothing was recorded for it)
 * @param recorded true when a regrade row was added (false for a dry run)
 */
public record RegradeRow(
    String student,
    int attempt,
    Outcome oldOutcome,
    double oldScore,
    double oldMax,
    Optional<Outcome> newOutcome,
    double newScore,
    double newMax,
    boolean recorded,
    String message) {
  public RegradeRow {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(oldOutcome, "oldOutcome");
    Objects.requireNonNull(newOutcome, "newOutcome");
    Objects.requireNonNull(message, "message");
  }

  /** True when the regrade gives another outcome, score or maximum than the attempt had. */
  public boolean changed() {
    return newOutcome.isPresent()
        && (newOutcome.get() != oldOutcome || newScore != oldScore || newMax != oldMax);
  }
}
