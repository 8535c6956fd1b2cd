public class MoveZeroes {

    /**
     * Moves every zero to the end of nums, keeping the order of the other values.
     *
     * @param nums the values; rearranged in place
     */
    public static void moveZeroes(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
    }
}
