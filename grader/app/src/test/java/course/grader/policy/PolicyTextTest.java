package course.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.catalog.CourseException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyTextTest {
  @Test
  void percentagesReadAsFractions() {
    assertThat(PolicyText.percent("--x", "10%")).isEqualByComparingTo("0.1");
    assertThat(PolicyText.percent("--x", "12.5%")).isEqualByComparingTo("0.125");
    assertThat(PolicyText.percent("--x", "100%")).isEqualByComparingTo("1");
    assertThat(PolicyText.percent("--x", "0%")).isEqualByComparingTo("0");
  }

  @Test
  void aPercentageWithoutItsSignOrOverAHundredIsRefusedNamingTheOption() {
    assertThatThrownBy(() -> PolicyText.percent("--late-per-day", "10"))
        .isInstanceOf(CourseException.class)
        .hasMessage("--late-per-day '10' is not a percentage; write one like 10% or 12.5%");
    assertThatThrownBy(() -> PolicyText.percent("--late-cap", "150%"))
        .hasMessageContaining("--late-cap '150%' is over 100%");
  }

  @Test
  void durationsReadSecondsMinutesHoursDaysAndCombinations() {
    assertThat(PolicyText.duration("--grace", "15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(PolicyText.duration("--grace", "2h")).isEqualTo(Duration.ofHours(2));
    assertThat(PolicyText.duration("--grace", "1d")).isEqualTo(Duration.ofDays(1));
    assertThat(PolicyText.duration("--grace", "1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(PolicyText.duration("--grace", "45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(PolicyText.duration("--grace", "0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void aDurationWithoutAUnitOrWithJunkIsRefused() {
    for (String bad : new String[] {"15", "15 m", "m", "1w", "15m!", ""}) {
      assertThatThrownBy(() -> PolicyText.duration("--grace", bad))
          .as(bad)
          .hasMessageContaining("is not a duration; write one like 15m, 2h, 1d or 1h30m");
    }
  }

  @Test
  void durationsAndPercentagesPrintInTheFormTheyAreRead() {
    assertThat(PolicyText.duration(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(PolicyText.duration(Duration.ofDays(1).plusHours(2))).isEqualTo("1d2h");
    assertThat(PolicyText.percent(PolicyText.percent("--x", "12.5%"))).isEqualTo("12.5%");
  }
}
