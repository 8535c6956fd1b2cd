import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DequeTest {
  @Test
  void bothEnds() {
    Deque d = new Deque();
    d.pushBack("b");
    d.pushFront("a");
    d.pushBack("c");
    assertThat(d.size()).isEqualTo(3);
    assertThat(d.popFront()).isEqualTo("a");
    assertThat(d.popBack()).isEqualTo("c");
    assertThat(d.popBack()).isEqualTo("b");
    assertThat(d.size()).isZero();
  }

  @Test
  void emptyThrows() {
    assertThatThrownBy(() -> new Deque().popFront()).isInstanceOf(NoSuchElementException.class);
  }
}
