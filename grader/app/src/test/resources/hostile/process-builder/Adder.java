import java.io.IOException;

// Hostile: starts a process that outlives the test JVM.
public class Adder {
  public static int add(int a, int b) {
    try {
      new ProcessBuilder("sh", "-c", "sleep 1000 &").start();
    } catch (IOException e) {
      // try something else
    }
    return a + b;
  }
}
