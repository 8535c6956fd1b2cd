package course.grader.gradebook;

import static course.grader.gradebook.SampleReports.MONDAY;
import static course.grader.gradebook.SampleReports.failed;
import static course.grader.gradebook.SampleReports.graded;
import static course.grader.gradebook.SampleReports.passed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Regrade rows as reads see them: each attempt once, with its newest grade. */
@ParameterizedClass
@EnumSource(Backend.class)
class GradebookRegradeTest {
  @Parameter Backend backend;
  @TempDir Path dir;

  @Test
  void aRegradedAttemptShowsOnceWithItsNewGradeAndAReplacedBestNoLongerCounts() {
    try (Gradebook gradebook = backend.create(dir).open()) {
      long first =
          gradebook
              .record("ann", "Hello", graded("hello", passed("a", 4), passed("b", 1)), MONDAY, "v")
              .submissionId();
      gradebook.record(
          "ann", "Hello", graded("hello", failed("a", 4), passed("b", 1)), MONDAY, "v");
      // The tests change: attempt 1 now earns 2 of 5.
      gradebook.recordRegrade(
          first, graded("hello", failed("a", 3), passed("b", 2)), MONDAY.plusSeconds(60), "v");

      assertThat(gradebook.history("ann", "hello"))
          .extracting(Attempt::attempt, Attempt::score, Attempt::submittedAt)
          .containsExactly(Tuple.tuple(1, 2.0, MONDAY), Tuple.tuple(2, 1.0, MONDAY));
      assertThat(gradebook.bestScores()).containsEntry("ann", java.util.Map.of("hello", 2.0));
      assertThat(gradebook.storedAttempts("hello", "ann", true))
          .extracting(StoredAttempt::attempt, StoredAttempt::score, StoredAttempt::submissionId)
          .containsExactly(Tuple.tuple(1, 2.0, first), Tuple.tuple(2, 1.0, first + 1));
      assertThat(gradebook.storedAttempts("hello", null, false))
          .extracting(StoredAttempt::attempt)
          .containsExactly(2);
    }
  }
}
