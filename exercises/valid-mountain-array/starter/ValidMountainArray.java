public class ValidMountainArray {

    /**
     * Tells whether the array rises strictly to one peak, not at either end, and then falls
     * strictly to its last element.
     *
     * @param arr the values; must not be modified
     * @return true if arr is a mountain
     */
    public static boolean validMountainArray(int[] arr) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
