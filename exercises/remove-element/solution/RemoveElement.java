/**
 * Reference solution: a read index and a write index.
 *
 * Every element not equal to val is copied to nums[k] and k moves on. k never
 * passes i, so an element is always read before its slot can be overwritten.
 * Works for an empty array (the loop does not run). This keeps the original
 * order, which the exercise does not even require.
 * Time O(n), extra space O(1).
 */
public class RemoveElement {

    public static int removeElement(int[] nums, int val) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != val) {
                nums[k] = nums[i];
                k++;
            }
        }
        return k;
    }
}
