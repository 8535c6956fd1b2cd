/**
 * Reference solution: a presence table over the value range, C-style.
 *
 * Values lie in -1000..1000, so count[v + 1000] counts the occurrences of v. For each value v
 * the pair exists if 2v is in range and present; zero is its own double, so it needs a second
 * zero. Time O(n + 2001), extra space one int[2001]; the input is only read.
 */
public class CheckIfExist {

    public static boolean checkIfExist(int[] arr) {
        int[] count = new int[2001];
        for (int i = 0; i < arr.length; i++) {
            count[arr[i] + 1000]++;
        }
        for (int i = 0; i < arr.length; i++) {
            int doubled = 2 * arr[i];
            if (doubled < -1000 || doubled > 1000) {
                continue;
            }
            int needed = arr[i] == 0 ? 2 : 1;
            if (count[doubled + 1000] >= needed) {
                return true;
            }
        }
        return false;
    }
}
