package course.grader.cli;

import course.grader.judge.GradeReport;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code course test} and {@code course submit} share: the exercise, the files, --json. */
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
