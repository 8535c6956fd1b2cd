package course.grader.gradebook;

import java.time.Instant;
import java.util.Objects;

/**
 * A later deadline for one student on one exercise. The newest grant for a student and exercise is
 * the one in force.
 *
 * @param until the student's deadline, to the millisecond
 */
public record Extension(
    String studentId, String exercise, Instant until, Instant grantedAt, String note) {
  public Extension {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(grantedAt, "grantedAt");
    Objects.requireNonNull(note, "note");
  }
}
