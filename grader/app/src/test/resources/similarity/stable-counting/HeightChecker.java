public class HeightChecker {
  public static int heightChecker(int[] heights) {
    final int MAX = 100;
    int[] counts = new int[MAX + 1];
    for (int x : heights) counts[x]++;
    // turn counts into end positions, then fill the output from the back (stable counting sort)
    for (int v = 1; v <= MAX; v++) counts[v] += counts[v - 1];
    int[] output = new int[heights.length];
    for (int i = heights.length - 1; i >= 0; i--) {
      counts[heights[i]]--;
      output[counts[heights[i]]] = heights[i];
    }
    int different = 0;
    int i = 0;
    while (i < heights.length) {
      if (output[i] != heights[i]) different++;
      i++;
    }
    return different;
  }
}
