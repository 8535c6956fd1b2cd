// Wrong solution: first-match.
// Mistake modelled: scans upwards and returns the FIRST index that qualifies
// instead of the largest, so the commit index creeps forward one step at a
// time (or less) even when several more entries are already on a majority.
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2 + 1;
        for (int n = commitIndex + 1; n <= leaderLastIndex; n++) {
            if (leaderLogTerms[n] != currentTerm) {
                continue;
            }
            int count = 0;
            for (int i = 0; i < matchIndex.length; i++) {
                if (matchIndex[i] >= n) {
                    count++;
                }
            }
            if (count >= majority) {
                return n; // bug: a larger N may qualify as well
            }
        }
        return commitIndex;
    }
}
