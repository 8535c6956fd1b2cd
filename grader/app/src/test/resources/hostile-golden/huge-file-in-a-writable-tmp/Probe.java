import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    byte[] mb = new byte[1 << 20];
    try (OutputStream out = new FileOutputStream("/tmp/big")) {
      for (int i = 0; i < 64; i++) {
        out.write(mb);
      }
    }
    return "wrote 64 MiB";
  }
}
