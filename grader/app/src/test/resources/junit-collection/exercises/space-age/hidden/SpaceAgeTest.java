import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpaceAgeTest {
  @Test
  void ageOnEarth() {
    assertThat(new SpaceAge(1_000_000_000).onEarth()).isCloseTo(31.69, within(0.01));
  }

  @Test
  void ageOnMercury() {
    assertThat(new SpaceAge(2_134_835_688).onMercury()).isCloseTo(280.88, within(0.01));
  }

  @Test
  void ageOnMars() {
    assertThat(new SpaceAge(2_129_871_239L).onMars()).isCloseTo(35.88, within(0.01));
  }
}
