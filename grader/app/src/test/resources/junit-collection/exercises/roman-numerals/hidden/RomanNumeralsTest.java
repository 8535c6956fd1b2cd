import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RomanNumeralsTest {
  static Stream<Arguments> numbers() {
    return Stream.of(
        Arguments.of(1, "I"),
        Arguments.of(4, "IV"),
        Arguments.of(9, "IX"),
        Arguments.of(48, "XLVIII"),
        Arguments.of(1990, "MCMXC"),
        Arguments.of(3999, "MMMCMXCIX"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("numbers")
  void converts(int number, String roman) {
    assertThat(new RomanNumerals(number).getRomanNumeral()).isEqualTo(roman);
  }
}
