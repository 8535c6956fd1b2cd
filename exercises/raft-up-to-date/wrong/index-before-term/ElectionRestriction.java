// Wrong solution: index-before-term.
// Mistake modelled: "the longer log is more up-to-date" is checked first, and
// the term only breaks ties between logs of equal length. A long log full of
// stale entries (e.g. a server that was leader in an old term and wrote many
// entries nobody else has) then beats a shorter log with a newer last term.
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        if (candLastIndex != voterLastIndex) {
            return candLastIndex > voterLastIndex;
        }
        return candLastTerm >= voterLastTerm;
    }
}
