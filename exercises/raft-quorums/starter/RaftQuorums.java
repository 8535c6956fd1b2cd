public class RaftQuorums {

    /** True iff strictly more than half of the members of config appear in acks. */
    public static boolean isMajority(int[] config, int[] acks) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }

    /** True iff acks holds a majority of cOld and, separately, a majority of cNew. */
    public static boolean hasJointMajority(int[] cOld, int[] cNew, int[] acks) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }

    /** True iff cNew is cOld with exactly one server added or exactly one removed. */
    public static boolean isSingleServerChange(int[] cOld, int[] cNew) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
