public class ElectionRestriction {

    /**
     * Decides whether a candidate's log is at least as up-to-date as a voter's
     * (the election restriction of Raft, section 5.4.1).
     *
     * @param candLastTerm   term of the candidate's last entry (0 for an empty log)
     * @param candLastIndex  index of the candidate's last entry (0 for an empty log)
     * @param voterLastTerm  term of the voter's last entry (0 for an empty log)
     * @param voterLastIndex index of the voter's last entry (0 for an empty log)
     * @return true if the candidate's log is at least as up-to-date as the voter's
     */
    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        // TODO: implement this method (see exercise.md for the rules).
        return false;
    }
}
