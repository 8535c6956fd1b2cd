public class InstallSnapshot {

    /**
     * A follower's state.
     *
     * @param currentTerm   the follower's current term
     * @param snapshotIndex last included index of the snapshot the follower holds (0: none)
     * @param snapshotTerm  last included term of that snapshot (0: none)
     * @param snapshotData  that snapshot's contents ("" for none)
     * @param log           log[k] is the term of the entry at index snapshotIndex + 1 + k;
     *                      the last log index is snapshotIndex + log.length
     * @param commitIndex   highest index known to be committed
     * @param lastApplied   highest index applied to the state machine
     * @param machine       the state machine's contents
     */
    public record Follower(int currentTerm, int snapshotIndex, int snapshotTerm,
            String snapshotData, int[] log, int commitIndex, int lastApplied, String machine) {}

    /**
     * Handles one InstallSnapshot RPC carrying a whole snapshot (see exercise.md).
     *
     * @param f                 the follower before the call; must not be modified
     * @param term              the leader's term
     * @param lastIncludedIndex the snapshot replaces all entries up to this index
     * @param lastIncludedTerm  the term of that entry
     * @param data              the snapshot's contents
     * @return the follower after the call; its currentTerm is the reply's term
     */
    public static Follower onInstallSnapshot(Follower f, int term, int lastIncludedIndex,
            int lastIncludedTerm, String data) {
        // TODO: implement this method (see exercise.md for the rules).
        return f;
    }
}
