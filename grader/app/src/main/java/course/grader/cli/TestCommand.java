package course.grader.cli;

import course.catalog.Exercise;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.service.GradingService;
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
    GradingService grading = args.grading(common);
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    Submission submission = args.reading(parent.console(), () -> args.read(grading, ex));
    GradeReport report = grading.test(ex, submission);
    return args.print(parent.console(), report, null, null);
  }
}
