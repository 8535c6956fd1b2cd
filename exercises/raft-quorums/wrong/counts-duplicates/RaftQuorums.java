// Wrong solution: counts-duplicates.
// Mistake modelled: walks over the acks and counts every ack from a member,
// so a retried reply from the same server is counted twice.
public class RaftQuorums {

    public static boolean isMajority(int[] config, int[] acks) {
        int k = 0;
        for (int i = 0; i < acks.length; i++) {
            if (contains(config, acks[i])) {
                k++; // bug: the same member may be counted again
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
