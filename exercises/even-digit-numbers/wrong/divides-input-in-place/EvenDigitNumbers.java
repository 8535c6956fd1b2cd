// Wrong solution: divides-input-in-place.
// Mistake modelled: the digit loop divides nums[i] itself instead of a local
// copy. The count is right, so every answer of a single call is correct, but
// the caller's array is left full of single digits, and a second call on the
// same array gives 0.
public class EvenDigitNumbers {

    public static int findNumbers(int[] nums) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            int digits = 1;
            while (nums[i] >= 10) {
                nums[i] /= 10; // bug: destroys the caller's value
                digits++;
            }
            if (digits % 2 == 0) {
                count++;
            }
        }
        return count;
    }
}
