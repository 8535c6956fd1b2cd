package course.grader.cli;

import course.catalog.Problem;
import java.io.PrintWriter;
import java.util.List;

/** Prints the strict build's problems: one {@code file:line: message} line each, then a total. */
final class Problems {
  private Problems() {}

  /** Prints {@code problems} to {@code err}; returns the input-error exit code. */
  static int print(PrintWriter err, List<Problem> problems, String verb) {
    for (Problem problem : problems) {
      err.println(problem);
    }
    err.println(
        "course: "
            + verb
            + " failed: "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "; fix "
            + (problems.size() == 1 ? "it" : "them")
            + " and run 'course "
            + verb
            + "' again");
    err.flush();
    return ExitCode.INPUT;
  }
}
