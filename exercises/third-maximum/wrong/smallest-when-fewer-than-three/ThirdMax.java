// Wrong solution: smallest-when-fewer-than-three.
// Mistake modelled: misreads the rule for fewer than three distinct values and returns the
// smallest value found (the second) instead of the largest: [1, 2] returns 1.
public class ThirdMax {

    public static int thirdMax(int[] nums) {
        long first = Long.MIN_VALUE;
        long second = Long.MIN_VALUE;
        long third = Long.MIN_VALUE;
        for (int i = 0; i < nums.length; i++) {
            long v = nums[i];
            if (v == first || v == second || v == third) {
                continue;
            }
            if (v > first) {
                third = second;
                second = first;
                first = v;
            } else if (v > second) {
                third = second;
                second = v;
            } else if (v > third) {
                third = v;
            }
        }
        if (third != Long.MIN_VALUE) {
            return (int) third;
        }
        return (int) (second != Long.MIN_VALUE ? second : first); // bug: should be first
    }
}
