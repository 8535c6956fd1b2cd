// Wrong solution: returns-a-new-array.
// Mistake modelled: builds a correct answer in a new array (evens from the front, odds from the
// back) and returns it, leaving the caller's array as it was; the in-place contract is broken.
public class SortArrayByParity {

    public static int[] sortArrayByParity(int[] nums) {
        int n = nums.length;
        int[] out = new int[n];
        int lo = 0;
        int hi = n - 1;
        for (int i = 0; i < n; i++) {
            if (nums[i] % 2 == 0) {
                out[lo++] = nums[i];
            } else {
                out[hi--] = nums[i];
            }
        }
        return out; // bug: nums itself is never rearranged
    }
}
