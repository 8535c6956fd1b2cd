package course.grader.service;

import course.catalog.Exercise;
import course.grader.gradebook.Gradebook;
import course.grader.gradebook.Recorded;
import course.grader.judge.Judge;
import course.grader.judge.Submission;
import course.grader.report.GradeReport;
import course.grader.report.HiddenFeedback;
import course.grader.report.StudentId;
import course.grader.report.SubmittedFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The grading flow every adapter calls alike ({@code course test}, {@code course submit}, {@code
 * course grade}, and later the grading server and its workers): grade a submission that was read
 * before, and for a submit record it, exercise and attempt, in one gradebook transaction.
 */
public final class GradingService {
  private final Judge judge;
  private final Clock clock;
  private final String graderVersion;

  /**
   * @param judge runs the tests (sandbox and static check as the caller chose)
   * @param clock tells the submission time when the caller has none
   * @param graderVersion stored with every attempt
   */
  public GradingService(Judge judge, Clock clock, String graderVersion) {
    this.judge = Objects.requireNonNull(judge, "judge");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.graderVersion = Objects.requireNonNull(graderVersion, "graderVersion");
  }

  /** A submission to record: who, which exercise, what was read, and when it was handed in. */
  public record SubmitRequest(
      StudentId student, Exercise exercise, Submission submission, Instant submittedAt) {
    public SubmitRequest {
      Objects.requireNonNull(student, "student");
      Objects.requireNonNull(exercise, "exercise");
      Objects.requireNonNull(submission, "submission");
      Objects.requireNonNull(submittedAt, "submittedAt");
    }
  }

  /**
   * A graded and recorded submission.
   *
   * @param sameButCase students already in the gradebook whose id differs from this one only in
   *     case ({@code Amy} and {@code amy}): most likely one student under two ids, whose grades are
   *     kept apart; worth a warning
   */
  public record Graded(GradeReport report, int attempt, List<String> sameButCase) {
    public Graded {
      sameButCase = List.copyOf(sameButCase);
    }
  }

  /** Now, by this service's clock: the submission time of a student's submit. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Reads and checks {@code files} as a submission to {@code exercise} without compiling; throws
   * {@link course.catalog.CourseException} for input that is not a submission at all.
   */
  public Submission read(Exercise exercise, List<Path> files) {
    return judge.read(exercise, files);
  }

  /**
   * As {@link #read}, for files in memory (an upload: a server has no student's disk), each named
   * as the student named it.
   */
  public Submission readUploaded(Exercise exercise, List<SubmittedFile> files) {
    return judge.readUploaded(exercise, files);
  }

  /** The visible tests only; nothing recorded ({@code course test}). */
  public GradeReport test(Exercise exercise, Submission submission) {
    return judge.grade(exercise, submission, Judge.Suite.VISIBLE);
  }

  /**
   * Grades against every test and records the attempt in a gradebook opened by {@code opener}.
   * Opening the gradebook (loading SQLite, checking the schema) overlaps the grading; a grading
   * failure closes it again and records nothing.
   */
  public Graded submit(SubmitRequest request, Supplier<Gradebook> opener) {
    CompletableFuture<Gradebook> opening = CompletableFuture.supplyAsync(opener);
    GradeReport report;
    try {
      report = judge.grade(request.exercise(), request.submission(), Judge.Suite.ALL);
    } catch (RuntimeException e) {
      closeWhenOpen(opening);
      throw e;
    }
    try (Gradebook gradebook = await(opening)) {
      return record(request, report, gradebook);
    }
  }

  /** Grades against every test and records the attempt in {@code gradebook} (left open). */
  public Graded submit(SubmitRequest request, Gradebook gradebook) {
    return record(request, grade(request), gradebook);
  }

  /** Grades against every test; records nothing (see {@link #record}). */
  public GradeReport grade(SubmitRequest request) {
    return judge.grade(request.exercise(), request.submission(), Judge.Suite.ALL);
  }

  /**
   * Records {@code report}, graded from {@code request}, in one transaction. Its hidden tests keep
   * only what the exercise's {@code feedback} allows, in the gradebook and in the returned report.
   */
  public Graded record(SubmitRequest request, GradeReport graded, Gradebook gradebook) {
    Exercise ex = request.exercise();
    GradeReport report = HiddenFeedback.apply(ex.feedback(), graded);
    Recorded recorded =
        gradebook.recordAttempt(
            request.student(),
            new Gradebook.ExerciseInfo(ex.slug(), ex.title(), ex.due()),
            report,
            request.submittedAt(),
            graderVersion);
    String id = request.student().value();
    List<String> sameButCase =
        gradebook.students().stream()
            .filter(other -> !other.equals(id) && other.equalsIgnoreCase(id))
            .toList();
    return new Graded(report, recorded.attempt(), sameButCase);
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
