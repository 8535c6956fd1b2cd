import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        OutputStream raw = new FileOutputStream(FileDescriptor.out);
        for (int i = 0; i < 20; i++) {
          raw.write(("0".repeat(64) + " " + i + " result cGFzc2Vk cGFzc2Vk\n").getBytes());
        }
        raw.write(("0".repeat(64) + " 20 done\n").getBytes());
        raw.flush();
        Files.writeString(Path.of("@HOST_MARKER@"), "x");
      } catch (Exception e) {
        // contained
      }
    }));
    System.exit(0);
    return "ok";
  }
}
