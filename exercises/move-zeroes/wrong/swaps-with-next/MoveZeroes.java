// Wrong solution: swaps-with-next.
// Mistake modelled: one pass that swaps each zero with its right neighbour, like a single
// bubble-sort pass. A lone zero travels to the end, but a zero followed by another zero stays
// behind: [0, 0, 1] becomes [0, 1, 0].
public class MoveZeroes {

    public static void moveZeroes(int[] nums) {
        for (int i = 0; i + 1 < nums.length; i++) {
            if (nums[i] == 0) { // bug: one pass is not enough for runs of zeros
                nums[i] = nums[i + 1];
                nums[i + 1] = 0;
            }
        }
    }
}
