public class HeightChecker {
  static final boolean DEBUG = false;

  public static int heightChecker(int[] line) {
    int[] howMany = new int[102];
    int idx = 0;
    while (idx < line.length) {
      howMany[line[idx]] += 1;
      ++idx;
    }
    int[] start = new int[102];
    for (int t = 1; t <= 101; ++t) {
      start[t] = start[t - 1] + howMany[t - 1];
    }
    if (DEBUG) {
      System.out.println(java.util.Arrays.toString(start));
    }
    int total = 0;
    idx = 0;
    while (idx < line.length) {
      int t = line[idx];
      boolean ok = idx >= start[t] && idx < start[t] + howMany[t];
      if (!ok) { total += 1; }
      ++idx;
    }
    return total;
  }
}
