// Wrong solution: loop-stops-at-ten.
// Mistake modelled: counting "divisions until one digit is left" with the
// condition v > 10 instead of v >= 10 (or v > 9). Numbers like 12 or 7896
// come out right, but 10, 100, 1000, 10000 and 100000 stop one division
// early, so their digit count is one too small.
public class EvenDigitNumbers {

    public static int findNumbers(int[] nums) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            int v = nums[i];
            int digits = 1;
            while (v > 10) { // bug: 10 itself still has two digits
                v /= 10;
                digits++;
            }
            if (digits % 2 == 0) {
                count++;
            }
        }
        return count;
    }
}
