import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    List<java.nio.ByteBuffer> hoard = new ArrayList<>();
    while (true) {
      hoard.add(java.nio.ByteBuffer.allocateDirect(1 << 20));
    }
  }
}
