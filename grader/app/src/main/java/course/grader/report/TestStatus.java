package course.grader.report;

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
  CRASHED,
  /** The test ran out of heap, direct memory, metaspace or threads; the next tests still ran. */
  OUT_OF_MEMORY,
  /**
   * The test wrote more than the limit straight to the JVM's stdout/stderr (past the capture of
   * {@code System.out}); it was stopped and the next tests still ran.
   */
  OUTPUT_LIMIT;

  /** The lower-case name used in the gradebook and in JSON. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The status with the given {@link #wireName()}. */
  public static TestStatus fromWire(String name) {
    return valueOf(name.toUpperCase(java.util.Locale.ROOT));
  }
}
