final class Collatz {
  private Collatz() {}

  static int steps(long start) {
    int steps = 0;
    long x = start;
    while (x != 1) {
      x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
      steps++;
    }
    return steps;
  }

  static int longestBelow(int limit) {
    int best = 1;
    int bestSteps = 0;
    for (int start = 1; start < limit; start++) {
      int s = steps(start);
      if (s > bestSteps) {
        bestSteps = s;
        best = start;
      }
    }
    return best;
  }
}
