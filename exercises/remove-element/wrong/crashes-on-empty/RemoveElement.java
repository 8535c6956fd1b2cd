// Wrong solution: crashes-on-empty.
// Mistake modelled: two pointers from both ends that stop when they meet
// (left < right), then decide about the element where they met by reading
// nums[left]. Correct for every non-empty array, but for an empty array it
// reads nums[0] (ArrayIndexOutOfBoundsException).
public class RemoveElement {

    public static int removeElement(int[] nums, int val) {
        int left = 0;
        int right = nums.length - 1;
        while (left < right) {
            if (nums[left] == val) {
                nums[left] = nums[right];
                right--;
            } else {
                left++;
            }
        }
        return nums[left] == val ? left : left + 1; // bug: no check for length 0
    }
}
