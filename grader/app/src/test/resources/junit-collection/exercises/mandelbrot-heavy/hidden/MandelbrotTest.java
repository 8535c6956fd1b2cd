import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MandelbrotTest {
  @Test
  void complexArithmetic() {
    Complex i = new Complex(0, 1);
    assertThat(i.times(i)).isEqualTo(new Complex(-1, 0));
    assertThat(i.plus(new Complex(2, 3))).isEqualTo(new Complex(2, 4));
    assertThat(new Complex(3, 4).abs2()).isEqualTo(25.0);
  }

  @Test
  void theOriginNeverEscapes() {
    assertThat(Mandelbrot.escape(new Complex(0, 0), 50)).isEqualTo(50);
  }

  @Test
  void twoEscapesAtOnce() {
    assertThat(Mandelbrot.escape(new Complex(2, 0), 50)).isEqualTo(1);
  }

  @Test
  @DisplayName("a 1200 x 1200 grid at 1000 iterations (a few seconds of work)")
  void largeGrid() {
    assertThat(Mandelbrot.inside(1200, 1000)).isEqualTo(348_232);
  }
}
