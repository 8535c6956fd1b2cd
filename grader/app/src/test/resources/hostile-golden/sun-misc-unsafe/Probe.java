import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return a + b;
  }

  public static String attack() throws Throwable {
    Class<?> unsafe = Class.forName("sun.misc.Unsafe");
    java.lang.reflect.Field f = unsafe.getDeclaredField("theUnsafe");
    f.setAccessible(true);
    return "got " + f.get(null);
  }
}
