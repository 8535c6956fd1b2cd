package course.grader.batch;

import course.catalog.CourseException;
import course.catalog.Exercise;
import course.grader.gradebook.Attempt;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.JobQueue;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import course.grader.service.GradingService;
import course.grader.service.Parallel;
import course.grader.wire.WireJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Grades a folder of students' submissions on several threads, each in its own child JVM, and
 * records each as an attempt exactly as {@code course submit} does. A submission that cannot be
 * graded (no Java file, unreadable, wrong class) gets a row with the reason; nothing stops the
 * batch.
 */
public final class BatchGrader {
  private final GradingService grading;
  private final Gradebook gradebook;
  private final boolean force;

  /** Guards {@link #stopped} and {@link #recorded}: a record and a stop never interleave. */
  private final Object recording = new Object();

  private boolean stopped;
  private final List<BatchRow> recorded = new ArrayList<>();

  /**
   * Grades through {@code grading} (as {@code course submit} does) into {@code gradebook}.
   *
   * @param force grade every entry; otherwise an entry whose files are identical to the student's
   *     latest attempt at the exercise is skipped (a rerun after an interruption resumes)
   */
  public BatchGrader(GradingService grading, Gradebook gradebook, boolean force) {
    this.grading = Objects.requireNonNull(grading, "grading");
    this.gradebook = Objects.requireNonNull(gradebook, "gradebook");
    this.force = force;
  }

  /**
   * Stops recording (for an interrupt: Ctrl-C): no attempt is recorded after this returns, and one
   * being recorded finishes first.
   *
   * @return the rows recorded so far by this batch, in the order they were recorded
   */
  public List<BatchRow> stop() {
    synchronized (recording) {
      stopped = true;
      return List.copyOf(recorded);
    }
  }

  /**
   * Grades every student's files on up to {@code jobs} threads.
   *
   * @param done told of each row as it is finished (from the grading threads)
   * @return one row per student, in the order of {@code students}
   */
  public List<BatchRow> grade(
      Exercise exercise, List<StudentFiles> students, int jobs, Consumer<BatchRow> done) {
    Objects.requireNonNull(exercise, "exercise");
    define(exercise, students);
    return Parallel.map(students, jobs, s -> gradeOne(exercise, s), done);
  }

  /**
   * Queues every student's files at batch priority for {@code course worker} processes (an entry
   * identical to the student's latest attempt is skipped, as by {@link #grade}), then waits until
   * the workers graded every one. A queued entry carries a key made from its student and files, so
   * that running the same command again after an interruption queues nothing twice.
   *
   * @param exerciseHash the exercise's hash here; a worker with other files refuses the jobs
   * @param done told of each row as it is finished
   * @param log where a gradebook failure while watching is told (the watch goes on)
   * @return one row per student, in the order of {@code students}
   */
  public List<BatchRow> queue(
      Exercise exercise,
      List<StudentFiles> students,
      String exerciseHash,
      Consumer<BatchRow> done,
      java.io.PrintWriter log)
      throws InterruptedException {
    Objects.requireNonNull(exercise, "exercise");
    define(exercise, students);
    BatchRow[] rows = new BatchRow[students.size()];
    Map<Long, Integer> waiting = new java.util.LinkedHashMap<>();
    Map<Integer, Instant> queuedAt = new java.util.HashMap<>();
    for (int i = 0; i < students.size(); i++) {
      StudentFiles student = students.get(i);
      if (!student.problem().isEmpty()) {
        rows[i] = BatchRow.notGraded(student.student(), student.problem());
        done.accept(rows[i]);
        continue;
      }
      try {
        StudentId id = new StudentId(student.student());
        Instant submittedAt = submittedAt(student.files());
        Submission submission = grading.read(exercise, student.files());
        String sha = SubmittedFile.hashOf(submission.files());
        if (!force) {
          Optional<Attempt> latest = latest(id, exercise);
          if (latest.isPresent() && latest.get().sha256().equals(sha)) {
            rows[i] = BatchRow.unchanged(student.student(), latest.get());
            done.accept(rows[i]);
            continue;
          }
        }
        JobQueue.Enqueued queued =
            gradebook.enqueue(
                id,
                exercise.slug(),
                submission.files(),
                submittedAt,
                new JobQueue.Options(
                    JobQueue.Options.BATCH, force ? null : "batch-" + sha, exerciseHash),
                JobQueue.Limits.NONE);
        waiting.put(queued.jobId(), i);
        queuedAt.put(i, queued.submittedAt());
      } catch (CourseException e) {
        rows[i] = BatchRow.notGraded(student.student(), e.getMessage());
        done.accept(rows[i]);
      }
    }
    QueueWatch.await(
        gradebook,
        waiting,
        (i, job) -> {
          rows[i] = answered(students.get(i).student(), job, queuedAt.get(i));
          done.accept(rows[i]);
        },
        log);
    return List.of(rows);
  }

