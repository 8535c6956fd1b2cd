// Wrong solution: counts-without-compacting.
// Mistake modelled: reading "return k" as the whole task. The number of
// distinct values is counted correctly, but nothing is moved, so the first
// k slots still hold the duplicates.
public class RemoveDuplicates {

    public static int removeDuplicates(int[] nums) {
        int k = 1;
        for (int i = 1; i < nums.length; i++) {
            if (nums[i] != nums[i - 1]) {
                k++; // bug: nums[i] is never written to nums[k - 1]
            }
        }
        return k;
    }
}
