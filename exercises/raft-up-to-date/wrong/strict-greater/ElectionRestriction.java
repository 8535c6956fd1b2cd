// Wrong solution: strict-greater.
// Mistake modelled: implements "more up-to-date" instead of "at least as
// up-to-date": the tie on both term and index uses > instead of >=, so a
// candidate whose log is identical to the voter's is refused (and with two
// empty logs nobody could ever win the first election).
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        if (candLastTerm != voterLastTerm) {
            return candLastTerm > voterLastTerm;
        }
        return candLastIndex > voterLastIndex;
    }
}
