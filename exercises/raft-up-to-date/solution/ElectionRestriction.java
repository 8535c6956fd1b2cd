/**
 * Reference solution: a lexicographic comparison of (last term, last index).
 *
 * The term decides first: a log whose last entry comes from a later term has
 * seen a later leader, whatever its length. Only when the last terms tie does
 * the length (the last index) decide, and a tie there means "equally
 * up-to-date", which is enough for the vote (>=, not >).
 */
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        if (candLastTerm != voterLastTerm) {
            return candLastTerm > voterLastTerm;
        }
        return candLastIndex >= voterLastIndex;
    }
}
