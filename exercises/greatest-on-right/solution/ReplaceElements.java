/**
 * Reference solution: scan from the right carrying the running maximum. Each step saves the
 * value before overwriting it, writes the maximum of everything to its right, then folds the
 * saved value in. One pass, O(1) extra space, in place.
 */
public class ReplaceElements {

    public static int[] replaceElements(int[] arr) {
        int max = -1;
        for (int i = arr.length - 1; i >= 0; i--) {
            int here = arr[i];
            arr[i] = max;
            if (here > max) {
                max = here;
            }
        }
        return arr;
    }
}
