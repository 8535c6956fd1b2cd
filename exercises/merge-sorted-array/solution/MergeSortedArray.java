/**
 * Reference solution: three indices, filling nums1 from the back.
 *
 * The slots from write + 1 to the end are already final. write always equals
 * i + j + 1, so while nums2 still has values (j >= 0) write is above i, and
 * writing at write never destroys a value of nums1 that is still to be read. When j drops below 0 the remaining
 * values of nums1 are already in place; when i drops below 0, the rest of
 * nums2 is copied. Time O(m + n), extra space O(1).
 */
public class MergeSortedArray {

    public static void merge(int[] nums1, int m, int[] nums2, int n) {
        int i = m - 1;
        int j = n - 1;
        int write = m + n - 1;
        while (j >= 0) {
            if (i >= 0 && nums1[i] > nums2[j]) {
                nums1[write] = nums1[i];
                i--;
            } else {
                nums1[write] = nums2[j];
                j--;
            }
            write--;
        }
    }
}
