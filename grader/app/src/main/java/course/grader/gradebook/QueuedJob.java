package course.grader.gradebook;

import course.grader.report.SubmittedFile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A submission accepted for grading and not yet graded: a {@code queued} row.
 *
 * @param id the queue row's id (not an attempt number: that is given when the grade is recorded)
 * @param priority 0 for a student's live submission; higher numbers wait behind lower ones
 * @param exerciseHash SHA-256 of the exercise's files when it was queued; null when not known
 * @param regradeOf for a regrade, the submission graded again; 0 for a new attempt
 */
public record QueuedJob(
    long id,
    String studentId,
    String exercise,
    List<SubmittedFile> files,
    Instant submittedAt,
    int priority,
    String exerciseHash,
    long regradeOf) {
  public QueuedJob {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(submittedAt, "submittedAt");
    files = List.copyOf(files);
  }
}
