public class CheckIfExist {

    /**
     * Tells whether the array holds a value and its double at two different positions.
     *
     * @param arr the values; must not be modified
     * @return true if there are indices i != j with arr[i] == 2 * arr[j]
     */
    public static boolean checkIfExist(int[] arr) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
