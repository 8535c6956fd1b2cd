// Wrong solution: counts-turns.
// Mistake modelled: instead of walking the two slopes, it only checks that there is at least
// one step up, at least one step down and no plateau. A zig-zag such as [0, 2, 1, 2, 0] has all
// three and is wrongly accepted.
public class ValidMountainArray {

    public static boolean validMountainArray(int[] arr) {
        if (arr.length < 3) {
            return false;
        }
        boolean up = false;
        boolean down = false;
        for (int i = 0; i + 1 < arr.length; i++) {
            if (arr[i] < arr[i + 1]) {
                up = true;
            } else if (arr[i] > arr[i + 1]) {
                down = true;
            } else {
                return false;
            }
        }
        return up && down && arr[0] < arr[1] && arr[arr.length - 2] > arr[arr.length - 1];
    }
}
