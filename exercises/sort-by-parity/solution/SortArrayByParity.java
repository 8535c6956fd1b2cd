/**
 * Reference solution: the partition step with a write index. nums[0..k) is the even zone; every
 * even value found is swapped to nums[k]. Swapping (not copying) keeps the array a permutation
 * of the input. One pass, O(1) extra space, in place.
 */
public class SortArrayByParity {

    public static int[] sortArrayByParity(int[] nums) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] % 2 == 0) {
                int t = nums[k];
                nums[k] = nums[i];
                nums[i] = t;
                k++;
            }
        }
        return nums;
    }
}
