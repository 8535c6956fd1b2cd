// Wrong solution: no-term-commit-check.
// Mistake modelled: a fresh leader serves reads as soon as a heartbeat quorum
// answers, without first committing an entry (its no-op) of its own term, so
// its commit index, and therefore readIndex, may still be stale.
public class ReadGate {

    public enum ReadDecision { SERVE, WAIT_FOR_CURRENT_TERM_COMMIT, NEED_HEARTBEAT_QUORUM, WAIT_FOR_APPLY }

    public static ReadDecision readIndexDecision(boolean committedEntryInCurrentTerm,
            int heartbeatAcksInclSelf, int clusterSize, int readIndex, int lastApplied) {
        // 1. Until its own no-op commits, the leader's commit index may be stale.
        // 2. A majority (strictly more than half, self included) must confirm leadership.
        if (2 * heartbeatAcksInclSelf <= clusterSize) {
            return ReadDecision.NEED_HEARTBEAT_QUORUM;
        }
        // 3. The state machine must have caught up with the recorded read index.
        if (lastApplied < readIndex) {
            return ReadDecision.WAIT_FOR_APPLY;
        }
        return ReadDecision.SERVE;
    }

    public static boolean leaseValid(long nowMs, long heartbeatRoundStartMs,
            long electionTimeoutMs, double clockDriftBound) {
        double lease = electionTimeoutMs / clockDriftBound; // shortened by the drift bound
        return (double) (nowMs - heartbeatRoundStartMs) < lease; // equal means expired
    }
}
