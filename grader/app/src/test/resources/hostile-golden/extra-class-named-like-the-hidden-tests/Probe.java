import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    return "ok";
  }
}
class ProbeHiddenTest {
  @org.junit.jupiter.api.Test
  void h_adds() {}
}
