package course.grader.cli;

import course.catalog.Exercise;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
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
    Judge judge = args.judge(common);
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    Submission submission = args.reading(parent.console(), () -> judge.read(ex, args.files));
    GradeReport report = judge.grade(ex, submission, Judge.Suite.VISIBLE);
    return args.print(parent.console(), report, null, null);
  }
}
