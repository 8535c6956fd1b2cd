import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrafficLightTest {
  @Test
  void redTurnsGreen() {
    assertThat(TrafficLight.RED.next()).isEqualTo(TrafficLight.GREEN);
  }

  @Test
  void yellowTurnsRed() {
    assertThat(TrafficLight.YELLOW.next()).isEqualTo(TrafficLight.RED);
  }
}
