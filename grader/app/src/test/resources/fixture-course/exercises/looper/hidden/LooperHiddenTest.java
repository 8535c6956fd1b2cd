import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LooperHiddenTest {
  @Test
  void t2() {
    assertEquals(4, Looper.twice(2));
  }

  @Test
  void t3() {
    assertEquals(6, Looper.twice(3));
  }

  @Test
  void t4() {
    assertEquals(8, Looper.twice(4));
  }
}
