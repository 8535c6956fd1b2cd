// Hostile: ends the test JVM before the tests that would fail report.
public class Adder {
  public static int add(int a, int b) {
    if (a == 7) {
      System.exit(0);
    }
    return a + b;
  }
}
