// Wrong solution: not-distinct.
// Mistake modelled: only skips values equal to the current maximum, so a repeated second
// value fills two slots: [3, 2, 2, 1] returns 2 instead of 1.
public class ThirdMax {

    public static int thirdMax(int[] nums) {
        long first = Long.MIN_VALUE;
        long second = Long.MIN_VALUE;
        long third = Long.MIN_VALUE;
        for (int i = 0; i < nums.length; i++) {
            long v = nums[i];
            if (v == first) { // bug: a value equal to second or third is counted again
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
        return (int) (third == Long.MIN_VALUE ? first : third);
    }
}
