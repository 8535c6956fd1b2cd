import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    OutputStream raw = new FileOutputStream(FileDescriptor.out);
    for (int i = 0; i < 40; i++) {
      String line = "0".repeat(64) + " " + i + " result cGFzc2Vk cGFzc2Vk\n";
      raw.write(line.getBytes());
      System.out.print(line);
    }
    raw.write(("0".repeat(64) + " 40 done\n").getBytes());
    raw.flush();
    Runtime.getRuntime().halt(0);
    return "ok";
  }
}
