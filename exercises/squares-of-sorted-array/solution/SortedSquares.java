/**
 * Reference solution: two pointers from both ends, filling from the back.
 *
 * The largest remaining square is always at one of the two ends of the part
 * of nums not used yet, so we compare nums[left]^2 with nums[right]^2, write
 * the larger one at the last free position of the result, and move that end
 * inwards. |nums[i]| <= 10000, so a square is at most 10^8 and fits in an int.
 * Time O(n), one result array; the input is only read.
 */
public class SortedSquares {

    public static int[] sortedSquares(int[] nums) {
        int n = nums.length;
        int[] result = new int[n];
        int left = 0;
        int right = n - 1;
        for (int write = n - 1; write >= 0; write--) {
            int leftSquare = nums[left] * nums[left];
            int rightSquare = nums[right] * nums[right];
            if (leftSquare > rightSquare) {
                result[write] = leftSquare;
                left++;
            } else {
                result[write] = rightSquare;
                right--;
            }
        }
        return result;
    }
}
