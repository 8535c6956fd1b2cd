// Wrong solution: stops-at-old-term.
// Mistake modelled: scans upwards from commitIndex + 1 and gives up at the
// first index that cannot be committed by counting. An old-term entry right
// after commitIndex (Figure 8: index 2, term 2) then hides the current-term
// entry after it, which would commit both.
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2 + 1;
        int result = commitIndex;
        for (int n = commitIndex + 1; n <= leaderLastIndex; n++) {
            int count = 0;
            for (int i = 0; i < matchIndex.length; i++) {
                if (matchIndex[i] >= n) {
                    count++;
                }
            }
            if (count < majority || leaderLogTerms[n] != currentTerm) {
                break; // bug: an old-term entry should be skipped, not end the scan
            }
            result = n;
        }
        return result;
    }
}
