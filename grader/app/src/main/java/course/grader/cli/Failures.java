package course.grader.cli;

import course.catalog.CourseException;
import java.io.PrintWriter;

/**
 * The one handler of a command's failure, for picocli's execution (in {@link Cli}) and for a kit's
 * fast path alike ({@link KitFastPath}): one line on stderr, {@code course: ...}, the stack trace
 * only with {@code --verbose}; the exit code from {@link ExitCode}.
 */
final class Failures {
  private Failures() {}

  /** Prints {@code e} to {@code err}; returns the exit code. */
  static int report(Exception e, boolean verbose, PrintWriter err) {
    if (e instanceof CourseException failure) {
      err.println("course: " + failure.getMessage());
      if (verbose) {
        failure.printStackTrace(err);
      }
      err.flush();
      return ExitCode.of(failure.kind());
    }
    err.println(
        "course: internal error: "
            + e
            + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }
}
