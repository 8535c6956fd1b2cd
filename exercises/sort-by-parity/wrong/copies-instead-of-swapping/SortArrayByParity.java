// Wrong solution: copies-instead-of-swapping.
// Mistake modelled: the write-index pattern of Remove Element reused for a partition: even
// values are copied down to nums[k], overwriting whatever odd value was there. The result has
// the evens first but is no longer a permutation: [3, 2] becomes [2, 2].
public class SortArrayByParity {

    public static int[] sortArrayByParity(int[] nums) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] % 2 == 0) {
                nums[k] = nums[i]; // bug: the value at nums[k] is lost
                k++;
            }
        }
        return nums;
    }
}
