// Wrong solution: overwrites-next-element.
// Mistake modelled: writing left to right without shifting: when a zero is
// found, the next slot is simply set to 0 and skipped. The element that stood
// there is overwritten before it was read, instead of moving one place right.
public class DuplicateZeros {

    public static void duplicateZeros(int[] arr) {
        for (int i = 0; i < arr.length; i++) {
            if (arr[i] == 0 && i + 1 < arr.length) {
                arr[i + 1] = 0; // bug: the old arr[i + 1] is lost, nothing shifts
                i++;
            }
        }
    }
}
