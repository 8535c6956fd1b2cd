// Wrong solution: off-by-one.
// Mistake modelled: the comparison loop stops at heights.length - 1 (a habit
// carried over from loops that look at heights[i + 1]), so the last position
// is never compared. Any mismatch at the last index is missed.
public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int[] count = new int[101];
        for (int i = 0; i < heights.length; i++) {
            count[heights[i]]++;
        }

        int mismatches = 0;
        int h = 1;
        for (int i = 0; i < heights.length - 1; i++) { // bug: skips the last index
            while (count[h] == 0) {
                h++;
            }
            if (heights[i] != h) {
                mismatches++;
            }
            count[h]--;
        }
        return mismatches;
    }
}
