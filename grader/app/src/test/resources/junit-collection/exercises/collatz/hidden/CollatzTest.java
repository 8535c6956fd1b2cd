import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollatzTest {
  @Test
  void stepsOfSmallNumbers() {
    assertThat(Collatz.steps(1)).isZero();
    assertThat(Collatz.steps(6)).isEqualTo(8);
    assertThat(Collatz.steps(27)).isEqualTo(111);
  }

  @Test
  void longestBelowOneMillion() {
    assertThat(Collatz.longestBelow(1_000_000)).isEqualTo(837_799);
  }
}
