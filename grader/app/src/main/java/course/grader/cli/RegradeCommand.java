package course.grader.cli;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.batch.RegradeRow;
import course.grader.batch.Regrader;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.StoredAttempt;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code course regrade}: stored attempts graded again against the current tests. */
@Command(
    name = "regrade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade stored submissions again against the exercise's current tests: each student's latest"
          + " attempt, or every attempt with --all-attempts.",
      "A real run adds a regrade row per attempt (same attempt number and submission time,"
          + " regrade_of = the original); nothing is changed or deleted. --dry-run only prints the"
          + " changes."
    },
    footer = {
      "",
      "Exit codes: 0 every attempt was regraded, 1 some could not be (see the table), 2 usage or"
          + " input error.",
      "",
      "Examples:",
      "  course regrade height-checker --dry-run",
      "  course regrade height-checker --student alice",
      "  course regrade height-checker --all-attempts --jobs 4",
      "  course regrade height-checker --queue --db postgresql://grader@db/course"
    })
final class RegradeCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin SandboxChoice sandbox;

  @Mixin Jobs jobs;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise, e.g. adder.")
  String exercise;

  @Option(names = "--student", paramLabel = "ID", description = "Only this student's attempts.")
  String student;

  @Option(
      names = "--all-attempts",
      description = "Every attempt of each student, not only the latest.")
  boolean allAttempts;

  @Option(names = "--dry-run", description = "Print old and new grades; record nothing.")
  boolean dryRun;

  @Option(
      names = "--queue",
      description =
          "Queue the regrades for 'course worker' processes (behind students' live submissions)"
              + " instead of grading here, and show progress as they are graded.")
  boolean queue;

  @Override
  public Integer call() throws InterruptedException {
    if (queue && dryRun) {
      throw CourseException.input(
          "--queue records what the workers grade; --dry-run records nothing: use one of them");
    }
    int threads = jobs.count();
    Exercise ex = common.catalog().exercise(exercise);
    Gradebook gradebook = common.requireWritableGradebook("pass the one to regrade with --db");
    List<RegradeRow> rows;
    try (gradebook) {
      List<StoredAttempt> attempts = gradebook.storedAttempts(ex.slug(), student, allAttempts);
      if (attempts.isEmpty()) {
        throw CourseException.input(
            gradebook.where()
                + ": no attempts at "
                + ex.slug()
                + (student == null ? "" : " by student " + student)
                + " to regrade; check the exercise and --student");
      }
      try (ProgressLine progress = ProgressLine.start("regrading " + ex.slug(), attempts.size())) {
        rows =
            queue
                ? Regrader.queue(
                    ex,
                    attempts,
                    gradebook,
                    course.grader.service.ExerciseHash.of(ex),
                    java.time.Instant.now(),
                    row -> progress.step(row.student()),
                    spec.commandLine().getErr())
                : new Regrader(sandbox.judge(common), GraderVersion.current())
                    .regrade(
                        ex,
                        attempts,
                        dryRun ? Optional.empty() : Optional.of(gradebook),
                        threads,
                        row -> progress.step(row.student()));
      }
    }
    new BatchTable(parent.console()).printRegrades(ex.slug(), rows, dryRun);
    return ExitCode.okIf(rows.stream().allMatch(r -> r.newOutcome().isPresent()));
  }
}
