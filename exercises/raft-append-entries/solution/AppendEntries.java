/**
 * Reference solution: the AppendEntries receiver of Raft's Figure 2 on a
 * C-style, 1-based log (logTerms[0] is a sentinel with term 0).
 *
 * The subtle parts: an entry that is already present (same index, same term)
 * is skipped, never rewritten, and nothing after it is cut off, so a delayed
 * or duplicated request is harmless; only a real conflict truncates. The
 * commit index follows the leader only as far as this request proved the
 * logs equal (the last new entry), and it never goes down.
 */
public class AppendEntries {

    /** The reply and the follower's new log length and commit index. */
    public record AppendOutcome(boolean success, int replyTerm, int newLogLen, int newCommitIndex) {}

    public static AppendOutcome onAppendEntries(int[] logTerms, int logLen,
            int currentTerm, int commitIndex,
            int term, int prevLogIndex, int prevLogTerm, int[] entryTerms, int leaderCommit) {
        // 1. A request from an old leader is refused; the reply tells it the newer term.
        if (term < currentTerm) {
            return new AppendOutcome(false, currentTerm, logLen, commitIndex);
        }
        // From here on the follower is in term `term` (it adopts a newer one).

        // 2. Consistency check: the entry just before the new ones must be present
        //    with the same term. Index 0 is the sentinel (term 0), so prevLogIndex 0
        //    always matches a prevLogTerm of 0.
        if (prevLogIndex > logLen || logTerms[prevLogIndex] != prevLogTerm) {
            return new AppendOutcome(false, term, logLen, commitIndex);
        }

        // 3 and 4. Walk the new entries: skip those already present, cut the log at
        //    the first conflict, append the rest.
        int len = logLen;
        for (int k = 0; k < entryTerms.length; k++) {
            int index = prevLogIndex + 1 + k;
            if (index <= len) {
                if (logTerms[index] == entryTerms[k]) {
                    continue; // already there: a duplicate, keep it and what follows
                }
                len = index - 1; // conflict: delete this entry and all that follow
            }
            logTerms[index] = entryTerms[k];
            len = index;
        }

        // 5. Follow the leader's commit index, but only up to the last entry this
        //    request covered, and never backwards.
        int newCommit = commitIndex;
        int lastNewIndex = prevLogIndex + entryTerms.length;
        if (leaderCommit > commitIndex) {
            newCommit = Math.max(commitIndex, Math.min(leaderCommit, lastNewIndex));
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
