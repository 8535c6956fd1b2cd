/**
 * Reference solution: marking in place. Slot v - 1 records "v was seen" in its sign (all values
 * are positive). Marking sets the sign (idempotent), a counting pass sizes the result, a fill
 * pass writes the missing values in ascending order, and a last pass restores every sign so the
 * caller gets its array back. O(n) time, O(1) extra space besides the result.
 */
public class DisappearedNumbers {

    public static int[] findDisappearedNumbers(int[] nums) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int v = Math.abs(nums[i]);
            nums[v - 1] = -Math.abs(nums[v - 1]);
        }
        int missing = 0;
        for (int i = 0; i < n; i++) {
            if (nums[i] > 0) {
                missing++;
            }
        }
        int[] result = new int[missing];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (nums[i] > 0) {
                result[k++] = i + 1;
            }
            nums[i] = Math.abs(nums[i]);
        }
        return result;
    }
}
