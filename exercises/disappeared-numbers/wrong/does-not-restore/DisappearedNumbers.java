// Wrong solution: does-not-restore.
// Mistake modelled: finds the right answer by marking in place but never restores the signs,
// so the caller's array comes back full of negative numbers.
public class DisappearedNumbers {

    public static int[] findDisappearedNumbers(int[] nums) {
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int v = Math.abs(nums[i]);
            nums[v - 1] = -Math.abs(nums[v - 1]);
        }
        int missing = 0;
        for (int i = 0; i < n; i++) {
            if (nums[i] > 0) {
                missing++;
            }
        }
        int[] result = new int[missing];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (nums[i] > 0) {
                result[k++] = i + 1;
            }
        }
        return result; // bug: nums still holds the negative marks
    }
}
