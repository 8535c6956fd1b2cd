/**
 * Reference solution: count digits by repeated division.
 *
 * For each element, a local copy is divided by 10 until it reaches 0; the
 * number of divisions is the number of digits (every element is >= 1, so the
 * loop runs at least once). The array itself is only read.
 * Time O(n * 6) for values up to 100000, extra space O(1).
 */
public class EvenDigitNumbers {

    public static int findNumbers(int[] nums) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            int value = nums[i]; // work on a copy, never on nums[i]
            int digits = 0;
            while (value > 0) {
                value /= 10;
                digits++;
            }
            if (digits % 2 == 0) {
                count++;
            }
        }
        return count;
    }
}
