// Hostile: top-level classes named like the exercise's visible and hidden tests, so that the
// student's versions, with tests that always pass, replace the real ones.
public class Adder {
  public static int add(int a, int b) {
    return a + b;
  }
}

class AdderTest {
  @org.junit.jupiter.api.Test
  void passes() {}
}

class AdderHiddenTest {
  @org.junit.jupiter.api.Test
  void passes() {}
}
