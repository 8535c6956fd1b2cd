package course.grader.batch;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.StoredAttempt;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.judge.WorkFolder;
import course.grader.report.GradeReport;
import course.grader.report.HiddenFeedback;
import course.grader.report.SubmittedFile;
import course.grader.service.Parallel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Grades stored attempts again against the exercise's current tests. A real run adds one regrade
 * row per attempt ({@link Gradebook#recordRegrade}); a dry run only reports old and new grades.
 */
public final class Regrader {
  private final Judge judge;
  private final String graderVersion;

  public Regrader(Judge judge, String graderVersion) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.graderVersion = Objects.requireNonNull(graderVersion, "graderVersion");
  }

  /**
   * Regrades {@code attempts} on up to {@code jobs} threads.
   *
   * @param recordIn the gradebook to add regrade rows to; empty for a dry run
   * @param done told of each row as it is finished (from the grading threads)
   */
  public List<RegradeRow> regrade(
      Exercise exercise,
      List<StoredAttempt> attempts,
      Optional<Gradebook> recordIn,
      int jobs,
      Consumer<RegradeRow> done) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(recordIn, "recordIn");
    return Parallel.map(attempts, jobs, a -> regradeOne(exercise, a, recordIn), done);
  }

  private RegradeRow regradeOne(
      Exercise exercise, StoredAttempt attempt, Optional<Gradebook> recordIn) {
    try {
      GradeReport report =
          HiddenFeedback.apply(exercise.feedback(), gradeStored(exercise, attempt.files()));
      recordIn.ifPresent(
          gradebook ->
              gradebook.recordRegrade(
                  attempt.submissionId(), report, Instant.now(), graderVersion));
      return new RegradeRow(
          attempt.studentId(),
          attempt.attempt(),
          attempt.outcome(),
          attempt.score(),
          attempt.maxScore(),
          Optional.of(report.outcome()),
          report.score(),
          report.maxScore(),
          recordIn.isPresent(),
          report.note());
    } catch (CourseException e) {
      return failed(attempt, e.getMessage());
    } catch (RuntimeException e) {
      return failed(attempt, "internal error: " + e);
    }
  }

  private GradeReport gradeStored(Exercise exercise, List<SubmittedFile> files) {
    // The judge reads submissions from files; the stored ones go back under their own names.
    try (WorkFolder folder = WorkFolder.create("course-regrade-")) {
      List<Path> paths = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path dir = Files.createDirectory(folder.path().resolve(Integer.toString(i)));
        Path file = dir.resolve(Path.of(files.get(i).name()).getFileName());
        Files.writeString(file, files.get(i).content(), StandardCharsets.UTF_8);
        paths.add(file);
      }
      Submission submission = judge.read(exercise, paths);
      return judge.grade(exercise, submission, Judge.Suite.ALL);
    } catch (IOException e) {
      throw CourseException.internal("cannot write the stored files to grade them again: " + e, e);
    }
  }

  private static RegradeRow failed(StoredAttempt attempt, String why) {
    return new RegradeRow(
        attempt.studentId(),
        attempt.attempt(),
        attempt.outcome(),
        attempt.score(),
        attempt.maxScore(),
        Optional.empty(),
        0,
        0,
        false,
        why);
  }
}
