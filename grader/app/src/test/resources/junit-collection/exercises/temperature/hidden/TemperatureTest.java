import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemperatureTest {
  @Nested
  @DisplayName("conversions")
  class Conversions {
    @ParameterizedTest(name = "{0} C = {1} F")
    @CsvSource({"0, 32", "100, 212", "-40, -40", "37, 98.6"})
    void celsiusToFahrenheit(double c, double f) {
      assertThat(Temperature.celsiusToFahrenheit(c)).isCloseTo(f, within(1e-9));
    }

    @Test
    void roundTrip() {
      assertThat(Temperature.fahrenheitToCelsius(Temperature.celsiusToFahrenheit(21.5)))
          .isCloseTo(21.5, within(1e-9));
    }

    @Test
    void kelvin() {
      assertThat(Temperature.celsiusToKelvin(-273.15)).isCloseTo(0, within(1e-9));
    }
  }

  @Nested
  @DisplayName("descriptions")
  class Descriptions {
    @ParameterizedTest
    @CsvSource({"-5, freezing", "0, freezing", "12, mild", "30, hot"})
    void describe(double celsius, String word) {
      assertThat(Temperature.describe(celsius)).isEqualTo(word);
    }
  }
}
