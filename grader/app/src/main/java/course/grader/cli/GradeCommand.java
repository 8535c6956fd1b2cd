package course.grader.cli;

import course.catalog.Exercise;
import course.grader.batch.BatchGrader;
import course.grader.batch.BatchRow;
import course.grader.batch.StudentFiles;
import course.grader.batch.SubmissionFolder;
import course.grader.gradebook.Gradebook;
import course.grader.judge.Judge;
import course.grader.policy.Lateness;
import course.grader.policy.Policy;
import course.grader.service.GradingService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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

/** {@code course grade}: a folder of students' submissions, graded in parallel and recorded. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade every student's submission in a folder (visible and hidden tests) and record each as"
          + " an attempt, as 'course submit' does.",
      "Layouts: one subfolder per student (alice/HeightChecker.java), or files named"
          + " <student>_<File>.java; Moodle and Canvas download names are understood."
    },
    footer = {
      "",
      "A rerun skips an entry whose files are identical to the student's latest attempt (that"
          + " attempt stands), so after Ctrl-C the same command grades the rest; --force grades"
          + " every entry again. Ctrl-C prints what was recorded.",
      "",
      "Exit codes: 0 every submission was graded and recorded (whatever its score), 1 some could"
          + " not be graded (see the table), 2 usage or input error.",
      "",
      "Examples:",
      "  course grade height-checker downloads/",
      "  course grade height-checker downloads/ --jobs 4",
      "  course grade height-checker downloads/ --force",
      "  course grade height-checker downloads/ --queue --db postgresql://grader@db/course"
    })
final class GradeCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

  @Spec CommandSpec spec;

  @Mixin Common common;

  @Mixin SandboxChoice sandbox;

  @Mixin Jobs jobs;

  @Parameters(index = "0", paramLabel = "EXERCISE", description = "The exercise, e.g. adder.")
  String exercise;

  @Parameters(
      index = "1",
      paramLabel = "FOLDER",
      description = "The submissions: one subfolder or file(s) per student.")
  Path folder;

  @Option(
      names = "--force",
      description =
          "Grade every entry, also one whose files are identical to the student's latest attempt.")
  boolean force;

  @Option(
      names = "--queue",
      description =
          "Queue the submissions for 'course worker' processes (behind students' live"
              + " submissions) instead of grading here, and show progress as they are graded.")
  boolean queue;

  @Override
  public Integer call() throws InterruptedException {
    int threads = jobs.count();
    // course.yaml's mistakes before anything is graded or recorded.
    Policy policy = PolicyOptions.ofCourse(common);
    Exercise ex = common.catalog().exercise(exercise);
    List<StudentFiles> students = SubmissionFolder.scan(folder);
    // Before the gradebook opens: a refusal to run without the sandbox must leave no file behind.
    Judge judge = sandbox.judge(common);
    List<BatchRow> rows;
    List<Optional<Lateness>> late;
    try (Gradebook gradebook = common.openGradebook();
        ProgressLine progress = ProgressLine.start("grading " + ex.slug(), students.size())) {
      BatchGrader batch =
          new BatchGrader(
              new GradingService(judge, Clock.systemUTC(), GraderVersion.current()),
              gradebook,
              force);
      Thread onInterrupt =
          new Thread(
              () -> {
                if (queue) {
                  PrintWriter err = spec.commandLine().getErr();
                  err.println();
                  err.println(
                      "course: stopped watching; what was queued stays queued and the workers"
                          + " grade it ('course workers' shows the queue). The same command again"
                          + " queues nothing twice.");
                  err.flush();
                } else {
                  interrupted(batch.stop(), students.size());
                }
              },
              "course-grade-interrupt");
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        rows =
            queue
                ? batch.queue(
                    ex,
                    students,
                    course.grader.service.ExerciseHash.of(ex),
                    row -> progress.step(row.student()),
                    spec.commandLine().getErr())
                : batch.grade(ex, students, threads, row -> progress.step(row.student()));
      } finally {
        removeHook(onInterrupt);
      }
      if (queue) {
        // The gradebook may have failed while the workers graded (QueueWatch waited for it to
        // answer again on a connection of its own): read the lateness on a fresh one.
        try (Gradebook reader = Gradebook.openForReading(gradebook.where())) {
          late = lateness(reader, ex, rows, policy);
        }
      } else {
        late = lateness(gradebook, ex, rows, policy);
      }
    }
    new BatchTable(parent.console()).printGrades(ex.slug(), rows, late, policy);
    return ExitCode.okIf(rows.stream().allMatch(BatchRow::recorded));
  }

  /**
   * Each row's lateness under the course's policy, as submit assesses it: against the student's
   * extension, else the exercise's due date; empty for a row that was not graded.
   */
  private static List<Optional<Lateness>> lateness(
      Gradebook gradebook, Exercise ex, List<BatchRow> rows, Policy policy) {
    List<Optional<Lateness>> late = new ArrayList<>();
    for (BatchRow row : rows) {
      late.add(
          row.submittedAt()
              .map(
                  at ->
                      policy
                          .late()
                          .assess(at, SubmitCommand.deadline(gradebook, ex, row.student()))));
    }
    return late;
  }

  /**
   * Ctrl-C (or a kill) during the batch: says what was recorded, so nobody wonders what to redo.
   * Every recorded attempt is complete (one transaction each); a rerun skips them.
   */
  private void interrupted(List<BatchRow> recorded, int total) {
    PrintWriter err = spec.commandLine().getErr();
    StringBuilder who = new StringBuilder();
    for (BatchRow row : recorded) {
      who.append(who.length() == 0 ? "" : ", ")
          .append(row.student())
          .append(" #")
          .append(row.attempt());
    }
    err.println();
    err.println(
        "course: interrupted; "
            + recorded.size()
            + " of "
            + total
            + " recorded"
            + (recorded.isEmpty() ? "" : " (" + who + ")")
            + ". Run the same command again to grade the rest: entries already recorded are skipped.");
    err.flush();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: the JVM is exiting on an interrupt.
    }
  }
}
