package course.grader.cli;

import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.Recorded;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

  @Mixin SubmissionArgs args;

  @Option(names = "--student", required = true, paramLabel = "ID", description = "Your student id.")
  String student;

  @Override
  public Integer call() {
    Instant submittedAt = Instant.now();
    Judge judge = args.judge(common);
    Exercise ex =
        args.reading(
            parent.console(),
            () -> {
              Gradebook.checkStudentId(student);
              return common.catalog().exercise(args.exercise);
            });
    Submission submission = args.reading(parent.console(), () -> judge.read(ex, args.files));
    // Opening the gradebook (loading SQLite, checking the schema) overlaps the grading. Only
    // now: input that is not a submission must leave no gradebook behind.
    CompletableFuture<Gradebook> opening = CompletableFuture.supplyAsync(common::openGradebook);
    GradeReport report;
    try {
      report = judge.grade(ex, submission, Judge.Suite.ALL);
    } catch (RuntimeException e) {
      closeWhenOpen(opening);
      throw e;
    }
    Recorded recorded;
    try (Gradebook gradebook = await(opening)) {
      gradebook.defineExercise(ex.slug(), ex.title(), ex.due(), submittedAt);
      recorded =
          gradebook.record(student, ex.title(), report, submittedAt, GraderVersion.current());
    }
    return args.print(parent.console(), report, student, recorded.attempt());
  }

  private static Gradebook await(CompletableFuture<Gradebook> opening) {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private static void closeWhenOpen(CompletableFuture<Gradebook> opening) {
    try {
      opening.join().close();
    } catch (RuntimeException e) {
      // The grading failure is the news; a gradebook that also failed to open adds nothing.
    }
  }
}
