// Wrong solution: truncates-on-duplicate.
// Mistake modelled: "the follower's log becomes the leader's log up to the last
// new entry": it overwrites from prevLogIndex + 1 and sets the length to
// prevLogIndex + entryTerms.length every time. Fresh appends work, but a
// delayed or duplicated request cuts off entries the follower already had
// after the request's range (possibly entries the leader has since committed).
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
        for (int k = 0; k < entryTerms.length; k++) {
            logTerms[prevLogIndex + 1 + k] = entryTerms[k];
        }
        int len = prevLogIndex + entryTerms.length; // bug: truncates even without a conflict
        int newCommit = commitIndex;
        int lastNewIndex = prevLogIndex + entryTerms.length;
        if (leaderCommit > commitIndex) {
            newCommit = Math.max(commitIndex, Math.min(leaderCommit, lastNewIndex));
        }
        return new AppendOutcome(true, term, len, newCommit);
    }
}
