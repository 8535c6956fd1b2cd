package course.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatePolicyTest {
  static final Instant DUE = Instant.parse("2026-03-01T23:59:00Z");
  static final LatePolicy TEN_A_DAY_CAP_HALF =
      new LatePolicy(new BigDecimal("0.1"), new BigDecimal("0.5"), Duration.ZERO);

  private static Lateness late(LatePolicy policy, Duration after) {
    return policy.assess(DUE.plus(after), Optional.of(DUE));
  }

  @Test
  void aSubmissionExactlyAtTheDeadlineIsOnTime() {
    Lateness l = late(TEN_A_DAY_CAP_HALF, Duration.ZERO);
    assertThat(l.status()).isEqualTo(Timeliness.ON_TIME);
    assertThat(l.apply(10)).isEqualTo(10);
  }

  @Test
  void oneMillisecondLateCountsAsAWholeDay() {
    Lateness l = late(TEN_A_DAY_CAP_HALF, Duration.ofMillis(1));
    assertThat(l.status()).isEqualTo(Timeliness.LATE);
    assertThat(l.days()).isEqualTo(1);
    assertThat(l.apply(10)).isEqualTo(9);
  }

  @Test
  void exactly24HoursLateIsOneDayAndOneMillisecondMoreIsTwo() {
    assertThat(late(TEN_A_DAY_CAP_HALF, Duration.ofHours(24)).days()).isEqualTo(1);
    assertThat(late(TEN_A_DAY_CAP_HALF, Duration.ofHours(24)).apply(10)).isEqualTo(9);
    Lateness more = late(TEN_A_DAY_CAP_HALF, Duration.ofHours(24).plusMillis(1));
    assertThat(more.days()).isEqualTo(2);
    assertThat(more.apply(10)).isEqualTo(8);
    assertThat(more.lateMillis()).isEqualTo(86_400_001L);
  }

  @Test
  void lateExactlyByTheGraceIsForgivenAndOneMillisecondMoreStartsDayOne() {
    LatePolicy withGrace =
        new LatePolicy(new BigDecimal("0.1"), BigDecimal.ONE, Duration.ofMinutes(15));
    Lateness edge = late(withGrace, Duration.ofMinutes(15));
    assertThat(edge.status()).isEqualTo(Timeliness.GRACE);
    assertThat(edge.apply(10)).isEqualTo(10);
    Lateness past = late(withGrace, Duration.ofMinutes(15).plusMillis(1));
    assertThat(past.status()).isEqualTo(Timeliness.LATE);
    assertThat(past.days()).isEqualTo(1);
  }

  @Test
  void daysAreCountedFromTheEndOfTheGracePeriod() {
    LatePolicy withGrace =
        new LatePolicy(new BigDecimal("0.1"), BigDecimal.ONE, Duration.ofMinutes(15));
    assertThat(late(withGrace, Duration.ofHours(24).plusMinutes(15)).days()).isEqualTo(1);
    assertThat(late(withGrace, Duration.ofHours(24).plusMinutes(15).plusMillis(1)).days())
        .isEqualTo(2);
  }

  @Test
  void thePenaltyStopsAtTheCap() {
    Lateness l = late(TEN_A_DAY_CAP_HALF, Duration.ofDays(9).plusHours(1));
    assertThat(l.days()).isEqualTo(10);
    assertThat(l.penalty()).isEqualByComparingTo("0.5");
    assertThat(l.apply(10)).isEqualTo(5);
  }

  @Test
  void thePenaltyIsAShareOfTheAttemptsOwnScoreWithoutBinaryNoise() {
    Lateness threeDays = late(TEN_A_DAY_CAP_HALF, Duration.ofDays(3));
    assertThat(threeDays.apply(10)).isEqualTo(7); // 10 * 0.7, not 7.000000000000001
    assertThat(threeDays.apply(2.5)).isEqualTo(1.75);
    assertThat(threeDays.apply(0)).isEqualTo(0);
  }

  @Test
  void withoutADeadlineNothingIsLate() {
    Lateness l = TEN_A_DAY_CAP_HALF.assess(DUE.plus(Duration.ofDays(400)), Optional.empty());
    assertThat(l.status()).isEqualTo(Timeliness.NO_DEADLINE);
    assertThat(l.apply(10)).isEqualTo(10);
  }
}
