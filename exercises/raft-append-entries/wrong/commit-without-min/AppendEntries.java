// Wrong solution: commit-without-min.
// Mistake modelled: copies the leader's commit index as it is
// (commitIndex = leaderCommit) instead of min(leaderCommit, index of the last
// new entry). The follower then marks as committed entries that this request
// never checked, which may not be the leader's entries at all.
public class AppendEntries {

    public record AppendOutcome(boolean success, int replyTerm, int newLogLen, int newCommitIndex) {}

    public static AppendOutcome onAppendEntries(int[] logTerms, int logLen,
            int currentTerm, int commitIndex,
            int term, int prevLogIndex, int prevLogTerm, int[] entryTerms, int leaderCommit) {
        if (term < currentTerm) {
            return new AppendOutcome(false, currentTerm, logLen, commitIndex);
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
        if (leaderCommit > commitIndex) {
            newCommit = leaderCommit; // bug: no min with the last new entry
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
