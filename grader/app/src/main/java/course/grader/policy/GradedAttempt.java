package course.grader.policy;

import course.grader.gradebook.Submitted;
import java.util.Objects;

/**
 * One attempt as a policy sees it: the student's submission, the grade in force for it (the newest
 * regrade of it, else itself), and its lateness, always from the original's time.
 *
 * @param original the student's submission (never a regrade row)
 * @param graded the row whose score counts: the newest regrade of {@code original}, or itself
 * @param finalScore {@code graded.score()} less the late penalty
 */
public record GradedAttempt(
    Submitted original, Submitted graded, Lateness lateness, double finalScore) {
  public GradedAttempt {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(graded, "graded");
    Objects.requireNonNull(lateness, "lateness");
  }

  /** True when a regrade replaced the original's grade. */
  public boolean regraded() {
    return graded.id() != original.id();
  }

  public int attempt() {
    return original.attempt();
  }

  public double rawScore() {
    return graded.score();
  }

  public double maxScore() {
    return graded.maxScore();
  }
}
