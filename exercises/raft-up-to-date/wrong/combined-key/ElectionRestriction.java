// Wrong solution: combined-key.
// Mistake modelled: packs (term, index) into one int "score" so a single >=
// does the lexicographic comparison. It is right for small numbers, but the
// multiplication overflows once terms get large, and it also breaks as soon as
// an index reaches the multiplier.
public class ElectionRestriction {

    public static boolean candidateIsAtLeastAsUpToDate(int candLastTerm, int candLastIndex,
                                                       int voterLastTerm, int voterLastIndex) {
        int cand = candLastTerm * 100_000 + candLastIndex;
        int voter = voterLastTerm * 100_000 + voterLastIndex;
        return cand >= voter;
    }
}
