package course.grader.cli;

import course.catalog.Exercise;
import course.grader.judge.Submission;
import course.grader.report.StudentId;
import course.grader.service.GradingService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code course submit}: visible and hidden tests; the attempt is recorded. */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = "Grade your files against the visible and hidden tests and record the attempt.",
    footer = {
      "",
      "Examples:",
      "  course submit height-checker HeightChecker.java --student alice",
      "  course submit height-checker HeightChecker.java --student alice --json"
    })
final class SubmitCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Mixin Common common;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SubmissionArgs args;

  @Option(names = "--student", required = true, paramLabel = "ID", description = "Your student id.")
  String student;

  @Override
  public Integer call() {
    GradingService grading = args.grading(common);
    Instant submittedAt = grading.now();
    StudentId id = args.reading(parent.console(), () -> new StudentId(student));
    Exercise ex = args.reading(parent.console(), () -> common.catalog().exercise(args.exercise));
    Submission submission = args.reading(parent.console(), () -> args.read(grading, ex));
    // Only now: input that is not a submission must leave no gradebook behind.
    GradingService.Graded graded =
        grading.submit(
            new GradingService.SubmitRequest(id, ex, submission, submittedAt),
            common::openGradebook);
    warnSameButCase(spec.commandLine().getErr(), student, graded.sameButCase());
    return args.print(parent.console(), graded.report(), student, graded.attempt());
  }

  /** A student id that differs from recorded ones only in case is most likely a typo. */
  static void warnSameButCase(java.io.PrintWriter err, String student, List<String> others) {
    for (String other : others) {
      err.println(
          "course: warning: student id '"
              + student
              + "' differs only in case from '"
              + other
              + "', who has attempts too; their grades are kept apart (ids are case-sensitive)");
    }
    err.flush();
  }
}
