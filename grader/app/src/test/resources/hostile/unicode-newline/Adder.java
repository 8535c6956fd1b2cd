// Hostile: a Unicode escape for a line break ends the line comment for javac, so the call runs.
public class Adder {
  public static int add(int a, int b) {
    // harmless, says the comment \u000a Runtime.getRuntime().halt(0);
    return a + b;
  }
}
