public class HeightChecker {
    /*
     * No sorted copy at all: with a frequency table and its running sums we know,
     * for every height h, the range of positions [before[h], before[h] + freq[h])
     * that h occupies in the sorted line. A student is in place when their index
     * falls inside the range of their own height.
     */
    public static int heightChecker(int[] heights) {
        int[] freq = new int[102];
        for (int i = 0; i < heights.length; ++i) {
            freq[heights[i]] += 1;
        }
        int[] before = new int[102];
        for (int h = 1; h <= 101; ++h) {
            before[h] = before[h - 1] + freq[h - 1];
        }
        int moved = 0;
        for (int i = 0; i < heights.length; ++i) {
            int h = heights[i];
            boolean inPlace = i >= before[h] && i < before[h] + freq[h];
            if (!inPlace) {
                moved += 1;
            }
        }
        return moved;
    }
}
