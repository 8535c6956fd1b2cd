public class SortArrayByParity {

    /**
     * Rearranges nums so that all even values come before all odd values.
     *
     * @param nums the values; rearranged in place
     * @return nums itself
     */
    public static int[] sortArrayByParity(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return nums;
    }
}
