import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlotterTest {
  @Test
  @DisplayName("shifts a java.awt.Point")
  void shifts() {
    assertThat(Plotter.shift(new Point(1, 2), 3)).isEqualTo(new Point(4, 2));
  }

  @Test
  @DisplayName("rolls a die with the default RandomGenerator")
  void rolls() {
    for (int i = 0; i < 100; i++) {
      assertThat(Plotter.dice()).isBetween(1, 6);
    }
  }
}
