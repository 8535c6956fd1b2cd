// Wrong solution: heartbeat-skips-check.
// Mistake modelled: treats an empty AppendEntries as a pure "leader is alive"
// signal: it answers success and follows leaderCommit without the consistency
// check, so a follower with a different entry at prevLogIndex reports success
// and commits entries that are not the leader's.
public class AppendEntries {

    public record AppendOutcome(boolean success, int replyTerm, int newLogLen, int newCommitIndex) {}

    public static AppendOutcome onAppendEntries(int[] logTerms, int logLen,
            int currentTerm, int commitIndex,
            int term, int prevLogIndex, int prevLogTerm, int[] entryTerms, int leaderCommit) {
        if (term < currentTerm) {
            return new AppendOutcome(false, currentTerm, logLen, commitIndex);
        }
        if (entryTerms.length == 0) { // bug: the heartbeat skips the check
            int newCommit = commitIndex;
            if (leaderCommit > commitIndex) {
                newCommit = Math.max(commitIndex, Math.min(leaderCommit, prevLogIndex));
            }
            return new AppendOutcome(true, term, logLen, newCommit);
        }
        if (prevLogIndex > logLen || logTerms[prevLogIndex] != prevLogTerm) {
            return new AppendOutcome(false, term, logLen, commitIndex);
        }
        int len = logLen;
        for (int k = 0; k < entryTerms.length; k++) {
            int index = prevLogIndex + 1 + k;
            if (index <= len) {
                if (logTerms[index] == entryTerms[k]) {
                    continue;
                }
                len = index - 1;
            }
            logTerms[index] = entryTerms[k];
            len = index;
        }
        int newCommit = commitIndex;
        int lastNewIndex = prevLogIndex + entryTerms.length;
        if (leaderCommit > commitIndex) {
            newCommit = Math.max(commitIndex, Math.min(leaderCommit, lastNewIndex));
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
