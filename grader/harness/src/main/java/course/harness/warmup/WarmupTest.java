package course.harness.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Not a test of the harness: the workload of the training run that records which classes a typical
 * graded test loads (Jupiter, params, AssertJ, the harness), so that the grader can start later
 * child JVMs from a class-data-sharing archive.
 */
@DisplayName("warm-up")
public class WarmupTest {
  @Test
  @Points(2)
  @DisplayName("assertions")
  void assertions() {
    assertEquals(3, 1 + 2, "sum");
    assertArrayEquals(new int[] {1, 2}, new int[] {1, 2});
    assertThrows(ArithmeticException.class, () -> divide(1, 0));
    assertThat(new int[] {3, 1, 2}).contains(1).hasSize(3);
    assertThat("text").startsWith("te");
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({"1, 2, 3", "4, 5, 9"})
  void table(int a, int b, int sum) {
    assertEquals(sum, a + b);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void values(int n) {
    assertThat(n).isPositive();
  }

  @Test
  void failure() {
    // A failing assertion loads the failure and message classes too.
    assertEquals(1, divide(4, 2), "four halves");
  }

  private static int divide(int a, int b) {
    return a / b;
  }

  /** Nested classes load their own descriptors. */
  @Nested
  class Inner {
    @Test
    void nested() {
      assertThat(divide(9, 3)).isEqualTo(3);
    }
  }
}
