public class ReplaceElements {

    /**
     * Replaces every element by the greatest element to its right, and the last by -1.
     *
     * @param arr the values; overwritten in place
     * @return arr itself
     */
    public static int[] replaceElements(int[] arr) {
        // TODO: implement this method (see exercise.md for the rules).
        return arr;
    }
}
