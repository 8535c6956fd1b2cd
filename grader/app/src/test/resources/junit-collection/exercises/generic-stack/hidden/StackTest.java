import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class StackTest {
  @Test
  void lastInFirstOut() {
    Stack<String> stack = new Stack<>();
    stack.push("a");
    stack.push("b");
    assertThat(stack.pop()).isEqualTo("b");
    assertThat(stack.peek()).isEqualTo("a");
    assertThat(stack.size()).isEqualTo(1);
  }

  @Test
  void worksForIntegers() {
    Stack<Integer> stack = new Stack<>();
    for (int i = 0; i < 100; i++) {
      stack.push(i);
    }
    int sum = 0;
    while (!stack.isEmpty()) {
      sum += stack.pop();
    }
    assertThat(sum).isEqualTo(4950);
  }

  @Test
  void popOnEmptyThrows() {
    assertThatThrownBy(() -> new Stack<Double>().pop()).isInstanceOf(NoSuchElementException.class);
  }
}
