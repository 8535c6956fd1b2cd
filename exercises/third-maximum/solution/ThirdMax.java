/**
 * Reference solution: one pass with the three largest distinct values in long variables. A
 * long sentinel (Long.MIN_VALUE) can never equal an int, so "nothing yet" cannot be confused
 * with a real Integer.MIN_VALUE in the input. O(n) time, O(1) extra space, input only read.
 */
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
        return (int) (third == Long.MIN_VALUE ? first : third);
    }
}
