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
    byte[] mb = new byte[1 << 20];
    java.util.Arrays.fill(mb, (byte) 'x');
    while (true) {
      raw.write(mb);
    }
  }
}
