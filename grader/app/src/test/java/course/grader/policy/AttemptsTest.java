package course.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import course.grader.gradebook.Submitted;
import course.grader.report.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AttemptsTest {
  static final Instant DUE = Instant.parse("2026-03-01T23:59:00Z");
  static final LatePolicy TEN_A_DAY =
      new LatePolicy(new BigDecimal("0.1"), BigDecimal.ONE, Duration.ZERO);

  private static Submitted row(long id, int attempt, Instant at, double score, Long regradeOf) {
    return new Submitted(
        id,
        "ann",
        "hello",
        attempt,
        at,
        Outcome.GRADED,
        score,
        10,
        regradeOf == null ? OptionalLong.empty() : OptionalLong.of(regradeOf));
  }

  @Test
  void aRegradeOfARegradeReplacesTheGradeOfTheStudentsAttempt() {
    List<GradedAttempt> attempts =
        Attempts.of(
            List.of(
                row(1, 1, DUE.minusSeconds(60), 3, null),
                row(2, 2, DUE.plus(Duration.ofDays(5)), 5, 1L),
                row(3, 3, DUE.plus(Duration.ofDays(6)), 7, 2L)),
            Optional.of(DUE),
            TEN_A_DAY);
    assertThat(attempts).hasSize(1);
    assertThat(attempts.get(0).graded().id()).isEqualTo(3);
    assertThat(attempts.get(0).finalScore()).isEqualTo(7); // on time: the original's time
    assertThat(attempts.get(0).regraded()).isTrue();
  }

  @Test
  void theNewestRegradeWinsEvenWhenItsScoreIsLower() {
    List<GradedAttempt> attempts =
        Attempts.of(
            List.of(
                row(1, 1, DUE.plus(Duration.ofHours(1)), 3, null),
                row(2, 2, DUE.plus(Duration.ofDays(5)), 10, 1L),
                row(3, 3, DUE.plus(Duration.ofDays(6)), 6, 1L)),
            Optional.of(DUE),
            TEN_A_DAY);
    assertThat(attempts.get(0).graded().id()).isEqualTo(3);
    assertThat(attempts.get(0).finalScore()).isEqualTo(5.4); // 1 day late, from the original
  }

  @Test
  void bestKeepsTheEarlierAttemptOnATie() {
    List<GradedAttempt> attempts =
        Attempts.of(
            List.of(row(1, 1, DUE, 8, null), row(2, 2, DUE, 8, null)), Optional.of(DUE), TEN_A_DAY);
    assertThat(Attempts.select(attempts, Selection.BEST).orElseThrow().attempt()).isEqualTo(1);
  }

  @Test
  void aRegradeWhoseOriginalIsMissingIsIgnoredRatherThanCountedAsAnAttempt() {
    List<GradedAttempt> attempts =
        Attempts.of(
            List.of(row(1, 1, DUE, 2, null), row(9, 2, DUE, 10, 42L)), Optional.of(DUE), TEN_A_DAY);
    assertThat(attempts).hasSize(1);
    assertThat(Attempts.select(attempts, Selection.LAST).orElseThrow().finalScore()).isEqualTo(2);
  }

  @Test
  void noAttemptsSelectNothing() {
    assertThat(Attempts.select(List.of(), Selection.BEST)).isEmpty();
  }
}
