public class HeightChecker {

    // Heights are 1..100, so count them and rebuild the sorted line from the counts.
    public static int heightChecker(int[] heights) {
        int[] frequency = new int[101];
        for (int h : heights) {
            frequency[h]++;
        }
        int[] expected = new int[heights.length];
        int next = 0;
        for (int value = 1; value <= 100; value++) {
            for (int k = 0; k < frequency[value]; k++) {
                expected[next] = value;
                next++;
            }
        }
        int wrong = 0;
        for (int i = 0; i < heights.length; i++) {
            if (expected[i] != heights[i]) {
                wrong++;
            }
        }
        return wrong;
    }
}
