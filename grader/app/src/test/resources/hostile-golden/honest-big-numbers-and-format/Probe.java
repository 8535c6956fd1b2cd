import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b)).intValueExact();
  }

  public static String attack() throws Throwable {
    return String.format(java.util.Locale.GERMAN, "%.1f", 1.5).equals("1,5") ? "ok" : "locale";
  }
}
