// Wrong solution: stops-before-first-element.
// Mistake modelled: an off-by-one at the front: the merge loop runs while
// i > 0 instead of i >= 0, so nums1[0] is never compared. The leftover loop
// then writes the rest of nums2 below nums1[0]'s final place, and nums1[0]
// stays at index 0 even when nums2 holds smaller values.
public class MergeSortedArray {

    public static void merge(int[] nums1, int m, int[] nums2, int n) {
        int i = m - 1;
        int j = n - 1;
        int write = m + n - 1;
        while (i > 0 && j >= 0) { // bug: should be i >= 0
            if (nums1[i] > nums2[j]) {
                nums1[write--] = nums1[i--];
            } else {
                nums1[write--] = nums2[j--];
            }
        }
        while (j >= 0) {
            nums1[write--] = nums2[j--];
        }
    }
}
