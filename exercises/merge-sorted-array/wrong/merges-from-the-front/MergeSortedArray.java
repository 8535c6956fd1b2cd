// Wrong solution: merges-from-the-front.
// Mistake modelled: the textbook merge from the front, written straight into
// nums1. When a value of nums2 is smaller, it is written over nums1[i] before
// that value was read, so a value of nums1 is lost and another one repeated.
public class MergeSortedArray {

    public static void merge(int[] nums1, int m, int[] nums2, int n) {
        int i = 0;
        int j = 0;
        int write = 0;
        while (i < m && j < n) {
            if (nums1[i] <= nums2[j]) {
                nums1[write++] = nums1[i++];
            } else {
                nums1[write++] = nums2[j++]; // bug: overwrites unread nums1 values
            }
        }
        while (j < n) {
            nums1[write++] = nums2[j++];
        }
    }
}
