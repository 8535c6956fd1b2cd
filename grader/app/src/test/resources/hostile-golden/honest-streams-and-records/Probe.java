import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class Probe {
  

  public static int add(int a, int b) {
    return java.util.stream.IntStream.of(a, b).sum();
  }

  public static String attack() throws Throwable {
    record P(int x) { } return java.util.stream.Stream.of(new P(1)).map(p -> "ok").findFirst().orElseThrow();
  }
}
