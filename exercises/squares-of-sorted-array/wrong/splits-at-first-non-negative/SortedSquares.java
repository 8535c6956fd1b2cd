// Wrong solution: splits-at-first-non-negative.
// Mistake modelled: the "merge outwards from the middle" approach. It finds
// the first non-negative element with while (nums[j] < 0) j++, without a
// bounds check, then merges the negative half (read right to left) with the
// non-negative half. When every element is negative, j runs off the end of
// the array (ArrayIndexOutOfBoundsException).
public class SortedSquares {

    public static int[] sortedSquares(int[] nums) {
        int n = nums.length;
        int j = 0;
        while (nums[j] < 0) { // bug: no j < n check
            j++;
        }
        int i = j - 1;
        int[] result = new int[n];
        int write = 0;
        while (i >= 0 && j < n) {
            if (nums[i] * nums[i] < nums[j] * nums[j]) {
                result[write++] = nums[i] * nums[i];
                i--;
            } else {
                result[write++] = nums[j] * nums[j];
                j++;
            }
        }
        while (i >= 0) {
            result[write++] = nums[i] * nums[i];
            i--;
        }
        while (j < n) {
            result[write++] = nums[j] * nums[j];
            j++;
        }
        return result;
    }
}
