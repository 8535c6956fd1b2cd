import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Two-fer")
class TwoferTest {
  private final Twofer twofer = new Twofer();

  @Test
  @DisplayName("no name given")
  void noName() {
    assertThat(twofer.twofer(null)).isEqualTo("One for you, one for me.");
  }

  @Test
  @DisplayName("a name given")
  void aName() {
    assertThat(twofer.twofer("Alice")).isEqualTo("One for Alice, one for me.");
  }

  @Test
  @DisplayName("another name given")
  void anotherName() {
    assertThat(twofer.twofer("Bob")).isEqualTo("One for Bob, one for me.");
  }
}
