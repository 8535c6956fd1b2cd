import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AdderTest {
  @Test
  @DisplayName("adds two small numbers")
  void a1_small() {
    assertEquals(5, Adder.add(2, 3));
  }

  @Test
  @DisplayName("adds a negative number")
  void a2_negative() {
    assertEquals(-1, Adder.add(2, -3));
  }
}
