// Wrong solution: loop-stops-before-last.
// Mistake modelled: the two-pointer loop runs while (left < right) instead of
// left <= right. When the pointers meet, the last element (the smallest
// square) is never written, so result[0] keeps its default 0. Inputs whose
// smallest square is 0 still look right.
public class SortedSquares {

    public static int[] sortedSquares(int[] nums) {
        int n = nums.length;
        int[] result = new int[n];
        int left = 0;
        int right = n - 1;
        int write = n - 1;
        while (left < right) { // bug: misses the element where they meet
            int leftSquare = nums[left] * nums[left];
            int rightSquare = nums[right] * nums[right];
            if (leftSquare > rightSquare) {
                result[write--] = leftSquare;
                left++;
            } else {
                result[write--] = rightSquare;
                right--;
            }
        }
        return result;
    }
}
