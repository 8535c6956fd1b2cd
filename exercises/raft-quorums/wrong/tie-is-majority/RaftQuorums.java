// Wrong solution: tie-is-majority.
// Mistake modelled: "majority = at least n/2" -> 2 of 4 counts as a
// majority, so two disjoint halves of an even configuration both 'win'.
public class RaftQuorums {

    public static boolean isMajority(int[] config, int[] acks) {
        int k = 0;
        for (int i = 0; i < config.length; i++) {
            if (contains(acks, config[i])) {
                k++;
            }
        }
        // At least half, but an empty config still has no majority.
        return config.length > 0 && 2 * k >= config.length; // bug: a tie counts
    }

    public static boolean hasJointMajority(int[] cOld, int[] cNew, int[] acks) {
        return isMajority(cOld, acks) && isMajority(cNew, acks);
    }

    public static boolean isSingleServerChange(int[] cOld, int[] cNew) {
        int differences = 0;
        for (int i = 0; i < cOld.length; i++) {
            if (!contains(cNew, cOld[i])) {
                differences++; // removed
            }
        }
        for (int i = 0; i < cNew.length; i++) {
            if (!contains(cOld, cNew[i])) {
                differences++; // added
            }
        }
        return differences == 1;
    }

    private static boolean contains(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }
}
