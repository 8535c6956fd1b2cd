import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PlanetTest {
  @ParameterizedTest(name = "10 kg on {0} weighs {1} N")
  @CsvSource({"MERCURY, 37.0", "EARTH, 98.1", "JUPITER, 247.9"})
  void weightOfTenKilograms(Planet planet, double newtons) {
    assertThat(planet.weight(10)).isCloseTo(newtons, within(1e-9));
  }

  @Test
  void jupiterIsHeaviest() {
    assertThat(Planet.heaviest()).isEqualTo(Planet.JUPITER);
  }
}
