// Wrong solution: lease-ignores-drift.
// Mistake modelled: the lease lasts a full election timeout on the leader's
// clock; the clock-drift bound is not subtracted (divided out).
public class ReadGate {

    public enum ReadDecision { SERVE, WAIT_FOR_CURRENT_TERM_COMMIT, NEED_HEARTBEAT_QUORUM, WAIT_FOR_APPLY }

    public static ReadDecision readIndexDecision(boolean committedEntryInCurrentTerm,
            int heartbeatAcksInclSelf, int clusterSize, int readIndex, int lastApplied) {
        // 1. Until its own no-op commits, the leader's commit index may be stale.
        if (!committedEntryInCurrentTerm) {
            return ReadDecision.WAIT_FOR_CURRENT_TERM_COMMIT;
        }
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
        double lease = electionTimeoutMs; // bug: drift bound ignored
        return (double) (nowMs - heartbeatRoundStartMs) < lease; // equal means expired
    }
}
