// Wrong solution: sorts-in-place.
// Mistake modelled: the student keeps a copy of the ORIGINAL order, then sorts
// the caller's array itself with a hand-written insertion sort and compares.
// The count is right, so the visible examples pass, but the caller's array is
// left sorted (breaks the "do not modify the input" rule), and calling the
// method again on the same array gives 0.
public class HeightChecker {

    public static int heightChecker(int[] heights) {
        int n = heights.length;
        int[] original = new int[n];
        for (int i = 0; i < n; i++) {
            original[i] = heights[i];
        }

        // insertion sort on the input array (the bug: should sort the copy)
        for (int i = 1; i < n; i++) {
            int key = heights[i];
            int j = i - 1;
            while (j >= 0 && heights[j] > key) {
                heights[j + 1] = heights[j];
                j--;
            }
            heights[j + 1] = key;
        }

        int count = 0;
        for (int i = 0; i < n; i++) {
            if (heights[i] != original[i]) {
                count++;
            }
        }
        return count;
    }
}
