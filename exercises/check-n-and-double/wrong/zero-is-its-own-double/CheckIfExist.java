// Wrong solution: zero-is-its-own-double.
// Mistake modelled: a presence table that asks "is 2 * v present?" for every v, forgetting that
// 0 is its own double. A single 0 then pairs with itself, so [0, 1] answers true.
public class CheckIfExist {

    public static boolean checkIfExist(int[] arr) {
        boolean[] present = new boolean[2001];
        for (int i = 0; i < arr.length; i++) {
            present[arr[i] + 1000] = true;
        }
        for (int i = 0; i < arr.length; i++) {
            int doubled = 2 * arr[i];
            if (doubled >= -1000 && doubled <= 1000 && present[doubled + 1000]) { // bug: i == j for 0
                return true;
            }
        }
        return false;
    }
}
