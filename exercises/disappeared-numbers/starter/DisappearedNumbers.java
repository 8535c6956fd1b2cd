public class DisappearedNumbers {

    /**
     * Returns the values of 1..n that do not appear in nums, in ascending order.
     *
     * @param nums n values, each between 1 and n; must hold the same values when this returns
     * @return the missing values, ascending, in an array of exactly their count
     */
    public static int[] findDisappearedNumbers(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return new int[0];
    }
}
