// Wrong solution: forgets-leftover-nums2.
// Mistake modelled: the merge from the back runs while both arrays have
// values left, and the values of nums2 that remain when nums1 runs out are
// never copied. The case m == 0 was patched separately after the third
// example failed, so the examples pass; any nums2 value smaller than every
// value of nums1 is lost.
public class MergeSortedArray {

    public static void merge(int[] nums1, int m, int[] nums2, int n) {
        if (m == 0) {
            for (int k = 0; k < n; k++) {
                nums1[k] = nums2[k];
            }
            return;
        }
        int i = m - 1;
        int j = n - 1;
        int write = m + n - 1;
        while (i >= 0 && j >= 0) {
            if (nums1[i] > nums2[j]) {
                nums1[write--] = nums1[i--];
            } else {
                nums1[write--] = nums2[j--];
            }
        }
        // bug: nums2[0..j] is never copied when j >= 0 here
    }
}
