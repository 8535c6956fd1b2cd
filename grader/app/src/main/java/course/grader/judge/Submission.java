package course.grader.judge;

import course.grader.report.Diagnostic;
import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import java.util.List;

/**
 * A submission after the checks that come before compiling. Either its files are ready to compile,
 * or it already has its verdict: {@link Outcome#COMPILE_ERROR} for a syntax error, {@link
 * Outcome#REJECTED} for a broken rule, with the diagnostics that say where.
 */
public record Submission(List<SubmittedFile> files, Outcome verdict, List<Diagnostic> diagnostics) {
  public Submission {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when the submission may go on to the compiler. */
  public boolean readyToCompile() {
    return verdict == null;
  }
}
