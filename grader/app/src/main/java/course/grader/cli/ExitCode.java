package course.grader.cli;

import course.catalog.CourseException;

/**
 * The one exit-code policy of {@code course} (DESIGN.md section 3). Every command returns one of
 * these; failures map here from their {@link CourseException.Kind}, never from a number chosen
 * elsewhere.
 */
public final class ExitCode {
  /** Success; for {@code test}/{@code submit}, every test passed. */
  public static final int OK = 0;

  /**
   * The work was done but did not all succeed: a submission lost points or did not compile, a batch
   * entry was not recorded, a {@code check} expectation failed.
   */
  public static final int LOST_POINTS = 1;

  /** A usage or input error: the user can fix it; nothing was recorded. */
  public static final int INPUT = 2;

  /** A failure of the tool itself or its environment. */
  public static final int INTERNAL = 3;

  private ExitCode() {}

  /** The exit code of a failure of this kind. */
  public static int of(CourseException.Kind kind) {
    return switch (kind) {
      case INPUT -> INPUT;
      case INTERNAL -> INTERNAL;
    };
  }

  /** {@link #OK} when {@code allSucceeded}, else {@link #LOST_POINTS}. */
  public static int okIf(boolean allSucceeded) {
    return allSucceeded ? OK : LOST_POINTS;
  }
}
