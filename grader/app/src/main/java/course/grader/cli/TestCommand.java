package course.grader.cli;

import course.catalog.Catalog;
import course.catalog.Exercise;
import course.grader.judge.GradeReport;
import course.grader.judge.Judge;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin SubmissionArgs args;

  @Override
  public Integer call() {
    Catalog catalog = common.catalog();
    Exercise ex = catalog.exercise(args.exercise);
    GradeReport report = args.judge(common).grade(ex, args.files, Judge.Suite.VISIBLE);
    return args.print(parent.console(), report, null, null);
  }
}
