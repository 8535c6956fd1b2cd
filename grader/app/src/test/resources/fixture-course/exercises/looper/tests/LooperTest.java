import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LooperTest {
  @Test
  void t1() {
    assertEquals(2, Looper.twice(1));
  }
}
