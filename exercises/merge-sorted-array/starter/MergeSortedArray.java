public class MergeSortedArray {

    /**
     * Merges nums2 into nums1 in place, in non-decreasing order.
     *
     * @param nums1 length m + n: m sorted values followed by n placeholders
     * @param m     how many real values nums1 holds
     * @param nums2 n sorted values; must not be modified
     * @param n     how many values nums2 holds
     */
    public static void merge(int[] nums1, int m, int[] nums2, int n) {
        // TODO: implement this method (see exercise.md for the rules).
    }
}
