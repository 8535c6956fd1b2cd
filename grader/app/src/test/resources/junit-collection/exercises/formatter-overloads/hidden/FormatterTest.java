import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatterTest {
  @Test
  void anInt() {
    assertThat(Formatter.show(7)).isEqualTo("[7]");
  }

  @Test
  void aDouble() {
    assertThat(Formatter.show(2.5)).isEqualTo("2.50");
  }

  @Test
  void aString() {
    assertThat(Formatter.show("hi")).isEqualTo("\"hi\"");
  }

  @Test
  void anArray() {
    assertThat(Formatter.show(new int[] {1, 2})).isEqualTo("[1, 2]");
  }

  @Test
  void aList() {
    assertThat(Formatter.show(List.of("a", "b", "c"))).isEqualTo("3 items");
    assertThat(Formatter.show(List.of(1))).isEqualTo("1 item");
  }
}
