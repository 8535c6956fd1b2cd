package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.judge.GradeReport;
import course.grader.judge.HarnessLibrary;
import course.grader.judge.Judge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code course test}: the visible tests only; nothing is recorded. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = "Run the visible tests of an exercise on your files. Nothing is recorded.",
    footer = {"", "Example:", "  course test height-checker HeightChecker.java"})
final class TestCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

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

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    Exercise ex = catalog.exercise(exercise);
    GradeReport report = new Judge(HarnessLibrary.locate()).grade(ex, files, Judge.Suite.VISIBLE);
    ReportPrinter printer = new ReportPrinter(parent.console());
    if (json) {
      printer.printJson(report, null, null);
    } else {
      printer.printHuman(report, null, null);
    }
    return ReportPrinter.exitCode(report);
  }
}
