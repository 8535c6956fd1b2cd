// Wrong solution: counts-old-terms.
// Mistake modelled: "an entry stored on a majority is committed", whatever its
// term. This is exactly the unsafe rule of Figure 8 (c): an entry of an older
// term on a majority can still be overwritten by a later leader.
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2 + 1;
        for (int n = leaderLastIndex; n > commitIndex; n--) {
            int count = 0;
            for (int i = 0; i < matchIndex.length; i++) {
                if (matchIndex[i] >= n) {
                    count++;
                }
            }
            if (count >= majority) { // bug: no check that leaderLogTerms[n] == currentTerm
                return n;
            }
        }
        return commitIndex;
    }
}
