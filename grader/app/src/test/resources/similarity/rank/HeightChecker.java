public class HeightChecker {
    /**
     * The height at position p of the sorted line is the smallest height v such that
     * more than p students are at most v tall. Quadratic, but there are at most 100.
     */
    public static int heightChecker(int[] heights) {
        int answer = 0;
        for (int p = 0; p < heights.length; p++) {
            if (heights[p] != sortedAt(heights, p)) {
                answer++;
            }
        }
        return answer;
    }

    private static int sortedAt(int[] heights, int p) {
        int v = 1;
        while (atMost(heights, v) <= p) {
            v++;
        }
        return v;
    }

    private static int atMost(int[] heights, int v) {
        int n = 0;
        for (int h : heights) {
            if (h <= v) {
                n++;
            }
        }
        return n;
    }
}
