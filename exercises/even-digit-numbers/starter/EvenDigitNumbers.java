public class EvenDigitNumbers {

    /**
     * Counts the elements that have an even number of decimal digits.
     *
     * @param nums positive numbers; must not be modified
     * @return how many elements have an even number of digits
     */
    public static int findNumbers(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
