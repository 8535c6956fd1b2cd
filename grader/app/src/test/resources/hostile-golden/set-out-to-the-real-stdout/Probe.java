import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true));
    System.out.println("0".repeat(64) + " 5 result cGFzc2Vk cGFzc2Vk");
    return "not ok";
  }
}
