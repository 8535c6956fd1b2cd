public class CommitRule {

    /**
     * The leader's commit rule (Raft, Figure 2 and section 5.4.2).
     *
     * @param matchIndex      one slot per server of the cluster, the leader's own slot
     *                        included (it holds leaderLastIndex); must not be modified
     * @param leaderLogTerms  the leader's log, 1-based: leaderLogTerms[0] == 0 is a sentinel,
     *                        leaderLogTerms[1..leaderLastIndex] are the entries' terms;
     *                        must not be modified
     * @param leaderLastIndex index of the leader's last entry
     * @param currentTerm     the leader's current term
     * @param commitIndex     the leader's commit index before this call
     * @return the new commit index
     */
    public static int advanceCommitIndex(int[] matchIndex, int[] leaderLogTerms,
                                         int leaderLastIndex, int currentTerm, int commitIndex) {
        // TODO: implement this method (see exercise.md for the rules).
        return commitIndex;
    }
}
