// Wrong solution: union-majority.
// Mistake modelled: the joint configuration is treated as ONE big configuration
// (the union of C_old and C_new) and needs a majority of that union, instead of
// separate majorities of both. A large C_new can then outvote all of C_old.
public class RaftQuorums {

    public static boolean isMajority(int[] config, int[] acks) {
        int k = 0;
        for (int i = 0; i < config.length; i++) {
            if (contains(acks, config[i])) {
                k++;
            }
        }
        // Strictly more than half; for an empty config 0 > 0 is false.
        return 2 * k > config.length;
    }

    public static boolean hasJointMajority(int[] cOld, int[] cNew, int[] acks) {
        int[] union = new int[cOld.length + cNew.length];
        int n = 0;
        for (int i = 0; i < cOld.length; i++) {
            union[n++] = cOld[i];
        }
        for (int i = 0; i < cNew.length; i++) {
            if (!contains(cOld, cNew[i])) {
                union[n++] = cNew[i];
            }
        }
        int[] merged = new int[n];
        for (int i = 0; i < n; i++) {
            merged[i] = union[i];
        }
        return isMajority(merged, acks); // bug: one majority of the union
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
