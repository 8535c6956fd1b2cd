package course.grader.policy;

/** How an attempt stands against its deadline. */
public enum Timeliness {
  /** The exercise has no deadline and the student no extension. */
  NO_DEADLINE,
  /** At or before the deadline. */
  ON_TIME,
  /** After the deadline, within the grace period: no penalty. */
  GRACE,
  /** After the deadline and the grace period: a penalty per started day. */
  LATE;

  /** The name in JSON and CSV. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
