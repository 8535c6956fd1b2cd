import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TrafficLightTest {
  @ParameterizedTest
  @CsvSource({"RED, GREEN", "GREEN, YELLOW", "YELLOW, RED"})
  void nextLight(TrafficLight light, TrafficLight next) {
    assertThat(light.next()).isEqualTo(next);
  }

  @ParameterizedTest
  @EnumSource(TrafficLight.class)
  void aFullCycleReturnsToTheStart(TrafficLight light) {
    assertThat(light.next().next().next()).isSameAs(light);
  }

  @Test
  void aCycleTakesOneMinute() {
    int total = 0;
    for (TrafficLight light : TrafficLight.values()) {
      total += light.seconds();
    }
    assertThat(total).isEqualTo(60);
  }
}
