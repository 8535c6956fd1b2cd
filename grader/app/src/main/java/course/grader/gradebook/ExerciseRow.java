package course.grader.gradebook;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An exercise as the gradebook knows it.
 *
 * @param maxPoints what its tests are worth; empty until a run with tests was recorded
 * @param due the deadline, when one was set with {@link Gradebook#defineExercise}
 */
public record ExerciseRow(
    String slug, String title, OptionalDouble maxPoints, Optional<OffsetDateTime> due) {
  public ExerciseRow {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(due, "due");
  }
}
