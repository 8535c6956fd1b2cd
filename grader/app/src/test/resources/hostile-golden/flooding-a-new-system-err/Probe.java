import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    String line = "y".repeat(1000);
    while (true) {
      System.err.println(line);
    }
  }
}
