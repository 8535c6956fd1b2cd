import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    byte[] elf = new byte[4096];
    elf[0] = 0x7f; elf[1] = 'E'; elf[2] = 'L'; elf[3] = 'F';
    Files.write(Path.of("/tmp/evil.so"), elf);
    System.load("/tmp/evil.so");
    return "loaded";
  }
}
