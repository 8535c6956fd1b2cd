public class ThirdMax {

    /**
     * Returns the third largest distinct value, or the largest if there are fewer than three
     * distinct values.
     *
     * @param nums the values; must not be modified
     * @return the third maximum as described
     */
    public static int thirdMax(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
