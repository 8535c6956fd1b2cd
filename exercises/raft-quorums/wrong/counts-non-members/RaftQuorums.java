// Wrong solution: counts-non-members.
// Mistake modelled: counts the distinct servers that acknowledged, without
// checking that they belong to the configuration (e.g. a server being added,
// or one already removed, helps form the 'majority').
public class RaftQuorums {

    public static boolean isMajority(int[] config, int[] acks) {
        int k = 0;
        for (int i = 0; i < acks.length; i++) {
            boolean seenBefore = false;
            for (int j = 0; j < i; j++) {
                if (acks[j] == acks[i]) {
                    seenBefore = true;
                }
            }
            if (!seenBefore) {
                k++; // bug: never checks membership in config
            }
        }
        // Strictly more than half; for an empty config 0 > 0 is false.
        return 2 * k > config.length;
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
