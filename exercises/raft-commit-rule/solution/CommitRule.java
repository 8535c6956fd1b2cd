/**
 * Reference solution: the leader's commit rule of Raft's Figure 2, with the
 * restriction of section 5.4.2 (count replicas only for current-term entries).
 *
 * Scan N downwards from the leader's last index to commitIndex + 1 and stop
 * at the first (largest) N that is stored on a majority and has the current
 * term. A majority of n servers is n / 2 + 1 (integer division). The leader's
 * own slot in matchIndex counts like any other. O(n * L) time, no extra space.
 */
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2 + 1;
        for (int n = leaderLastIndex; n > commitIndex; n--) {
            if (leaderLogTerms[n] != currentTerm) {
                // Terms never decrease along the log, so every lower index has an
                // older term too: nothing below can be committed by counting.
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
