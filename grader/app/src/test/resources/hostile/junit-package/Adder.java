package org.junit.jupiter.api;

// Hostile: a class in JUnit's package, to reach package-private parts of the test framework.
public class Adder {
  public static int add(int a, int b) {
    return a + b;
  }
}
