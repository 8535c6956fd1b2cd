public class SortedSquares {

    /**
     * Returns the squares of a sorted array, in non-decreasing order.
     *
     * @param nums numbers in non-decreasing order; must not be modified
     * @return a new array with the squares of nums in non-decreasing order
     */
    public static int[] sortedSquares(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return new int[0];
    }
}
