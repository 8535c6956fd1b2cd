public class MaxConsecutiveOnes {

    /**
     * Returns the length of the longest run of neighbouring 1s.
     *
     * @param nums a binary array (every element is 0 or 1); must not be modified
     * @return the length of the longest run of 1s, or 0 if there is none
     */
    public static int findMaxConsecutiveOnes(int[] nums) {
        // TODO: implement this method (see exercise.md for the rules).
        return 0;
    }
}
