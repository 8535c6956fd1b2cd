package java.util;

// Hostile: a class in a JDK package name.
public class Adder {
  public static int add(int a, int b) {
    return a + b;
  }
}
