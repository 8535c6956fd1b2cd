// Wrong solution: commit-to-log-end.
// Mistake modelled: reads "index of last new entry" as "the end of the
// follower's log" and uses min(leaderCommit, newLogLen). When the follower holds
// extra entries past the request's range (an old leader's uncommitted suffix),
// those get marked as committed.
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
            newCommit = Math.max(commitIndex, Math.min(leaderCommit, len)); // bug: len, not the last new index
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
