// Wrong solution: one-direction-only.
// Mistake modelled: the pair loop only looks forward (j > i) and only asks whether arr[i] is
// the double of arr[j], a habit from "count each pair once" loops. A value whose double comes
// AFTER it, as in [5, 10], is never found.
public class CheckIfExist {

    public static boolean checkIfExist(int[] arr) {
        for (int i = 0; i < arr.length; i++) {
            for (int j = i + 1; j < arr.length; j++) {
                if (arr[i] == 2 * arr[j]) { // bug: misses arr[j] == 2 * arr[i]
                    return true;
                }
            }
        }
        return false;
    }
}
