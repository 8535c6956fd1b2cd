// Wrong solution: peak-at-an-end.
// Mistake modelled: checks that the walk up and then down covers the array, but forgets that
// both slopes must be non-empty. A strictly falling array, such as [3, 2, 1], is accepted (its
// "peak" is position 0); so is a strictly rising one.
public class ValidMountainArray {

    public static boolean validMountainArray(int[] arr) {
        int n = arr.length;
        if (n < 3) {
            return false;
        }
        int i = 0;
        while (i + 1 < n && arr[i] < arr[i + 1]) {
            i++;
        }
        // bug: no check that the peak is neither the first nor the last position
        while (i + 1 < n && arr[i] > arr[i + 1]) {
            i++;
        }
        return i == n - 1;
    }
}
