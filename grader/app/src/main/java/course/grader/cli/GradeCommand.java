package course.grader.cli;

import course.catalog.Exercise;
import course.grader.batch.BatchGrader;
import course.grader.batch.BatchRow;
import course.grader.batch.StudentFiles;
import course.grader.batch.SubmissionFolder;
import course.grader.gradebook.Gradebook;
import course.grader.judge.Judge;
import course.grader.service.GradingService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

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
      "Exit codes: 0 every submission was graded and recorded (whatever its score), 1 some could"
          + " not be graded (see the table), 2 usage or input error.",
      "",
      "Examples:",
      "  course grade height-checker downloads/",
      "  course grade height-checker downloads/ --jobs 4"
    })
final class GradeCommand implements Callable<Integer> {
  @ParentCommand CourseCommand parent;

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

  @Override
  public Integer call() {
    int threads = jobs.count();
    Exercise ex = common.catalog().exercise(exercise);
    List<StudentFiles> students = SubmissionFolder.scan(folder);
    // Before the gradebook opens: a refusal to run without the sandbox must leave no file behind.
    Judge judge = sandbox.judge(common);
    List<BatchRow> rows;
    try (Gradebook gradebook = common.openGradebook();
        ProgressLine progress = ProgressLine.start("grading " + ex.slug(), students.size())) {
      rows =
          new BatchGrader(
                  new GradingService(judge, Clock.systemUTC(), GraderVersion.current()), gradebook)
              .grade(ex, students, threads, row -> progress.step(row.student()));
    }
    new BatchTable(parent.console()).printGrades(ex.slug(), rows);
    return ExitCode.okIf(rows.stream().allMatch(BatchRow::recorded));
  }
}
