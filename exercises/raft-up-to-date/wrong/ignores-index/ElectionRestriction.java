// Wrong solution: ignores-index.
// Mistake modelled: only the last terms are compared ("a newer term is all
// that matters"), so when the last terms tie a shorter candidate log is
// accepted even though the voter holds more entries of that term.
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        return candLastTerm >= voterLastTerm;
    }
}
