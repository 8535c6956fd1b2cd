// Wrong solution: folds-before-writing.
// Mistake modelled: updates the running maximum with the current value BEFORE writing it, so
// every element that is a new maximum from the right "sees itself": [1, 2, 3] becomes
// [3, 3, 3] instead of [3, 3, -1].
public class ReplaceElements {

    public static int[] replaceElements(int[] arr) {
        int max = -1;
        for (int i = arr.length - 1; i >= 0; i--) {
            if (arr[i] > max) { // bug: folded in before the write
                max = arr[i];
            }
            arr[i] = max;
        }
        return arr;
    }
}
