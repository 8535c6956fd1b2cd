package course.grader.gradebook;

import course.grader.report.SubmittedFile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A submission the grading server accepted and has not finished grading: a {@code queued} row.
 *
 * @param id the queue row's id (not an attempt number: that is given when the grade is recorded)
 */
public record QueuedJob(
    long id, String studentId, String exercise, List<SubmittedFile> files, Instant submittedAt) {
  public QueuedJob {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(submittedAt, "submittedAt");
    files = List.copyOf(files);
  }
}
