import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  static String deep(int n) { return deep(n + 1) + n; }

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    return deep(0);
  }
}
