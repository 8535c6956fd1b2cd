// Wrong solution: longest-equal-run.
// Mistake modelled: misreading the task as "the longest run of equal
// neighbours". Runs of 0s are counted too, so an array of zeros, or one whose
// longest run is made of 0s, gives a wrong answer.
public class MaxConsecutiveOnes {

    public static int findMaxConsecutiveOnes(int[] nums) {
        int best = 1;
        int current = 1;
        for (int i = 1; i < nums.length; i++) {
            if (nums[i] == nums[i - 1]) { // bug: a run of 0s counts as well
                current++;
                if (current > best) {
                    best = current;
                }
            } else {
                current = 1;
            }
        }
        return best;
    }
}
