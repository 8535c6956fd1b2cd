package course.grader.judge;

/** How one graded test ended. Stored in the gradebook under {@link #wireName()}. */
public enum TestStatus {
  PASSED,
  /** An assertion failed. */
  FAILED,
  /** The test threw something other than an assertion failure. */
  ERRORED,
  /** The test ran past the per-test limit, or never ran because the whole run did. */
  TIMED_OUT,
  /** The child JVM ended before this test reported. Never worth points. */
  CRASHED;

  /** The lower-case name used in the gradebook and in JSON. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The status with the given {@link #wireName()}. */
  public static TestStatus fromWire(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
