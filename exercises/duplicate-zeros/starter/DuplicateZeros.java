public class DuplicateZeros {

    /**
     * Duplicates every zero of arr in place, shifting the later elements to
     * the right; elements pushed past the end are dropped.
     *
     * @param arr the array to rewrite in place
     */
    public static void duplicateZeros(int[] arr) {
        // TODO: implement this method (see exercise.md for the rules).
    }
}
