/**
 * Reference solution: counting over members, C-style.
 *
 * isMajority walks the configuration (not the acks), so a duplicate ack or
 * an ack from a non-member can never raise the count. Joint consensus is two
 * independent majority checks. A single-server change is a symmetric
 * difference of size exactly one. All O(n * m) with n, m <= 300.
 */
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
