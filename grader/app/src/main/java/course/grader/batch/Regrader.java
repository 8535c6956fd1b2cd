package course.grader.batch;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.gradebook.StoredAttempt;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.judge.WorkFolder;
import course.grader.report.GradeReport;
import course.grader.report.HiddenFeedback;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.service.Parallel;
import course.grader.wire.WireJson;
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

  /**
   * Queues a regrade of each of {@code attempts} at batch priority for {@code course worker}
   * processes (behind students' live submissions), then waits until the workers graded every one;
   * each result is a regrade row, as {@link #regrade} records it.
   *
   * @param exerciseHash the exercise's hash here; a worker with other files refuses the jobs
   * @param now when the regrade is asked for: the regrade rows' time
   * @param done told of each row as it is finished
   * @param log where a gradebook failure while watching is told (the watch goes on)
   */
  public static List<RegradeRow> queue(
      Exercise exercise,
      List<StoredAttempt> attempts,
      Gradebook gradebook,
      String exerciseHash,
      Instant now,
      Consumer<RegradeRow> done,
      java.io.PrintWriter log)
      throws InterruptedException {
    Objects.requireNonNull(exercise, "exercise");
    RegradeRow[] rows = new RegradeRow[attempts.size()];
    java.util.Map<Long, Integer> waiting = new java.util.LinkedHashMap<>();
    for (int i = 0; i < attempts.size(); i++) {
      StoredAttempt attempt = attempts.get(i);
      JobQueue.Enqueued queued =
          gradebook.enqueue(
              new StudentId(attempt.studentId()),
              exercise.slug(),
              attempt.files(),
              now,
              new JobQueue.Options(
                  JobQueue.Options.BATCH, null, exerciseHash, attempt.submissionId()),
              JobQueue.Limits.NONE);
      waiting.put(queued.jobId(), i);
    }
    QueueWatch.await(
        gradebook,
        waiting,
        (i, job) -> {
          StoredAttempt attempt = attempts.get(i);
          com.fasterxml.jackson.databind.JsonNode answer = QueueWatch.answer(job);
          if (answer == null) {
            rows[i] =
                failed(attempt, "graded, but the gradebook kept no answer for job " + job.jobId());
          } else {
            GradeReport report = WireJson.readReport(answer);
            rows[i] =
                new RegradeRow(
                    attempt.studentId(),
                    attempt.attempt(),
                    attempt.outcome(),
                    attempt.score(),
                    attempt.maxScore(),
                    Optional.of(report.outcome()),
                    report.score(),
                    report.maxScore(),
                    true,
                    report.note());
          }
          done.accept(rows[i]);
        },
        log);
    return List.of(rows);
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
