// Wrong solution: shifts-past-the-end.
// Mistake modelled: the shift-the-tail approach. For each zero it shifts the
// tail right by one and writes arr[i + 1] = 0, without checking that i + 1 is
// still inside the array. A zero in the last slot (after shifting) makes it
// write arr[arr.length] (ArrayIndexOutOfBoundsException).
public class DuplicateZeros {

    public static void duplicateZeros(int[] arr) {
        int n = arr.length;
        for (int i = 0; i < n; i++) {
            if (arr[i] == 0) {
                for (int j = n - 1; j > i + 1; j--) {
                    arr[j] = arr[j - 1];
                }
                arr[i + 1] = 0; // bug: i + 1 == n when the zero is in the last slot
                i++;
            }
        }
    }
}
