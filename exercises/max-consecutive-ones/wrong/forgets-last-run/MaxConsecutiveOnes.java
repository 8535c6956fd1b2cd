// Wrong solution: forgets-last-run.
// Mistake modelled: the best length is only updated when a 0 ends a run, and
// there is no extra comparison after the loop. A run that reaches the last
// index is never counted: all ones gives 0, and [0, 1, 1, 1] gives 0.
public class MaxConsecutiveOnes {

    public static int findMaxConsecutiveOnes(int[] nums) {
        int best = 0;
        int current = 0;
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] == 1) {
                current++;
            } else {
                if (current > best) {
                    best = current;
                }
                current = 0;
            }
        }
        return best; // bug: the run still open at the end is never compared
    }
}