  /** The row of a job a worker graded, from the answer stored with it. */
  private static BatchRow answered(String student, JobQueue.Done job, Instant submittedAt) {
    com.fasterxml.jackson.databind.JsonNode root = QueueWatch.answer(job);
    if (root == null) {
      return BatchRow.notGraded(
          student, "graded, but the gradebook kept no answer for job " + job.jobId());
    }
    GradeReport report = WireJson.readReport(root);
    return new BatchRow(
        student,
        Optional.of(report.outcome()),
        report.score(),
        report.maxScore(),
        root.path("attempt").asInt(0),
        false,
        report.reason(),
        Optional.of(submittedAt));
  }

  /** The exercise in the gradebook, and the students' Canvas ids (kept whatever the grading). */
  private void define(Exercise exercise, List<StudentFiles> students) {
    gradebook.defineExercise(exercise.slug(), exercise.title(), exercise.due(), grading.now());
    // Kept for the Canvas export's ID column, whatever becomes of the grading.
    Map<String, String> canvasUsers = new TreeMap<>();
    students.stream()
        .filter(s -> !s.canvasUserId().isEmpty())
        .forEach(s -> canvasUsers.put(s.student(), s.canvasUserId()));
    gradebook.rememberCanvasUsers(canvasUsers, grading.now());
  }

  private BatchRow gradeOne(Exercise exercise, StudentFiles student) {
    if (!student.problem().isEmpty()) {
      return BatchRow.notGraded(student.student(), student.problem());
    }
    try {
      StudentId id = new StudentId(student.student());
      Instant submittedAt = submittedAt(student.files());
      Submission submission = grading.read(exercise, student.files());
      if (!force) {
        Optional<Attempt> latest = latest(id, exercise);
        if (latest.isPresent()
            && latest.get().sha256().equals(SubmittedFile.hashOf(submission.files()))) {
          return BatchRow.unchanged(student.student(), latest.get());
        }
      }
      var request = new GradingService.SubmitRequest(id, exercise, submission, submittedAt);
      GradeReport report = grading.grade(request);
      synchronized (recording) {
        if (stopped) {
          return BatchRow.notGraded(student.student(), "interrupted before it was recorded");
        }
        GradingService.Graded graded = grading.record(request, report, gradebook);
        BatchRow row = row(student, report, graded, submittedAt);
        recorded.add(row);
        return row;
      }
    } catch (CourseException e) {
      return BatchRow.notGraded(student.student(), e.getMessage());
    } catch (RuntimeException e) {
      // A bug must not cost the other students their grades; the row says what happened.
      return BatchRow.notGraded(student.student(), "internal error: " + e);
    }
  }

  private Optional<Attempt> latest(StudentId id, Exercise exercise) {
    List<Attempt> history = gradebook.history(id.value(), exercise.slug());
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  private static BatchRow row(
      StudentFiles student, GradeReport report, GradingService.Graded graded, Instant submittedAt) {
    return new BatchRow(
        student.student(),
        Optional.of(report.outcome()),
        report.score(),
        report.maxScore(),
        graded.attempt(),
        false,
        withCaseWarning(report.reason(), graded.sameButCase()),
        Optional.of(submittedAt));
  }

  /** The row's note, and a warning when the id differs from recorded ones only in case. */
  private static String withCaseWarning(String note, List<String> sameButCase) {
    if (sameButCase.isEmpty()) {
      return note;
    }
    String warning =
        "warning: id differs only in case from '" + String.join("', '", sameButCase) + "'";
    return note.isEmpty() ? warning : warning + "; " + note;
  }

  /**
   * When the student handed the files in, as far as the folder tells: the newest modification time
   * of the files (an LMS download that keeps them), since grading time would make every student
   * late.
   */
  private Instant submittedAt(List<Path> files) {
    Instant newest = Instant.EPOCH;
    for (Path file : files) {
      try {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        newest = modified.isAfter(newest) ? modified : newest;
      } catch (IOException e) {
        // Unreadable: the reader will say so with the file's name.
      }
    }
    return newest.equals(Instant.EPOCH) ? grading.now() : newest;
  }
}
