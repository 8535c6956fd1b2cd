package course.grader.report;

/** How a whole grading run ended. Stored in the gradebook under {@link #wireName()}. */
public enum Outcome {
  /** Every test reported a result (some may have failed or timed out). */
  GRADED,
  /** The submission or the tests against it did not compile. */
  COMPILE_ERROR,
  /** The submission broke a rule checked before compiling (e.g. a package declaration). */
  REJECTED,
  /** The whole run hit its wall-clock limit before every test reported. */
  TIMED_OUT,
  /** The child JVM ended before every test reported (System.exit, halt, crash). */
  CRASHED;

  /** The lower-case name used in the gradebook and in JSON. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The outcome with the given {@link #wireName()}. */
  public static Outcome fromWire(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
