// Wrong solution: fills-from-the-front.
// Mistake modelled: the right two-pointer comparison, but the result is filled
// from index 0 upwards. The larger square of the two ends goes to the front,
// so the result comes out in non-increasing order.
public class SortedSquares {

    public static int[] sortedSquares(int[] nums) {
        int n = nums.length;
        int[] result = new int[n];
        int left = 0;
        int right = n - 1;
        for (int write = 0; write < n; write++) { // bug: wrong direction
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
