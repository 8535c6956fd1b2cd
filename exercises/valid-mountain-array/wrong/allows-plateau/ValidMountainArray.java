// Wrong solution: allows-plateau.
// Mistake modelled: the climb uses <= ("not falling") instead of < ("strictly rising"), so
// equal neighbours on the way up are accepted: [1, 2, 2, 3, 1] passes as a mountain.
public class ValidMountainArray {

    public static boolean validMountainArray(int[] arr) {
        int n = arr.length;
        int i = 0;
        while (i + 1 < n && arr[i] <= arr[i + 1]) { // bug: a plateau keeps climbing
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
