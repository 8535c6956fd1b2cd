package course.grader.policy;

/** Which of a student's attempts at an exercise counts. */
public enum Selection {
  /** The highest score after late penalties; on a tie, the earlier attempt. */
  BEST,
  /** The highest attempt number. */
  LAST,
  /** Attempt 1. */
  FIRST;

  /** The name on the command line and in JSON. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
