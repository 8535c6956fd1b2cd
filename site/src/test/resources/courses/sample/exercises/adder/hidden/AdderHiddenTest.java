import static org.junit.jupiter.api.Assertions.assertEquals;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Points(2)
class AdderHiddenTest {
  @Test
  @DisplayName("adds zero")
  void h1_zero() {
    assertEquals(7, Adder.add(7, 0), "add(7, 0)");
  }

  @Test
  @Points(3)
  @DisplayName("adds a thousand")
  void h2_thousand() {
    assertEquals(1003, Adder.add(1000, 3), "add(1000, 3)");
  }

  @ParameterizedTest(name = "add({0}, {1}) = {2}")
  @CsvSource({"1, 1, 2", "10, 20, 30", "-5, 5, 0"})
  @DisplayName("a table of sums")
  void h3_table(int a, int b, int sum) {
    assertEquals(sum, Adder.add(a, b));
  }

  @Test
  @DisplayName("adds near the top of int")
  void h4_large() {
    assertEquals(Integer.MAX_VALUE, Adder.add(Integer.MAX_VALUE - 1, 1));
  }

  @Test
  @Disabled("not graded this term")
  void h5_disabled() {
    assertEquals(0, 1);
  }
}
