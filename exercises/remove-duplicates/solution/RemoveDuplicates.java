/**
 * Reference solution: slow (write) and fast (read) pointers.
 *
 * nums[0..k-1] holds the distinct values found so far, and nums[k - 1] is the
 * last one kept. Since the array is sorted, nums[i] is a new value exactly
 * when it differs from nums[k - 1]. k <= i always, so a write never destroys
 * an element that is still to be read. n >= 1, so nums[0] is always kept.
 * Time O(n), extra space O(1).
 */
public class RemoveDuplicates {

    public static int removeDuplicates(int[] nums) {
        int k = 1;
        for (int i = 1; i < nums.length; i++) {
            if (nums[i] != nums[k - 1]) {
                nums[k] = nums[i];
                k++;
            }
        }
        return k;
    }
}
