// Wrong solution: checks-capacity-not-logLen.
// Mistake modelled: the bounds check of the consistency test uses the array
// (prevLogIndex >= logTerms.length) instead of the log (prevLogIndex > logLen).
// An index just past the end of the log is inside the array, and a leftover
// term there can match prevLogTerm, so a request that should be refused is
// accepted and the log gets a hole.
public class AppendEntries {

    public record AppendOutcome(boolean success, int replyTerm, int newLogLen, int newCommitIndex) {}

    public static AppendOutcome onAppendEntries(int[] logTerms, int logLen,
            int currentTerm, int commitIndex,
            int term, int prevLogIndex, int prevLogTerm, int[] entryTerms, int leaderCommit) {
        if (term < currentTerm) {
            return new AppendOutcome(false, currentTerm, logLen, commitIndex);
        }
        if (prevLogIndex >= logTerms.length || logTerms[prevLogIndex] != prevLogTerm) { // bug
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
