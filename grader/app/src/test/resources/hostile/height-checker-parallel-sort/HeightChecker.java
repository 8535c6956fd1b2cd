import java.util.Arrays;

// Forbidden too: the parallel library sort (the issue-12 route past a list that named only Arrays.sort) instead of counting.
public class HeightChecker {
  public static int heightChecker(int[] heights) {
    int[] sorted = heights.clone();
    Arrays.parallelSort(sorted);
    int count = 0;
    for (int i = 0; i < heights.length; i++) {
      if (heights[i] != sorted[i]) {
        count++;
      }
    }
    return count;
  }
}
