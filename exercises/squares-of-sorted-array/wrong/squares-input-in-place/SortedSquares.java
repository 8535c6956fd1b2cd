// Wrong solution: squares-input-in-place.
// Mistake modelled: squares every element of nums in place, sorts nums with a
// hand-written insertion sort and returns nums itself. The values are right,
// so the examples pass, but the caller's array is destroyed, and a second call
// on the same array squares the squares.
public class SortedSquares {

    public static int[] sortedSquares(int[] nums) {
        for (int i = 0; i < nums.length; i++) {
            nums[i] = nums[i] * nums[i]; // bug: writes into the caller's array
        }
        for (int i = 1; i < nums.length; i++) {
            int key = nums[i];
            int j = i - 1;
            while (j >= 0 && nums[j] > key) {
                nums[j + 1] = nums[j];
                j--;
            }
            nums[j + 1] = key;
        }
        return nums;
    }
}
