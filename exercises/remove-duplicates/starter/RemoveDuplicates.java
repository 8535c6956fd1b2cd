public class RemoveDuplicates {

    /**
     * Removes the duplicates of a sorted array in place.
     *
     * @param nums a non-empty array in non-decreasing order, compacted in place
     * @return k, the number of distinct values; they must end up in
     *         nums[0..k-1], in their original order
     */
    public static int removeDuplicates(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
