/**
 * Reference solution: a two-phase walk. Climb while strictly rising; the stop is the only
 * possible peak and must not be an end; then descend while strictly falling, which must reach
 * the last element. One pass, O(1) extra space, the input only read.
 */
public class ValidMountainArray {

    public static boolean validMountainArray(int[] arr) {
        int n = arr.length;
        int i = 0;
        while (i + 1 < n && arr[i] < arr[i + 1]) {
            i++;
        }
        if (i == 0 || i == n - 1) {
            return false;
        }
        while (i + 1 < n && arr[i] > arr[i + 1]) {
            i++;
        }
        return i == n - 1;
    }
}
