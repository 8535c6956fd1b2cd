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
  private final Problem problem;

  private CourseException(Kind kind, String message, Problem problem, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.problem = problem;
  }

  /** An input error in a course file, with its location as data ({@link #problem()}). */
  public static CourseException at(String file, int line, String message) {
    return at(new Problem(file, line, message), null);
  }

  /** An input error in a course file, with its location as data, caused by {@code cause}. */
  public static CourseException at(String file, int line, String message, Throwable cause) {
    return at(new Problem(file, line, message), cause);
  }

  /** An input error for {@code problem}; the message is the problem's one line. */
  public static CourseException at(Problem problem, Throwable cause) {
    return new CourseException(Kind.INPUT, problem.toString(), problem, cause);
  }

  /** A usage or input error. */
  public static CourseException input(String message) {
    return new CourseException(Kind.INPUT, message, null, null);
  }

  /** A usage or input error caused by {@code cause}. */
  public static CourseException input(String message, Throwable cause) {
    return new CourseException(Kind.INPUT, message, null, cause);
  }

  /** A failure of the tool or its environment. */
  public static CourseException internal(String message, Throwable cause) {
    return new CourseException(Kind.INTERNAL, message, null, cause);
  }

  /** The file and line this failure is about, when it is about a course file. */
  public java.util.Optional<Problem> problem() {
    return java.util.Optional.ofNullable(problem);
  }

  /** Whose the failure is. */
  public Kind kind() {
    return kind;
  }
}
