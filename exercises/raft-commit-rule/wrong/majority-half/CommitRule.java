// Wrong solution: majority-half.
// Mistake modelled: the majority is computed as n / 2 instead of n / 2 + 1.
// For 5 servers that is 2 instead of 3, for 4 servers 2 instead of 3, and for
// a single server 0, so entries are committed by half (or less) of the cluster.
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2; // bug: should be n / 2 + 1
        for (int n = leaderLastIndex; n > commitIndex; n--) {
            if (leaderLogTerms[n] != currentTerm) {
                break;
            }
            int count = 0;
            for (int i = 0; i < matchIndex.length; i++) {
                if (matchIndex[i] >= n) {
                    count++;
                }
            }
            if (count >= majority) {
                return n;
            }
        }
        return commitIndex;
    }
}
