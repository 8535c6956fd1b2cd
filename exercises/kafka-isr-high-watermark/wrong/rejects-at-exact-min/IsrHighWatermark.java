// Wrong solution: rejects-at-exact-min.
// Mistake modelled: "the ISR must be bigger than min.insync.replicas" -> uses
// <= instead of <, so an ISR of exactly min.insync.replicas members (the normal
// RF=3, min.insync=2 state with one follower down) is wrongly refused.
public class IsrHighWatermark {

    public enum ProduceResult { ACCEPTED, NOT_ENOUGH_REPLICAS }

    public static long partitionHighWatermark(long[] leo, boolean[] inIsr) {
        long hw = leo[0]; // the leader is always in the ISR
        for (int i = 1; i < leo.length; i++) {
            if (inIsr[i] && leo[i] < hw) {
                hw = leo[i];
            }
        }
        return hw;
    }

    public static ProduceResult admit(int acks, int isrSize, int minInsyncReplicas) {
        if (acks == -1 && isrSize <= minInsyncReplicas) { // bug: <= instead of <
            return ProduceResult.NOT_ENOUGH_REPLICAS;
        }
        return ProduceResult.ACCEPTED;
    }

    public static boolean ackAllSatisfied(long recordOffset, long[] leo, boolean[] inIsr) {
        for (int i = 0; i < leo.length; i++) {
            if (inIsr[i] && leo[i] <= recordOffset) {
                return false; // this ISR member holds offsets 0..leo[i]-1 only
            }
        }
        return true;
    }
}
