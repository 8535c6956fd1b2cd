public class ReadGate {

    /** What a pending read must do next. Do not change the constants. */
    public enum ReadDecision { SERVE, WAIT_FOR_CURRENT_TERM_COMMIT, NEED_HEARTBEAT_QUORUM, WAIT_FOR_APPLY }

    /** The first blocking ReadIndex condition, in the statement's order, or SERVE. */
    public static ReadDecision readIndexDecision(boolean committedEntryInCurrentTerm,
            int heartbeatAcksInclSelf, int clusterSize, int readIndex, int lastApplied) {
        // TODO: implement this method (see exercise.md for the rules).
        return ReadDecision.SERVE;
    }

    /** True iff the read lease that started at heartbeatRoundStartMs is still valid at nowMs. */
    public static boolean leaseValid(long nowMs, long heartbeatRoundStartMs,
            long electionTimeoutMs, double clockDriftBound) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
