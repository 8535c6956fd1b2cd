import java.util.Arrays;

// Forbidden in this exercise: sorting with the library instead of counting.
public class HeightChecker {
  public static int heightChecker(int[] heights) {
    int[] sorted = heights.clone();
    Arrays.sort(sorted);
    int count = 0;
    for (int i = 0; i < heights.length; i++) {
      if (heights[i] != sorted[i]) {
        count++;
      }
    }
    return count;
  }
}
