// Wrong solution: commit-can-decrease.
// Mistake modelled: applies min(leaderCommit, lastNewIndex) whenever
// leaderCommit > commitIndex but forgets that the commit index only grows: a
// delayed request that covers fewer entries than are already committed moves
// commitIndex backwards.
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
        int lastNewIndex = prevLogIndex + entryTerms.length;
        if (leaderCommit > commitIndex) {
            newCommit = Math.min(leaderCommit, lastNewIndex); // bug: may be below commitIndex
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
