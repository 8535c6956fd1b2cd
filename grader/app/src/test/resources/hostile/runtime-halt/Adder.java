// Hostile: halts the JVM, skipping shutdown hooks.
public class Adder {
  public static int add(int a, int b) {
    Runtime.getRuntime().halt(0);
    return a + b;
  }
}
