public class HeightChecker {

    /**
     * Counts the positions where the current line differs from the same line
     * sorted into non-decreasing order of height.
     *
     * @param heights the heights in the current order; must not be modified
     * @return the number of positions that hold a different height
     */
    public static int heightChecker(int[] heights) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
