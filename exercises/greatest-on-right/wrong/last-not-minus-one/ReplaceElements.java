// Wrong solution: last-not-minus-one.
// Mistake modelled: seeds the running maximum with the last element and starts the loop one
// position earlier, forgetting to write -1 into the last slot: [17, 18, 5, 4, 6, 1] ends in 1
// instead of -1, and [400] stays [400].
public class ReplaceElements {

    public static int[] replaceElements(int[] arr) {
        int n = arr.length;
        int max = arr[n - 1];
        for (int i = n - 2; i >= 0; i--) {
            int here = arr[i];
            arr[i] = max;
            if (here > max) {
                max = here;
            }
        }
        return arr; // bug: arr[n - 1] keeps its value
    }
}
