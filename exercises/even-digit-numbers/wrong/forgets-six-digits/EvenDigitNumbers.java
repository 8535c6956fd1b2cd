// Wrong solution: forgets-six-digits.
// Mistake modelled: "the values are at most 100000, so an even digit count
// means 2 or 4 digits" -> range checks for 10..99 and 1000..9999 only. The
// upper bound 100000 itself has six digits and is missed.
public class EvenDigitNumbers {

    public static int findNumbers(int[] nums) {
        int count = 0;
        for (int i = 0; i < nums.length; i++) {
            int v = nums[i];
            if ((v >= 10 && v <= 99) || (v >= 1000 && v <= 9999)) { // bug: no 100000
                count++;
            }
        }
        return count;
    }
}
