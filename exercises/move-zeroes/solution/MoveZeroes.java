/**
 * Reference solution: the write index. Non-zero values are swapped down to the write index in
 * the order they are read, so they keep their relative order and the zeros collect behind them.
 * One pass, O(1) extra space; a swap is skipped when both indices are the same slot.
 */
public class MoveZeroes {

    public static void moveZeroes(int[] nums) {
        int k = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] != 0) {
                if (i != k) {
                    int t = nums[k];
                    nums[k] = nums[i];
                    nums[i] = t;
                }
                k++;
            }
        }
    }
}
