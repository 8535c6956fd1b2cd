/**
 * Reference solution: one pass with two counters.
 *
 * current = length of the run of 1s that ends at position i (0 after a 0);
 * best    = the longest run seen so far. best is updated after every 1, so a
 * run that reaches the last index is counted without a special case after
 * the loop. Time O(n), extra space O(1); the input is only read.
 */
public class MaxConsecutiveOnes {

    public static int findMaxConsecutiveOnes(int[] nums) {
        int best = 0;
        int current = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] == 1) {
                current++;
                if (current > best) {
                    best = current;
                }
            } else {
                current = 0;
            }
        }
        return best;
    }
}
