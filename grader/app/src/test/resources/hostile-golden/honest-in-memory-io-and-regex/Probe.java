import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return Integer.parseInt(java.util.regex.Pattern.compile("(-?[0-9]+)").matcher(String.valueOf(a + b)).results().findFirst().orElseThrow().group(1));
  }

  public static String attack() throws Throwable {
    var out = new StringWriter(); new PrintWriter(out, true).println("ok 42"); return new BufferedReader(new StringReader(out.toString())).readLine().replaceAll(" [0-9]+", "");
  }
}
