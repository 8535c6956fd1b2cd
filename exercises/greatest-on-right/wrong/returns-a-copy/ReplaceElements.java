// Wrong solution: returns-a-copy.
// Mistake modelled: computes the right answer into a new array and returns it, leaving the
// caller's array untouched. Callers that keep using their own array (the in-place contract)
// never see the result.
public class ReplaceElements {

    public static int[] replaceElements(int[] arr) {
        int n = arr.length;
        int[] result = new int[n];
        int max = -1;
        for (int i = n - 1; i >= 0; i--) {
            result[i] = max;
            if (arr[i] > max) {
                max = arr[i];
            }
        }
        return result; // bug: arr itself is never written
    }
}
