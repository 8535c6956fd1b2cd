package course.grader.gradebook;

import course.grader.report.Outcome;
import course.grader.report.SubmittedFile;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One of a student's own attempts as a regrade sees it: the original submission (its id, attempt
 * number, time and files) and its current grade, which is that of the newest row of its lineage
 * (the original or its latest regrade).
 *
 * @param submissionId the original's row id; a regrade's {@code regrade_of}
 */
public record StoredAttempt(
    long submissionId,
    String studentId,
    int attempt,
    Instant submittedAt,
    Outcome outcome,
    double score,
    double maxScore,
    List<SubmittedFile> files) {
  public StoredAttempt {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(outcome, "outcome");
    files = List.copyOf(files);
  }
}
