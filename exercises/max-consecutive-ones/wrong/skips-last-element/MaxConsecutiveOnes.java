// Wrong solution: skips-last-element.
// Mistake modelled: the loop runs to nums.length - 1 (a habit from loops that
// look at nums[i + 1]), so the last element is never read. A longest run that
// ends at the last index comes out one too short ([0, 1, 1] gives 1). A
// special case for length 1, added after Example 3 failed, hides it there.
public class MaxConsecutiveOnes {

    public static int findMaxConsecutiveOnes(int[] nums) {
        int best = 0;
        int current = 0;
        for (int i = 0; i < nums.length - 1; i++) { // bug: stops one early
            if (nums[i] == 1) {
                current++;
                if (current > best) {
                    best = current;
                }
            } else {
                current = 0;
            }
        }
        if (nums.length == 1) {
            return nums[0]; // patched after Example 3 failed
        }
        return best;
    }
}
