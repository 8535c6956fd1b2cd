// Wrong solution: size-difference.
// Mistake modelled: a single-server change is detected by comparing the
// sizes only (|C_new| - |C_old| = +-1), so [1,2,3] -> [1,2,4,5] passes.
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
        return isMajority(cOld, acks) && isMajority(cNew, acks);
    }

    public static boolean isSingleServerChange(int[] cOld, int[] cNew) {
        int diff = cNew.length - cOld.length; // bug: ignores which ids changed
        return diff == 1 || diff == -1;
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
