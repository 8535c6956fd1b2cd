import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymTest {
  @ParameterizedTest
  @DisplayName("abbreviates a phrase")
  @CsvSource({"Portable Network Graphics, PNG", "Complementary metal-oxide semiconductor, CMOS"})
  void abbreviates(String phrase, String expected) {
    assertThat(new Acronym(phrase).get()).isEqualTo(expected);
  }
}
