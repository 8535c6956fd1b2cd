package course.catalog;

/**
 * The one user-facing failure: bad input, a malformed course file, a gradebook that cannot be
 * opened. The message is a single line that says what happened, where (file:line when known) and
 * what to do; the command-line handler prints it after {@code course:} and maps its {@link #kind()}
 * to an exit code (the CLI's {@code ExitCode}: this package knows no exit codes). Bugs are other
 * exceptions.
 */
public final class CourseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whose the failure is: the user's input, or the tool and its environment. */
  public enum Kind {
    /** A usage or input error: the user can fix it. */
    INPUT,
    /** A failure of the tool itself or its environment. */
    INTERNAL
  }

  private final Kind kind;

  private CourseException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** A usage or input error. */
  public static CourseException input(String message) {
    return new CourseException(Kind.INPUT, message, null);
  }

  /** A usage or input error caused by {@code cause}. */
  public static CourseException input(String message, Throwable cause) {
    return new CourseException(Kind.INPUT, message, cause);
  }

  /** A failure of the tool or its environment. */
  public static CourseException internal(String message, Throwable cause) {
    return new CourseException(Kind.INTERNAL, message, cause);
  }

  /** Whose the failure is. */
  public Kind kind() {
    return kind;
  }
}
