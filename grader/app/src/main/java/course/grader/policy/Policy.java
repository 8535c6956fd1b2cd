package course.grader.policy;

import java.util.Objects;

/** Which attempt counts and what lateness costs: the whole of an export's grading policy. */
public record Policy(Selection selection, LatePolicy late) {
  /** The best attempt, no late penalty. */
  public static final Policy DEFAULT = new Policy(Selection.BEST, LatePolicy.NONE);

  public Policy {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(late, "late");
  }
}
