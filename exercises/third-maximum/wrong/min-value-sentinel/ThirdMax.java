// Wrong solution: min-value-sentinel.
// Mistake modelled: uses Integer.MIN_VALUE as "nothing yet". When Integer.MIN_VALUE is a real
// input value it is skipped as if already held, and a real third maximum of Integer.MIN_VALUE
// looks like "no third value": [1, 2, Integer.MIN_VALUE] returns 2.
public class ThirdMax {

    public static int thirdMax(int[] nums) {
        int first = Integer.MIN_VALUE;
        int second = Integer.MIN_VALUE;
        int third = Integer.MIN_VALUE;
        for (int i = 0; i < nums.length; i++) {
            int v = nums[i];
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
        return third == Integer.MIN_VALUE ? first : third; // bug: MIN_VALUE may be real
    }
}
