// Wrong solution: flips-the-sign.
// Mistake modelled: marks a value as seen by flipping the sign of its slot instead of setting
// it. A value that appears twice flips its slot back to positive and is reported missing:
// [1, 1] reports [1, 2] instead of [2].
public class DisappearedNumbers {

    public static int[] findDisappearedNumbers(int[] nums) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int v = Math.abs(nums[i]);
            nums[v - 1] = -nums[v - 1]; // bug: two occurrences cancel out
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
