// Wrong solution: counts-leader-twice.
// Mistake modelled: "do not forget the leader itself" applied to an array that
// already includes the leader's own slot: the count starts at 1 for the leader
// and then counts its slot again, so one follower short of a majority is
// enough (e.g. 2 of 5 servers, or the leader alone in a cluster of 3).
public class CommitRule {

    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        int majority = matchIndex.length / 2 + 1;
        for (int n = leaderLastIndex; n > commitIndex; n--) {
            if (leaderLogTerms[n] != currentTerm) {
                break;
            }
            int count = 1; // bug: the leader is already one of the matchIndex slots
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
