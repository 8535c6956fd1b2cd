public class HeightChecker {
    /** Sorts a copy with insertion sort and counts the differences. */
    public static int heightChecker(int[] heights) {
        int n = heights.length;
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = heights[i];
        }
        for (int i = 1; i < n; i++) {
            int key = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j] > key) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = key;
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (heights[i] != sorted[i]) {
                count++;
            }
        }
        return count;
    }
}
