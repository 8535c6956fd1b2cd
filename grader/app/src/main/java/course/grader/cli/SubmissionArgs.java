package course.grader.cli;

import course.grader.judge.GradeReport;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code course test} and {@code course submit} share: the exercise, the files, --json, and
 * the hidden --skip-static-check.
 */
final class SubmissionArgs {
  @Parameters(
      index = "0",
      paramLabel = "EXERCISE",
      description = "The exercise, e.g. height-checker.")
  String exercise;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Your .java files.")
  List<Path> files;

  @Option(names = "--json", description = "Print one JSON object instead of the report.")
  boolean json;

  /**
   * A testing aid for instructors: grade without the static check, to see what the sandbox does
   * with code the check would reject. Hidden, since students have no use for it.
   */
  @Option(names = "--skip-static-check", hidden = true)
  boolean skipStaticCheck;

  /** The judge these options ask for. */
  Judge judge(HarnessLibrary library) {
    Judge judge = new Judge(library);
    return skipStaticCheck ? judge.withoutStaticCheck() : judge;
  }

  /** Prints the report as asked; returns the exit code. */
  int print(Console console, GradeReport report, String student, Integer attempt) {
    ReportPrinter printer = new ReportPrinter(console);
    if (json) {
      printer.printJson(report, student, attempt);
    } else {
      printer.printHuman(report, student, attempt);
    }
    return ReportPrinter.exitCode(report);
  }
}
