// Wrong solution: integer-half.
// Mistake modelled: looks for the half instead of the double and uses integer division, so an
// odd number "has a half": 3 / 2 == 1, and [3, 1] answers true although 3 != 2 * 1.
public class CheckIfExist {

    public static boolean checkIfExist(int[] arr) {
        for (int i = 0; i < arr.length; i++) {
            for (int j = 0; j < arr.length; j++) {
                if (i != j && arr[i] / 2 == arr[j] && arr[i] != 0) { // bug: 3 / 2 == 1
                    return true;
                }
                if (i != j && arr[i] == 0 && arr[j] == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
