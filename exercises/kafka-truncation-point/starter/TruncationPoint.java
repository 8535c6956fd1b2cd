public class TruncationPoint {

    /**
     * The leader's end offset for the largest cached epoch <= requestedEpoch.
     *
     * @return {epoch, endOffset}; see exercise.md (also for epochs older than the cache)
     */
    public static long[] endOffsetForEpoch(int[] epochs, long[] startOffsets,
                                           long leaderLeo, int requestedEpoch) {
        // TODO: implement this method (see exercise.md for the rules).
        return new long[0];
    }

    /** The truncation point the leader's answer implies, or -1 if the follower's log does not diverge. */
    public static long followerTruncationOffset(int[] epochs, long[] startOffsets, long leaderLeo,
                                                int lastFetchedEpoch, long fetchOffset) {
        // TODO: implement this method (see exercise.md for the rules).
        return -1;
    }
}
