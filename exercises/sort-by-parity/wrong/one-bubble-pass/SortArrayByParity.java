// Wrong solution: one-bubble-pass.
// Mistake modelled: swaps neighbours that are in the wrong order (odd then even) in a single
// left-to-right pass. An even value moves at most one step left, so [1, 1, 2] becomes
// [1, 2, 1].
public class SortArrayByParity {

    public static int[] sortArrayByParity(int[] nums) {
        for (int i = 0; i + 1 < nums.length; i++) {
            if (nums[i] % 2 != 0 && nums[i + 1] % 2 == 0) { // bug: one pass is not enough
                int t = nums[i];
                nums[i] = nums[i + 1];
                nums[i + 1] = t;
            }
        }
        return nums;
    }
}
