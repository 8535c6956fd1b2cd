class Collatz {
  static int steps(long start) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  static int longestBelow(int limit) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
