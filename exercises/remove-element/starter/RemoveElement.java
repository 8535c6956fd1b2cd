public class RemoveElement {

    /**
     * Removes every occurrence of val from nums in place.
     *
     * @param nums the array to compact in place
     * @param val  the value to remove
     * @return k, the number of elements not equal to val; they must end up in
     *         nums[0..k-1], in any order
     */
    public static int removeElement(int[] nums, int val) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
