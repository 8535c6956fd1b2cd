// Wrong solution: forgets-the-zeros.
// Mistake modelled: compacts the non-zero values to the front with a write index but never
// fills the tail with zeros, so old values stay there: [0, 1, 0, 3, 12] becomes
// [1, 3, 12, 3, 12].
public class MoveZeroes {

    public static void moveZeroes(int[] nums) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != 0) {
                nums[k] = nums[i];
                k++;
            }
        }
        // bug: nums[k..n) still holds whatever was there
    }
}
