// Wrong solution: swaps-from-the-ends.
// Mistake modelled: partitions like quicksort, swapping a zero from the front with a non-zero
// value from the back. The zeros do end up at the end, but the non-zero values lose their
// relative order: [0, 1, 2] becomes [2, 1, 0].
public class MoveZeroes {

    public static void moveZeroes(int[] nums) {
        int lo = 0;
        int hi = nums.length - 1;
        while (lo < hi) {
            if (nums[lo] != 0) {
                lo++;
            } else if (nums[hi] == 0) {
                hi--;
            } else {
                nums[lo] = nums[hi]; // bug: the order of the non-zero values is not kept
                nums[hi] = 0;
                lo++;
                hi--;
            }
        }
    }
}
