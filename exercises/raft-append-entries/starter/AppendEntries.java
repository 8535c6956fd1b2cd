public class AppendEntries {

    /** The reply and the follower's new log length and commit index. */
    public record AppendOutcome(boolean success, int replyTerm, int newLogLen, int newCommitIndex) {}

    /**
     * Handles one AppendEntries RPC on a follower (Raft, Figure 2).
     *
     * @param logTerms     the follower's log, 1-based: logTerms[0] == 0 is a sentinel and
     *                     logTerms[1..logLen] are the entries' terms; big enough for every
     *                     entry of this request; changed in place
     * @param logLen       index of the follower's last entry (0 for an empty log)
     * @param currentTerm  the follower's current term
     * @param commitIndex  the follower's commit index
     * @param term         the leader's term
     * @param prevLogIndex index of the entry just before the new ones
     * @param prevLogTerm  term of that entry in the leader's log
     * @param entryTerms   terms of the new entries, for indexes prevLogIndex + 1, + 2, ...
     *                     (empty for a heartbeat); must not be modified
     * @param leaderCommit the leader's commit index
     * @return success, the term to reply with, the new log length and the new commit index
     */
    public static AppendOutcome onAppendEntries(int[] logTerms, int logLen,
            int currentTerm, int commitIndex,
            int term, int prevLogIndex, int prevLogTerm, int[] entryTerms, int leaderCommit) {
        // TODO: implement this method (see exercise.md for the rules).
        return new AppendOutcome(false, currentTerm, logLen, commitIndex);
    }
}
