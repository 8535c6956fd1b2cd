// Wrong solution: misses-last-element.
// Mistake modelled: the loop runs to nums.length - 1, a habit from loops that
// compare nums[i] with nums[i + 1]. The last element is never read, so a
// distinct value at the very end is lost, and k is one too small.
public class RemoveDuplicates {

    public static int removeDuplicates(int[] nums) {
        int k = 1;
        for (int i = 1; i < nums.length - 1; i++) { // bug: stops one early
            if (nums[i] != nums[k - 1]) {
                nums[k] = nums[i];
                k++;
            }
        }
        return k;
    }
}
