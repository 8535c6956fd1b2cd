import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class Vector2Test {
  @Test
  @DisplayName("records compare by value")
  void equality() {
    assertThat(new Vector2(1, 2)).isEqualTo(new Vector2(1, 2)).isNotEqualTo(new Vector2(2, 1));
  }

  @Test
  void plus() {
    assertThat(new Vector2(1, 2).plus(new Vector2(3, -5))).isEqualTo(new Vector2(4, -3));
  }

  @Test
  void scale() {
    assertThat(new Vector2(2, -3).scale(3)).isEqualTo(new Vector2(6, -9));
  }

  @Test
  void lengthSquaredDoesNotOverflow() {
    assertThat(new Vector2(100_000, 100_000).lengthSquared()).isEqualTo(20_000_000_000L);
  }
}
