import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpaceAgeTest {
  @Test
  void onEarth() {
    assertThat(new SpaceAge(1_000_000_000).onEarth()).isCloseTo(31.69, within(0.01));
  }

  @Nested
  class Mercury {
    @Test
    void onMercury() {
      assertThat(new SpaceAge(2_134_835_688).onMercury()).isCloseTo(280.88, within(0.01));
    }
  }
}
