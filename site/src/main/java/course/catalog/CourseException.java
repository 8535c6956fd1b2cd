package course.catalog;

/**
 * The one user-facing failure: bad input, a malformed course file, a gradebook that cannot be
 * opened. The message is a single line that says what happened, where (file:line when known) and
 * what to do; the command-line handler prints it after {@code course:} and exits with {@link
 * #exitCode()}. Bugs are other exceptions.
 */
public final class CourseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Exit code for usage and input errors. */
  public static final int INPUT = 2;

  /** Exit code for failures of the tool itself or its environment. */
  public static final int INTERNAL = 3;

  private final int exitCode;

  private CourseException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage or input error (exit code 2). */
  public static CourseException input(String message) {
    return new CourseException(INPUT, message, null);
  }

  /** A usage or input error (exit code 2) caused by {@code cause}. */
  public static CourseException input(String message, Throwable cause) {
    return new CourseException(INPUT, message, cause);
  }

  /** A failure of the tool or its environment (exit code 3). */
  public static CourseException internal(String message, Throwable cause) {
    return new CourseException(INTERNAL, message, cause);
  }

  /** The process exit code this failure maps to. */
  public int exitCode() {
    return exitCode;
  }
}
