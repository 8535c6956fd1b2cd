// Wrong solution: needs-both.
// Mistake modelled: requires the candidate to be at least as far along in BOTH
// dimensions (term and index) instead of comparing lexicographically. A
// candidate with a newer last term but a shorter log is wrongly refused.
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        return candLastTerm >= voterLastTerm && candLastIndex >= voterLastIndex;
    }
}
